// HttpInvoke's computed fields: the URL it calls, and the headers a URL-encoded body needs. Both are
// built for either language ahead of rendering; the state machine's language picks one when it renders.
import type { IConstruct } from 'constructs';
import { isTokenString } from '../../../core/cdktf';
import { ValidationError, describeValue } from '../../../core/errors';
import { isJsonataExpression } from '../../../render/jsonata';
import { isPlainObject } from '../../../render/plain';
import { classifyPathValue } from '../../../render/tokens';
import { JsonPath } from '../../../sfn/fields';
import type { TaskInput } from '../../../sfn/input';

/** The header a URL-encoded request body goes with. */
export const FORM_CONTENT_TYPE = { 'Content-Type': 'application/x-www-form-urlencoded' };

/** The methods an HTTP Task can call with. */
export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'];

/** Whether a value is decided when the state runs: a JsonPath reference or a JSONata expression. */
export function isRuntimeValue(value: unknown): boolean {
  return isJsonataExpression(value) || classifyPathValue(value).kind !== 'other';
}

/** A value both languages can hold, and its form in each. */
export interface ByLanguage {
  readonly jsonPath: unknown;
  readonly jsonata: unknown;
}

// The inside of a JSONata field, or a literal written as a JSONata string.
function jsonataOperand(value: string): string {
  return isJsonataExpression(value) ? `(${value.slice(2, -2).trim()})` : JSON.stringify(value);
}

/**
 * `<apiRoot>/<apiEndpoint>`: a plain string when both are known, else `States.Format` (JSONPath) or a
 * JSONata concatenation. A value of the other language is refused by the query-language check.
 */
export function endpointUrl(apiRoot: string, apiEndpoint: string): ByLanguage {
  const literal = !isRuntimeValue(apiRoot) && !isRuntimeValue(apiEndpoint) ? `${apiRoot}/${apiEndpoint}` : undefined;
  const pathSide = classifyPathValue(apiRoot).kind === 'path' || classifyPathValue(apiEndpoint).kind === 'path';
  const jsonataSide = isJsonataExpression(apiRoot) || isJsonataExpression(apiEndpoint);
  return {
    jsonPath: literal ?? (pathSide ? JsonPath.format('{}/{}', apiRoot, apiEndpoint) : `${apiRoot}/${apiEndpoint}`),
    jsonata: literal ?? (jsonataSide ? `{% ${jsonataOperand(apiRoot)} & '/' & ${jsonataOperand(apiEndpoint)} %}` : `${apiRoot}/${apiEndpoint}`),
  };
}

/**
 * The headers with the form content type added (URL-encoded bodies): merged into an object, or, for
 * headers read at run time, by `States.JsonMerge` (JSONPath) or `$merge` (JSONata).
 */
export function formHeaders(headers: unknown): ByLanguage {
  if (headers === undefined || isPlainObject(headers)) {
    const merged = { ...(headers as object | undefined), ...FORM_CONTENT_TYPE };
    return { jsonPath: merged, jsonata: merged };
  }
  const text = headers as string;
  // braces are reserved in intrinsic string literals and escaped there
  const formJson = JSON.stringify(FORM_CONTENT_TYPE).replace(/[{}]/g, (b) => `\\${b}`);
  return {
    jsonPath: classifyPathValue(text).kind === 'path' ? JsonPath.jsonMerge(text, JsonPath.stringToJson(formJson)) : text,
    jsonata: isJsonataExpression(text) ? `{% $merge([${jsonataOperand(text)}, ${JSON.stringify(FORM_CONTENT_TYPE)}]) %}` : text,
  };
}

// https:// followed by a host, without a trailing slash (the endpoint is joined with one).
const API_ROOT = /^https:\/\/[^/?#\s]+(?:\/[^?#\s]*[^/?#\s])?$/;

/** Checks the literal parts of the URL, the method and the shapes of the TaskInputs. */
export function validateHttpRequest(scope: IConstruct, p: {
  readonly apiRoot: string; readonly apiEndpoint: TaskInput; readonly method: TaskInput; readonly headers?: TaskInput;
}): void {
  const literal = (v: unknown): v is string => typeof v === 'string' && !isTokenString(v) && !isJsonataExpression(v);
  if (literal(p.apiRoot) && !API_ROOT.test(p.apiRoot)) {
    throw new ValidationError(`'apiRoot' must be an https:// URL without a trailing '/' (the endpoint is appended after a '/'), got ${describeValue(p.apiRoot)}`, scope);
  }
  for (const [prop, input] of [['apiEndpoint', p.apiEndpoint], ['method', p.method]] as const) {
    if (typeof input.value !== 'string') {
      throw new ValidationError(`'${prop}' must be a text (TaskInput.fromText, a JsonPath reference or a JSONata expression), got ${describeValue(input.value)}`, scope);
    }
  }
  const endpoint = p.apiEndpoint.value;
  if (literal(endpoint) && (endpoint.startsWith('/') || endpoint.includes('://'))) {
    throw new ValidationError(`'apiEndpoint' is the path after 'apiRoot' and its '/': it must not start with '/' or hold a whole URL, got ${describeValue(endpoint)}`, scope);
  }
  if (literal(p.method.value) && !HTTP_METHODS.includes(p.method.value)) {
    throw new ValidationError(`'method' must be one of ${HTTP_METHODS.join(', ')}, got ${describeValue(p.method.value)}`, scope);
  }
  const headers = p.headers?.value;
  if (headers !== undefined && !isPlainObject(headers) && !isRuntimeValue(headers)) {
    throw new ValidationError(`'headers' must be an object (TaskInput.fromObject), a JsonPath reference or a JSONata expression, got ${describeValue(headers)}`, scope);
  }
}
