import type { Construct } from 'constructs';
import type { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { validateUserFields } from '../private/task-utils';
import { clusterStatement } from './private/cluster-statements';
import { validateCount } from './private/counts';

/** What an EmrModifyInstanceFleetByName task does, in either query language. */
export interface EmrModifyInstanceFleetByNameOptions {
  /** ID of the cluster (`ClusterId`). */
  readonly clusterId: string;
  /** Name of the instance fleet to resize (`InstanceFleetName`). */
  readonly instanceFleetName: string;
  /**
   * Target capacity of On-Demand units of the fleet, a whole number of at least 0
   * (`InstanceFleet.TargetOnDemandCapacity`).
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceFleetModifyConfig.html
   */
  readonly targetOnDemandCapacity: number;
  /**
   * Target capacity of Spot units of the fleet, a whole number of at least 0
   * (`InstanceFleet.TargetSpotCapacity`).
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceFleetModifyConfig.html
   */
  readonly targetSpotCapacity: number;
}

/** Props of an EmrModifyInstanceFleetByName task written in JSONPath. */
export interface EmrModifyInstanceFleetByNameJsonPathProps extends TaskStateJsonPathBaseProps, EmrModifyInstanceFleetByNameOptions {}

/** Props of an EmrModifyInstanceFleetByName task written in JSONata. */
export interface EmrModifyInstanceFleetByNameJsonataProps extends TaskStateJsonataBaseProps, EmrModifyInstanceFleetByNameOptions {}

/** Props of an EmrModifyInstanceFleetByName task. */
export interface EmrModifyInstanceFleetByNameProps extends TaskStateBaseProps, EmrModifyInstanceFleetByNameOptions {}

/**
 * Sets the target On-Demand and Spot capacities of an instance fleet of an EMR cluster, found by its
 * name (request and response only: RUN_JOB and WAIT_FOR_TASK_TOKEN are refused).
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
 * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ModifyInstanceFleet.html
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * // grows the task fleet with Spot capacity the input asks for
 * new tasks.EmrModifyInstanceFleetByName(stack, 'Grow task fleet', {
 *   clusterId: sfn.JsonPath.stringAt('$.clusterId'),
 *   instanceFleetName: 'task',
 *   targetOnDemandCapacity: 0,
 *   targetSpotCapacity: sfn.JsonPath.numberAt('$.spotUnits'),
 * });
 */
export class EmrModifyInstanceFleetByName extends TaskStateBase {
  /** An EmrModifyInstanceFleetByName task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: EmrModifyInstanceFleetByNameJsonPathProps): EmrModifyInstanceFleetByName {
    return new EmrModifyInstanceFleetByName(scope, id, props);
  }

  /** An EmrModifyInstanceFleetByName task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: EmrModifyInstanceFleetByNameJsonataProps): EmrModifyInstanceFleetByName {
    return new EmrModifyInstanceFleetByName(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: EmrModifyInstanceFleetByNameProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: EmrModifyInstanceFleetByNameProps) {
    super(scope, id, props);
    this.props = props;
    validatePatternSupported(this, props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE, EmrModifyInstanceFleetByName.SUPPORTED_INTEGRATION_PATTERNS);
    validateCount(this, props.targetOnDemandCapacity, 'targetOnDemandCapacity');
    validateCount(this, props.targetSpotCapacity, 'targetSpotCapacity');
    validateUserFields(this, { clusterId: props.clusterId, instanceFleetName: props.instanceFleetName });
    this.resourceArn = integrationResourceArn(this, 'elasticmapreduce', 'modifyInstanceFleetByName');
    this.taskPolicies = [clusterStatement(this, props.clusterId, ['elasticmapreduce:ModifyInstanceFleet', 'elasticmapreduce:ListInstanceFleets'])];
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    const p = this.props;
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        ClusterId: p.clusterId,
        InstanceFleetName: p.instanceFleetName,
        InstanceFleet: { TargetOnDemandCapacity: p.targetOnDemandCapacity, TargetSpotCapacity: p.targetSpotCapacity },
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}
