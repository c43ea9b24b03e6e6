import type { Construct } from 'constructs';
import { cachedRef } from '../../core/refs';
import { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { validateUserFields } from '../private/task-utils';
import type { BuildEnvironmentVariable, CodeBuildProjectRef } from './build-environment';
import { renderEnvironmentVariables } from './private/environment';
import { managedRuleStatement } from '../private/statements';

/** What a CodeBuildStartBuildBatch task does, in either query language. */
export interface CodeBuildStartBuildBatchOptions {
  /** The project to build, which has a batch configuration (`ProjectName`). */
  readonly project: CodeBuildProjectRef;
  /**
   * Environment variables of the batch's builds, added to or replacing the project's (`EnvironmentVariablesOverride`).
   * @default - the project's environment variables
   */
  readonly environmentVariablesOverride?: { [name: string]: BuildEnvironmentVariable };
}

/** Props of a CodeBuildStartBuildBatch task written in JSONPath. */
export interface CodeBuildStartBuildBatchJsonPathProps extends TaskStateJsonPathBaseProps, CodeBuildStartBuildBatchOptions {}

/** Props of a CodeBuildStartBuildBatch task written in JSONata. */
export interface CodeBuildStartBuildBatchJsonataProps extends TaskStateJsonataBaseProps, CodeBuildStartBuildBatchOptions {}

/** Props of a CodeBuildStartBuildBatch task. */
export interface CodeBuildStartBuildBatchProps extends TaskStateBaseProps, CodeBuildStartBuildBatchOptions {}

const EVENTS_RULE = 'StepFunctionsGetEventForCodeBuildStartBuildBatchRule';

/**
 * Starts a batch build of a CodeBuild project (the project needs a batch configuration); with RUN_JOB
 * (`.sync`) the state waits for every build of the batch to end.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
 * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartBuildBatch.html
 * @example
 * import type { CodebuildProject } from '@cdktf/provider-aws/lib/codebuild-project';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const project: CodebuildProject;
 *
 * // builds the commit the execution input names in every configuration of the batch, and waits
 * new tasks.CodeBuildStartBuildBatch(stack, 'Build all', {
 *   project,
 *   integrationPattern: sfn.IntegrationPattern.RUN_JOB,
 *   environmentVariablesOverride: {
 *     COMMIT: { value: sfn.JsonPath.stringAt('$.commit') },
 *     TOKEN: { type: tasks.BuildEnvironmentVariableType.SECRETS_MANAGER, value: 'ci/github-token' },
 *   },
 * });
 */
export class CodeBuildStartBuildBatch extends TaskStateBase {
  /** A CodeBuildStartBuildBatch task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: CodeBuildStartBuildBatchJsonPathProps): CodeBuildStartBuildBatch {
    return new CodeBuildStartBuildBatch(scope, id, props);
  }

  /** A CodeBuildStartBuildBatch task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: CodeBuildStartBuildBatchJsonataProps): CodeBuildStartBuildBatch {
    return new CodeBuildStartBuildBatch(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [
    IntegrationPattern.REQUEST_RESPONSE,
    IntegrationPattern.RUN_JOB,
  ];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: CodeBuildStartBuildBatchProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: CodeBuildStartBuildBatchProps) {
    super(scope, id, props);
    const project = cachedRef(props.project);
    this.props = { ...props, project };
    const pattern = props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE;
    validatePatternSupported(this, pattern, CodeBuildStartBuildBatch.SUPPORTED_INTEGRATION_PATTERNS);
    validateUserFields(this, { environmentVariablesOverride: props.environmentVariablesOverride });
    this.resourceArn = integrationResourceArn(this, 'codebuild', 'startBuildBatch', pattern);
    // starting is all REQUEST_RESPONSE needs; waiting also watches and stops the batch
    const run = pattern === IntegrationPattern.RUN_JOB;
    this.taskPolicies = [new PolicyStatement({
      actions: run ? ['codebuild:StartBuildBatch', 'codebuild:StopBuildBatch', 'codebuild:BatchGetBuildBatches'] : ['codebuild:StartBuildBatch'],
      resources: [project.arn],
    })];
    if (run) {
      this.taskPolicies.push(managedRuleStatement(this, EVENTS_RULE));
    }
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        ProjectName: this.props.project.name,
        EnvironmentVariablesOverride: renderEnvironmentVariables(this.props.environmentVariablesOverride),
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}
