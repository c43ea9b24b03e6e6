// Which role a `{ arn, name }` is, within one stack: the object itself for a construct (an IamRole, a data
// source), its name as Terraform reads it for a plain struct. Grants are collected, and managed policies
// counted, per identity. Not part of the public API.
import { Construct, type IConstruct } from 'constructs';
import { TerraformStack, Token, standaloneContext } from '../../core/cdktf';
import type { IamRoleRef } from '../refs';

/** One role, as seen from a stack. */
export interface RoleIdentity {
  /** The key to index it by. */
  readonly key: object | string;
  /** How messages name it: its construct path, its name, or the expression of its name. */
  readonly label: string;
  /** A readable text for construct ids: its path below its stack, or its name. */
  readonly readable: string;
}

/** The identity of `role` for the stack of `scope`. */
export function roleIdentity(scope: IConstruct, role: IamRoleRef): RoleIdentity {
  if (Construct.isConstruct(role)) {
    const scopes = role.node.scopes;
    const readable = scopes.slice(scopes.indexOf(TerraformStack.of(role)) + 1).map((s) => s.node.id).join('-');
    return { key: role, label: role.node.path, readable };
  }
  if (!Token.isUnresolved(role.name)) return { key: role.name, label: `'${role.name}'`, readable: role.name };
  const name = String(standaloneContext(TerraformStack.of(scope)).resolve(role.name));
  const expression = name.replace(/\$\{|\}/g, '');
  return { key: name, label: `named by ${expression}`, readable: expression };
}

/** A map per stack, kept on the stack under a registered symbol (shared by copies of the package). */
export function perStack<T>(scope: IConstruct, name: string, create: () => T): T {
  const stack = TerraformStack.of(scope) as unknown as Record<symbol, T>;
  const symbol = Symbol.for(`cdktf-stepfunctions.iam.${name}`);
  if (!(symbol in stack)) Object.defineProperty(stack, symbol, { value: create(), enumerable: false });
  return stack[symbol];
}
