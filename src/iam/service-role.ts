// Every IAM role this library creates goes through `createServiceRole`: a readable name prefix, and the
// permissions boundary, path and tags of `RoleDefaults`/`PermissionsBoundary` on its scopes (read at
// synthesis, so settings applied after the role was created count) under the creator's own. Not part
// of the public API.
import type { Construct } from 'constructs';
import type { IResolveContext } from '../core/cdktf';
import { Aspects, IamRole, Lazy } from '../core/cdktf';
import { toTerraformJson } from '../render/serializer';
import { namePrefixFor, ROLE_NAME_PREFIX_MAX } from './names';
import { effectiveRoleSettings } from './private/role-settings';
import type { RoleSettings } from './role-settings';

/** What a created role is for. */
export interface ServiceRoleOptions {
  /** The service principal that assumes the role (`states.amazonaws.com`). */
  readonly service: string;
  /** Description of the role. */
  readonly description: string;
  /** The readable start of its name (a literal or a token, e.g. the state machine's name). */
  readonly name: string;
  /** Settings of the creating construct's props, over the inherited ones. */
  readonly settings?: RoleSettings;
  /** Further service principals that may assume the role, beside `service`. */
  readonly otherServices?: string[];
  /**
   * The whole trust policy (tokens allowed), for a role that is assumed by more than services.
   * Default: `service` (and `otherServices`) may assume the role.
   */
  readonly assumeRolePolicy?: Record<string, unknown>;
  /**
   * An exact name, for a role whose trust policy must know it (a name prefix is completed by Terraform
   * only at apply time). Default: `name` is a name prefix.
   */
  readonly roleName?: string;
  /** Conditions of the trust statement (e.g. `aws:SourceAccount`), when the service should be narrowed. */
  readonly trustConditions?: Record<string, unknown>;
}

/** The trust policy of a role assumed by `services`, under `conditions` when given. */
export function trustPolicy(services: string[], conditions?: Record<string, unknown>): Record<string, unknown> {
  const statement: Record<string, unknown> = { Effect: 'Allow', Principal: { Service: services.length === 1 ? services[0] : services }, Action: 'sts:AssumeRole' };
  if (conditions) statement.Condition = conditions;
  return { Version: '2012-10-17', Statement: [statement] };
}

/** Creates an `aws_iam_role` trusted by `options.service`, with the role settings in effect at `scope`. */
export function createServiceRole(scope: Construct, id: string, options: ServiceRoleOptions): IamRole {
  const document = options.assumeRolePolicy ?? trustPolicy([options.service, ...(options.otherServices ?? [])], options.trustConditions);
  const role = new IamRole(scope, id, {
    ...(options.roleName !== undefined ? { name: options.roleName } : { namePrefix: namePrefixFor(options.name, ROLE_NAME_PREFIX_MAX) }),
    description: options.description,
    assumeRolePolicy: Lazy.stringValue({ produce: (ctx: IResolveContext) => toTerraformJson(document, ctx) }),
  });
  let applied = false;
  Aspects.of(role).add({
    visit: (node) => {
      if (node !== role || applied) return;
      applied = true;
      const settings = effectiveRoleSettings(role, options.settings);
      if (settings.permissionsBoundary) role.permissionsBoundary = settings.permissionsBoundary.arn;
      if (settings.path !== undefined) role.path = settings.path;
      if (settings.tags && Object.keys(settings.tags).length > 0) role.tags = settings.tags;
    },
  });
  return role;
}
