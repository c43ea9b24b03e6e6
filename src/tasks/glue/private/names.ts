import type { IConstruct } from 'constructs';
import { ValidationError, describeValue } from '../../../core/errors';
import { isStateValue } from '../../private/state-value';
import { isLiteral } from '../../private/task-utils';

/** Throws unless a literal name has 1 to `max` characters on one line (Glue's and DataBrew's names). */
export function validateSingleLineName(scope: IConstruct, prop: string, value: string | undefined, max: number): void {
  if (!isLiteral(value) || isStateValue(value)) return;
  if (value.length < 1 || value.length > max || /[\r\n]/.test(value)) {
    throw new ValidationError(`'${prop}' must be 1 to ${max} characters on one line, got ${describeValue(value)}`, scope);
  }
}
