// Reference structs of the ECS task: the cluster, the task definition (with the provider's configured
// values, read for the constructor's checks) and a container of it.
import type { SubnetRef } from '../ec2/vpc-refs';

/** An ECS cluster: `{ arn }`, satisfied by `EcsCluster` and `DataAwsEcsCluster`. */
export interface EcsClusterRef {
  /** ARN of the cluster. */
  readonly arn: string;
}

/**
 * An ECS task definition, satisfied by the `EcsTaskDefinition` resource or a literal struct with the
 * provider's attribute names. For a `DataAwsEcsTaskDefinition`, whose roles are unknown until Terraform
 * reads it, pass a literal with the members it has (`{ arn: d.arn, family: d.family, networkMode:
 * d.networkMode, taskRoleArn: d.taskRoleArn }`): `iam:PassRole` is granted on each role given.
 *
 * EcsRunTask checks the task definition when it can: on a provider resource it reads the configured
 * values (`networkModeInput`, `requiresCompatibilitiesInput`, `containerDefinitionsInput`,
 * `taskRoleArnInput`, `executionRoleArnInput`); on a literal, the plain members. A check whose value is
 * a token (known only when Terraform applies) is skipped.
 */
export interface EcsTaskDefinitionRef {
  /** ARN of the task definition, with its revision (`arn:...:task-definition/<family>:<revision>`). */
  readonly arn: string;
  /** Family of the task definition: the task runs its latest ACTIVE revision unless `revisionNumber` is set. */
  readonly family: string;
  /**
   * ARN of the family, without the revision (the provider's `arn_without_revision`).
   * @default - derived from a literal `arn`, else `arn:<partition>:ecs:<region>:<account>:task-definition/<family>` of the stack
   */
  readonly arnWithoutRevision?: string;
  /**
   * Network mode: `awsvpc`, `bridge`, `host` or `none`.
   * @default - unknown: the network checks are skipped, and subnets, when given, make the task `awsvpc`
   */
  readonly networkMode?: string;
  /**
   * Launch types the task definition is valid for: `EC2`, `FARGATE`, `EXTERNAL`, `MANAGED_INSTANCES`.
   * @default - unknown: the launch target's compatibility check is skipped
   */
  readonly requiresCompatibilities?: string[];
  /**
   * Number of CPU units of the task.
   * @default - unknown
   */
  readonly cpu?: string;
  /**
   * Memory of the task, in MiB.
   * @default - unknown
   */
  readonly memory?: string;
  /**
   * ARN of the task's role, which the state machine must be allowed to pass.
   * @default - no task role
   */
  readonly taskRoleArn?: string;
  /**
   * ARN of the task's execution role, which the state machine must be allowed to pass.
   * @default - no execution role
   */
  readonly executionRoleArn?: string;
  /**
   * The container definitions, as the JSON string the provider takes (each with `name`, `essential`, ...).
   * @default - unknown: the container checks are skipped
   */
  readonly containerDefinitions?: string;
}

/** A container of a task definition: `{ containerName }`, the `name` of one of its container definitions. */
export interface ContainerDefinitionRef {
  /** Name of the container. */
  readonly containerName: string;
}

/**
 * Subnets to place the task's network interfaces in (aws-cdk-lib's `ec2.SubnetSelection`, reduced to the
 * subnets themselves: Terraform has no cluster VPC to select from).
 */
export interface SubnetSelection {
  /** The subnets: `Subnet` or `DataAwsSubnet` resources, or `{ id, vpcId? }` literals. */
  readonly subnets: SubnetRef[];
}
