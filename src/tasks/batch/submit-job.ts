import type { Construct } from 'constructs';
import { formatArn } from '../../core/arn';
import { Token } from '../../core/cdktf';
import { ValidationError, describeValue } from '../../core/errors';
import type { Size } from '../../core/size';
import { PolicyStatement } from '../../iam/policy-statement';
import { isJsonataExpression } from '../../render/jsonata';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import { JsonPath } from '../../sfn/fields';
import type { TaskInput } from '../../sfn/input';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import type { InstanceType } from '../ec2/instance-type';
import { managedRuleStatement } from '../private/statements';

/** What the job's container runs with instead of its job definition's settings (`ContainerOverrides`). */
export interface BatchContainerOverrides {
  /**
   * Command of the container (`Command`).
   * @default - the job definition's command
   */
  readonly command?: string[];
  /**
   * Environment variables added to, or replacing, the job definition's; names must not start with
   * `AWS_BATCH`, which AWS Batch reserves (`Environment`).
   * @default - the job definition's environment
   */
  readonly environment?: { [key: string]: string };
  /**
   * Instance type of a multi-node parallel job; not valid for a single-node job (`InstanceType`).
   * @default - the job definition's instance type
   */
  readonly instanceType?: InstanceType;
  /**
   * Memory of the container, in whole MiB (`ResourceRequirements` `MEMORY`).
   * @default - the job definition's memory
   */
  readonly memory?: Size;
  /**
   * Number of GPUs of the container (`ResourceRequirements` `GPU`).
   * @default - no GPU
   */
  readonly gpuCount?: number;
  /**
   * Number of vCPUs of the container (`ResourceRequirements` `VCPU`).
   * @default - the job definition's vCPUs
   */
  readonly vcpus?: number;
}

/** A job the submitted job waits for (`DependsOn` entry). */
export interface BatchJobDependency {
  /**
   * ID of the job waited for (`JobId`).
   * @default - none
   */
  readonly jobId?: string;
  /**
   * Type of the dependency, `N_TO_N` or `SEQUENTIAL` for array jobs (`Type`).
   * @default - none
   */
  readonly type?: string;
}

/** What a BatchSubmitJob task does, in either query language. */
export interface BatchSubmitJobOptions {
  /** ARN of the job definition (`JobDefinition`). */
  readonly jobDefinitionArn: string;
  /** Name of the job: up to 128 letters, digits, hyphens and underscores, starting with a letter or digit (`JobName`). */
  readonly jobName: string;
  /** ARN of the job queue the job is submitted to (`JobQueue`). */
  readonly jobQueueArn: string;
  /**
   * Size of an array job, 2 to 10,000 (`ArrayProperties.Size`).
   * @default - not an array job
   */
  readonly arraySize?: number;
  /**
   * Overrides of the container's settings (`ContainerOverrides`).
   * @default - the job definition's settings
   */
  readonly containerOverrides?: BatchContainerOverrides;
  /**
   * Jobs this job waits for, at most 20 (`DependsOn`).
   * @default - no dependencies
   */
  readonly dependsOn?: BatchJobDependency[];
  /**
   * Parameters of the job, substituted into its job definition (`Parameters`).
   * @default - no parameters
   */
  readonly payload?: TaskInput;
  /**
   * How many times the job is moved to RUNNABLE, 1 to 10 (`RetryStrategy.Attempts`).
   * @default 1
   */
  readonly attempts?: number;
  /**
   * Tags of the job: at most 50, keys of 1 to 128 characters, values of at most 256 (`Tags`).
   * @default {} - no tags
   */
  readonly tags?: { [key: string]: string };
}

/** Props of a BatchSubmitJob task written in JSONPath. */
export interface BatchSubmitJobJsonPathProps extends TaskStateJsonPathBaseProps, BatchSubmitJobOptions {}

/** Props of a BatchSubmitJob task written in JSONata. */
export interface BatchSubmitJobJsonataProps extends TaskStateJsonataBaseProps, BatchSubmitJobOptions {}

/** Props of a BatchSubmitJob task. */
export interface BatchSubmitJobProps extends TaskStateBaseProps, BatchSubmitJobOptions {}

const EVENTS_RULE = 'StepFunctionsGetEventsForBatchJobsRule';
const RESERVED_ENV_PREFIX = 'AWS_BATCH';

/**
 * Submits an AWS Batch job; by default (RUN_JOB, `.sync`) the state waits for the job to end.
 *
 * The task's timeout (seconds or `Timeout.at(path)`) becomes the job's `Timeout.AttemptDurationSeconds`,
 * at least 60 seconds; a `Timeout.jsonata(...)` stays the state's `TimeoutSeconds`.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-batch.html
 * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_SubmitJob.html
 * @example
 * import type { Construct } from 'constructs';
 * import { Duration, sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * // renders one report per customer and waits for the job to end
 * new tasks.BatchSubmitJob(stack, 'Render reports', {
 *   jobQueueArn: 'arn:aws:batch:us-east-1:123456789012:job-queue/reports',
 *   jobDefinitionArn: 'arn:aws:batch:us-east-1:123456789012:job-definition/render:3',
 *   jobName: 'render-reports',
 *   payload: sfn.TaskInput.fromObject({ month: sfn.JsonPath.stringAt('$.month') }),
 *   containerOverrides: {
 *     environment: { LOG_LEVEL: 'debug' },
 *     vcpus: 2,
 *   },
 *   attempts: 3,
 *   taskTimeout: sfn.Timeout.duration(Duration.minutes(30)),
 * });
 */
export class BatchSubmitJob extends TaskStateBase {
  /** A BatchSubmitJob task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: BatchSubmitJobJsonPathProps): BatchSubmitJob {
    return new BatchSubmitJob(scope, id, props);
  }

  /** A BatchSubmitJob task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: BatchSubmitJobJsonataProps): BatchSubmitJob {
    return new BatchSubmitJob(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [
    IntegrationPattern.REQUEST_RESPONSE,
    IntegrationPattern.RUN_JOB,
  ];

  protected readonly taskPolicies?: PolicyStatement[];
  /** @internal */
  protected readonly _defaultIntegrationPattern: IntegrationPattern = IntegrationPattern.RUN_JOB;
  private readonly props: BatchSubmitJobProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: BatchSubmitJobProps) {
    super(scope, id, props);
    this.props = props;
    const pattern = props.integrationPattern ?? IntegrationPattern.RUN_JOB;
    validatePatternSupported(this, pattern, BatchSubmitJob.SUPPORTED_INTEGRATION_PATTERNS);
    validateRange(this, 'arraySize', props.arraySize, 2, 10_000);
    validateRange(this, 'attempts', props.attempts, 1, 10);
    if (props.dependsOn && props.dependsOn.length > 20) {
      throw new ValidationError(`'dependsOn' allows at most 20 jobs, got ${props.dependsOn.length}`, this);
    }
    const seconds = this._timeout?.seconds;
    if (seconds !== undefined && !Token.isUnresolved(seconds) && seconds < 60) {
      throw new ValidationError(`the task's timeout is the job's attempt duration, which must be at least 60 seconds; got ${seconds} seconds`, this);
    }
    for (const name of Object.keys(props.containerOverrides?.environment ?? {})) {
      if (name.startsWith(RESERVED_ENV_PREFIX)) {
        throw new ValidationError(`'containerOverrides.environment' name ${describeValue(name)} is reserved: names starting with '${RESERVED_ENV_PREFIX}' belong to AWS Batch`, this);
      }
    }
    validateTags(this, props.tags);
    this.resourceArn = integrationResourceArn(this, 'batch', 'submitJob', pattern);
    this.taskPolicies = this.createPolicies(pattern);
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    const language = this._effectiveLanguage(topLevelQueryLanguage);
    const p = this.props;
    const timeout = this._timeout;
    // seconds and paths become the job's attempt duration; a JSONata timeout stays the state's
    const jobTimeout = timeout && timeout.jsonataExpression === undefined
      ? (timeout.path !== undefined ? { AttemptDurationSeconds: JsonPath.numberAt(timeout.path) } : { AttemptDurationSeconds: timeout.seconds })
      : undefined;
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        JobDefinition: p.jobDefinitionArn,
        JobName: p.jobName,
        JobQueue: p.jobQueueArn,
        Parameters: p.payload?.value,
        ArrayProperties: p.arraySize !== undefined ? { Size: p.arraySize } : undefined,
        ContainerOverrides: p.containerOverrides ? renderOverrides(p.containerOverrides) : undefined,
        DependsOn: p.dependsOn?.map((d) => ({ JobId: d.jobId, Type: d.type })),
        RetryStrategy: p.attempts !== undefined ? { Attempts: p.attempts } : undefined,
        Tags: p.tags,
        Timeout: jobTimeout,
      }, language),
      ...(jobTimeout ? { TimeoutSeconds: undefined, TimeoutSecondsPath: undefined } : {}),
    };
  }

  private createPolicies(pattern: IntegrationPattern): PolicyStatement[] {
    const queue = this.props.jobQueueArn;
    const dynamicQueue = JsonPath.isEncodedJsonPath(queue) || isJsonataExpression(queue);
    const policies = [new PolicyStatement({
      actions: ['batch:SubmitJob'],
      resources: dynamicQueue ? ['*'] : [formatArn(this, { service: 'batch', resource: 'job-definition', resourceName: '*' }), queue],
    })];
    if (pattern === IntegrationPattern.RUN_JOB) {
      policies.push(managedRuleStatement(this, EVENTS_RULE));
    }
    return policies;
  }
}

function validateRange(scope: Construct, prop: string, value: number | undefined, min: number, max: number): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ValidationError(`'${prop}' must be a whole number from ${min} to ${max}, got ${describeValue(value)}`, scope);
  }
}

function validateTags(scope: Construct, tags: { [key: string]: string } | undefined): void {
  if (!tags) return;
  const keys = Object.keys(tags);
  if (keys.length > 50) throw new ValidationError(`'tags' allows at most 50 entries, got ${keys.length}`, scope);
  for (const key of keys) {
    if (!Token.isUnresolved(key) && (key.length < 1 || key.length > 128)) {
      throw new ValidationError(`'tags' key ${describeValue(key)} must have 1 to 128 characters, got ${key.length}`, scope);
    }
    const value = tags[key];
    if (!Token.isUnresolved(value) && value.length > 256) {
      throw new ValidationError(`'tags' value of ${describeValue(key)} must have at most 256 characters, got ${value.length}`, scope);
    }
  }
}

// GPU, MEMORY, VCPU in this order, values as strings (a JsonPath number stays a path)
function renderOverrides(o: BatchContainerOverrides): object {
  const requirements: Array<{ Type: string; Value: unknown }> = [];
  if (o.gpuCount !== undefined) requirements.push({ Type: 'GPU', Value: countValue(o.gpuCount) });
  if (o.memory !== undefined) requirements.push({ Type: 'MEMORY', Value: countValue(o.memory.toMebibytes()) });
  if (o.vcpus !== undefined) requirements.push({ Type: 'VCPU', Value: countValue(o.vcpus) });
  return {
    Command: o.command,
    Environment: o.environment ? Object.entries(o.environment).map(([Name, Value]) => ({ Name, Value })) : undefined,
    InstanceType: o.instanceType?.toString(),
    ResourceRequirements: requirements.length > 0 ? requirements : undefined,
  };
}

// a literal count as the string Batch takes; a token (a JsonPath number) as itself, rendered as a path
function countValue(n: number): unknown {
  return Token.isUnresolved(n) ? n : `${n}`;
}
