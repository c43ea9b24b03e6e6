// What EcsRunTask can know about a task definition before Terraform applies. A provider resource
// (`EcsTaskDefinition`) has every attribute as a token, but carries its configured values as
// `<attribute>Input` getters: an input that is not set there is ECS's default. A literal struct carries
// the values themselves, and a member it leaves out is unknown. A token anywhere is unknown.
import type { IConstruct } from 'constructs';
import { formatArn } from '../../../core/arn';
import { Token, isTokenString } from '../../../core/cdktf';
import type { EcsTaskDefinitionRef } from '../refs';

/** A value known at synthesis time (`value` undefined: not set, ECS's default applies), or undefined when unknown. */
export interface Known<T> {
  readonly value: T | undefined;
}

function configured(ref: EcsTaskDefinitionRef, member: keyof EcsTaskDefinitionRef): Known<unknown> | undefined {
  const input = `${member}Input`;
  if (input in ref) {
    const value = (ref as unknown as Record<string, unknown>)[input];
    return Token.isUnresolved(value) ? undefined : { value };
  }
  const value = ref[member];
  return value === undefined || Token.isUnresolved(value) ? undefined : { value };
}

/** The network mode, when known (`value` undefined: not set, so ECS's default, not `awsvpc`). */
export function networkModeOf(ref: EcsTaskDefinitionRef): Known<string> | undefined {
  return configured(ref, 'networkMode') as Known<string> | undefined;
}

/** The launch types the task definition requires, when known (not set on a resource: ECS's default, `EC2`). */
export function compatibilitiesOf(ref: EcsTaskDefinitionRef): string[] | undefined {
  const known = configured(ref, 'requiresCompatibilities');
  if (!known) return undefined;
  const list = known.value as string[] | undefined;
  if (list === undefined) return ['EC2'];
  return list.some((item) => Token.isUnresolved(item)) ? undefined : list;
}

/** A container definition, as far as the checks read it. */
export interface ContainerSummary {
  readonly name: string;
  readonly essential: boolean;
}

/** The container definitions, when their JSON is known. */
export function containersOf(ref: EcsTaskDefinitionRef): ContainerSummary[] | undefined {
  const known = configured(ref, 'containerDefinitions');
  const text = known?.value;
  if (typeof text !== 'string' || isTokenString(text)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined; // the provider reports malformed JSON itself
  }
  if (!Array.isArray(parsed)) return undefined;
  const containers: ContainerSummary[] = [];
  for (const item of parsed) {
    if (typeof item !== 'object' || item === null || typeof item.name !== 'string') return undefined;
    // ECS takes a container without `essential` as essential
    containers.push({ name: item.name, essential: item.essential !== false });
  }
  return containers;
}

/** The task role and the execution role, those that are set (a token counts as set). */
export function rolesOf(ref: EcsTaskDefinitionRef): string[] {
  const roles: string[] = [];
  for (const member of ['taskRoleArn', 'executionRoleArn'] as const) {
    const input = `${member}Input`;
    const value = input in ref ? (ref as unknown as Record<string, unknown>)[input] : ref[member];
    if (typeof value === 'string' && value !== '') roles.push(value);
  }
  return roles;
}

/**
 * The ARN of the task definition's family, without revision: the provider's `arnWithoutRevision`, the
 * literal ARN with its revision cut, or the family's ARN in the stack's region and account.
 */
export function familyArnOf(scope: IConstruct, ref: EcsTaskDefinitionRef): string {
  if (ref.arnWithoutRevision !== undefined) return ref.arnWithoutRevision;
  if (!isTokenString(ref.arn)) {
    const match = /^(arn:[^:]+:ecs:[^:]*:[^:]*:task-definition\/[^:]+)(:\d+)?$/.exec(ref.arn);
    if (match) return match[1];
  }
  return formatArn(scope, { service: 'ecs', resource: 'task-definition', resourceName: ref.family });
}
