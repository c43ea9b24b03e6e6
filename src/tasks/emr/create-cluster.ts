import type { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import type { PolicyStatement } from '../../iam/policy-statement';
import type { IamRoleRef } from '../../iam/refs';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import type { EmrCreateClusterJsonataProps, EmrCreateClusterJsonPathProps, EmrCreateClusterProps } from './create-cluster-options';
import type * as instances from './create-cluster-types';
import type * as scaling from './create-cluster-types-scaling';
import type * as software from './create-cluster-types-software';
import { type ClusterRoles, clusterRoles, createClusterPolicies } from './private/create-cluster-iam';
import { renderRunJobFlow } from './private/create-cluster-render';
import { validateCreateCluster } from './private/create-cluster-validate';

/**
 * Creates an Amazon EMR cluster (RunJobFlow); by default (RUN_JOB, `.sync`) the state waits until the
 * cluster is up. The cluster stays up without steps (`KeepJobFlowAliveWhenNoSteps`) for the states
 * that add them.
 *
 * Roles that are not given are created in the task's scope: the service role (`ServiceRole`), the EC2
 * instances' role (`InstanceRole`) with its `aws_iam_instance_profile` (`InstanceProfile`), and, for a
 * cluster without instance fleets, the automatic scaling role (`AutoScalingRole`).
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
 * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_RunJobFlow.html
 * @example
 * import type { Construct } from 'constructs';
 * import { Duration, sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * // a Spark cluster of one master and two core nodes, which terminates after an idle hour
 * const create = new tasks.EmrCreateCluster(stack, 'Create cluster', {
 *   name: 'nightly-etl',
 *   releaseLabel: 'emr-7.2.0',
 *   applications: [{ name: 'Spark' }],
 *   instances: {
 *     instanceGroups: [
 *       { instanceRole: tasks.EmrCreateCluster.InstanceRoleType.MASTER, instanceCount: 1, instanceType: 'm5.xlarge' },
 *       { instanceRole: tasks.EmrCreateCluster.InstanceRoleType.CORE, instanceCount: 2, instanceType: 'm5.xlarge' },
 *     ],
 *   },
 *   logUri: 's3://my-logs/emr/',
 *   autoTerminationPolicyIdleTimeout: Duration.hours(1),
 *   resultPath: '$.cluster',
 * });
 * new sfn.StateMachine(stack, 'Etl', { definitionBody: sfn.DefinitionBody.fromChainable(create) });
 */
export class EmrCreateCluster extends TaskStateBase {
  /** An EmrCreateCluster task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: EmrCreateClusterJsonPathProps): EmrCreateCluster {
    return new EmrCreateCluster(scope, id, props);
  }

  /** An EmrCreateCluster task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: EmrCreateClusterJsonataProps): EmrCreateCluster {
    return new EmrCreateCluster(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [
    IntegrationPattern.REQUEST_RESPONSE,
    IntegrationPattern.RUN_JOB,
  ];

  protected readonly taskPolicies?: PolicyStatement[];
  /** @internal */
  protected readonly _defaultIntegrationPattern: IntegrationPattern = IntegrationPattern.RUN_JOB;
  private readonly props: EmrCreateClusterProps;
  private readonly roles: ClusterRoles;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: EmrCreateClusterProps) {
    super(scope, id, props);
    this.props = props;
    const pattern = props.integrationPattern ?? IntegrationPattern.RUN_JOB;
    validatePatternSupported(this, pattern, EmrCreateCluster.SUPPORTED_INTEGRATION_PATTERNS);
    const usesFleets = (props.instances.instanceFleets?.length ?? 0) > 0;
    validateCreateCluster(this, props, usesFleets);
    this.roles = clusterRoles(this, props, usesFleets);
    this.resourceArn = integrationResourceArn(this, 'elasticmapreduce', 'createCluster', pattern);
    this.taskPolicies = createClusterPolicies(this, pattern, this.roles, props.tags !== undefined);
  }

  /** The role EMR assumes for the cluster: the given `serviceRole`, or the one created. */
  public get serviceRole(): IamRoleRef {
    return this.roles.service;
  }

  /** The role of the cluster's EC2 instances: the given `clusterRole`, or the one created. */
  public get clusterRole(): IamRoleRef {
    return this.roles.cluster;
  }

  /** The role of automatic scaling: the given `autoScalingRole`, or the one created; none with instance fleets. */
  public get autoScalingRole(): IamRoleRef {
    if (!this.roles.autoScaling) {
      throw new ValidationError("'autoScalingRole' is not available: a cluster of instance fleets has no automatic scaling role", this);
    }
    return this.roles.autoScaling;
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments(renderRunJobFlow(this.props, this.roles), this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}

// The nested types, named as aws-cdk-lib names them. The structs' members are declared in
// create-cluster-types*.ts (see there why). A namespace merged with the class is how jsii nests types.
// eslint-disable-next-line @typescript-eslint/no-namespace
export namespace EmrCreateCluster {
  /** How instances are terminated when the cluster scales in. */
  export enum EmrClusterScaleDownBehavior {
    /** At the end of the instance-hour, whatever the tasks on it (releases before 5.1.0 only). */
    TERMINATE_AT_INSTANCE_HOUR = 'TERMINATE_AT_INSTANCE_HOUR',
    /** Once its tasks are drained, whatever the instance-hour. */
    TERMINATE_AT_TASK_COMPLETION = 'TERMINATE_AT_TASK_COMPLETION',
  }

  /** Node type of an instance group or fleet. */
  export enum InstanceRoleType {
    /** The master node. */
    MASTER = 'MASTER',
    /** Core nodes (HDFS and tasks). */
    CORE = 'CORE',
    /** Task nodes (tasks only). */
    TASK = 'TASK',
  }

  /** EBS volume type. */
  export enum EbsBlockDeviceVolumeType {
    /** General purpose SSD, gp3. */
    GP3 = 'gp3',
    /** General purpose SSD, gp2. */
    GP2 = 'gp2',
    /** Provisioned IOPS SSD. */
    IO1 = 'io1',
    /** Throughput optimized HDD. */
    ST1 = 'st1',
    /** Cold HDD. */
    SC1 = 'sc1',
    /** Magnetic. */
    STANDARD = 'standard',
  }

  /** How a fleet chooses the instance types of its on-demand capacity. */
  export enum OnDemandAllocationStrategy {
    /** The cheapest types first. */
    LOWEST_PRICE = 'lowest-price',
    /** In the order of the instance type configs' `priority`. */
    PRIORITIZED = 'prioritized',
  }

  /** What happens when no Spot capacity is provisioned within the timeout. */
  export enum SpotTimeoutAction {
    /** Provision on-demand instances instead. */
    SWITCH_TO_ON_DEMAND = 'SWITCH_TO_ON_DEMAND',
    /** Terminate the cluster. */
    TERMINATE_CLUSTER = 'TERMINATE_CLUSTER',
  }

  /** How a fleet chooses the instance types of its Spot capacity. */
  export enum SpotAllocationStrategy {
    /** From the pools with the most spare capacity. */
    CAPACITY_OPTIMIZED = 'capacity-optimized',
    /** From the pools with the most spare capacity among the cheapest. */
    PRICE_CAPACITY_OPTIMIZED = 'price-capacity-optimized',
    /** From the cheapest pools. */
    LOWEST_PRICE = 'lowest-price',
    /** Spread over all pools. */
    DIVERSIFIED = 'diversified',
  }

  /** How an automatic scaling alarm compares its statistic with the threshold. */
  export enum CloudWatchAlarmComparisonOperator {
    /** `>=` */
    GREATER_THAN_OR_EQUAL = 'GREATER_THAN_OR_EQUAL',
    /** `>` */
    GREATER_THAN = 'GREATER_THAN',
    /** `<` */
    LESS_THAN = 'LESS_THAN',
    /** `<=` */
    LESS_THAN_OR_EQUAL = 'LESS_THAN_OR_EQUAL',
  }

  /** Statistic of an automatic scaling alarm's metric. */
  export enum CloudWatchAlarmStatistic {
    /** Number of data points. */
    SAMPLE_COUNT = 'SAMPLE_COUNT',
    /** Average of the data points. */
    AVERAGE = 'AVERAGE',
    /** Sum of the data points. */
    SUM = 'SUM',
    /** Lowest data point. */
    MINIMUM = 'MINIMUM',
    /** Highest data point. */
    MAXIMUM = 'MAXIMUM',
  }

  /** Unit of an automatic scaling alarm's metric, as CloudWatch names it. */
  export enum CloudWatchAlarmUnit {
    /** No unit. */
    NONE = 'NONE',
    /** Seconds. */
    SECONDS = 'SECONDS',
    /** Microseconds. */
    MICRO_SECONDS = 'MICRO_SECONDS',
    /** Milliseconds. */
    MILLI_SECONDS = 'MILLI_SECONDS',
    /** Bytes. */
    BYTES = 'BYTES',
    /** Kilobytes. */
    KILO_BYTES = 'KILO_BYTES',
    /** Megabytes. */
    MEGA_BYTES = 'MEGA_BYTES',
    /** Gigabytes. */
    GIGA_BYTES = 'GIGA_BYTES',
    /** Terabytes. */
    TERA_BYTES = 'TERA_BYTES',
    /** Bits. */
    BITS = 'BITS',
    /** Kilobits. */
    KILO_BITS = 'KILO_BITS',
    /** Megabits. */
    MEGA_BITS = 'MEGA_BITS',
    /** Gigabits. */
    GIGA_BITS = 'GIGA_BITS',
    /** Terabits. */
    TERA_BITS = 'TERA_BITS',
    /** Percent. */
    PERCENT = 'PERCENT',
    /** A count. */
    COUNT = 'COUNT',
    /** Bytes per second. */
    BYTES_PER_SECOND = 'BYTES_PER_SECOND',
    /** Kilobytes per second. */
    KILO_BYTES_PER_SECOND = 'KILO_BYTES_PER_SECOND',
    /** Megabytes per second. */
    MEGA_BYTES_PER_SECOND = 'MEGA_BYTES_PER_SECOND',
    /** Gigabytes per second. */
    GIGA_BYTES_PER_SECOND = 'GIGA_BYTES_PER_SECOND',
    /** Terabytes per second. */
    TERA_BYTES_PER_SECOND = 'TERA_BYTES_PER_SECOND',
    /** Bits per second. */
    BITS_PER_SECOND = 'BITS_PER_SECOND',
    /** Kilobits per second. */
    KILO_BITS_PER_SECOND = 'KILO_BITS_PER_SECOND',
    /** Megabits per second. */
    MEGA_BITS_PER_SECOND = 'MEGA_BITS_PER_SECOND',
    /** Gigabits per second. */
    GIGA_BITS_PER_SECOND = 'GIGA_BITS_PER_SECOND',
    /** Terabits per second. */
    TERA_BITS_PER_SECOND = 'TERA_BITS_PER_SECOND',
    /** A count per second. */
    COUNT_PER_SECOND = 'COUNT_PER_SECOND',
  }

  /** Market instances are bought on. */
  export enum InstanceMarket {
    /** On-demand instances. */
    ON_DEMAND = 'ON_DEMAND',
    /** Spot instances. */
    SPOT = 'SPOT',
  }

  /** How a simple scaling policy's `scalingAdjustment` is read. */
  export enum ScalingAdjustmentType {
    /** Instances added or removed. */
    CHANGE_IN_CAPACITY = 'CHANGE_IN_CAPACITY',
    /** Percentage of the current capacity added or removed. */
    PERCENT_CHANGE_IN_CAPACITY = 'PERCENT_CHANGE_IN_CAPACITY',
    /** The number of instances the group gets. */
    EXACT_CAPACITY = 'EXACT_CAPACITY',
  }

  /** What managed scaling's capacity units count. */
  export enum ComputeLimitsUnitType {
    /** Units of the instance fleets' target capacity. */
    INSTANCE_FLEET_UNITS = 'InstanceFleetUnits',
    /** Instances. */
    INSTANCES = 'Instances',
    /** vCPUs. */
    VCPU = 'VCPU',
  }

  /** Size and type of an EBS volume (`VolumeSpecification`). */
  export interface VolumeSpecificationProperty extends instances._EmrVolumeSpecification {}
  /** EBS volumes of each instance (`EbsBlockDeviceConfig`). */
  export interface EbsBlockDeviceConfigProperty extends instances._EmrEbsBlockDeviceConfig {}
  /** EBS settings of an instance group or type (`EbsConfiguration`). */
  export interface EbsConfigurationProperty extends instances._EmrEbsConfiguration {}
  /** An instance type a fleet may launch (`InstanceTypeConfig`). */
  export interface InstanceTypeConfigProperty extends instances._EmrInstanceTypeConfig {}
  /** How a fleet launches its on-demand instances (`OnDemandProvisioningSpecification`). */
  export interface OnDemandProvisioningSpecificationProperty extends instances._EmrOnDemandProvisioningSpecification {}
  /** How a fleet launches its Spot instances (`SpotProvisioningSpecification`). */
  export interface SpotProvisioningSpecificationProperty extends instances._EmrSpotProvisioningSpecification {}
  /** How a fleet launches its instances (`InstanceFleetProvisioningSpecifications`). */
  export interface InstanceFleetProvisioningSpecificationsProperty extends instances._EmrInstanceFleetProvisioningSpecifications {}
  /** An instance fleet (`InstanceFleetConfig`). */
  export interface InstanceFleetConfigProperty extends instances._EmrInstanceFleetConfig {}
  /** A dimension of an alarm's metric (`MetricDimension`). */
  export interface MetricDimensionProperty extends scaling._EmrMetricDimension {}
  /** The alarm of an automatic scaling rule (`CloudWatchAlarmDefinition`). */
  export interface CloudWatchAlarmDefinitionProperty extends scaling._EmrCloudWatchAlarmDefinition {}
  /** When an automatic scaling rule acts (`ScalingTrigger`). */
  export interface ScalingTriggerProperty extends scaling._EmrScalingTrigger {}
  /** A change in capacity (`SimpleScalingPolicyConfiguration`). */
  export interface SimpleScalingPolicyConfigurationProperty extends scaling._EmrSimpleScalingPolicyConfiguration {}
  /** What an automatic scaling rule does (`ScalingAction`). */
  export interface ScalingActionProperty extends scaling._EmrScalingAction {}
  /** An automatic scaling rule (`ScalingRule`). */
  export interface ScalingRuleProperty extends scaling._EmrScalingRule {}
  /** Bounds of an instance group's size (`ScalingConstraints`). */
  export interface ScalingConstraintsProperty extends scaling._EmrScalingConstraints {}
  /** Automatic scaling of an instance group (`AutoScalingPolicy`). */
  export interface AutoScalingPolicyProperty extends scaling._EmrAutoScalingPolicy {}
  /** A uniform instance group (`InstanceGroupConfig`). */
  export interface InstanceGroupConfigProperty extends instances._EmrInstanceGroupConfig {}
  /** Availability Zones of the cluster (`PlacementType`). */
  export interface PlacementTypeProperty extends instances._EmrPlacementType {}
  /** The cluster's EC2 instances (`JobFlowInstancesConfig`). */
  export interface InstancesConfigProperty extends instances._EmrInstancesConfig {}
  /** An application EMR installs (`Application`). */
  export interface ApplicationConfigProperty extends software._EmrApplicationConfig {}
  /** A script run on each node before Hadoop starts (`ScriptBootstrapActionConfig`). */
  export interface ScriptBootstrapActionConfigProperty extends software._EmrScriptBootstrapActionConfig {}
  /** A bootstrap action (`BootstrapActionConfig`). */
  export interface BootstrapActionConfigProperty extends software._EmrBootstrapActionConfig {}
  /** A configuration classification (`Configuration`). */
  export interface ConfigurationProperty extends software._EmrConfiguration {}
  /** Kerberos settings of the cluster (`KerberosAttributes`). */
  export interface KerberosAttributesProperty extends software._EmrKerberosAttributes {}
  /** Managed scaling of the cluster (`ManagedScalingPolicy`). */
  export interface ManagedScalingPolicyProperty extends scaling._EmrManagedScalingPolicy {}
  /** Bounds of the cluster's managed scaling (`ComputeLimits`). */
  export interface ManagedScalingComputeLimitsProperty extends scaling._EmrManagedScalingComputeLimits {}
}
