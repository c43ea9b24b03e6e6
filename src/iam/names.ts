// Readable `name_prefix`es for the IAM resources the library creates, so that the IAM console lists
// `orders-flow-20261201...` instead of `terraform-20261201...`. Not part of the public API.
import { Fn, Token } from '../core/cdktf';

/** Terraform appends 26 characters to a `name_prefix` (a timestamp and a counter). */
const UNIQUE_SUFFIX_LENGTH = 26;
/** The longest `name_prefix` of an `aws_iam_role` (names have at most 64 characters). */
export const ROLE_NAME_PREFIX_MAX = 64 - UNIQUE_SUFFIX_LENGTH;

/**
 * `base` followed by `-`, at most `max` characters: cut to fit when it is a literal (characters IAM does
 * not allow in names become `-`), and through Terraform's `substr` when it is a token (a variable's value
 * is known only to Terraform, which clamps a `substr` longer than the string).
 */
export function namePrefixFor(base: string, max: number): string {
  if (Token.isUnresolved(base)) return `${Fn.substr(base, 0, max - 1)}-`;
  return `${base.replace(/[^\w+=,.@-]/g, '-').slice(0, max - 1)}-`;
}
