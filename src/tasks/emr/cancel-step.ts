import type { Construct } from 'constructs';
import type { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { validateUserFields } from '../private/task-utils';
import { clusterStatement } from './private/cluster-statements';

/** What an EmrCancelStep task does, in either query language. */
export interface EmrCancelStepOptions {
  /** ID of the cluster that runs the step (`ClusterId`). */
  readonly clusterId: string;
  /** ID of the step to cancel (`StepId`), such as `s-1XXXXXXXXXXA`. */
  readonly stepId: string;
}

/** Props of an EmrCancelStep task written in JSONPath. */
export interface EmrCancelStepJsonPathProps extends TaskStateJsonPathBaseProps, EmrCancelStepOptions {}

/** Props of an EmrCancelStep task written in JSONata. */
export interface EmrCancelStepJsonataProps extends TaskStateJsonataBaseProps, EmrCancelStepOptions {}

/** Props of an EmrCancelStep task. */
export interface EmrCancelStepProps extends TaskStateBaseProps, EmrCancelStepOptions {}

/**
 * Cancels a pending or running step of an EMR cluster (request and response only: RUN_JOB and
 * WAIT_FOR_TASK_TOKEN are refused).
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
 * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_CancelSteps.html
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * // cancels the step an earlier EmrAddStep (REQUEST_RESPONSE) stored under $.step
 * new tasks.EmrCancelStep(stack, 'Cancel step', {
 *   clusterId: sfn.JsonPath.stringAt('$.clusterId'),
 *   stepId: sfn.JsonPath.stringAt('$.step.StepId'),
 * });
 */
export class EmrCancelStep extends TaskStateBase {
  /** An EmrCancelStep task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: EmrCancelStepJsonPathProps): EmrCancelStep {
    return new EmrCancelStep(scope, id, props);
  }

  /** An EmrCancelStep task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: EmrCancelStepJsonataProps): EmrCancelStep {
    return new EmrCancelStep(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: EmrCancelStepProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: EmrCancelStepProps) {
    super(scope, id, props);
    this.props = props;
    validatePatternSupported(this, props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE, EmrCancelStep.SUPPORTED_INTEGRATION_PATTERNS);
    validateUserFields(this, { clusterId: props.clusterId, stepId: props.stepId });
    this.resourceArn = integrationResourceArn(this, 'elasticmapreduce', 'cancelStep');
    this.taskPolicies = [clusterStatement(this, props.clusterId, ['elasticmapreduce:CancelSteps'])];
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({ ClusterId: this.props.clusterId, StepId: this.props.stepId }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}
