import { Token } from '../core/cdktf';
import { ValidationError, describeValue } from '../core/errors';
import { containsTaskToken, findReferencedPaths, renderJsonPathObject, validateJsonPath, validateReferencePath } from '../render/json-path';
import { DiscardToken, JsonPathToken, classifyPathValue, isEncodedJsonPath, jsonPathOf } from '../render/tokens';

// One token per path: a token is immutable, and registering a new one with cdktf for every state that
// reads `$` would cost a token-map entry each time.
const pathTokens = new Map<string, JsonPathToken>();

function pathToken(path: string): JsonPathToken {
  let token = pathTokens.get(path);
  if (!token) {
    // a JsonPath token given as the path (`TaskInput.fromJsonPathAt(JsonPath.stringAt('$.x'))`) is that path
    const inner = jsonPathOf(path);
    token = inner !== undefined ? pathToken(inner) : new JsonPathToken(path);
    pathTokens.set(path, token);
  }
  return token;
}

/**
 * Builds references to the state's input (`$`), the context object (`$$`) and intrinsic functions, for
 * JSONPath states. Each helper returns a token that fits a typed prop (a string, number, list or object)
 * and becomes a `key.$` field in the rendered state.
 * @example
 * import type { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const chargeFn: LambdaFunction;
 *
 * new tasks.LambdaInvoke(stack, 'Charge', {
 *   lambdaFunction: chargeFn,
 *   payload: sfn.TaskInput.fromObject({
 *     orderId: sfn.JsonPath.stringAt('$.order.id'),
 *     amount: sfn.JsonPath.numberAt('$.order.total'),
 *     idempotencyKey: sfn.JsonPath.format('{}-{}', sfn.JsonPath.executionName, sfn.JsonPath.stringAt('$.order.id')),
 *   }),
 *   resultSelector: { chargeId: sfn.JsonPath.stringAt('$.Payload.chargeId') },
 *   resultPath: '$.charge',
 * });
 */
export class JsonPath {
  /** Discards the input, result or output: renders as JSON `null` in `inputPath`, `resultPath`, `outputPath`. */
  public static readonly DISCARD = new DiscardToken().toString();

  /** The whole state input, `$`. */
  public static get entirePayload(): string {
    return pathToken('$').toString();
  }

  /** The whole context object, `$$`. */
  public static get entireContext(): string {
    return pathToken('$$').toString();
  }

  /** The task token, `$$.Task.Token`, for WAIT_FOR_TASK_TOKEN tasks. */
  public static get taskToken(): string {
    return pathToken('$$.Task.Token').toString();
  }

  /** `$$.Execution.Id`. */
  public static get executionId(): string {
    return pathToken('$$.Execution.Id').toString();
  }

  /** `$$.Execution.Input`. */
  public static get executionInput(): string {
    return pathToken('$$.Execution.Input').toString();
  }

  /** `$$.Execution.Name`. */
  public static get executionName(): string {
    return pathToken('$$.Execution.Name').toString();
  }

  /** `$$.Execution.RoleArn`. */
  public static get executionRoleArn(): string {
    return pathToken('$$.Execution.RoleArn').toString();
  }

  /** `$$.Execution.StartTime`. */
  public static get executionStartTime(): string {
    return pathToken('$$.Execution.StartTime').toString();
  }

  /** `$$.State.EnteredTime`. */
  public static get stateEnteredTime(): string {
    return pathToken('$$.State.EnteredTime').toString();
  }

  /** `$$.State.Name`. */
  public static get stateName(): string {
    return pathToken('$$.State.Name').toString();
  }

  /** `$$.State.RetryCount`. */
  public static get stateRetryCount(): string {
    return pathToken('$$.State.RetryCount').toString();
  }

  /** `$$.StateMachine.Id`. */
  public static get stateMachineId(): string {
    return pathToken('$$.StateMachine.Id').toString();
  }

  /** `$$.StateMachine.Name`. */
  public static get stateMachineName(): string {
    return pathToken('$$.StateMachine.Name').toString();
  }

  /** A string at `path` of the input or context. */
  public static stringAt(path: string): string {
    validateJsonPath(path, 'JsonPath.stringAt(path)');
    return pathToken(path).toString();
  }

  /** A list of strings at `path` of the input, the context object or a variable (no intrinsic function). */
  public static listAt(path: string): string[] {
    validateReferencePath(path, 'JsonPath.listAt(path)');
    return pathToken(path).asList();
  }

  /** A number at `path` of the input or context. */
  public static numberAt(path: string): number {
    validateJsonPath(path, 'JsonPath.numberAt(path)');
    return pathToken(path).asNumber();
  }

  /** An object at `path` of the input or context. */
  public static objectAt(path: string): any {
    validateJsonPath(path, 'JsonPath.objectAt(path)');
    return pathToken(path);
  }

  /** Whether `value` is a string holding one JsonPath token. */
  public static isEncodedJsonPath(value: string): boolean {
    return isEncodedJsonPath(value);
  }

  /** `States.StringToJson(value)`: parses a JSON string. */
  public static stringToJson(jsonString: string): any {
    return pathToken(`States.StringToJson(${renderInExpression(jsonString)})`);
  }

  /** `States.JsonToString(value)`: serializes the value at a path. */
  public static jsonToString(value: any): string {
    const path = jsonPathOf(value);
    if (path === undefined) {
      throw new ValidationError(`JsonPath.jsonToString(value) takes a JsonPath reference (JsonPath.objectAt, stringAt, ...), got ${describeValue(value)}`);
    }
    return pathToken(`States.JsonToString(${path})`).toString();
  }

  /**
   * `States.Format(format, ...values)`: fills `{}` placeholders. A literal format string must have one
   * placeholder per value; a format string read from a path is checked by Step Functions when it runs.
   */
  public static format(formatString: string, ...values: any[]): string {
    const placeholders = (formatString.match(/(?<!\\)\{\}/g) ?? []).length;
    if (!Token.isUnresolved(formatString) && placeholders !== values.length) {
      throw new ValidationError(`JsonPath.format(): the format string has ${placeholders} '{}' placeholder(s) but ${values.length} value(s) were given: ${describeValue(formatString)}`);
    }
    return intrinsic('States.Format', formatString, ...values);
  }

  /** `States.Array(...values)`. */
  public static array(...values: any[]): string {
    return intrinsic('States.Array', ...values);
  }

  /** `States.ArrayPartition(array, size)`. */
  public static arrayPartition(array: any, chunkSize: number): string {
    return intrinsic('States.ArrayPartition', array, chunkSize);
  }

  /** `States.ArrayContains(array, value)`. */
  public static arrayContains(array: any, value: any): string {
    return intrinsic('States.ArrayContains', array, value);
  }

  /** `States.ArrayRange(start, end, step)`. */
  public static arrayRange(start: number, end: number, step: number): string {
    return intrinsic('States.ArrayRange', start, end, step);
  }

  /** `States.ArrayGetItem(array, index)`. */
  public static arrayGetItem(array: any, index: number): string {
    return intrinsic('States.ArrayGetItem', array, index);
  }

  /** `States.ArrayLength(array)`. */
  public static arrayLength(array: any): string {
    return intrinsic('States.ArrayLength', array);
  }

  /** `States.ArrayUnique(array)`. */
  public static arrayUnique(array: any): string {
    return intrinsic('States.ArrayUnique', array);
  }

  /** `States.Base64Encode(input)`. */
  public static base64Encode(input: string): string {
    return intrinsic('States.Base64Encode', input);
  }

  /** `States.Base64Decode(base64)`. */
  public static base64Decode(base64: string): string {
    return intrinsic('States.Base64Decode', base64);
  }

  /** `States.Hash(data, algorithm)`; algorithm is MD5, SHA-1, SHA-256, SHA-384 or SHA-512. */
  public static hash(data: any, algorithm: string): string {
    return intrinsic('States.Hash', data, algorithm);
  }

  /** `States.JsonMerge(value1, value2, false)`: shallow merge of two objects. */
  public static jsonMerge(value1: any, value2: any): any {
    return pathToken(`States.JsonMerge(${renderInExpression(value1)}, ${renderInExpression(value2)}, false)`);
  }

  /** `States.MathRandom(start, end)`. */
  public static mathRandom(start: number, end: number): string {
    return intrinsic('States.MathRandom', start, end);
  }

  /** `States.MathAdd(num1, num2)`. */
  public static mathAdd(num1: number, num2: number): string {
    return intrinsic('States.MathAdd', num1, num2);
  }

  /** `States.StringSplit(inputString, splitter)`. */
  public static stringSplit(inputString: string, splitter: string): string {
    return intrinsic('States.StringSplit', inputString, splitter);
  }

  /** `States.UUID()`. */
  public static uuid(): string {
    return intrinsic('States.UUID');
  }

  private constructor() {}
}

function intrinsic(name: string, ...args: any[]): string {
  return pathToken(`${name}(${args.map(renderInExpression).join(', ')})`).toString();
}

/** One argument of an intrinsic function: a path stays bare, literals are written in its syntax. */
function renderInExpression(x: unknown): string {
  const c = classifyPathValue(x);
  if (c.kind === 'path') return c.path;
  if (typeof x === 'number' && !Token.isUnresolved(x)) return x.toString(10);
  if (typeof x === 'string' && !Token.isUnresolved(x)) {
    return `'${x.replace(/\\(?![{}])/g, '\\\\').replace(/'/g, "\\'")}'`;
  }
  if (typeof x === 'boolean') return String(x);
  throw new ValidationError(`an intrinsic function argument must be a JsonPath reference, a number, a boolean or a literal string, got ${describeValue(x)}`);
}

/** Helpers to render and inspect JSONPath payload objects. */
export class FieldUtils {
  /** Renders an object's JsonPath tokens as `key.$` fields. */
  public static renderObject(obj?: { [key: string]: any }): { [key: string]: any } | undefined {
    return obj === undefined ? undefined : renderJsonPathObject(obj);
  }

  /** Every path the object references, sorted. */
  public static findReferencedPaths(obj?: { [key: string]: any }): string[] {
    return findReferencedPaths(obj);
  }

  /** Whether the object references the task token. */
  public static containsTaskToken(obj?: { [key: string]: any }): boolean {
    return containsTaskToken(obj);
  }

  private constructor() {}
}
