import type { Construct } from 'constructs';
import { formatArn } from '../../core/arn';
import { Token } from '../../core/cdktf';
import type { Duration } from '../../core/duration';
import { ValidationError, describeValue } from '../../core/errors';
import { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import { JsonPath } from '../../sfn/fields';
import type { TaskInput } from '../../sfn/input';
import type { FieldLanguages } from '../../sfn/private/language-check';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { isStateValue } from '../private/state-value';
import { validateUserFields } from '../private/task-utils';
import { validateSingleLineName } from './private/names';
import type { ExecutionClass, WorkerConfigurationProperty } from './start-job-run-types';

/** What a GlueStartJobRun task does, in either query language. */
export interface GlueStartJobRunOptions {
  /** Name of the Glue job (`JobName`), e.g. the `name` of a `GlueJob`. */
  readonly glueJobName: string;
  /**
   * Arguments of this run, replacing the job's default arguments (`Arguments`).
   * @default - the job's default arguments
   */
  readonly arguments?: TaskInput;
  /**
   * Name of the security configuration of this run: 1 to 255 characters on one line (`SecurityConfiguration`).
   * @default - the job's security configuration
   */
  readonly securityConfiguration?: string;
  /**
   * How long after the run starts Glue sends a delay notification: whole minutes, at least 1
   * (`NotificationProperty.NotifyDelayAfter`).
   * @default - the job's setting
   */
  readonly notifyDelayAfter?: Duration;
  /**
   * Worker type and number of workers of this run (`WorkerType`, `NumberOfWorkers`).
   * @default - the job's worker configuration
   */
  readonly workerConfiguration?: WorkerConfigurationProperty;
  /**
   * Execution class of this run (`ExecutionClass`).
   * @default - STANDARD
   */
  readonly executionClass?: ExecutionClass;
}

/** Props of a GlueStartJobRun task written in JSONPath. */
export interface GlueStartJobRunJsonPathProps extends TaskStateJsonPathBaseProps, GlueStartJobRunOptions {}

/** Props of a GlueStartJobRun task written in JSONata. */
export interface GlueStartJobRunJsonataProps extends TaskStateJsonataBaseProps, GlueStartJobRunOptions {}

/** Props of a GlueStartJobRun task. */
export interface GlueStartJobRunProps extends TaskStateBaseProps, GlueStartJobRunOptions {}

/**
 * Starts a run of a Glue job; with RUN_JOB (`.sync`) the state waits for the run to end. Its output is
 * the `JobRun`.
 *
 * The task's timeout (a duration in whole minutes, or `Timeout.at(path)`) becomes the run's `Timeout`
 * in minutes, as aws-cdk-lib does; a `Timeout.jsonata(...)` stays the state's `TimeoutSeconds`.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-glue.html
 * @see https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-runs.html#aws-glue-api-jobs-runs-StartJobRun
 * @example
 * import type { GlueJob } from '@cdktf/provider-aws/lib/glue-job';
 * import type { Construct } from 'constructs';
 * import { Duration, sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const etl: GlueJob;
 *
 * // loads one day of events and waits for the run to end
 * new tasks.GlueStartJobRun(stack, 'Load events', {
 *   glueJobName: etl.name,
 *   arguments: sfn.TaskInput.fromObject({ '--day': sfn.JsonPath.stringAt('$.day') }),
 *   workerConfiguration: { workerTypeV2: tasks.WorkerTypeV2.G_1X, numberOfWorkers: 10 },
 *   executionClass: tasks.ExecutionClass.FLEX,
 *   notifyDelayAfter: Duration.minutes(30),
 *   taskTimeout: sfn.Timeout.duration(Duration.hours(2)),
 *   integrationPattern: sfn.IntegrationPattern.RUN_JOB,
 * });
 */
export class GlueStartJobRun extends TaskStateBase {
  /** A GlueStartJobRun task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: GlueStartJobRunJsonPathProps): GlueStartJobRun {
    return new GlueStartJobRun(scope, id, props);
  }

  /** A GlueStartJobRun task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: GlueStartJobRunJsonataProps): GlueStartJobRun {
    return new GlueStartJobRun(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [
    IntegrationPattern.REQUEST_RESPONSE,
    IntegrationPattern.RUN_JOB,
  ];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: GlueStartJobRunProps;
  private readonly resourceArn: string;
  /** The run's `Timeout`: whole minutes, or a path; undefined when the state keeps its timeout. */
  private readonly runTimeout?: number;
  private readonly notifyDelayMinutes?: number;

  constructor(scope: Construct, id: string, props: GlueStartJobRunProps) {
    super(scope, id, props);
    this.props = props;
    const pattern = props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE;
    validatePatternSupported(this, pattern, GlueStartJobRun.SUPPORTED_INTEGRATION_PATTERNS);
    validateUserFields(this, { glueJobName: props.glueJobName, arguments: props.arguments?.value, securityConfiguration: props.securityConfiguration });
    validateSingleLineName(this, 'glueJobName', props.glueJobName, 255);
    validateSingleLineName(this, 'securityConfiguration', props.securityConfiguration, 255);
    validateWorkers(this, props.workerConfiguration);
    this.runTimeout = this.timeoutMinutes(props);
    this.notifyDelayMinutes = props.notifyDelayAfter ? wholeMinutes(this, "'notifyDelayAfter'", props.notifyDelayAfter) : undefined;
    this.resourceArn = integrationResourceArn(this, 'glue', 'startJobRun', pattern);
    const actions = pattern === IntegrationPattern.RUN_JOB
      ? ['glue:StartJobRun', 'glue:GetJobRun', 'glue:GetJobRuns', 'glue:BatchStopJobRun']
      : ['glue:StartJobRun'];
    const job = isStateValue(props.glueJobName) ? '*' : props.glueJobName;
    this.taskPolicies = [new PolicyStatement({ actions, resources: [formatArn(this, { service: 'glue', resource: 'job', resourceName: job })] })];
  }

  /** `arguments` is the job's arguments, a TaskInput in either language, not the JSONata state's. @internal */
  protected _fieldLanguages(): FieldLanguages {
    return { ...super._fieldLanguages(), arguments: undefined };
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    const p = this.props;
    const workers = p.workerConfiguration;
    const timeoutPath = this._timeout?.path;
    const runTimeout = timeoutPath !== undefined ? JsonPath.numberAt(timeoutPath) : this.runTimeout;
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        JobName: p.glueJobName,
        Arguments: p.arguments?.value,
        Timeout: runTimeout,
        SecurityConfiguration: p.securityConfiguration,
        NotificationProperty: this.notifyDelayMinutes !== undefined ? { NotifyDelayAfter: this.notifyDelayMinutes } : undefined,
        WorkerType: workers ? workers.workerType ?? workers.workerTypeV2?.name : undefined,
        NumberOfWorkers: workers?.numberOfWorkers,
        ExecutionClass: p.executionClass,
      }, this._effectiveLanguage(topLevelQueryLanguage)),
      // the run's Timeout replaces the state's; a JSONata timeout stays the state's (catalog C.16)
      ...(runTimeout !== undefined ? { TimeoutSeconds: undefined, TimeoutSecondsPath: undefined } : {}),
    };
  }

  // a fixed timeout in whole minutes; a path is rendered as one, a JSONata expression stays on the state
  private timeoutMinutes(props: GlueStartJobRunProps): number | undefined {
    const duration = this._timeout?._duration;
    if (!duration) return undefined;
    return wholeMinutes(this, props.timeout ? "'timeout'" : "'taskTimeout'", duration);
  }
}

function wholeMinutes(scope: Construct, where: string, duration: Duration): number {
  const minutes = duration._convertFor('minutes', `${where} (Glue takes minutes)`, scope);
  if (!Token.isUnresolved(minutes) && minutes < 1) {
    throw new ValidationError(`${where} must be at least 1 minute, got ${duration.toHumanString()}`, scope);
  }
  return minutes;
}

function validateWorkers(scope: Construct, workers: WorkerConfigurationProperty | undefined): void {
  if (!workers) return;
  if (workers.workerType !== undefined && workers.workerTypeV2 !== undefined) {
    throw new ValidationError(`'workerConfiguration' sets both 'workerType' (${describeValue(workers.workerType)}) and 'workerTypeV2' (${describeValue(workers.workerTypeV2.name)}): set one`, scope);
  }
  if (workers.workerType === undefined && workers.workerTypeV2 === undefined) {
    throw new ValidationError("'workerConfiguration' needs 'workerTypeV2' (or the deprecated 'workerType'), got neither", scope);
  }
  const n = workers.numberOfWorkers;
  if (!Token.isUnresolved(n) && (!Number.isInteger(n) || n < 1)) {
    throw new ValidationError(`'workerConfiguration.numberOfWorkers' must be a whole number of at least 1, got ${describeValue(n)}`, scope);
  }
}
