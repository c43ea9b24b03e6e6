// Where RoleDefaults and PermissionsBoundary keep their settings, and how a created role reads them.
// Not part of the public API.
import type { IConstruct } from 'constructs';
import { Token } from '../../core/cdktf';
import { ValidationError, describeValue } from '../../core/errors';
import type { ManagedPolicyRef } from '../refs';
import type { RoleSettings } from '../role-settings';

// What was applied on one construct; `null` for a boundary cleared there.
export interface Applied {
  permissionsBoundary?: ManagedPolicyRef | null;
  path?: string;
  tags?: { [key: string]: string };
}

// On the construct itself, under a registered symbol: another copy of the package reads the same settings.
const APPLIED = Symbol.for('cdktf-stepfunctions.iam.RoleSettings');

export function appliedOn(scope: IConstruct, create: true): Applied;
export function appliedOn(scope: IConstruct, create?: boolean): Applied | undefined;
export function appliedOn(scope: IConstruct, create = false): Applied | undefined {
  const holder = scope as unknown as { [APPLIED]?: Applied };
  if (!holder[APPLIED] && create) Object.defineProperty(holder, APPLIED, { value: {}, enumerable: false });
  return holder[APPLIED];
}

/**
 * The settings a role created at `scope` gets: those applied on its scopes (the closest wins), then
 * `explicit` (the props of the construct creating it).
 */
export function effectiveRoleSettings(scope: IConstruct, explicit: RoleSettings = {}): RoleSettings {
  let permissionsBoundary: ManagedPolicyRef | null | undefined;
  let path: string | undefined;
  let tags: { [key: string]: string } | undefined;
  for (const s of scope.node.scopes) {
    const applied = appliedOn(s);
    if (!applied) continue;
    if (applied.permissionsBoundary !== undefined) permissionsBoundary = applied.permissionsBoundary;
    if (applied.path !== undefined) path = applied.path;
    if (applied.tags !== undefined) tags = { ...tags, ...applied.tags };
  }
  if (explicit.permissionsBoundary !== undefined) permissionsBoundary = explicit.permissionsBoundary;
  if (explicit.path !== undefined) path = explicit.path;
  if (explicit.tags !== undefined) tags = { ...tags, ...explicit.tags };
  return { permissionsBoundary: permissionsBoundary ?? undefined, path, tags };
}

const PATH = /^\/(?:[\u0021-\u007E]*\/)?$/;
const MAX_TAGS = 50;

/**
 * Throws unless the path and tags are what IAM accepts (tokens skipped). `prefix` names the props
 * (`role` for `rolePath`/`roleTags` of a construct, '' for a RoleSettings struct).
 */
export function validateRoleSettings(settings: RoleSettings, scope: IConstruct, prefix: string): void {
  const prop = (name: string) => `'${prefix ? `${prefix}${name[0].toUpperCase()}${name.slice(1)}` : name}'`;
  const { path, tags } = settings;
  if (path !== undefined && !Token.isUnresolved(path) && (path.length > 512 || !PATH.test(path))) {
    throw new ValidationError(`${prop('path')} must be "/" or start and end with "/", at most 512 printable ASCII characters, got ${describeValue(path)}`, scope);
  }
  if (tags !== undefined && !Token.isUnresolved(tags)) {
    const keys = Object.keys(tags);
    if (keys.length > MAX_TAGS) {
      throw new ValidationError(`${prop('tags')} may hold at most ${MAX_TAGS} tags (IAM's limit per role), got ${keys.length}`, scope);
    }
    for (const key of keys) {
      const value = tags[key];
      if (!Token.isUnresolved(key) && (key.length < 1 || key.length > 128 || key.toLowerCase().startsWith('aws:'))) {
        throw new ValidationError(`${prop('tags')}: a key must have 1 to 128 characters and not start with 'aws:', got ${describeValue(key)}`, scope);
      }
      if (!Token.isUnresolved(value) && value.length > 256) {
        throw new ValidationError(`${prop('tags')}: the value of ${describeValue(key)} must have at most 256 characters, got ${value.length}`, scope);
      }
    }
  }
  if (settings.permissionsBoundary !== undefined) checkPolicy(settings.permissionsBoundary, scope, prop('permissionsBoundary'));
}

export function checkPolicy(policy: ManagedPolicyRef, scope: IConstruct, where: string): void {
  if (policy === null || typeof policy !== 'object' || typeof policy.arn !== 'string') {
    throw new ValidationError(`${where} takes a managed policy { arn } (an IamPolicy, a DataAwsIamPolicy or a literal), got ${describeValue(policy)}`, scope);
  }
}
