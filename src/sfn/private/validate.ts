// Checks of state props shared by the state classes: not part of the public API.
import type { Construct } from 'constructs';
import { Token } from '../../core/cdktf';
import { ValidationError, describeValue } from '../../core/errors';
import { isJsonataExpression } from '../../render/jsonata';
import { classifyPathValue } from '../../render/tokens';

/** Throws unless a number of seconds is a whole number > 0. */
export function validatePositiveDuration(seconds: number | undefined, where: string, scope: Construct): void {
  if (seconds === undefined || Token.isUnresolved(seconds)) return;
  if (!Number.isInteger(seconds) || seconds <= 0) {
    throw new ValidationError(`${where} must be a whole number of seconds greater than 0, got ${seconds}`, scope);
  }
}

/**
 * Throws unless a path prop (`inputPath`, `outputPath`, `resultPath`) is a JSONPath starting with `$`,
 * `JsonPath.DISCARD`, or a Terraform reference.
 */
export function validateStatePath(path: string, where: string, scope: Construct): void {
  const c = classifyPathValue(path);
  if (c.kind === 'discard') return;
  if (c.kind === 'path') {
    throw new ValidationError(`${where} is itself a path; pass the path text (e.g. '$.result'), not JsonPath.stringAt(...)`, scope);
  }
  if (Token.isUnresolved(path)) return;
  if (!path.startsWith('$')) {
    throw new ValidationError(`${where} must be a JSONPath starting with '$' (or JsonPath.DISCARD), got ${describeValue(path)}`, scope);
  }
}

/** Throws unless `value` is a JSONata expression `{% ... %}`. */
export function validateJsonata(value: unknown, where: string, scope?: Construct): void {
  if (typeof value === 'string' && !Token.isUnresolved(value) && !isJsonataExpression(value)) {
    throw new ValidationError(`${where} must be a JSONata expression wrapped in {% %}, got ${describeValue(value)}`, scope);
  }
}
