import { isJsonataExpression } from '../../render/jsonata';
import { isEncodedJsonPath } from '../../render/tokens';

/**
 * Whether a name is read from the state (a JsonPath reference or a `{% %}` expression) rather than
 * known when the policy is written: a grant on it must then be on every resource of its kind.
 */
export function isStateValue(value: string | undefined): boolean {
  return value !== undefined && (isEncodedJsonPath(value) || isJsonataExpression(value));
}
