// Checks of state props shared by the state classes: not part of the public API.
import type { Construct } from 'constructs';
import { Token } from '../../core/cdktf';
import { ValidationError } from '../../core/errors';
import { validateReferencePath } from '../../render/json-path';
import { validateJsonataExpression } from '../../render/jsonata';
import { classifyPathValue } from '../../render/tokens';

/** Throws unless a number of seconds is a whole number > 0. */
export function validatePositiveDuration(seconds: number | undefined, where: string, scope: Construct): void {
  if (seconds === undefined || Token.isUnresolved(seconds)) return;
  if (!Number.isInteger(seconds) || seconds <= 0) {
    throw new ValidationError(`${where} must be a whole number of seconds greater than 0, got ${seconds}`, scope);
  }
}

/**
 * Throws unless a path prop (`inputPath`, `outputPath`, `resultPath`, a catcher's `resultPath`) is a
 * reference path, as text (`'$.x'`) or as a JsonPath token (`JsonPath.stringAt('$.x')`), or
 * `JsonPath.DISCARD`, or a Terraform reference. `renderPath` writes what this accepts.
 */
export function validateStatePath(path: string, where: string, scope: Construct): void {
  if (classifyPathValue(path).kind === 'discard') return;
  validateReferencePath(path, where, scope);
}

/** Throws unless `value` (when it is a string) is a well-formed JSONata expression `{% ... %}`. */
export function validateJsonata(value: unknown, where: string, scope?: Construct): void {
  if (typeof value === 'string') validateJsonataExpression(value, where, scope);
}
