// Value types of aws-cdk-lib's aws-ecs that EcsRunTask takes: where an EC2 task is placed, whether tags
// are propagated, which Fargate platform runs it.
import { ValidationError } from '../../core/errors';

/** The resource an EC2 task is packed by (`binpack` placement). */
export enum BinPackResource {
  /** Pack by CPU units: fill the instance with the least CPU left first. */
  CPU = 'CPU',
  /** Pack by memory: fill the instance with the least memory left first. */
  MEMORY = 'MEMORY',
}

/** Attributes every container instance has, for `PlacementStrategy.spreadAcross` and `memberOf` expressions. */
export class BuiltInAttributes {
  /** The container instance's id. */
  public static readonly INSTANCE_ID = 'instanceId';
  /** The container instance's Availability Zone. */
  public static readonly AVAILABILITY_ZONE = 'attribute:ecs.availability-zone';
  /** The AMI the container instance runs. */
  public static readonly AMI_ID = 'attribute:ecs.ami-id';
  /** The container instance's EC2 instance type. */
  public static readonly INSTANCE_TYPE = 'attribute:ecs.instance-type';
  /** The container instance's operating system. */
  public static readonly OS_TYPE = 'attribute:ecs.os-type';
}

/** One placement strategy item as ECS takes it (`{ type, field }`). */
export interface PlacementStrategyConfig {
  /** `spread`, `binpack` or `random`. */
  readonly type: string;
  /**
   * What to spread or pack by.
   * @default - none (`random`)
   */
  readonly field?: string;
}

/** One placement constraint as ECS takes it (`{ type, expression }`). */
export interface PlacementConstraintConfig {
  /** `distinctInstance` or `memberOf`. */
  readonly type: string;
  /**
   * Cluster query language expression of a `memberOf` constraint.
   * @default - none (`distinctInstance`)
   */
  readonly expression?: string;
}

/**
 * How ECS chooses the container instance an EC2 task runs on (`PlacementStrategy`).
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-strategies.html
 */
export class PlacementStrategy {
  /** Spread the tasks across container instances. */
  public static spreadAcrossInstances(): PlacementStrategy {
    return new PlacementStrategy([{ type: 'spread', field: BuiltInAttributes.INSTANCE_ID }]);
  }

  /**
   * Spread the tasks evenly by each of `fields` in turn (`instanceId`, `host`, or an attribute such as
   * `BuiltInAttributes.AVAILABILITY_ZONE`).
   */
  public static spreadAcross(...fields: string[]): PlacementStrategy {
    if (fields.length === 0) {
      throw new ValidationError('PlacementStrategy.spreadAcross: fields must name at least one field to spread by, got none');
    }
    return new PlacementStrategy(fields.map((field) => ({ type: 'spread', field })));
  }

  /** Pack the tasks by CPU: fewest instances in use. */
  public static packedByCpu(): PlacementStrategy {
    return PlacementStrategy.packedBy(BinPackResource.CPU);
  }

  /** Pack the tasks by memory: fewest instances in use. */
  public static packedByMemory(): PlacementStrategy {
    return PlacementStrategy.packedBy(BinPackResource.MEMORY);
  }

  /** Pack the tasks by `resource`. */
  public static packedBy(resource: BinPackResource): PlacementStrategy {
    return new PlacementStrategy([{ type: 'binpack', field: resource }]);
  }

  /** Place the tasks on random instances. */
  public static randomly(): PlacementStrategy {
    return new PlacementStrategy([{ type: 'random' }]);
  }

  private constructor(private readonly items: PlacementStrategyConfig[]) {}

  /** The strategy's items, in the order ECS applies them. */
  public toJson(): PlacementStrategyConfig[] {
    return this.items;
  }
}

/**
 * A rule ECS applies to the container instances an EC2 task may run on (`PlacementConstraints`).
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-constraints.html
 */
export class PlacementConstraint {
  /** Each task on a different container instance. */
  public static distinctInstances(): PlacementConstraint {
    return new PlacementConstraint([{ type: 'distinctInstance' }]);
  }

  /** Only instances matching every one of `expressions` (cluster query language). */
  public static memberOf(...expressions: string[]): PlacementConstraint {
    return new PlacementConstraint(expressions.map((expression) => ({ type: 'memberOf', expression })));
  }

  private constructor(private readonly items: PlacementConstraintConfig[]) {}

  /** The constraint's items. */
  public toJson(): PlacementConstraintConfig[] {
    return this.items;
  }
}

/** Where the tags of a task come from (`PropagateTags`). */
export enum PropagatedTagSource {
  /** From the service: RunTask refuses it, a task run by Step Functions has no service. */
  SERVICE = 'SERVICE',
  /** From the task definition. */
  TASK_DEFINITION = 'TASK_DEFINITION',
  /** No tags are propagated. */
  NONE = 'NONE',
}

/**
 * The Fargate platform (kernel and container runtime) a task runs on (`PlatformVersion`).
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform_versions.html
 */
export enum FargatePlatformVersion {
  /** The latest platform version. */
  LATEST = 'LATEST',
  /** Version 1.4.0. */
  VERSION1_4 = '1.4.0',
  /** Version 1.3.0. */
  VERSION1_3 = '1.3.0',
  /** Version 1.2.0. */
  VERSION1_2 = '1.2.0',
  /** Version 1.1.0. */
  VERSION1_1 = '1.1.0',
  /** Version 1.0.0. */
  VERSION1_0 = '1.0.0',
}
