import { Token } from '../core/cdktf';
import { ValidationError, describeValue } from '../core/errors';
import { validateJsonPath } from '../render/json-path';
import { validateJsonataExpression } from '../render/jsonata';
import { jsonPathOf } from '../render/tokens';
import { QueryLanguage } from './types';

// RFC 3339 as Step Functions profiles it: an uppercase T between date and time, an uppercase Z or a
// numeric offset at the end.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** A reference path as a Choice rule takes it: a JsonPath token is unwrapped to its path text. */
function referencePath(path: string, where: string): string {
  const fromToken = jsonPathOf(path);
  const text = fromToken ?? path;
  if (Token.isUnresolved(text)) return text;
  validateJsonPath(text, where);
  if (!text.startsWith('$')) {
    throw new ValidationError(`${where} must be a reference path ('$', '$.field', '$$.Context', '$variable'), not an intrinsic function; got ${describeValue(text)}`);
  }
  return text;
}

function checkNumber(value: number, where: string): void {
  if (!Token.isUnresolved(value) && !Number.isFinite(value)) {
    throw new ValidationError(`${where} must be a finite number, got ${describeValue(String(value))}`);
  }
}

function checkTimestamp(value: string, where: string): void {
  if (!Token.isUnresolved(value) && !TIMESTAMP.test(value)) {
    throw new ValidationError(`${where} must be an RFC 3339 timestamp such as 2026-01-31T12:00:00Z (uppercase T and Z), got ${describeValue(value)}`);
  }
}

// In a StringMatches pattern `*` is the wildcard; a backslash escapes a literal `*` or a backslash and
// nothing else.
function checkPattern(value: string, where: string): void {
  if (Token.isUnresolved(value)) return;
  for (let i = 0; i < value.length; i++) {
    if (value[i] !== '\\') continue;
    const escaped = value[i + 1];
    if (escaped !== '*' && escaped !== '\\') {
      const found = escaped === undefined ? 'a trailing backslash' : `a backslash before ${describeValue(escaped)}`;
      throw new ValidationError(`${where}: a backslash may only escape '*' or another backslash, found ${found} in ${describeValue(value)}`);
    }
    i++;
  }
}

/**
 * A condition of a Choice rule. JSONPath conditions compare a variable of the input (`Variable` and an
 * operator); a JSONata condition is one `{% %}` expression (`Condition`).
 * @example
 * import { sfn } from 'cdktf-stepfunctions';
 * declare const choice: sfn.Choice;
 * declare const vip: sfn.State;
 * choice.when(sfn.Condition.and(sfn.Condition.isPresent('$.total'), sfn.Condition.numberGreaterThan('$.total', 1000)), vip);
 */
export abstract class Condition {
  /** The variable exists. */
  public static isPresent(variable: string): Condition {
    return Condition.compare('isPresent', variable, 'IsPresent', true);
  }

  /** The variable does not exist. */
  public static isNotPresent(variable: string): Condition {
    return Condition.compare('isNotPresent', variable, 'IsPresent', false);
  }

  /** The variable is a string. */
  public static isString(variable: string): Condition {
    return Condition.compare('isString', variable, 'IsString', true);
  }

  /** The variable is not a string. */
  public static isNotString(variable: string): Condition {
    return Condition.compare('isNotString', variable, 'IsString', false);
  }

  /** The variable is a number. */
  public static isNumeric(variable: string): Condition {
    return Condition.compare('isNumeric', variable, 'IsNumeric', true);
  }

  /** The variable is not a number. */
  public static isNotNumeric(variable: string): Condition {
    return Condition.compare('isNotNumeric', variable, 'IsNumeric', false);
  }

  /** The variable is a boolean. */
  public static isBoolean(variable: string): Condition {
    return Condition.compare('isBoolean', variable, 'IsBoolean', true);
  }

  /** The variable is not a boolean. */
  public static isNotBoolean(variable: string): Condition {
    return Condition.compare('isNotBoolean', variable, 'IsBoolean', false);
  }

  /** The variable is a timestamp string. */
  public static isTimestamp(variable: string): Condition {
    return Condition.compare('isTimestamp', variable, 'IsTimestamp', true);
  }

  /** The variable is not a timestamp string. */
  public static isNotTimestamp(variable: string): Condition {
    return Condition.compare('isNotTimestamp', variable, 'IsTimestamp', false);
  }

  /** The variable is not null. */
  public static isNotNull(variable: string): Condition {
    return Condition.compare('isNotNull', variable, 'IsNull', false);
  }

  /** The variable is null. */
  public static isNull(variable: string): Condition {
    return Condition.compare('isNull', variable, 'IsNull', true);
  }

  /** The variable equals a boolean. */
  public static booleanEquals(variable: string, value: boolean): Condition {
    return Condition.compare('booleanEquals', variable, 'BooleanEquals', value);
  }

  /** The variable equals the boolean at another path. */
  public static booleanEqualsJsonPath(variable: string, value: string): Condition {
    return Condition.comparePath('booleanEqualsJsonPath', variable, 'BooleanEqualsPath', value);
  }

  /** The variable equals the string at another path. */
  public static stringEqualsJsonPath(variable: string, value: string): Condition {
    return Condition.comparePath('stringEqualsJsonPath', variable, 'StringEqualsPath', value);
  }

  /** The variable equals a string. */
  public static stringEquals(variable: string, value: string): Condition {
    return Condition.compare('stringEquals', variable, 'StringEquals', value);
  }

  /** The variable sorts before a string. */
  public static stringLessThan(variable: string, value: string): Condition {
    return Condition.compare('stringLessThan', variable, 'StringLessThan', value);
  }

  /** The variable sorts before the string at another path. */
  public static stringLessThanJsonPath(variable: string, value: string): Condition {
    return Condition.comparePath('stringLessThanJsonPath', variable, 'StringLessThanPath', value);
  }

  /** The variable sorts before or equals a string. */
  public static stringLessThanEquals(variable: string, value: string): Condition {
    return Condition.compare('stringLessThanEquals', variable, 'StringLessThanEquals', value);
  }

  /** The variable sorts before or equals the string at another path. */
  public static stringLessThanEqualsJsonPath(variable: string, value: string): Condition {
    return Condition.comparePath('stringLessThanEqualsJsonPath', variable, 'StringLessThanEqualsPath', value);
  }

  /** The variable sorts after a string. */
  public static stringGreaterThan(variable: string, value: string): Condition {
    return Condition.compare('stringGreaterThan', variable, 'StringGreaterThan', value);
  }

  /** The variable sorts after the string at another path. */
  public static stringGreaterThanJsonPath(variable: string, value: string): Condition {
    return Condition.comparePath('stringGreaterThanJsonPath', variable, 'StringGreaterThanPath', value);
  }

  /** The variable sorts after or equals the string at another path. */
  public static stringGreaterThanEqualsJsonPath(variable: string, value: string): Condition {
    return Condition.comparePath('stringGreaterThanEqualsJsonPath', variable, 'StringGreaterThanEqualsPath', value);
  }

  /** The variable sorts after or equals a string. */
  public static stringGreaterThanEquals(variable: string, value: string): Condition {
    return Condition.compare('stringGreaterThanEquals', variable, 'StringGreaterThanEquals', value);
  }

  /** The variable equals a number. */
  public static numberEquals(variable: string, value: number): Condition {
    checkNumber(value, 'Condition.numberEquals(value)');
    return Condition.compare('numberEquals', variable, 'NumericEquals', value);
  }

  /** The variable equals the number at another path. */
  public static numberEqualsJsonPath(variable: string, value: string): Condition {
    return Condition.comparePath('numberEqualsJsonPath', variable, 'NumericEqualsPath', value);
  }

  /** The variable is less than a number. */
  public static numberLessThan(variable: string, value: number): Condition {
    checkNumber(value, 'Condition.numberLessThan(value)');
    return Condition.compare('numberLessThan', variable, 'NumericLessThan', value);
  }

  /** The variable is less than the number at another path. */
  public static numberLessThanJsonPath(variable: string, value: string): Condition {
    return Condition.comparePath('numberLessThanJsonPath', variable, 'NumericLessThanPath', value);
  }

  /** The variable is less than or equal to a number. */
  public static numberLessThanEquals(variable: string, value: number): Condition {
    checkNumber(value, 'Condition.numberLessThanEquals(value)');
    return Condition.compare('numberLessThanEquals', variable, 'NumericLessThanEquals', value);
  }

  /** The variable is less than or equal to the number at another path. */
  public static numberLessThanEqualsJsonPath(variable: string, value: string): Condition {
    return Condition.comparePath('numberLessThanEqualsJsonPath', variable, 'NumericLessThanEqualsPath', value);
  }

  /** The variable is greater than a number. */
  public static numberGreaterThan(variable: string, value: number): Condition {
    checkNumber(value, 'Condition.numberGreaterThan(value)');
    return Condition.compare('numberGreaterThan', variable, 'NumericGreaterThan', value);
  }

  /** The variable is greater than the number at another path. */
  public static numberGreaterThanJsonPath(variable: string, value: string): Condition {
    return Condition.comparePath('numberGreaterThanJsonPath', variable, 'NumericGreaterThanPath', value);
  }

  /** The variable is greater than or equal to a number. */
  public static numberGreaterThanEquals(variable: string, value: number): Condition {
    checkNumber(value, 'Condition.numberGreaterThanEquals(value)');
    return Condition.compare('numberGreaterThanEquals', variable, 'NumericGreaterThanEquals', value);
  }

  /** The variable is greater than or equal to the number at another path. */
  public static numberGreaterThanEqualsJsonPath(variable: string, value: string): Condition {
    return Condition.comparePath('numberGreaterThanEqualsJsonPath', variable, 'NumericGreaterThanEqualsPath', value);
  }

  /** The variable is the same time as a timestamp (RFC 3339). */
  public static timestampEquals(variable: string, value: string): Condition {
    checkTimestamp(value, 'Condition.timestampEquals(value)');
    return Condition.compare('timestampEquals', variable, 'TimestampEquals', value);
  }

  /** The variable is the same time as the timestamp at another path. */
  public static timestampEqualsJsonPath(variable: string, value: string): Condition {
    return Condition.comparePath('timestampEqualsJsonPath', variable, 'TimestampEqualsPath', value);
  }

  /** The variable is before a timestamp (RFC 3339). */
  public static timestampLessThan(variable: string, value: string): Condition {
    checkTimestamp(value, 'Condition.timestampLessThan(value)');
    return Condition.compare('timestampLessThan', variable, 'TimestampLessThan', value);
  }

  /** The variable is before the timestamp at another path. */
  public static timestampLessThanJsonPath(variable: string, value: string): Condition {
    return Condition.comparePath('timestampLessThanJsonPath', variable, 'TimestampLessThanPath', value);
  }

  /** The variable is before or the same time as a timestamp (RFC 3339). */
  public static timestampLessThanEquals(variable: string, value: string): Condition {
    checkTimestamp(value, 'Condition.timestampLessThanEquals(value)');
    return Condition.compare('timestampLessThanEquals', variable, 'TimestampLessThanEquals', value);
  }

  /** The variable is before or the same time as the timestamp at another path. */
  public static timestampLessThanEqualsJsonPath(variable: string, value: string): Condition {
    return Condition.comparePath('timestampLessThanEqualsJsonPath', variable, 'TimestampLessThanEqualsPath', value);
  }

  /** The variable is after a timestamp (RFC 3339). */
  public static timestampGreaterThan(variable: string, value: string): Condition {
    checkTimestamp(value, 'Condition.timestampGreaterThan(value)');
    return Condition.compare('timestampGreaterThan', variable, 'TimestampGreaterThan', value);
  }

  /** The variable is after the timestamp at another path. */
  public static timestampGreaterThanJsonPath(variable: string, value: string): Condition {
    return Condition.comparePath('timestampGreaterThanJsonPath', variable, 'TimestampGreaterThanPath', value);
  }

  /** The variable is after or the same time as a timestamp (RFC 3339). */
  public static timestampGreaterThanEquals(variable: string, value: string): Condition {
    checkTimestamp(value, 'Condition.timestampGreaterThanEquals(value)');
    return Condition.compare('timestampGreaterThanEquals', variable, 'TimestampGreaterThanEquals', value);
  }

  /** The variable is after or the same time as the timestamp at another path. */
  public static timestampGreaterThanEqualsJsonPath(variable: string, value: string): Condition {
    return Condition.comparePath('timestampGreaterThanEqualsJsonPath', variable, 'TimestampGreaterThanEqualsPath', value);
  }

  /**
   * The variable matches a pattern where `*` stands for any characters; write `\\*` for a literal star
   * and `\\\\` for a literal backslash.
   */
  public static stringMatches(variable: string, value: string): Condition {
    checkPattern(value, 'Condition.stringMatches(value)');
    return Condition.compare('stringMatches', variable, 'StringMatches', value);
  }

  /** Every condition holds. */
  public static and(...conditions: Condition[]): Condition {
    return new CompoundCondition('And', conditions);
  }

  /** At least one condition holds. */
  public static or(...conditions: Condition[]): Condition {
    return new CompoundCondition('Or', conditions);
  }

  /** The condition does not hold. */
  public static not(condition: Condition): Condition {
    return new NotCondition(condition);
  }

  /** A JSONata expression, `{% ... %}`, that evaluates to true or false (JSONata Choice states only). */
  public static jsonata(condition: string): Condition {
    validateJsonataExpression(condition, 'Condition.jsonata(condition)');
    return new JsonataCondition(condition);
  }

  private static compare(factory: string, variable: string, operator: string, value: unknown): Condition {
    return new VariableComparison(referencePath(variable, `Condition.${factory}(variable)`), operator, value);
  }

  private static comparePath(factory: string, variable: string, operator: string, value: string): Condition {
    return new VariableComparison(referencePath(variable, `Condition.${factory}(variable)`), operator, referencePath(value, `Condition.${factory}(value)`));
  }

  /** The language the condition is written in. @internal */
  public abstract get _language(): QueryLanguage;

  /** The Choice rule object of this condition (without `Next`). */
  public abstract renderCondition(): any;
}

class VariableComparison extends Condition {
  constructor(private readonly variable: string, private readonly operator: string, private readonly value: unknown) {
    super();
  }

  public get _language(): QueryLanguage {
    return QueryLanguage.JSON_PATH;
  }

  public renderCondition(): any {
    return { Variable: this.variable, [this.operator]: this.value };
  }
}

class CompoundCondition extends Condition {
  constructor(private readonly operator: string, private readonly conditions: Condition[]) {
    super();
    const factory = `Condition.${operator.toLowerCase()}()`;
    if (conditions.length === 0) {
      throw new ValidationError(`${factory} needs at least one condition, got none`);
    }
    if (conditions.some((c) => c._language === QueryLanguage.JSONATA)) {
      throw new ValidationError(`${factory} combines JSONPath conditions only; combine JSONata conditions inside one expression ('{% $a and $b %}')`);
    }
  }

  public get _language(): QueryLanguage {
    return QueryLanguage.JSON_PATH;
  }

  public renderCondition(): any {
    return { [this.operator]: this.conditions.map((c) => c.renderCondition()) };
  }
}

class NotCondition extends Condition {
  constructor(private readonly condition: Condition) {
    super();
    if (condition._language === QueryLanguage.JSONATA) {
      throw new ValidationError("Condition.not() negates JSONPath conditions only; negate a JSONata condition inside the expression ('{% $not($a) %}')");
    }
  }

  public get _language(): QueryLanguage {
    return QueryLanguage.JSON_PATH;
  }

  public renderCondition(): any {
    return { Not: this.condition.renderCondition() };
  }
}

class JsonataCondition extends Condition {
  constructor(private readonly condition: string) {
    super();
  }

  public get _language(): QueryLanguage {
    return QueryLanguage.JSONATA;
  }

  public renderCondition(): any {
    return { Condition: this.condition };
  }
}
