import type { Construct } from 'constructs';
import type { IResolveContext } from '../../core/cdktf';
import { IamRolePolicy, Lazy } from '../../core/cdktf';
import type { PolicyStatement } from '../../iam/policy-statement';
import type { IamRoleRef } from '../../iam/refs';
import { toTerraformJson } from '../../render/serializer';

/** A policy document object of statements. */
export function policyDocument(statements: PolicyStatement[]): Record<string, unknown> {
  return { Version: '2012-10-17', Statement: statements.map((s) => s.toStatementJson()) };
}

/** An inline policy on another role, holding `statements`. */
export function grantStatement(scope: Construct, id: string, role: IamRoleRef, statements: PolicyStatement[]): Construct {
  return new IamRolePolicy(scope, id, {
    role: role.name,
    policy: Lazy.stringValue({ produce: (ctx: IResolveContext) => toTerraformJson(policyDocument(statements), ctx) }),
  });
}
