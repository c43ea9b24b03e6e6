// Checks shared by the task classes. Each runs in a constructor, with the task as the error scope.
import type { IConstruct } from 'constructs';
import { isTokenString } from '../../core/cdktf';
import { ValidationError, describeValue } from '../../core/errors';
import { containsTaskToken, validateFields } from '../../render/json-path';
import { InputType, type TaskInput } from '../../sfn/input';
import { IntegrationPattern } from '../../sfn/types';

/** Whether `x` is a TaskInput (checked by shape, not by class). */
export function isTaskInput(x: unknown): x is TaskInput {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const t = (x as { type?: unknown }).type;
  return (t === InputType.TEXT || t === InputType.OBJECT) && 'value' in x;
}

/** Throws when a WAIT_FOR_TASK_TOKEN task does not hand the task token on in `value`. */
export function requireTaskToken(scope: IConstruct, pattern: IntegrationPattern, value: unknown, prop: string): void {
  if (pattern !== IntegrationPattern.WAIT_FOR_TASK_TOKEN || containsTaskToken(value)) return;
  const got = value === undefined ? 'it is not set' : `got ${describeValue(value)}`;
  throw new ValidationError(
    `'${prop}' must hold the task token when 'integrationPattern' is WAIT_FOR_TASK_TOKEN: add JsonPath.taskToken (JSONPath) or '{% $states.context.Task.Token %}' (JSONata); ${got}`,
    scope,
  );
}

/** Whether a string is known at synthesis time (not a token, not holding one). */
export function isLiteral(value: string | undefined): value is string {
  return value !== undefined && !isTokenString(value);
}

/** Throws when a literal string is longer than `max` characters. */
export function validateMaxLength(scope: IConstruct, value: string | undefined, max: number, prop: string): void {
  if (isLiteral(value) && value.length > max) {
    throw new ValidationError(`'${prop}' must be at most ${max} characters long, got ${value.length}: ${describeValue(value)}`, scope);
  }
}

/** Checks user values (objects, strings) for misplaced JsonPath references, each under its prop name. */
export function validateUserFields(scope: IConstruct, fields: { [prop: string]: unknown }): void {
  for (const [prop, value] of Object.entries(fields)) {
    if (value !== undefined) validateFields(value, `'${prop}'`, scope);
  }
}
