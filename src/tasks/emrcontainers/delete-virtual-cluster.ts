import type { Construct } from 'constructs';
import { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskInput } from '../../sfn/input';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { validateUserFields } from '../private/task-utils';
import { virtualClusterArn } from './private/arns';

/** What an EmrContainersDeleteVirtualCluster task does, in either query language. */
export interface EmrContainersDeleteVirtualClusterOptions {
  /** The id of the virtual cluster to delete (`Id`). */
  readonly virtualClusterId: TaskInput;
}

/** Props of an EmrContainersDeleteVirtualCluster task written in JSONPath. */
export interface EmrContainersDeleteVirtualClusterJsonPathProps extends TaskStateJsonPathBaseProps, EmrContainersDeleteVirtualClusterOptions {}

/** Props of an EmrContainersDeleteVirtualCluster task written in JSONata. */
export interface EmrContainersDeleteVirtualClusterJsonataProps extends TaskStateJsonataBaseProps, EmrContainersDeleteVirtualClusterOptions {}

/** Props of an EmrContainersDeleteVirtualCluster task. */
export interface EmrContainersDeleteVirtualClusterProps extends TaskStateBaseProps, EmrContainersDeleteVirtualClusterOptions {}

/**
 * Deletes an EMR on EKS virtual cluster (`emr-containers:deleteVirtualCluster`); with `RUN_JOB`, the
 * state waits until the cluster is gone.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * new tasks.EmrContainersDeleteVirtualCluster(stack, 'Delete virtual cluster', {
 *   virtualClusterId: sfn.TaskInput.fromJsonPathAt('$.virtualClusterId'),
 *   integrationPattern: sfn.IntegrationPattern.RUN_JOB,
 * });
 */
export class EmrContainersDeleteVirtualCluster extends TaskStateBase {
  /** An EmrContainersDeleteVirtualCluster task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: EmrContainersDeleteVirtualClusterJsonPathProps): EmrContainersDeleteVirtualCluster {
    return new EmrContainersDeleteVirtualCluster(scope, id, props);
  }

  /** An EmrContainersDeleteVirtualCluster task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: EmrContainersDeleteVirtualClusterJsonataProps): EmrContainersDeleteVirtualCluster {
    return new EmrContainersDeleteVirtualCluster(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: EmrContainersDeleteVirtualClusterProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: EmrContainersDeleteVirtualClusterProps) {
    super(scope, id, props);
    this.props = props;
    const pattern = props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE;
    validatePatternSupported(this, pattern, EmrContainersDeleteVirtualCluster.SUPPORTED_INTEGRATION_PATTERNS);
    validateUserFields(this, { virtualClusterId: props.virtualClusterId.value });
    this.resourceArn = integrationResourceArn(this, 'emr-containers', 'deleteVirtualCluster', pattern);
    // RUN_JOB polls the cluster's state; EMR on EKS has no events rule for it (catalog C.26)
    const actions = ['emr-containers:DeleteVirtualCluster'];
    if (pattern === IntegrationPattern.RUN_JOB) actions.push('emr-containers:DescribeVirtualCluster');
    this.taskPolicies = [new PolicyStatement({ actions, resources: [virtualClusterArn(this, props.virtualClusterId.value)] })];
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({ Id: this.props.virtualClusterId.value }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}
