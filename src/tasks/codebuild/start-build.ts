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

/** What a CodeBuildStartBuild task does, in either query language. */
export interface CodeBuildStartBuildOptions {
  /** The project to build (`ProjectName`). */
  readonly project: CodeBuildProjectRef;
  /**
   * Environment variables of this build, added to or replacing the project's (`EnvironmentVariablesOverride`).
   * @default - the project's environment variables
   */
  readonly environmentVariablesOverride?: { [name: string]: BuildEnvironmentVariable };
}

/** Props of a CodeBuildStartBuild task written in JSONPath. */
export interface CodeBuildStartBuildJsonPathProps extends TaskStateJsonPathBaseProps, CodeBuildStartBuildOptions {}

/** Props of a CodeBuildStartBuild task written in JSONata. */
export interface CodeBuildStartBuildJsonataProps extends TaskStateJsonataBaseProps, CodeBuildStartBuildOptions {}

/** Props of a CodeBuildStartBuild task. */
export interface CodeBuildStartBuildProps extends TaskStateBaseProps, CodeBuildStartBuildOptions {}

const EVENTS_RULE = 'StepFunctionsGetEventForCodeBuildStartBuildRule';

/**
 * Starts a build of a CodeBuild project; with RUN_JOB (`.sync`) the state waits for the build to end.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
 * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartBuild.html
 * @example
 * import type { CodebuildProject } from '@cdktf/provider-aws/lib/codebuild-project';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const project: CodebuildProject;
 *
 * // builds the commit the execution input names and waits for the build
 * new tasks.CodeBuildStartBuild(stack, 'Build', {
 *   project,
 *   integrationPattern: sfn.IntegrationPattern.RUN_JOB,
 *   environmentVariablesOverride: {
 *     COMMIT: { value: sfn.JsonPath.stringAt('$.commit') },
 *     TOKEN: { type: tasks.BuildEnvironmentVariableType.SECRETS_MANAGER, value: 'ci/github-token' },
 *   },
 * });
 */
export class CodeBuildStartBuild extends TaskStateBase {
  /** A CodeBuildStartBuild task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: CodeBuildStartBuildJsonPathProps): CodeBuildStartBuild {
    return new CodeBuildStartBuild(scope, id, props);
  }

  /** A CodeBuildStartBuild task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: CodeBuildStartBuildJsonataProps): CodeBuildStartBuild {
    return new CodeBuildStartBuild(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [
    IntegrationPattern.REQUEST_RESPONSE,
    IntegrationPattern.RUN_JOB,
  ];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: CodeBuildStartBuildProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: CodeBuildStartBuildProps) {
    super(scope, id, props);
    const project = cachedRef(props.project);
    this.props = { ...props, project };
    const pattern = props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE;
    validatePatternSupported(this, pattern, CodeBuildStartBuild.SUPPORTED_INTEGRATION_PATTERNS);
    validateUserFields(this, { environmentVariablesOverride: props.environmentVariablesOverride });
    this.resourceArn = integrationResourceArn(this, 'codebuild', 'startBuild', pattern);
    this.taskPolicies = [new PolicyStatement({
      actions: ['codebuild:StartBuild', 'codebuild:StopBuild', 'codebuild:BatchGetBuilds', 'codebuild:BatchGetReports'],
      resources: [project.arn],
    })];
    if (pattern === IntegrationPattern.RUN_JOB) {
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
