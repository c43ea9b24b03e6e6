import type { Construct } from 'constructs';
import { Token } from '../../core/cdktf';
import { ValidationError, describeValue } from '../../core/errors';
import { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import { isJsonataExpression } from '../../render/jsonata';
import { JsonPath } from '../../sfn/fields';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import type { SecurityGroupRef } from '../ec2/vpc-refs';
import { createTaskSecurityGroup } from '../private/security-group';
import { requireTaskToken } from '../private/task-utils';
import type { IEcsLaunchTarget } from './launch-target';
import type { PropagatedTagSource } from './placement';
import { containersOf, familyArnOf, networkModeOf, rolesOf } from './private/task-definition';
import type { EcsClusterRef, EcsTaskDefinitionRef, SubnetSelection } from './refs';
import type { ContainerOverride } from './run-task-types';
import { managedRuleStatement } from '../private/statements';

/** What an EcsRunTask task does, in either query language. */
export interface EcsRunTaskOptions {
  /** The cluster the task runs on (`Cluster`): an `EcsCluster` resource or `{ arn }`. */
  readonly cluster: EcsClusterRef;
  /**
   * The task definition (`TaskDefinition`): an `EcsTaskDefinition` resource or a literal struct with its
   * attribute names. Its configured network mode, compatibilities and containers are checked here.
   */
  readonly taskDefinition: EcsTaskDefinitionRef;
  /**
   * Revision of the task definition's family to run (`TaskDefinition` `<family>:<revision>`).
   * @default - the family's latest ACTIVE revision
   */
  readonly revisionNumber?: number;
  /**
   * Overrides of the containers' settings (`Overrides.ContainerOverrides`).
   * @default - no overrides
   */
  readonly containerOverrides?: ContainerOverride[];
  /**
   * Subnets of the task's network interfaces, required in `awsvpc` network mode
   * (`NetworkConfiguration.AwsvpcConfiguration.Subnets`).
   * @default - none: only valid for a task definition not in `awsvpc` mode
   */
  readonly subnets?: SubnetSelection;
  /**
   * Security groups of the task in `awsvpc` mode (`...AwsvpcConfiguration.SecurityGroups`).
   * @default - a new egress-only security group (construct id `SecurityGroup`) in the subnets' VPC
   */
  readonly securityGroups?: SecurityGroupRef[];
  /**
   * Whether the task's network interface gets a public IP address, in `awsvpc` mode
   * (`...AwsvpcConfiguration.AssignPublicIp`: `ENABLED` or `DISABLED`).
   * @default - not sent: ECS's default, `DISABLED`
   */
  readonly assignPublicIp?: boolean;
  /** Where the task runs: `EcsFargateLaunchTarget` or `EcsEc2LaunchTarget`. */
  readonly launchTarget: IEcsLaunchTarget;
  /**
   * Where the task's tags come from (`PropagateTags`); `SERVICE` is refused by RunTask.
   * @default - no tags are propagated
   */
  readonly propagatedTagSource?: PropagatedTagSource;
  /**
   * Whether ECS Exec is enabled for the task's containers (`EnableExecuteCommand`).
   * @default false
   */
  readonly enableExecuteCommand?: boolean;
  /**
   * CPU units of the task, overriding the task definition's (`Overrides.Cpu`).
   * @default - the task definition's
   */
  readonly cpu?: string;
  /**
   * Memory of the task in MiB, overriding the task definition's (`Overrides.Memory`).
   * @default - the task definition's
   */
  readonly memoryMiB?: string;
}

/** Props of an EcsRunTask task written in JSONPath. */
export interface EcsRunTaskJsonPathProps extends TaskStateJsonPathBaseProps, EcsRunTaskOptions {}

/** Props of an EcsRunTask task written in JSONata. */
export interface EcsRunTaskJsonataProps extends TaskStateJsonataBaseProps, EcsRunTaskOptions {}

/** Props of an EcsRunTask task. */
export interface EcsRunTaskProps extends TaskStateBaseProps, EcsRunTaskOptions {}

const EVENTS_RULE = 'StepFunctionsGetEventsForECSTaskRule';

/**
 * Runs a task on an ECS cluster, on Fargate or on EC2 (`ecs:runTask`). By default (REQUEST_RESPONSE) the
 * state ends when ECS has started the task; RUN_JOB (`.sync`) waits for the task to stop.
 *
 * In `awsvpc` network mode the task needs `subnets`; without `securityGroups` it creates an egress-only
 * security group in the subnets' VPC, so the subnets must carry their `vpcId` (`Subnet`/`DataAwsSubnet`
 * resources do).
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ecs.html
 * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html
 * @example
 * import type { EcsCluster } from '@cdktf/provider-aws/lib/ecs-cluster';
 * import type { EcsTaskDefinition } from '@cdktf/provider-aws/lib/ecs-task-definition';
 * import type { Subnet } from '@cdktf/provider-aws/lib/subnet';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const cluster: EcsCluster;
 * declare const taskDefinition: EcsTaskDefinition; // awsvpc, FARGATE, a container named 'worker'
 * declare const privateSubnets: Subnet[];
 *
 * // runs the worker on Fargate with the input's file name and waits for it to stop
 * new tasks.EcsRunTask(stack, 'Process file', {
 *   integrationPattern: sfn.IntegrationPattern.RUN_JOB,
 *   cluster,
 *   taskDefinition,
 *   launchTarget: new tasks.EcsFargateLaunchTarget({ platformVersion: tasks.FargatePlatformVersion.LATEST }),
 *   subnets: { subnets: privateSubnets },
 *   containerOverrides: [{
 *     containerDefinition: { containerName: 'worker' },
 *     environment: [{ name: 'FILE', value: sfn.JsonPath.stringAt('$.file') }],
 *   }],
 * });
 */
export class EcsRunTask extends TaskStateBase {
  /** An EcsRunTask task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: EcsRunTaskJsonPathProps): EcsRunTask {
    return new EcsRunTask(scope, id, props);
  }

  /** An EcsRunTask task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: EcsRunTaskJsonataProps): EcsRunTask {
    return new EcsRunTask(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [
    IntegrationPattern.REQUEST_RESPONSE,
    IntegrationPattern.RUN_JOB,
    IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  /**
   * The security groups the task runs with in `awsvpc` mode: the given ones, or the one it created.
   * Empty when the task is not in `awsvpc` mode.
   */
  public readonly securityGroups: SecurityGroupRef[];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: EcsRunTaskProps;
  private readonly resourceArn: string;
  private readonly networkConfiguration?: object;
  private readonly launchParameters: { [key: string]: unknown };

  constructor(scope: Construct, id: string, props: EcsRunTaskProps) {
    super(scope, id, props);
    this.props = props;
    const pattern = props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE;
    validatePatternSupported(this, pattern, EcsRunTask.SUPPORTED_INTEGRATION_PATTERNS);
    requireTaskToken(this, pattern, props.containerOverrides?.map((o) => o.environment), 'containerOverrides.environment');
    if (props.revisionNumber !== undefined && !Token.isUnresolved(props.revisionNumber)
      && (!Number.isInteger(props.revisionNumber) || props.revisionNumber < 1)) {
      throw new ValidationError(`'revisionNumber' must be a whole number of at least 1, got ${describeValue(props.revisionNumber)}`, this);
    }
    this.validateContainers();
    this.securityGroups = [];
    if (this.usesAwsvpc()) {
      this.securityGroups = props.securityGroups ?? [createTaskSecurityGroup(this, 'SecurityGroup', {
        subnets: props.subnets?.subnets,
        subnetsProp: `'subnets'`,
        description: 'Egress-only security group of an ECS task run by Step Functions',
      })];
      this.networkConfiguration = {
        AwsvpcConfiguration: {
          Subnets: props.subnets!.subnets.map((s) => s.id),
          SecurityGroups: this.securityGroups.map((g) => g.id),
          AssignPublicIp: props.assignPublicIp === undefined ? undefined : (props.assignPublicIp ? 'ENABLED' : 'DISABLED'),
        },
      };
    }
    this.launchParameters = props.launchTarget.bind(this, { taskDefinition: props.taskDefinition, cluster: props.cluster }).parameters ?? {};
    this.resourceArn = integrationResourceArn(this, 'ecs', 'runTask', pattern);
    this.taskPolicies = this.createPolicies(pattern);
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    const p = this.props;
    const family = p.taskDefinition.family;
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        Cluster: p.cluster.arn,
        TaskDefinition: p.revisionNumber === undefined ? family : `${family}:${p.revisionNumber}`,
        NetworkConfiguration: this.networkConfiguration,
        Overrides: renderOverrides(p),
        PropagateTags: p.propagatedTagSource,
        ...this.launchParameters,
        EnableExecuteCommand: p.enableExecuteCommand,
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }

  // awsvpc when the task definition says so; when its network mode is unknown, when networking is given
  private usesAwsvpc(): boolean {
    const p = this.props;
    const mode = networkModeOf(p.taskDefinition);
    const networking = p.subnets !== undefined || p.securityGroups !== undefined;
    if (mode !== undefined && mode.value !== 'awsvpc') {
      if (networking) {
        throw new ValidationError(
          `'subnets' and 'securityGroups' need a task definition in 'awsvpc' network mode, but its network mode is ${mode.value === undefined ? 'not set (ECS\'s default, not awsvpc)' : describeValue(mode.value)}; remove them or set network_mode = "awsvpc"`,
          this,
        );
      }
      return false;
    }
    if (mode === undefined && !networking) return false;
    if (!p.subnets || p.subnets.subnets.length === 0) {
      throw new ValidationError(
        `'subnets' is required in 'awsvpc' network mode (Terraform has no cluster VPC to choose subnets from), got ${describeValue(p.subnets)}; pass { subnets: [Subnet | { id, vpcId }] }`,
        this,
      );
    }
    validateCount(this, 'subnets.subnets', p.subnets.subnets.length, 16);
    validateCount(this, 'securityGroups', p.securityGroups?.length ?? 0, 5);
    return true;
  }

  private validateContainers(): void {
    const containers = containersOf(this.props.taskDefinition);
    if (!containers) return;
    if (!containers.some((c) => c.essential)) {
      throw new ValidationError(
        `'taskDefinition' must have at least one essential container, but every container of ${describeValue(containers.map((c) => c.name))} sets essential = false`,
        this,
      );
    }
    const names = new Set(containers.map((c) => c.name));
    for (const override of this.props.containerOverrides ?? []) {
      const name = override.containerDefinition.containerName;
      if (!Token.isUnresolved(name) && !names.has(name)) {
        throw new ValidationError(
          `'containerOverrides' names the container ${describeValue(name)}, which the task definition does not have; its containers are ${describeValue([...names])}`,
          this,
        );
      }
    }
  }

  private createPolicies(pattern: IntegrationPattern): PolicyStatement[] {
    const td = this.props.taskDefinition;
    const dynamic = JsonPath.isEncodedJsonPath(td.family) || isJsonataExpression(td.family);
    const revision = this.props.revisionNumber === undefined ? '*' : `${this.props.revisionNumber}`;
    const policies = [new PolicyStatement({
      actions: ['ecs:RunTask'],
      resources: [dynamic ? '*' : `${familyArnOf(this, td)}:${revision}`],
    })];
    if (pattern === IntegrationPattern.RUN_JOB) {
      policies.push(new PolicyStatement({ actions: ['ecs:StopTask', 'ecs:DescribeTasks'], resources: ['*'] }));
    }
    const roles = rolesOf(td);
    if (roles.length > 0) policies.push(new PolicyStatement({ actions: ['iam:PassRole'], resources: roles }));
    if (pattern === IntegrationPattern.RUN_JOB) {
      policies.push(managedRuleStatement(this, EVENTS_RULE));
    }
    return policies;
  }
}

// ECS's limits of an awsvpc configuration
function validateCount(scope: Construct, prop: string, count: number, max: number): void {
  if (count > max) throw new ValidationError(`'${prop}' allows at most ${max} entries in 'awsvpc' network mode, got ${count}`, scope);
}

// `Overrides`, left out when there is nothing to override
function renderOverrides(p: EcsRunTaskOptions): object | undefined {
  const containers = p.containerOverrides ?? [];
  if (containers.length === 0 && !p.cpu && !p.memoryMiB) return undefined;
  return {
    Cpu: p.cpu,
    Memory: p.memoryMiB,
    ContainerOverrides: containers.length === 0 ? undefined : containers.map((o) => ({
      Name: o.containerDefinition.containerName,
      Command: o.command,
      Cpu: o.cpu,
      Memory: o.memoryLimit,
      MemoryReservation: o.memoryReservation,
      Environment: o.environment?.map((e) => ({ Name: e.name, Value: e.value })),
    })),
  };
}
