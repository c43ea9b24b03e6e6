// Managed policies holding a role's permissions, shared by everything that writes permissions to a role
// (a state machine's execution role, the grants to another role): split under IAM's size limit, checked
// against the number of managed policies IAM allows on one role, and attached. Not part of the public API.
import type { Construct } from 'constructs';
import type { IResolvable, IResolveContext } from '../core/cdktf';
import { Annotations, App, IamPolicy, IamRolePolicyAttachment, Lazy, TerraformStack, Token, resolveValue } from '../core/cdktf';
import { ValidationError } from '../core/errors';
import { toTerraformJson } from '../render/serializer';
import { type LengthEstimator, splitIntoDocuments } from './policy-document';
import type { PolicyStatement } from './policy-statement';
import { perStack, roleIdentity } from './private/role-identity';
import type { IamRoleRef } from './refs';

/** IAM's default quota of managed policies attached to one role. */
export const POLICY_QUOTA_DEFAULT = 10;
/** The most IAM allows when the quota is raised. */
export const POLICY_QUOTA_HARD = 20;

/** A policy document object of statements. */
export function policyDocument(statements: PolicyStatement[]): Record<string, unknown> {
  return { Version: '2012-10-17', Statement: statements.map((s) => s.toStatementJson()) };
}

/**
 * Registers the reference to the name of a role the policies will be attached to, while building the
 * stack: the policies are written at synthesis, after cdktf's preparing pass registered the references
 * between stacks (and wrote the other stacks), so a role of another stack would have no output to read.
 */
export function registerRoleReference(scope: Construct, roleName: string): void {
  if (Token.isUnresolved(roleName)) resolveValue(scope, roleName, true);
}

/** What to write and how to name it. */
export interface ManagedPolicySet {
  /** The role to attach to. */
  readonly role: IamRoleRef;
  /** The statements, already merged, in policy order. */
  readonly statements: PolicyStatement[];
  /** Length of values once Terraform has filled in their references. */
  readonly estimate: LengthEstimator;
  /** Tokens already resolved for these statements (shared with the serializer). */
  readonly resolved: Map<IResolvable, unknown>;
  /** Whose permissions these are, for messages: "the permissions of this state machine". */
  readonly subject: string;
  /** What to do when they do not fit, for the error. */
  readonly remedy: string;
  /** Description of each policy; " (part n)" is added when there are several. */
  readonly description: string;
  /** `name_prefix` of each policy (at most 102 characters; Terraform adds a unique suffix). */
  readonly namePrefix: string;
}

// The managed policies a stack attaches to one role, and whether that was warned about.
interface Tally {
  count: number;
  warned: boolean;
}

/** The managed policies written and the Terraform addresses of their attachments. */
export interface AttachedPolicies {
  readonly policies: IamPolicy[];
  readonly attachmentAddresses: string[];
}

/**
 * Splits `set.statements` into documents of at most 6,144 characters and writes one `aws_iam_policy` per
 * document, attached to the role: `Policy`, `Policy2`, ... and `PolicyAttachment`, `PolicyAttachment2`,
 * ... under `scope` (their ids are Terraform addresses). More documents than IAM's default quota is a
 * warning on `scope`, more than its hard limit an error. Call at synthesis (from an aspect).
 */
export function writeManagedPolicies(scope: Construct, set: ManagedPolicySet): AttachedPolicies {
  const documents = splitIntoDocuments(set.statements, set.estimate);
  const n = documents.length;
  // what this stack attaches to the role: several state machines may share a passed role, and have
  // granted to it
  const identity = roleIdentity(scope, set.role);
  const tallies = perStack<Map<object | string, Tally>>(scope, 'AttachedPolicies', () => new Map());
  const tally = tallies.get(identity.key) ?? { count: 0, warned: false };
  tallies.set(identity.key, tally);
  const total = tally.count + n;
  const others = total === n ? '' : `, ${total} with the others this stack attaches to the role ${identity.label}`;
  if (total > POLICY_QUOTA_HARD) {
    throw new ValidationError(`${set.subject} need ${n} managed policies of at most 6,144 characters${others}, more than the ${POLICY_QUOTA_HARD} IAM allows on one role; ${set.remedy}`, scope);
  }
  if (total > POLICY_QUOTA_DEFAULT && !tally.warned) {
    tally.warned = true;
    Annotations.of(scope).addWarning(`${set.subject} need ${n} managed policies${others}; IAM's default quota is ${POLICY_QUOTA_DEFAULT} per role (it can be raised to ${POLICY_QUOTA_HARD})`);
  }
  tally.count = total;
  const policies: IamPolicy[] = [];
  const attachments: IamRolePolicyAttachment[] = [];
  documents.forEach((statements, i) => {
    const suffix = i === 0 ? '' : `${i + 1}`;
    const policy = new IamPolicy(scope, `Policy${suffix}`, {
      namePrefix: set.namePrefix,
      description: `${set.description}${documents.length > 1 ? ` (part ${i + 1})` : ''}`,
      policy: Lazy.stringValue({ produce: (ctx: IResolveContext) => toTerraformJson(policyDocument(statements), ctx, { resolved: set.resolved }) }),
    });
    policies.push(policy);
    attachments.push(new IamRolePolicyAttachment(scope, `PolicyAttachment${suffix}`, { role: set.role.name, policyArn: policy.arn }));
  });
  // Resources created at synthesis missed cdktf's preparing pass, which registers cross-stack
  // references; give them one when the app has other stacks to refer to.
  if (App.of(scope).node.children.filter((c) => TerraformStack.isStack(c)).length > 1) {
    for (const r of [...policies, ...attachments]) resolveValue(scope, r.toTerraform(), true);
  }
  return { policies, attachmentAddresses: attachments.map((a) => `${a.terraformResourceType}.${a.friendlyUniqueId}`) };
}
