import type { Construct } from 'constructs';
import type { Duration } from '../../core/duration';
import type { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { validateUserFields } from '../private/task-utils';
import { clusterStatement } from './private/cluster-statements';
import { renderInstanceGroupModifyConfig } from './private/instance-group-modify';

/** What an EmrModifyInstanceGroupByName task does, in either query language. */
export interface EmrModifyInstanceGroupByNameOptions {
  /** ID of the cluster (`ClusterId`). */
  readonly clusterId: string;
  /** Name of the instance group to change (`InstanceGroupName`). */
  readonly instanceGroupName: string;
  /**
   * The change: size, configurations, instances to terminate, shrink policy (`InstanceGroup`).
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceGroupModifyConfig.html
   */
  readonly instanceGroup: EmrModifyInstanceGroupByName.InstanceGroupModifyConfigProperty;
}

/** Props of an EmrModifyInstanceGroupByName task written in JSONPath. */
export interface EmrModifyInstanceGroupByNameJsonPathProps extends TaskStateJsonPathBaseProps, EmrModifyInstanceGroupByNameOptions {}

/** Props of an EmrModifyInstanceGroupByName task written in JSONata. */
export interface EmrModifyInstanceGroupByNameJsonataProps extends TaskStateJsonataBaseProps, EmrModifyInstanceGroupByNameOptions {}

/** Props of an EmrModifyInstanceGroupByName task. */
export interface EmrModifyInstanceGroupByNameProps extends TaskStateBaseProps, EmrModifyInstanceGroupByNameOptions {}

/**
 * Resizes or reconfigures an instance group of an EMR cluster, found by its name (request and
 * response only: RUN_JOB and WAIT_FOR_TASK_TOKEN are refused).
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
 * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ModifyInstanceGroups.html
 * @example
 * import type { Construct } from 'constructs';
 * import { Duration, sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * // shrinks the core group to the size the input asks for, giving YARN ten minutes to drain
 * new tasks.EmrModifyInstanceGroupByName(stack, 'Shrink core group', {
 *   clusterId: sfn.JsonPath.stringAt('$.clusterId'),
 *   instanceGroupName: 'core',
 *   instanceGroup: {
 *     instanceCount: sfn.JsonPath.numberAt('$.coreNodes'),
 *     shrinkPolicy: { decommissionTimeout: Duration.minutes(10) },
 *   },
 * });
 */
export class EmrModifyInstanceGroupByName extends TaskStateBase {
  /** An EmrModifyInstanceGroupByName task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: EmrModifyInstanceGroupByNameJsonPathProps): EmrModifyInstanceGroupByName {
    return new EmrModifyInstanceGroupByName(scope, id, props);
  }

  /** An EmrModifyInstanceGroupByName task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: EmrModifyInstanceGroupByNameJsonataProps): EmrModifyInstanceGroupByName {
    return new EmrModifyInstanceGroupByName(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: EmrModifyInstanceGroupByNameProps;
  private readonly resourceArn: string;
  // converted (and checked) once, here: rendering only places it
  private readonly instanceGroup: object;

  constructor(scope: Construct, id: string, props: EmrModifyInstanceGroupByNameProps) {
    super(scope, id, props);
    this.props = props;
    validatePatternSupported(this, props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE, EmrModifyInstanceGroupByName.SUPPORTED_INTEGRATION_PATTERNS);
    validateUserFields(this, { clusterId: props.clusterId, instanceGroupName: props.instanceGroupName, instanceGroup: props.instanceGroup });
    this.instanceGroup = renderInstanceGroupModifyConfig(this, props.instanceGroup);
    this.resourceArn = integrationResourceArn(this, 'elasticmapreduce', 'modifyInstanceGroupByName');
    this.taskPolicies = [clusterStatement(this, props.clusterId, ['elasticmapreduce:ModifyInstanceGroups', 'elasticmapreduce:ListInstanceGroups'])];
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        ClusterId: this.props.clusterId,
        InstanceGroupName: this.props.instanceGroupName,
        InstanceGroup: this.instanceGroup,
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}

// eslint-disable-next-line @typescript-eslint/no-namespace
export namespace EmrModifyInstanceGroupByName {
  /**
   * A configuration of the applications of an instance group: a classification, its properties, and
   * nested configurations (`Configuration`). Same shape as `EmrCreateCluster.ConfigurationProperty`,
   * so a value of either type fits the other.
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_Configuration.html
   */
  export interface ConfigurationProperty {
    /**
     * Classification of the configuration, such as `spark-defaults` (`Classification`).
     * @default - no classification
     */
    readonly classification?: string;
    /**
     * Properties set in the classification (`Properties`).
     * @default - no properties
     */
    readonly properties?: { [key: string]: string };
    /**
     * Configurations nested in this one (`Configurations`).
     * @default - no nested configurations
     */
    readonly configurations?: ConfigurationProperty[];
  }

  /**
   * Which instances a shrink protects or terminates (`InstanceResizePolicy`).
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceResizePolicy.html
   */
  export interface InstanceResizePolicyProperty {
    /**
     * IDs of the instances the shrink must keep (`InstancesToProtect`).
     * @default - no instance is protected
     */
    readonly instancesToProtect?: string[];
    /**
     * IDs of the instances the shrink terminates (`InstancesToTerminate`).
     * @default - EMR picks the instances to terminate
     */
    readonly instancesToTerminate?: string[];
    /**
     * Decommissioning timeout of the instances to terminate, in whole seconds
     * (`InstanceTerminationTimeout`).
     * @default - the decommissioning timeout of the shrink policy
     */
    readonly instanceTerminationTimeout?: Duration;
  }

  /**
   * How the group shrinks: the decommissioning timeout and the instances to keep or terminate
   * (`ShrinkPolicy`).
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ShrinkPolicy.html
   */
  export interface ShrinkPolicyProperty {
    /**
     * How long an instance may take to decommission, in whole seconds, instead of YARN's default
     * (`DecommissionTimeout`).
     * @default - EMR's default
     */
    readonly decommissionTimeout?: Duration;
    /**
     * The instances the shrink protects or terminates (`InstanceResizePolicy`).
     * @default - none named
     */
    readonly instanceResizePolicy?: InstanceResizePolicyProperty;
  }

  /**
   * A change of an instance group's size or configuration (`InstanceGroupModifyConfig`, without the
   * group's id, which the task finds by name).
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceGroupModifyConfig.html
   */
  export interface InstanceGroupModifyConfigProperty {
    /**
     * New or changed configurations of the group (`Configurations`).
     * @default - the configurations stay
     */
    readonly configurations?: ConfigurationProperty[];
    /**
     * IDs of EC2 instances to terminate; the group does not replace them (`EC2InstanceIdsToTerminate`).
     * @default - none
     */
    readonly eC2InstanceIdsToTerminate?: string[];
    /**
     * Target number of instances of the group, a whole number of at least 0 (`InstanceCount`).
     * @default - the size stays
     */
    readonly instanceCount?: number;
    /**
     * How the group shrinks (`ShrinkPolicy`).
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ShrinkPolicy.html
     * @default - EMR's default shrink behaviour
     */
    readonly shrinkPolicy?: ShrinkPolicyProperty;
  }
}
