// JSONata fields (`{% expression %}`): recognising them, and checking their syntax with the `jsonata`
// package, the engine Step Functions' JSONata follows. The package is loaded the first time an expression
// is checked, so that apps without JSONata do not pay for it at start-up.
import type { IConstruct } from 'constructs';
import { Token } from '../core/cdktf';
import { ValidationError, describeValue } from '../core/errors';
import { isPlainObject } from './plain';

const JSONATA = /^\{%[\s\S]*%\}$/;

/** Whether `value` is a JSONata expression string, `{% ... %}`. */
export function isJsonataExpression(value: unknown): value is string {
  return typeof value === 'string' && JSONATA.test(value);
}

// `$states.context`, `$states.context.Task` or `$states.context.Task.Token`, and nothing more specific.
const TASK_TOKEN_JSONATA = /\$states\.context(?:\.Task(?:\.Token)?)?(?![\w$]|\.[A-Za-z_$])/;

/** Whether a JSONata expression hands the task token (or a context object that holds it) on. */
export function jsonataReferencesTaskToken(expression: string): boolean {
  return TASK_TOKEN_JSONATA.test(expression);
}

type Parse = (expression: string) => unknown;
let parse: Parse | undefined;

// A Terraform reference inside an expression is text Terraform fills in later; for the syntax check it
// stands for a name, which fits wherever a value or a path step can go.
const REFERENCE = /[$#]\{TfToken\[[^\]]*\]\}/g;
const REFERENCE_STAND_IN = 'terraformReference';

// Checked expressions by text: the same expressions recur in many states.
const problems = new Map<string, string | null>();
const PROBLEMS_MAX = 100_000;

/**
 * Why a string that starts with `{%` is not a well-formed JSONata field: it does not end with `%}`, or the
 * expression between them does not parse. Undefined when it is well formed, or does not start with `{%`.
 */
export function jsonataProblem(text: string): string | undefined {
  if (!text.startsWith('{%')) return undefined;
  let problem = problems.get(text);
  if (problem === undefined) {
    if (problems.size >= PROBLEMS_MAX) problems.clear();
    problem = syntaxProblem(text);
    problems.set(text, problem);
  }
  return problem ?? undefined;
}

function syntaxProblem(text: string): string | null {
  if (text.length < 4 || !text.endsWith('%}')) return "must be a JSONata expression wrapped in {% %}: it starts with '{%' but does not end with '%}'";
  const body = text.slice(2, -2);
  const expression = body.replace(REFERENCE, REFERENCE_STAND_IN);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  parse ??= require('jsonata') as Parse;
  try {
    parse(expression);
    return null;
  } catch (e) {
    const error = e as { message?: string; position?: number };
    if (typeof error.message !== 'string') throw e;
    const at = typeof error.position === 'number' && expression === body ? ` at character ${error.position + 2}` : '';
    return `is not a valid JSONata expression: ${error.message}${at}`;
  }
}

/**
 * Throws unless `value` is a well-formed JSONata expression, `{% ... %}`. A Terraform reference standing
 * for the whole value is left to Terraform.
 */
export function validateJsonataExpression(value: string, where: string, scope?: IConstruct): void {
  if (!value.startsWith('{%') && Token.isUnresolved(value)) return;
  if (!value.startsWith('{%')) {
    throw new ValidationError(`${where} must be a JSONata expression wrapped in {% %}, got ${describeValue(value)}`, scope);
  }
  validateJsonataText(value, where, scope);
}

/** Throws when a string that starts with `{%` is not a well-formed JSONata expression. */
export function validateJsonataText(value: string, where: string, scope?: IConstruct): void {
  const problem = jsonataProblem(value);
  if (problem !== undefined) {
    throw new ValidationError(`${where} ${problem}; got ${describeValue(value)}`, scope);
  }
}

/** Checks every JSONata expression of a value (a string, or plain objects and arrays holding strings). */
export function validateJsonataFields(value: unknown, where: string, scope?: IConstruct): void {
  if (typeof value === 'string') {
    if (value.startsWith('{%')) validateJsonataText(value, where, scope);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => validateJsonataFields(v, `${where}[${i}]`, scope));
  } else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) validateJsonataFields(value[key], `${where}.${key}`, scope);
  }
}
