import type { DynamoTableRef } from '../refs';
import { Token } from '../../core/cdktf';
import { ValidationError } from '../../core/errors';
import { validateJsonPath } from '../../render/json-path';
import { validateJsonataExpression } from '../../render/jsonata';
import { classifyPathValue } from '../../render/tokens';
import { JsonPath } from '../../sfn/fields';
import { attributeValueMap } from './private/converters';

/**
 * Whether DynamoDB returns the capacity the request consumed (`ReturnConsumedCapacity`).
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html#DDB-GetItem-request-ReturnConsumedCapacity
 */
export enum DynamoConsumedCapacity {
  /** The total and the capacity of each table and index touched. */
  INDEXES = 'INDEXES',
  /** The total only. */
  TOTAL = 'TOTAL',
  /** Nothing. */
  NONE = 'NONE',
}

/**
 * Whether DynamoDB returns item collection metrics (`ReturnItemCollectionMetrics`).
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html#DDB-PutItem-request-ReturnItemCollectionMetrics
 */
export enum DynamoItemCollectionMetrics {
  /** Statistics about the item collections modified. */
  SIZE = 'SIZE',
  /** Nothing. */
  NONE = 'NONE',
}

/**
 * Which item attributes a write returns (`ReturnValues`). PutItem and DeleteItem accept only NONE and
 * ALL_OLD; UpdateItem accepts all five.
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html#DDB-UpdateItem-request-ReturnValues
 */
export enum DynamoReturnValues {
  /** Nothing. */
  NONE = 'NONE',
  /** The whole item as it was before the write. */
  ALL_OLD = 'ALL_OLD',
  /** The updated attributes as they were before the update. */
  UPDATED_OLD = 'UPDATED_OLD',
  /** The whole item as it is after the update. */
  ALL_NEW = 'ALL_NEW',
  /** The updated attributes as they are after the update. */
  UPDATED_NEW = 'UPDATED_NEW',
}

/**
 * Builds one path of a projection expression, e.g. `a[1].b`.
 * @see https://docs.amazonaws.cn/en_us/amazondynamodb/latest/developerguide/Expressions.ProjectionExpressions.html
 */
export class DynamoProjectionExpression {
  private readonly parts: string[] = [];

  /** Adds an attribute name (a nested attribute after the first). */
  public withAttribute(attr: string): DynamoProjectionExpression {
    this.parts.push(this.parts.length === 0 ? attr : `.${attr}`);
    return this;
  }

  /** Adds a list index, `[index]`, to the attribute before it. */
  public atIndex(index: number): DynamoProjectionExpression {
    if (this.parts.length === 0) {
      throw new ValidationError(`DynamoProjectionExpression.atIndex(${index}): an expression must start with an attribute; call withAttribute() first`);
    }
    if (!Token.isUnresolved(index) && (!Number.isInteger(index) || index < 0)) {
      throw new ValidationError(`DynamoProjectionExpression.atIndex(index) takes a non-negative integer, got ${index}`);
    }
    this.parts.push(`[${index}]`);
    return this;
  }

  /** The expression text. */
  public toString(): string {
    return this.parts.join('');
  }
}

/**
 * A DynamoDB attribute value, `{ "S": "text" }`, `{ "N": "42" }`, ... for keys, items and expression
 * values.
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeValue.html
 */
export class DynamoAttributeValue {
  /** A string (`S`); a JsonPath reference renders as `S.$`. */
  public static fromString(value: string): DynamoAttributeValue {
    return new DynamoAttributeValue({ S: value });
  }

  /**
   * A number (`N`), written as a string as DynamoDB wants it. A JsonPath number cannot be turned into a
   * string here: use `numberFromString(JsonPath.stringAt(...))`.
   */
  public static fromNumber(value: number): DynamoAttributeValue {
    return new DynamoAttributeValue({ N: numberText(value, 'DynamoAttributeValue.fromNumber(value)') });
  }

  /** A number (`N`) given as a string, e.g. `JsonPath.stringAt('$.count')`. */
  public static numberFromString(value: string): DynamoAttributeValue {
    return new DynamoAttributeValue({ N: value });
  }

  /** Binary data (`B`), base64-encoded. */
  public static fromBinary(value: string): DynamoAttributeValue {
    return new DynamoAttributeValue({ B: value });
  }

  /** A string set (`SS`). */
  public static fromStringSet(value: string[]): DynamoAttributeValue {
    return new DynamoAttributeValue({ SS: value });
  }

  /** A number set (`NS`). */
  public static fromNumberSet(value: number[]): DynamoAttributeValue {
    return new DynamoAttributeValue({ NS: value.map((n) => numberText(n, 'DynamoAttributeValue.fromNumberSet(value)')) });
  }

  /** A number set (`NS`) given as strings. */
  public static numberSetFromStrings(value: string[]): DynamoAttributeValue {
    return new DynamoAttributeValue({ NS: value });
  }

  /** A binary set (`BS`), base64-encoded. */
  public static fromBinarySet(value: string[]): DynamoAttributeValue {
    return new DynamoAttributeValue({ BS: value });
  }

  /** A map (`M`) of attribute values. */
  public static fromMap(value: { [key: string]: DynamoAttributeValue }): DynamoAttributeValue {
    return new DynamoAttributeValue({ M: attributeValueMap(value) });
  }

  /** A map (`M`) computed by a JSONata expression, `{% ... %}`. */
  public static mapFromJsonata(value: string): DynamoAttributeValue {
    return new DynamoAttributeValue({ M: jsonataExpression(value, 'DynamoAttributeValue.mapFromJsonata(value)') });
  }

  /** A map (`M`) read from a path of the input: `'$.item'` or `JsonPath.objectAt('$.item')`; renders as `M.$`. */
  public static mapFromJsonPath(value: string): DynamoAttributeValue {
    return new DynamoAttributeValue({ M: pathReference(value, 'DynamoAttributeValue.mapFromJsonPath(value)') });
  }

  /** A list (`L`) of attribute values. */
  public static fromList(value: DynamoAttributeValue[]): DynamoAttributeValue {
    return new DynamoAttributeValue({ L: value.map((v) => v.toObject()) });
  }

  /** A list (`L`) computed by a JSONata expression, `{% ... %}`. */
  public static listFromJsonata(value: string): DynamoAttributeValue {
    return new DynamoAttributeValue({ L: jsonataExpression(value, 'DynamoAttributeValue.listFromJsonata(value)') });
  }

  /** A list (`L`) read from a path of the input: `'$.list'` or `JsonPath.stringAt('$.list')`; renders as `L.$`. */
  public static listFromJsonPath(value: string): DynamoAttributeValue {
    return new DynamoAttributeValue({ L: pathReference(value, 'DynamoAttributeValue.listFromJsonPath(value)') });
  }

  /** A null (`NULL`). */
  public static fromNull(value: boolean): DynamoAttributeValue {
    return new DynamoAttributeValue({ NULL: value });
  }

  /** A boolean (`BOOL`). */
  public static fromBoolean(value: boolean): DynamoAttributeValue {
    return new DynamoAttributeValue({ BOOL: value });
  }

  /** A boolean (`BOOL`) computed by a JSONata expression, `{% ... %}`. */
  public static booleanFromJsonata(value: string): DynamoAttributeValue {
    return new DynamoAttributeValue({ BOOL: jsonataExpression(value, 'DynamoAttributeValue.booleanFromJsonata(value)') });
  }

  /** A boolean (`BOOL`) read from a path of the input: `'$.flag'` or `JsonPath.stringAt('$.flag')`; renders as `BOOL.$`. */
  public static booleanFromJsonPath(value: string): DynamoAttributeValue {
    return new DynamoAttributeValue({ BOOL: pathReference(value, 'DynamoAttributeValue.booleanFromJsonPath(value)') });
  }

  /** @param attributeValue the value as DynamoDB's JSON, e.g. `{ S: 'text' }` */
  private constructor(public readonly attributeValue: any) {}

  /** The value as DynamoDB's JSON. */
  public toObject(): any {
    return this.attributeValue;
  }
}

function numberText(value: number, where: string): string {
  if (!Token.isUnresolved(value)) return String(value);
  if (classifyPathValue(value).kind === 'path') {
    throw new ValidationError(`${where}: a JsonPath number cannot be written as DynamoDB's number string; use DynamoAttributeValue.numberFromString(JsonPath.stringAt('$.x')) or JsonPath.format('{}', JsonPath.numberAt('$.x'))`);
  }
  return Token.asString(value);
}

function jsonataExpression(value: string, where: string): string {
  validateJsonataExpression(value, where);
  return value;
}

function pathReference(value: string, where: string): string {
  if (Token.isUnresolved(value)) return value;
  validateJsonPath(value, where);
  return JsonPath.stringAt(value);
}

/** What the DynamoDB tasks that write (put, update, delete) share. */
export interface DynamoWriteItemOptions {
  /** The table. */
  readonly table: DynamoTableRef;
  /**
   * A condition the existing item must meet for the write to succeed.
   * @default - none
   */
  readonly conditionExpression?: string;
  /**
   * Substitution tokens for attribute names in expressions, `{ '#n': 'name' }`.
   * @default - none
   */
  readonly expressionAttributeNames?: { [key: string]: string };
  /**
   * Values substituted in expressions, `{ ':v': DynamoAttributeValue.fromString('x') }`.
   * @default - none
   */
  readonly expressionAttributeValues?: { [key: string]: DynamoAttributeValue };
  /**
   * Whether to return the consumed capacity.
   * @default DynamoConsumedCapacity.NONE
   */
  readonly returnConsumedCapacity?: DynamoConsumedCapacity;
  /**
   * Whether to return item collection metrics.
   * @default DynamoItemCollectionMetrics.NONE
   */
  readonly returnItemCollectionMetrics?: DynamoItemCollectionMetrics;
}
