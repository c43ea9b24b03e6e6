import type { Construct } from 'constructs';
import type { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { validateMaxLength, validateUserFields } from '../private/task-utils';
import { clusterStatement } from './private/cluster-statements';
import { managedRuleStatement } from '../private/statements';

/**
 * What the cluster does when a step fails (`ActionOnFailure`).
 * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_StepConfig.html
 */
export enum ActionOnFailure {
  /** Terminate the cluster. */
  TERMINATE_CLUSTER = 'TERMINATE_CLUSTER',
  /** Cancel the steps after this one and wait (the cluster enters WAITING). */
  CANCEL_AND_WAIT = 'CANCEL_AND_WAIT',
  /** Go on with the next step. */
  CONTINUE = 'CONTINUE',
}

/** What an EmrAddStep task does, in either query language. */
export interface EmrAddStepOptions {
  /** ID of the cluster the step is added to (`ClusterId`), such as `j-2AXXXXXXGAPLF`. */
  readonly clusterId: string;
  /**
   * Name of the step, at most 256 characters (`Step.Name`).
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_StepConfig.html
   */
  readonly name: string;
  /**
   * What the cluster does when the step fails (`Step.ActionOnFailure`).
   * @default ActionOnFailure.CONTINUE
   */
  readonly actionOnFailure?: ActionOnFailure;
  /**
   * Path of the JAR the step runs (`Step.HadoopJarStep.Jar`), such as `command-runner.jar` or an
   * `s3://` URI.
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_HadoopJarStepConfig.html
   */
  readonly jar: string;
  /**
   * Class of the JAR whose `main` runs (`Step.HadoopJarStep.MainClass`).
   * @default - the `Main-Class` of the JAR's manifest
   */
  readonly mainClass?: string;
  /**
   * Arguments passed to the main function (`Step.HadoopJarStep.Args`).
   * @default - no arguments
   */
  readonly args?: string[];
  /**
   * Java properties set while the step runs (`Step.HadoopJarStep.Properties`, a `{ Key, Value }` list).
   * @default - no properties
   */
  readonly properties?: { [key: string]: string };
  /**
   * ARN of the runtime role the step runs as (`ExecutionRoleArn`); the cluster needs a security
   * configuration that enables runtime roles.
   * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-steps-runtime-roles.html
   * @default - the cluster's EC2 instance profile role
   */
  readonly executionRoleArn?: string;
}

/** Props of an EmrAddStep task written in JSONPath. */
export interface EmrAddStepJsonPathProps extends TaskStateJsonPathBaseProps, EmrAddStepOptions {}

/** Props of an EmrAddStep task written in JSONata. */
export interface EmrAddStepJsonataProps extends TaskStateJsonataBaseProps, EmrAddStepOptions {}

/** Props of an EmrAddStep task. */
export interface EmrAddStepProps extends TaskStateBaseProps, EmrAddStepOptions {}

const SYNC_RULE = 'StepFunctionsGetEventForEMRAddJobFlowStepsRule';

/**
 * Adds a step to a running EMR cluster; by default (RUN_JOB, `.sync`) the state waits for the step to
 * end, with REQUEST_RESPONSE it returns the step's id (`StepId`) at once.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
 * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_AddJobFlowSteps.html
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * // runs a Spark job on the cluster the input names and waits for it
 * new tasks.EmrAddStep(stack, 'Aggregate', {
 *   clusterId: sfn.JsonPath.stringAt('$.clusterId'),
 *   name: 'aggregate-daily',
 *   jar: 'command-runner.jar',
 *   args: ['spark-submit', '--deploy-mode', 'cluster', 's3://my-jobs/aggregate.py'],
 *   actionOnFailure: tasks.ActionOnFailure.CANCEL_AND_WAIT,
 *   resultPath: sfn.JsonPath.DISCARD,
 * });
 */
export class EmrAddStep extends TaskStateBase {
  /** An EmrAddStep task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: EmrAddStepJsonPathProps): EmrAddStep {
    return new EmrAddStep(scope, id, props);
  }

  /** An EmrAddStep task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: EmrAddStepJsonataProps): EmrAddStep {
    return new EmrAddStep(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [
    IntegrationPattern.REQUEST_RESPONSE,
    IntegrationPattern.RUN_JOB,
  ];

  protected readonly taskPolicies?: PolicyStatement[];
  /** @internal */
  protected readonly _defaultIntegrationPattern: IntegrationPattern = IntegrationPattern.RUN_JOB;
  private readonly props: EmrAddStepProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: EmrAddStepProps) {
    super(scope, id, props);
    this.props = props;
    const pattern = props.integrationPattern ?? IntegrationPattern.RUN_JOB;
    validatePatternSupported(this, pattern, EmrAddStep.SUPPORTED_INTEGRATION_PATTERNS);
    validateMaxLength(this, props.name, 256, 'name');
    validateUserFields(this, {
      clusterId: props.clusterId, name: props.name, jar: props.jar, mainClass: props.mainClass,
      args: props.args, properties: props.properties, executionRoleArn: props.executionRoleArn,
    });
    this.resourceArn = integrationResourceArn(this, 'elasticmapreduce', 'addStep', pattern);
    this.taskPolicies = [
      clusterStatement(this, props.clusterId, ['elasticmapreduce:AddJobFlowSteps', 'elasticmapreduce:DescribeStep', 'elasticmapreduce:CancelSteps']),
      ...(pattern === IntegrationPattern.RUN_JOB ? [managedRuleStatement(this, SYNC_RULE)] : []),
    ];
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    const p = this.props;
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        ClusterId: p.clusterId,
        ExecutionRoleArn: p.executionRoleArn,
        Step: {
          Name: p.name,
          ActionOnFailure: p.actionOnFailure ?? ActionOnFailure.CONTINUE,
          HadoopJarStep: {
            Jar: p.jar,
            MainClass: p.mainClass,
            Args: p.args,
            Properties: p.properties === undefined ? undefined : Object.entries(p.properties).map(([Key, Value]) => ({ Key, Value })),
          },
        },
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}
