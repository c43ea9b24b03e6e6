import type { IConstruct } from 'constructs';
import { Token } from '../core/cdktf';
import { ValidationError, describeValue } from '../core/errors';
import { INTRINSIC_NAMES, checkExpression, pathsInExpression } from './intrinsics';
import { isJsonataExpression, jsonataReferencesTaskToken, validateJsonataText } from './jsonata';
import { isPlainObject } from './plain';
import { classifyPathValue } from './tokens';

/** Why `path` is not a valid reference path or intrinsic function call, or undefined when it is. */
export function jsonPathProblem(path: string): string | undefined {
  if (path.startsWith('$') || path.startsWith('States.')) {
    try {
      checkExpression(path);
      return undefined;
    } catch (e) {
      if (ValidationError.isValidationError(e)) return `is not a valid path or intrinsic function expression: ${e.message}`;
      throw e;
    }
  }
  return `must be '$', '$$', start with '$.', '$$.', '$[', '$' and a variable name, or be an intrinsic function call (${INTRINSIC_NAMES.map((n) => `States.${n}`).join(', ')})`;
}

/** Throws unless `path` is a JSONPath, a context path or an intrinsic function call. */
export function validateJsonPath(path: string, where: string, scope?: IConstruct): void {
  if (Token.isUnresolved(path)) return;
  const problem = jsonPathProblem(path);
  if (problem) {
    throw new ValidationError(`${where} ${problem}; got ${describeValue(path)}`, scope);
  }
}

/**
 * Throws unless `path` is a reference path (`$`, `$.x`, `$[0]`, `$$.x`, `$variable.x`), written as text or
 * as a whole JsonPath token (`JsonPath.stringAt('$.x')`, which stands for its path). An intrinsic function
 * call or `JsonPath.DISCARD` is no reference path; a Terraform reference is checked by Step Functions.
 */
export function validateReferencePath(path: string, where: string, scope?: IConstruct): void {
  const c = classifyPathValue(path);
  if (c.kind === 'discard' || c.kind === 'mixed') {
    throw new ValidationError(`${where} must be a reference path such as '$.items'; got ${c.kind === 'discard' ? 'JsonPath.DISCARD' : describeValue(c.text)}`, scope);
  }
  const text = c.kind === 'path' ? c.path : path;
  if (c.kind !== 'path' && Token.isUnresolved(text)) return;
  if (text.startsWith('States.')) {
    throw new ValidationError(`${where} must be a reference path such as '$.items', not an intrinsic function; got ${describeValue(text)}`, scope);
  }
  if (!text.startsWith('$')) {
    throw new ValidationError(`${where} must be a JSONPath starting with '$' ('$', '$.x', '$[0]', '$$.x' or '$variable.x'); got ${describeValue(text)}`, scope);
  }
  validateJsonPath(text, where, scope);
}

/** Throws unless `path` is a path into the context object (`$$`, `$$.Execution.Id`). */
export function validateContextPath(path: string, where: string, scope?: IConstruct): void {
  if (Token.isUnresolved(path)) return;
  if (path !== '$$' && !path.startsWith('$$.')) {
    throw new ValidationError(`${where} must be '$$' or start with '$$.'; got ${describeValue(path)}`, scope);
  }
}

/**
 * Renders a JSONPath-language payload (`Parameters`, `ResultSelector`, `ItemSelector`, `Assign`,
 * `Credentials`): a JsonPath token becomes a `key.$` field, DISCARD becomes null, `undefined` and `null`
 * values are dropped, everything else is kept for the serializer. Pure; `validateFields` has already
 * rejected the invalid shapes at construction time.
 */
export function renderJsonPathObject(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    if (value === undefined || value === null) continue;
    const c = classifyPathValue(value);
    if (c.kind === 'path') {
      out[`${key}.$`] = c.path;
    } else if (c.kind === 'discard') {
      out[key] = null;
    } else if (Array.isArray(value)) {
      out[key] = value.map((v) => (isPlainObject(v) ? renderJsonPathObject(v) : v));
    } else if (isPlainObject(value)) {
      out[key] = renderJsonPathObject(value);
    } else {
      out[key] = value;
    }
  }
  return out;
}

// A field written `key.$` by hand: Step Functions reads its value as a path or intrinsic function call.
function validateLiteralPathField(value: unknown, where: string, scope?: IConstruct): void {
  if (value === undefined || value === null) return; // dropped when rendered
  const c = classifyPathValue(value);
  if (c.kind === 'path') {
    throw new ValidationError(`${where}: a field whose name ends in '.$' takes the path as text ('$.x'); with a JsonPath token (got ${describeValue(c.path)}), drop the '.$' from the name`, scope);
  }
  if (typeof value !== 'string') {
    throw new ValidationError(`${where}: a field whose name ends in '.$' must hold a path or an intrinsic function call as a string, got ${describeValue(value)}`, scope);
  }
  validateJsonPath(value, where, scope);
}

/**
 * Checks a payload object at construction time: a JsonPath token must be a whole field value (not part
 * of a longer string) and may not be an array element, every path must be well formed, and so must the
 * value of a field whose name ends in `.$` and every JSONata expression (`{% ... %}`).
 */
export function validateFields(value: unknown, where: string, scope?: IConstruct, inArray = false): void {
  const c = classifyPathValue(value);
  if (c.kind === 'mixed') {
    throw new ValidationError(`${where}: a JsonPath reference must be the whole string value, it cannot be concatenated with other text (got ${describeValue(c.text)}); use JsonPath.format() to build strings`, scope);
  }
  if (c.kind === 'path') {
    if (inArray) {
      throw new ValidationError(`${where}: JsonPath references cannot be array elements (got ${describeValue(c.path)}); put them in an object field or use JsonPath.array()`, scope);
    }
    validateJsonPath(c.path, where, scope);
    return;
  }
  if (typeof value === 'string') {
    if (value.startsWith('{%')) validateJsonataText(value, where, scope);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => validateFields(v, `${where}[${i}]`, scope, true));
  } else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      if (key.endsWith('.$')) validateLiteralPathField(value[key], `${where}.${key}`, scope);
      else validateFields(value[key], `${where}.${key}`, scope, false);
    }
  }
}

function collectPaths(value: unknown, found: Set<string>, jsonata: string[]): void {
  const c = classifyPathValue(value);
  if (c.kind === 'path') {
    for (const p of pathsInExpression(c.path)) found.add(p);
  } else if (isJsonataExpression(value)) {
    jsonata.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) collectPaths(v, found, jsonata);
  } else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) collectPaths(value[key], found, jsonata);
  }
}

/** Every path a payload references (including those inside intrinsic functions), sorted. */
export function findReferencedPaths(value: unknown): string[] {
  const found = new Set<string>();
  collectPaths(value, found, []);
  return [...found].sort();
}

/** Whether a payload hands the task token on, through JSONPath or JSONata. */
export function containsTaskToken(value: unknown): boolean {
  const found = new Set<string>();
  const jsonata: string[] = [];
  collectPaths(value, found, jsonata);
  return found.has('$$.Task.Token') || found.has('$$.Task') || found.has('$$') || jsonata.some(jsonataReferencesTaskToken);
}
