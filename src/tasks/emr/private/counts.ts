import type { IConstruct } from 'constructs';
import { Token } from '../../../core/cdktf';
import { ValidationError, describeValue } from '../../../core/errors';

/** Throws when a literal count is not a whole number of at least 0 (a token, a path, passes). */
export function validateCount(scope: IConstruct, value: number | undefined, prop: string): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (!Number.isInteger(value) || value < 0) {
    throw new ValidationError(`'${prop}' must be a whole number of at least 0, got ${describeValue(value)}`, scope);
  }
}
