import type { Construct } from 'constructs';
import type { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { validateUserFields } from '../private/task-utils';
import { clusterStatement } from './private/cluster-statements';
import { managedRuleStatement } from '../private/statements';

/** What an EmrTerminateCluster task does, in either query language. */
export interface EmrTerminateClusterOptions {
  /** ID of the cluster to terminate (`ClusterId`). */
  readonly clusterId: string;
}

/** Props of an EmrTerminateCluster task written in JSONPath. */
export interface EmrTerminateClusterJsonPathProps extends TaskStateJsonPathBaseProps, EmrTerminateClusterOptions {}

/** Props of an EmrTerminateCluster task written in JSONata. */
export interface EmrTerminateClusterJsonataProps extends TaskStateJsonataBaseProps, EmrTerminateClusterOptions {}

/** Props of an EmrTerminateCluster task. */
export interface EmrTerminateClusterProps extends TaskStateBaseProps, EmrTerminateClusterOptions {}

const SYNC_RULE = 'StepFunctionsGetEventForEMRTerminateJobFlowsRule';

/**
 * Terminates an EMR cluster; by default (RUN_JOB, `.sync`) the state waits until the cluster is
 * terminated, with REQUEST_RESPONSE it returns once the request is accepted.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
 * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_TerminateJobFlows.html
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * // terminates the cluster the input names and waits until it is gone
 * new tasks.EmrTerminateCluster(stack, 'Terminate cluster', {
 *   clusterId: sfn.JsonPath.stringAt('$.clusterId'),
 * });
 */
export class EmrTerminateCluster extends TaskStateBase {
  /** An EmrTerminateCluster task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: EmrTerminateClusterJsonPathProps): EmrTerminateCluster {
    return new EmrTerminateCluster(scope, id, props);
  }

  /** An EmrTerminateCluster task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: EmrTerminateClusterJsonataProps): EmrTerminateCluster {
    return new EmrTerminateCluster(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [
    IntegrationPattern.REQUEST_RESPONSE,
    IntegrationPattern.RUN_JOB,
  ];

  protected readonly taskPolicies?: PolicyStatement[];
  /** @internal */
  protected readonly _defaultIntegrationPattern: IntegrationPattern = IntegrationPattern.RUN_JOB;
  private readonly props: EmrTerminateClusterProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: EmrTerminateClusterProps) {
    super(scope, id, props);
    this.props = props;
    const pattern = props.integrationPattern ?? IntegrationPattern.RUN_JOB;
    validatePatternSupported(this, pattern, EmrTerminateCluster.SUPPORTED_INTEGRATION_PATTERNS);
    validateUserFields(this, { clusterId: props.clusterId });
    this.resourceArn = integrationResourceArn(this, 'elasticmapreduce', 'terminateCluster', pattern);
    this.taskPolicies = [
      clusterStatement(this, props.clusterId, ['elasticmapreduce:DescribeCluster', 'elasticmapreduce:TerminateJobFlows']),
      ...(pattern === IntegrationPattern.RUN_JOB ? [managedRuleStatement(this, SYNC_RULE)] : []),
    ];
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({ ClusterId: this.props.clusterId }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}
