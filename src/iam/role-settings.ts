import type { IConstruct } from 'constructs';
import { checkStruct } from '../core/private/prop-check';
import { appliedOn, checkPolicy, validateRoleSettings } from './private/role-settings';
import type { ManagedPolicyRef } from './refs';

/** Settings of the IAM roles this library creates (a state machine's execution role, a task's role). */
export interface RoleSettings {
  /**
   * Managed policy that sets the most the role may do (its permissions boundary).
   * @default - no permissions boundary
   */
  readonly permissionsBoundary?: ManagedPolicyRef;
  /**
   * Path of the role: `/`, or `/` + segments + `/` (`/workflows/orders/`).
   * @default "/"
   */
  readonly path?: string;
  /**
   * Tags of the role (the provider's `default_tags` are added by Terraform).
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * The permissions boundary of every role this library creates in a scope, as in aws-cdk-lib:
 * `PermissionsBoundary.of(stack).apply(policy)`. The setting on the closest scope wins; it applies to roles
 * created before or after the call (it is read at synthesis).
 */
export class PermissionsBoundary {
  /** The permissions boundary settings of `scope` and the constructs below it. */
  public static of(scope: IConstruct): PermissionsBoundary {
    return new PermissionsBoundary(scope);
  }

  private constructor(private readonly scope: IConstruct) {}

  /** Gives every role created in the scope this permissions boundary (`{ arn }`, e.g. an `IamPolicy`). */
  public apply(boundaryPolicy: ManagedPolicyRef): void {
    checkPolicy(boundaryPolicy, this.scope, 'PermissionsBoundary.apply()');
    appliedOn(this.scope, true).permissionsBoundary = boundaryPolicy;
  }

  /** Removes a boundary applied on a scope above this one, for the roles created in this one. */
  public clear(): void {
    appliedOn(this.scope, true).permissionsBoundary = null;
  }
}

/**
 * Path, tags and permissions boundary of every role this library creates in a scope:
 * `RoleDefaults.of(stack).apply({ path: '/workflows/', tags: { team: 'orders' } })`. Settings on a closer
 * scope win (tags merge, the closer value of a key wins); props of the construct that creates the role win
 * over both. They are read at synthesis, so roles created before the call get them too.
 */
export class RoleDefaults {
  /** The role settings of `scope` and the constructs below it. */
  public static of(scope: IConstruct): RoleDefaults {
    return new RoleDefaults(scope);
  }

  private constructor(private readonly scope: IConstruct) {}

  /** Sets the given settings on the scope (merged with what was applied on it before). */
  public apply(settings: RoleSettings): void {
    checkStruct('RoleSettings', settings, this.scope, 'RoleDefaults.apply()');
    validateRoleSettings(settings, this.scope, '');
    const applied = appliedOn(this.scope, true);
    if (settings.permissionsBoundary !== undefined) applied.permissionsBoundary = settings.permissionsBoundary;
    if (settings.path !== undefined) applied.path = settings.path;
    if (settings.tags !== undefined) applied.tags = { ...applied.tags, ...settings.tags };
  }
}

