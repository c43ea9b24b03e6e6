// SNS message attributes: checked once at construction, rendered purely afterwards.
import type { IConstruct } from 'constructs';
import { Token, Tokenization } from '../../../core/cdktf';
import { ValidationError, describeValue } from '../../../core/errors';
import { validateFields } from '../../../render/json-path';
import { isJsonataExpression } from '../../../render/jsonata';
import { isTaskInput } from '../../private/task-utils';

// The values of MessageAttributeDataType, repeated here so this module does not import the task file.
const STRING = 'String';
const STRING_ARRAY = 'String.Array';
const NUMBER = 'Number';
const BINARY = 'Binary';

/** The shape of a MessageAttribute. */
export interface AttributeLike {
  readonly value: any;
  readonly dataType?: string;
}

/** Throws when an attribute's value does not fit its data type (or has no SNS type at all). */
export function validateMessageAttribute(scope: IConstruct, name: string, attr: AttributeLike): void {
  const where = `'messageAttributes.${name}'`;
  const { value, dataType } = attr;
  if (isTaskInput(value)) {
    validateFields(value.value, `${where}.value`, scope);
    return;
  }
  if (dataType === BINARY || isUnresolved(value)) {
    validateFields(value, `${where}.value`, scope);
    return;
  }
  const fail = (allowed: string) => {
    throw new ValidationError(`${where}: ${describeValue(value)} (${Array.isArray(value) ? 'array' : typeof value}) does not fit data type ${dataType ?? '(inferred)'}; ${allowed}`, scope);
  };
  if (Array.isArray(value)) {
    if (dataType !== undefined && dataType !== STRING_ARRAY) fail('an array needs MessageAttributeDataType.STRING_ARRAY');
    const bad = value.find((v) => v !== null && !['string', 'number', 'boolean'].includes(typeof v));
    if (bad !== undefined) fail(`array elements must be strings, numbers, booleans or null, not ${describeValue(bad)}`);
    validateFields(value, `${where}.value`, scope);
  } else if (typeof value === 'string') {
    const expression = isJsonataExpression(value);
    const numeric = value.trim() !== '' && Number.isFinite(Number(value));
    if (dataType === STRING_ARRAY && !expression) fail('a String.Array attribute takes an array');
    if (dataType === NUMBER && !expression && !numeric) fail('a Number attribute takes a number or a numeric string');
  } else if (typeof value === 'number') {
    if (dataType !== undefined && dataType !== NUMBER) fail('a number needs MessageAttributeDataType.NUMBER');
  } else if (typeof value === 'boolean') {
    if (dataType !== undefined && dataType !== STRING) fail('a boolean is sent as a String attribute');
  } else {
    fail('allowed values are strings, numbers, booleans, arrays of those, or a TaskInput');
  }
}

/** `{ DataType, StringValue | BinaryValue }` of an attribute already validated. */
export function renderMessageAttribute(attr: AttributeLike): { [key: string]: any } {
  const { value, dataType } = attr;
  if (isTaskInput(value)) {
    const type = dataType ?? STRING;
    return type === BINARY ? { DataType: type, BinaryValue: value.value } : { DataType: type, StringValue: value.value };
  }
  if (dataType === BINARY) {
    return { DataType: BINARY, BinaryValue: typeof value === 'string' ? value : String(value) };
  }
  if (isUnresolved(value)) {
    return { DataType: dataType ?? STRING, StringValue: value };
  }
  if (Array.isArray(value)) {
    return { DataType: STRING_ARRAY, StringValue: JSON.stringify(value) };
  }
  if (typeof value === 'number') {
    return { DataType: dataType ?? NUMBER, StringValue: String(value) };
  }
  return { DataType: dataType ?? STRING, StringValue: String(value) };
}

// A string or number token, or a list token (JsonPath.listAt, a Terraform list); an array literal
// holding tokens is not one.
function isUnresolved(value: unknown): boolean {
  if (Array.isArray(value)) {
    return value.length === 1 && typeof value[0] === 'string' && Tokenization.reverseList(value) !== undefined;
  }
  return (typeof value === 'string' || typeof value === 'number') && Token.isUnresolved(value);
}
