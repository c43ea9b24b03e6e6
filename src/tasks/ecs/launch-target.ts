// Launch targets of EcsRunTask: the keys a Fargate or an EC2 launch adds to the RunTask request, and the
// task definition's compatibility with it (checked when the task is constructed).
import type { IConstruct } from 'constructs';
import { ValidationError, describeValue } from '../../core/errors';
import { compatibilitiesOf, networkModeOf } from './private/task-definition';
import type { FargatePlatformVersion, PlacementConstraint, PlacementStrategy } from './placement';
import type { EcsClusterRef, EcsTaskDefinitionRef } from './refs';

/** What a launch target is bound with. */
export interface LaunchTargetBindOptions {
  /** The task definition the task runs. */
  readonly taskDefinition: EcsTaskDefinitionRef;
  /**
   * The cluster the task runs on.
   * @default - no cluster
   */
  readonly cluster?: EcsClusterRef;
}

/** The keys a launch target adds to the RunTask request. */
export interface EcsLaunchTargetConfig {
  /**
   * Keys and values of the request (`LaunchType`, `PlatformVersion`, ...); an undefined value is left out.
   * @default - none
   */
  readonly parameters?: { [key: string]: any };
}

/**
 * Where an ECS task runs: its launch type and the request keys that go with it.
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html
 */
export interface IEcsLaunchTarget {
  /**
   * Called once, when the EcsRunTask is constructed; throws `ValidationError` (with `task` as the scope)
   * for a task definition the target cannot run.
   */
  bind(task: IConstruct, launchTargetOptions: LaunchTargetBindOptions): EcsLaunchTargetConfig;
}

/** One entry of a capacity provider strategy. */
export interface CapacityProviderStrategy {
  /** Name of the capacity provider (`FARGATE`, `FARGATE_SPOT`, or one of the cluster's). */
  readonly capacityProvider: string;
  /**
   * How many tasks at least run on this provider; only one entry of a strategy may set it.
   * @default - none (0)
   */
  readonly base?: number;
  /**
   * Share of the tasks, relative to the other entries, run on this provider once the bases are met.
   * @default - 0
   */
  readonly weight?: number;
}

/** Which capacity providers run the task, instead of a launch type. */
export class CapacityProviderOptions {
  /** The given strategy, 1 to 20 entries (`CapacityProviderStrategy`). */
  public static custom(capacityProviderStrategy: CapacityProviderStrategy[]): CapacityProviderOptions {
    const n = capacityProviderStrategy.length;
    if (n < 1 || n > 20) {
      throw new ValidationError(`CapacityProviderOptions.custom: capacityProviderStrategy must have 1 to 20 capacity providers, got ${n}`);
    }
    return new CapacityProviderOptions(capacityProviderStrategy);
  }

  /** The cluster's default capacity provider strategy: neither a launch type nor a strategy is sent. */
  public static default(): CapacityProviderOptions {
    return new CapacityProviderOptions([]);
  }

  private constructor(private readonly strategy: CapacityProviderStrategy[]) {}

  /** The strategy entries (empty for the cluster's default). */
  public get capacityProviderStrategy(): CapacityProviderStrategy[] {
    return this.strategy;
  }
}

/** Options of a task run on Fargate. */
export interface EcsFargateLaunchTargetOptions {
  /** Fargate platform version the task runs on (`PlatformVersion`). */
  readonly platformVersion: FargatePlatformVersion;
  /**
   * Capacity providers to run the task with, such as `FARGATE_SPOT`, instead of the `FARGATE` launch type.
   * @default - the `FARGATE` launch type (on-demand)
   */
  readonly capacityProviderOptions?: CapacityProviderOptions;
}

/** Options of a task run on the cluster's EC2 container instances. */
export interface EcsEc2LaunchTargetOptions {
  /**
   * Placement constraints (`PlacementConstraints`).
   * @default - none
   */
  readonly placementConstraints?: PlacementConstraint[];
  /**
   * Placement strategies, applied in order (`PlacementStrategy`).
   * @default - none
   */
  readonly placementStrategies?: PlacementStrategy[];
  /**
   * Capacity providers to run the task with, instead of the `EC2` launch type.
   * @default - the `EC2` launch type
   */
  readonly capacityProviderOptions?: CapacityProviderOptions;
}

/**
 * Runs the task on AWS Fargate.
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html
 * @example
 * import type { Construct } from 'constructs';
 * import { tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * // on Fargate Spot, platform 1.4.0, in a security group of the caller's
 * new tasks.EcsRunTask(stack, 'Run on Spot', {
 *   cluster: { arn: 'arn:aws:ecs:us-east-1:123456789012:cluster/batch' },
 *   taskDefinition: {
 *     arn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/report:4',
 *     family: 'report',
 *     networkMode: 'awsvpc',
 *     requiresCompatibilities: ['FARGATE'],
 *   },
 *   launchTarget: new tasks.EcsFargateLaunchTarget({
 *     platformVersion: tasks.FargatePlatformVersion.VERSION1_4,
 *     capacityProviderOptions: tasks.CapacityProviderOptions.custom([{ capacityProvider: 'FARGATE_SPOT', weight: 1 }]),
 *   }),
 *   subnets: { subnets: [{ id: 'subnet-0123456789abcdef0' }] },
 *   securityGroups: [{ id: 'sg-0123456789abcdef0' }],
 * });
 */
export class EcsFargateLaunchTarget implements IEcsLaunchTarget {
  constructor(private readonly options?: EcsFargateLaunchTargetOptions) {}

  /** Checks that the task definition runs on Fargate; gives the launch type or strategy and the platform version. */
  public bind(task: IConstruct, launchTargetOptions: LaunchTargetBindOptions): EcsLaunchTargetConfig {
    requireCompatibility(task, launchTargetOptions.taskDefinition, 'FARGATE', 'EcsFargateLaunchTarget');
    const mode = networkModeOf(launchTargetOptions.taskDefinition);
    if (mode && mode.value !== 'awsvpc') {
      throw new ValidationError(
        `'launchTarget' EcsFargateLaunchTarget needs a task definition in 'awsvpc' network mode (Fargate runs no other), but its network mode is ${mode.value === undefined ? 'not set' : describeValue(mode.value)}`,
        task,
      );
    }
    return {
      parameters: {
        ...launchKeys('FARGATE', this.options?.capacityProviderOptions),
        PlatformVersion: this.options?.platformVersion,
      },
    };
  }
}

/**
 * Runs the task on the cluster's EC2 container instances.
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html#launch-type-ec2
 * @example
 * import type { Construct } from 'constructs';
 * import { tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * // one task per instance, on the instance with the least memory left
 * new tasks.EcsRunTask(stack, 'Run on EC2', {
 *   cluster: { arn: 'arn:aws:ecs:us-east-1:123456789012:cluster/batch' },
 *   taskDefinition: {
 *     arn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/report:4',
 *     family: 'report',
 *     networkMode: 'bridge',
 *     requiresCompatibilities: ['EC2'],
 *   },
 *   launchTarget: new tasks.EcsEc2LaunchTarget({
 *     placementConstraints: [tasks.PlacementConstraint.distinctInstances()],
 *     placementStrategies: [tasks.PlacementStrategy.packedByMemory()],
 *   }),
 * });
 */
export class EcsEc2LaunchTarget implements IEcsLaunchTarget {
  constructor(private readonly options?: EcsEc2LaunchTargetOptions) {}

  /** Checks that the task definition runs on EC2; gives the launch type or strategy and the placement. */
  public bind(task: IConstruct, launchTargetOptions: LaunchTargetBindOptions): EcsLaunchTargetConfig {
    requireCompatibility(task, launchTargetOptions.taskDefinition, 'EC2', 'EcsEc2LaunchTarget');
    const constraints = (this.options?.placementConstraints ?? []).flatMap((c) => c.toJson())
      .map((c) => ({ Type: c.type, Expression: c.expression }));
    const strategies = (this.options?.placementStrategies ?? []).flatMap((s) => s.toJson())
      .map((s) => ({ Type: s.type, Field: s.field }));
    return {
      parameters: {
        ...launchKeys('EC2', this.options?.capacityProviderOptions),
        PlacementConstraints: constraints.length > 0 ? constraints : undefined,
        PlacementStrategy: strategies.length > 0 ? strategies : undefined,
      },
    };
  }
}

// a launch type, or (with capacity provider options) the strategy in its place
function launchKeys(launchType: string, options: CapacityProviderOptions | undefined): { [key: string]: unknown } {
  if (!options) return { LaunchType: launchType };
  const strategy = options.capacityProviderStrategy;
  return {
    CapacityProviderStrategy: strategy.length > 0
      ? strategy.map((s) => ({ CapacityProvider: s.capacityProvider, Weight: s.weight, Base: s.base }))
      : undefined,
  };
}

function requireCompatibility(task: IConstruct, taskDefinition: EcsTaskDefinitionRef, launchType: string, target: string): void {
  const compatibilities = compatibilitiesOf(taskDefinition);
  if (compatibilities && !compatibilities.includes(launchType)) {
    throw new ValidationError(
      `'launchTarget' ${target} needs a task definition compatible with ${launchType}, but 'taskDefinition' requires compatibilities ${describeValue(compatibilities)}; add '${launchType}' to its requires_compatibilities or use the other launch target`,
      task,
    );
  }
}
