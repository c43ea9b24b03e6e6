import type { Construct } from 'constructs';
import { formatArn } from '../../core/arn';
import { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { isStateValue } from '../private/state-value';
import { validateUserFields } from '../private/task-utils';
import { validateSingleLineName } from '../glue/private/names';

/** What a GlueDataBrewStartJobRun task does, in either query language. */
export interface GlueDataBrewStartJobRunOptions {
  /** Name of the DataBrew job, 1 to 240 characters (`Name`); the AWS provider has no DataBrew resource, so a name or a variable. */
  readonly name: string;
}

/** Props of a GlueDataBrewStartJobRun task written in JSONPath. */
export interface GlueDataBrewStartJobRunJsonPathProps extends TaskStateJsonPathBaseProps, GlueDataBrewStartJobRunOptions {}

/** Props of a GlueDataBrewStartJobRun task written in JSONata. */
export interface GlueDataBrewStartJobRunJsonataProps extends TaskStateJsonataBaseProps, GlueDataBrewStartJobRunOptions {}

/** Props of a GlueDataBrewStartJobRun task. */
export interface GlueDataBrewStartJobRunProps extends TaskStateBaseProps, GlueDataBrewStartJobRunOptions {}

/**
 * Starts a run of a Glue DataBrew job; with RUN_JOB (`.sync`) the state waits for the run to end.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-databrew.html
 * @see https://docs.aws.amazon.com/databrew/latest/dg/API_StartJobRun.html
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * // cleans the day's customer file and waits for the recipe job to end
 * new tasks.GlueDataBrewStartJobRun(stack, 'Clean customers', {
 *   name: 'clean-customers',
 *   integrationPattern: sfn.IntegrationPattern.RUN_JOB,
 * });
 */
export class GlueDataBrewStartJobRun extends TaskStateBase {
  /** A GlueDataBrewStartJobRun task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: GlueDataBrewStartJobRunJsonPathProps): GlueDataBrewStartJobRun {
    return new GlueDataBrewStartJobRun(scope, id, props);
  }

  /** A GlueDataBrewStartJobRun task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: GlueDataBrewStartJobRunJsonataProps): GlueDataBrewStartJobRun {
    return new GlueDataBrewStartJobRun(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [
    IntegrationPattern.REQUEST_RESPONSE,
    IntegrationPattern.RUN_JOB,
  ];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: GlueDataBrewStartJobRunProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: GlueDataBrewStartJobRunProps) {
    super(scope, id, props);
    this.props = props;
    const pattern = props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE;
    validatePatternSupported(this, pattern, GlueDataBrewStartJobRun.SUPPORTED_INTEGRATION_PATTERNS);
    validateUserFields(this, { name: props.name });
    validateSingleLineName(this, 'name', props.name, 240);
    this.resourceArn = integrationResourceArn(this, 'databrew', 'startJobRun', pattern);
    // with RUN_JOB Step Functions polls the runs and stops the run when the execution stops
    const actions = pattern === IntegrationPattern.RUN_JOB
      ? ['databrew:startJobRun', 'databrew:stopJobRun', 'databrew:listJobRuns']
      : ['databrew:startJobRun'];
    const job = isStateValue(props.name) ? '*' : props.name;
    this.taskPolicies = [new PolicyStatement({ actions, resources: [formatArn(this, { service: 'databrew', resource: 'job', resourceName: job })] })];
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({ Name: this.props.name }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}
