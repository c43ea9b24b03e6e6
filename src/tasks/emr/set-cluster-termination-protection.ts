import type { Construct } from 'constructs';
import type { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { validateUserFields } from '../private/task-utils';
import { clusterStatement } from './private/cluster-statements';

/** What an EmrSetClusterTerminationProtection task does, in either query language. */
export interface EmrSetClusterTerminationProtectionOptions {
  /** ID of the cluster (`ClusterId`). */
  readonly clusterId: string;
  /** Whether the cluster is protected from termination (`TerminationProtected`). */
  readonly terminationProtected: boolean;
}

/** Props of an EmrSetClusterTerminationProtection task written in JSONPath. */
export interface EmrSetClusterTerminationProtectionJsonPathProps extends TaskStateJsonPathBaseProps, EmrSetClusterTerminationProtectionOptions {}

/** Props of an EmrSetClusterTerminationProtection task written in JSONata. */
export interface EmrSetClusterTerminationProtectionJsonataProps extends TaskStateJsonataBaseProps, EmrSetClusterTerminationProtectionOptions {}

/** Props of an EmrSetClusterTerminationProtection task. */
export interface EmrSetClusterTerminationProtectionProps extends TaskStateBaseProps, EmrSetClusterTerminationProtectionOptions {}

/**
 * Turns the termination protection of an EMR cluster on or off (request and response only: RUN_JOB and
 * WAIT_FOR_TASK_TOKEN are refused).
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
 * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_SetTerminationProtection.html
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * // lets the cluster of the input be terminated
 * new tasks.EmrSetClusterTerminationProtection(stack, 'Unprotect cluster', {
 *   clusterId: sfn.JsonPath.stringAt('$.clusterId'),
 *   terminationProtected: false,
 * });
 */
export class EmrSetClusterTerminationProtection extends TaskStateBase {
  /** An EmrSetClusterTerminationProtection task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: EmrSetClusterTerminationProtectionJsonPathProps): EmrSetClusterTerminationProtection {
    return new EmrSetClusterTerminationProtection(scope, id, props);
  }

  /** An EmrSetClusterTerminationProtection task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: EmrSetClusterTerminationProtectionJsonataProps): EmrSetClusterTerminationProtection {
    return new EmrSetClusterTerminationProtection(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: EmrSetClusterTerminationProtectionProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: EmrSetClusterTerminationProtectionProps) {
    super(scope, id, props);
    this.props = props;
    validatePatternSupported(this, props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE, EmrSetClusterTerminationProtection.SUPPORTED_INTEGRATION_PATTERNS);
    validateUserFields(this, { clusterId: props.clusterId });
    this.resourceArn = integrationResourceArn(this, 'elasticmapreduce', 'setClusterTerminationProtection');
    this.taskPolicies = [clusterStatement(this, props.clusterId, ['elasticmapreduce:SetTerminationProtection'])];
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        ClusterId: this.props.clusterId,
        TerminationProtected: this.props.terminationProtected,
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}
