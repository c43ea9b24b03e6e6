// Pieces the four DynamoDB tasks share: attribute-value maps, prop checks and the IAM statement.
import type { IConstruct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { PolicyStatement } from '../../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../../render/integration';
import { validateFields } from '../../../render/json-path';
import { IntegrationPattern } from '../../../sfn/types';
import type { DynamoTableRef } from '../../refs';

/** Something that renders as a DynamoDB attribute value (a DynamoAttributeValue). */
export interface AttributeValueLike {
  toObject(): any;
}

/** `{ key: value.toObject() }` for a map of attribute values; undefined stays undefined. */
export function attributeValueMap(map: { [key: string]: AttributeValueLike }): { [key: string]: any };
export function attributeValueMap(map: { [key: string]: AttributeValueLike } | undefined): { [key: string]: any } | undefined;
export function attributeValueMap(map: { [key: string]: AttributeValueLike } | undefined): { [key: string]: any } | undefined {
  if (map === undefined) return undefined;
  const out: { [key: string]: any } = {};
  for (const [key, value] of Object.entries(map)) out[key] = value.toObject();
  return out;
}

/** DynamoDB tasks call the API and take its answer: no `.sync`, no callback. */
const SUPPORTED_INTEGRATION_PATTERNS = [IntegrationPattern.REQUEST_RESPONSE];

/**
 * Checks what every DynamoDB task checks and returns its Resource ARN and IAM statement.
 * `fields` are the rendered user objects (Key, Item, ExpressionAttributeValues...) by prop name.
 */
export function dynamoTaskSetup(
  scope: IConstruct,
  api: string,
  action: string,
  table: DynamoTableRef,
  pattern: IntegrationPattern | undefined,
  fields: { [prop: string]: unknown },
): { resourceArn: string; policies: PolicyStatement[] } {
  validatePatternSupported(scope, pattern ?? IntegrationPattern.REQUEST_RESPONSE, SUPPORTED_INTEGRATION_PATTERNS);
  for (const [prop, value] of Object.entries(fields)) {
    if (value !== undefined) validateFields(value, `'${prop}'`, scope);
  }
  return {
    resourceArn: integrationResourceArn(scope, 'dynamodb', api),
    policies: [new PolicyStatement({ actions: [`dynamodb:${action}`], resources: [table.arn] })],
  };
}

/** A primary key names the partition key and, for a composite key, the sort key: one or two attributes. */
export function validateKey(scope: IConstruct, key: { [name: string]: AttributeValueLike }): void {
  const names = Object.keys(key);
  if (names.length < 1 || names.length > 2) {
    throw new ValidationError(`'key' must name the partition key and, for a composite key, the sort key (1 or 2 attributes), got ${names.length}${names.length ? `: ${names.join(', ')}` : ''}`, scope);
  }
}

/** PutItem and DeleteItem only return the old item, if anything. */
export function validateReturnValuesOldOnly(scope: IConstruct, returnValues: string | undefined, api: string): void {
  if (returnValues !== undefined && returnValues !== 'NONE' && returnValues !== 'ALL_OLD') {
    throw new ValidationError(`'returnValues' of ${api} must be DynamoReturnValues.NONE or DynamoReturnValues.ALL_OLD (DynamoDB rejects the others for ${api}), got ${returnValues}`, scope);
  }
}

/** The parameters the writing tasks (put, update, delete) share, from their props. */
export function writeParameters(p: {
  table: DynamoTableRef;
  conditionExpression?: string;
  expressionAttributeNames?: { [key: string]: string };
  expressionAttributeValues?: { [key: string]: AttributeValueLike };
  returnConsumedCapacity?: string;
  returnItemCollectionMetrics?: string;
  returnValues?: string;
}): { [key: string]: unknown } {
  return {
    TableName: p.table.name,
    ConditionExpression: p.conditionExpression,
    ExpressionAttributeNames: p.expressionAttributeNames,
    ExpressionAttributeValues: attributeValueMap(p.expressionAttributeValues),
    ReturnConsumedCapacity: p.returnConsumedCapacity,
    ReturnItemCollectionMetrics: p.returnItemCollectionMetrics,
    ReturnValues: p.returnValues,
  };
}
