// The members of EmrCreateCluster's nested scaling structs (an instance group's automatic scaling, the
// cluster's managed scaling); see create-cluster-types.ts for why they live apart from their names.
import type { Duration } from '../../core/duration';
import type { EmrCreateCluster } from './create-cluster';

/** Members of `EmrCreateCluster.MetricDimensionProperty`. @internal */
export interface _EmrMetricDimension {
  /** Name of the dimension (`Key`). */
  readonly key: string;
  /** Value of the dimension (`Value`). */
  readonly value: string;
}

/** Members of `EmrCreateCluster.CloudWatchAlarmDefinitionProperty`. @internal */
export interface _EmrCloudWatchAlarmDefinition {
  /** How the statistic is compared with the threshold (`ComparisonOperator`). */
  readonly comparisonOperator: EmrCreateCluster.CloudWatchAlarmComparisonOperator;
  /**
   * Dimensions of the metric (`Dimensions`).
   * @default - no dimensions
   */
  readonly dimensions?: EmrCreateCluster.MetricDimensionProperty[];
  /**
   * Number of periods the condition must hold before the alarm fires (`EvaluationPeriods`).
   * @default 1
   */
  readonly evaluationPeriods?: number;
  /** Name of the CloudWatch metric watched (`MetricName`). */
  readonly metricName: string;
  /**
   * Namespace of the metric (`Namespace`).
   * @default 'AWS/ElasticMapReduce'
   */
  readonly namespace?: string;
  /** Period of the metric, a multiple of 5 minutes, in seconds (`Period`). */
  readonly period: Duration;
  /**
   * Statistic applied to the metric (`Statistic`).
   * @default CloudWatchAlarmStatistic.AVERAGE
   */
  readonly statistic?: EmrCreateCluster.CloudWatchAlarmStatistic;
  /**
   * Value the statistic is compared with (`Threshold`).
   * @default - none
   */
  readonly threshold?: number;
  /**
   * Unit of the metric (`Unit`).
   * @default CloudWatchAlarmUnit.NONE
   */
  readonly unit?: EmrCreateCluster.CloudWatchAlarmUnit;
}

/** Members of `EmrCreateCluster.ScalingTriggerProperty`. @internal */
export interface _EmrScalingTrigger {
  /** The alarm that triggers the rule (`CloudWatchAlarmDefinition`). */
  readonly cloudWatchAlarmDefinition: EmrCreateCluster.CloudWatchAlarmDefinitionProperty;
}

/** Members of `EmrCreateCluster.SimpleScalingPolicyConfigurationProperty`. @internal */
export interface _EmrSimpleScalingPolicyConfiguration {
  /**
   * How `scalingAdjustment` is read (`AdjustmentType`).
   * @default - none
   */
  readonly adjustmentType?: EmrCreateCluster.ScalingAdjustmentType;
  /**
   * Seconds after a scaling activity before another may start (`CoolDown`).
   * @default 0
   */
  readonly coolDown?: number;
  /** Instances added (positive) or removed (negative), or the percentage or count `adjustmentType` says (`ScalingAdjustment`). */
  readonly scalingAdjustment: number;
}

/** Members of `EmrCreateCluster.ScalingActionProperty`. @internal */
export interface _EmrScalingAction {
  /**
   * Market of the instances added; only for instance groups (`Market`).
   * @default - EMR's default
   */
  readonly market?: EmrCreateCluster.InstanceMarket;
  /** The change in capacity (`SimpleScalingPolicyConfiguration`). */
  readonly simpleScalingPolicyConfiguration: EmrCreateCluster.SimpleScalingPolicyConfigurationProperty;
}

/** Members of `EmrCreateCluster.ScalingRuleProperty`. @internal */
export interface _EmrScalingRule {
  /** What the rule does (`Action`). */
  readonly action: EmrCreateCluster.ScalingActionProperty;
  /**
   * Description of the rule (`Description`).
   * @default - none
   */
  readonly description?: string;
  /** Name of the rule, unique within the policy (`Name`). */
  readonly name: string;
  /** When the rule acts (`Trigger`). */
  readonly trigger: EmrCreateCluster.ScalingTriggerProperty;
}

/** Members of `EmrCreateCluster.ScalingConstraintsProperty`. @internal */
export interface _EmrScalingConstraints {
  /** The most instances the group may grow to (`MaxCapacity`). */
  readonly maxCapacity: number;
  /** The fewest instances the group may shrink to (`MinCapacity`). */
  readonly minCapacity: number;
}

/** Members of `EmrCreateCluster.AutoScalingPolicyProperty`. @internal */
export interface _EmrAutoScalingPolicy {
  /** Bounds of the group's size (`Constraints`). */
  readonly constraints: EmrCreateCluster.ScalingConstraintsProperty;
  /** The scaling rules (`Rules`). */
  readonly rules: EmrCreateCluster.ScalingRuleProperty[];
}

/** Members of `EmrCreateCluster.ManagedScalingPolicyProperty`. @internal */
export interface _EmrManagedScalingPolicy {
  /**
   * Bounds of the cluster's capacity (`ComputeLimits`).
   * @default - none
   */
  readonly computeLimits?: EmrCreateCluster.ManagedScalingComputeLimitsProperty;
}

/** Members of `EmrCreateCluster.ManagedScalingComputeLimitsProperty`. @internal */
export interface _EmrManagedScalingComputeLimits {
  /** What the capacity units count (`UnitType`). */
  readonly unitType: EmrCreateCluster.ComputeLimitsUnitType;
  /** The least capacity the cluster scales down to (`MinimumCapacityUnits`). */
  readonly minimumCapacityUnits: number;
  /** The most capacity the cluster scales up to (`MaximumCapacityUnits`). */
  readonly maximumCapacityUnits: number;
  /**
   * The most on-demand capacity; the rest is Spot (`MaximumOnDemandCapacityUnits`).
   * @default - no limit on on-demand capacity
   */
  readonly maximumOnDemandCapacityUnits?: number;
  /**
   * The most capacity of core nodes; the rest is task nodes (`MaximumCoreCapacityUnits`).
   * @default - no limit on core capacity
   */
  readonly maximumCoreCapacityUnits?: number;
}
