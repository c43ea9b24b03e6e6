// The grants made to one role in one stack, collected and written once at synthesis as managed policies:
// thirty state machines granting three things each to one role give a few merged policies, not ninety
// inline ones over IAM's limits. Not part of the public API: grant methods return the collector as a
// Construct.
import { Construct, type IConstruct } from 'constructs';
import { perStack, roleIdentity } from './private/role-identity';
import type { IResolvable } from '../core/cdktf';
import { Aspects, TerraformStack } from '../core/cdktf';
import { ValidationError } from '../core/errors';
import { templateResolver } from '../render/serializer';
import { registerRoleReference, writeManagedPolicies } from './managed-policies';
import { mergeStatements } from './policy-document';
import type { PolicyStatement } from './policy-statement';
import { referenceLengthEstimator } from './reference-length';
import type { IamRoleRef } from './refs';

// The collectors of one stack, by role identity, and the construct ids they took.
interface Registry {
  readonly byRole: Map<object | string, RoleGrants>;
  readonly ids: Set<string>;
}

/** The collector of the grants to `role` made from `scope`'s stack, created on first use. */
export function grantsTo(scope: IConstruct, role: IamRoleRef): RoleGrants {
  const registry = perStack<Registry>(scope, 'RoleGrants', () => ({ byRole: new Map(), ids: new Set() }));
  const identity = roleIdentity(scope, role);
  let grants = registry.byRole.get(identity.key);
  if (!grants) {
    grants = new RoleGrants(TerraformStack.of(scope), uniqueId(registry, identity.readable), role, identity.label);
    registry.byRole.set(identity.key, grants);
  }
  return grants;
}

// `GrantsTo-<readable>`, with a number after it if another role reads the same.
function uniqueId(registry: Registry, readable: string): string {
  const base = `GrantsTo-${readable.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'role'}`;
  let id = base;
  for (let n = 2; registry.ids.has(id); n++) id = `${base}${n}`;
  registry.ids.add(id);
  return id;
}

/**
 * The permissions granted to one role by the state machines and activities of one stack: one set of
 * merged statements, written at synthesis as managed policies attached to the role.
 */
export class RoleGrants extends Construct {
  private readonly statements: PolicyStatement[] = [];
  private readonly resolvedTokens = new Map<IResolvable, unknown>();
  private finalized = false;

  /** @param label the role as messages name it (its path, or its name) */
  constructor(scope: Construct, id: string, private readonly role: IamRoleRef, private readonly label: string) {
    super(scope, id);
    registerRoleReference(this, role.name);
    Aspects.of(this).add({ visit: (node) => node === this && this.finalize() });
  }

  /** Adds statements to the role's grants; `from` is the construct granting them. */
  public add(statements: PolicyStatement[], from: IConstruct): void {
    if (this.finalized) {
      throw new ValidationError(`a grant to the role ${this.label} was made after synthesis started; make grants while building the stack`, from);
    }
    this.statements.push(...statements);
  }

  private finalize(): void {
    if (this.finalized) return;
    this.finalized = true;
    const resolve = templateResolver(this, this.resolvedTokens);
    writeManagedPolicies(this, {
      role: this.role,
      statements: mergeStatements(this.statements, resolve),
      estimate: referenceLengthEstimator(this, resolve),
      resolved: this.resolvedTokens,
      subject: `the grants to the role ${this.label}`,
      remedy: 'grant to several roles, or grant on fewer distinct resources',
      description: `Permissions granted to the role ${this.label} by Step Functions state machines and activities of the stack ${TerraformStack.of(this).node.id}`,
      // a role's name has at most 64 characters: this fits the 102 of a policy's name prefix
      namePrefix: `${this.role.name}-grants-`,
    });
  }
}
