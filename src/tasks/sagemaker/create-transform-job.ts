import type { Construct } from 'constructs';
import { formatArn } from '../../core/arn';
import { Token } from '../../core/cdktf';
import { secondsFor } from '../../core/duration';
import { ValidationError, describeValue } from '../../core/errors';
import type { Size } from '../../core/size';
import { PolicyStatement } from '../../iam/policy-statement';
import type { IamRoleRef } from '../../iam/refs';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { InstanceType } from '../ec2/instance-type';
import type { BatchStrategy, ModelClientOptions, TransformInput, TransformOutput, TransformResources } from './base-types';
import { S3DataType } from './base-types';
import { mlInstanceType, renderTags, wholeSize } from './private/render';
import { passRoleStatement, taskRole } from './private/role';
import { managedRuleStatement } from '../private/statements';

/** What a SageMakerCreateTransformJob task does, in either query language. */
export interface SageMakerCreateTransformJobOptions {
  /** Name of the transform job, unique in the account and region (`TransformJobName`). */
  readonly transformJobName: string;
  /**
   * Role SageMaker assumes for the job, passed to it (`iam:PassRole`): `IamRole`, `DataAwsIamRole` or
   * `{ arn, name }`. The request itself does not name it: the model's execution role runs the job.
   * @default - a role trusted by sagemaker.amazonaws.com with the AWS managed policy
   * AmazonSageMakerFullAccess
   */
  readonly role?: IamRoleRef;
  /**
   * How many records go into one request (`BatchStrategy`).
   * @default - SageMaker's default
   */
  readonly batchStrategy?: BatchStrategy;
  /**
   * Environment variables of the model's containers (`Environment`).
   * @default - none
   */
  readonly environment?: { [key: string]: string };
  /**
   * Most requests sent to an instance at a time (`MaxConcurrentTransforms`).
   * @default - SageMaker's default
   */
  readonly maxConcurrentTransforms?: number;
  /**
   * Largest payload of a request, in whole MiB (`MaxPayloadInMB`).
   * @default - SageMaker's default, 6 MiB
   */
  readonly maxPayload?: Size;
  /** Name of the model that transforms (`ModelName`). */
  readonly modelName: string;
  /**
   * Retries and timeout of the requests to the model (`ModelClientConfig`).
   * @default - SageMaker's defaults, 0 retries and 600 seconds
   */
  readonly modelClientOptions?: ModelClientOptions;
  /**
   * Tags of the job (`Tags`).
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
  /** The data to transform (`TransformInput`). */
  readonly transformInput: TransformInput;
  /** Where the results go (`TransformOutput`). */
  readonly transformOutput: TransformOutput;
  /**
   * The instances that transform (`TransformResources`).
   * @default - 1 instance of type m4.xlarge
   */
  readonly transformResources?: TransformResources;
}

/** Props of a SageMakerCreateTransformJob task written in JSONPath. */
export interface SageMakerCreateTransformJobJsonPathProps extends TaskStateJsonPathBaseProps, SageMakerCreateTransformJobOptions {}

/** Props of a SageMakerCreateTransformJob task written in JSONata. */
export interface SageMakerCreateTransformJobJsonataProps extends TaskStateJsonataBaseProps, SageMakerCreateTransformJobOptions {}

/** Props of a SageMakerCreateTransformJob task. */
export interface SageMakerCreateTransformJobProps extends TaskStateBaseProps, SageMakerCreateTransformJobOptions {}

const EVENTS_RULE = 'StepFunctionsGetEventsForSageMakerTransformJobsRule';

/**
 * Starts a SageMaker batch transform job; with RUN_JOB (`.sync`) the state waits for it to end.
 *
 * Without `role` the task creates one (`role`).
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 * @example
 * import type { Construct } from 'constructs';
 * import { Duration, Size, sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * // scores every line of the files under the input's prefix and waits for the results
 * new tasks.SageMakerCreateTransformJob(stack, 'Score', {
 *   integrationPattern: sfn.IntegrationPattern.RUN_JOB,
 *   transformJobName: sfn.JsonPath.stringAt('$.jobName'),
 *   modelName: 'churn',
 *   batchStrategy: tasks.BatchStrategy.MULTI_RECORD,
 *   maxPayload: Size.mebibytes(6),
 *   modelClientOptions: { invocationsMaxRetries: 2, invocationsTimeout: Duration.minutes(5) },
 *   transformInput: {
 *     transformDataSource: { s3DataSource: { s3Uri: sfn.JsonPath.stringAt('$.input') } },
 *     contentType: 'text/csv',
 *     splitType: tasks.SplitType.LINE,
 *   },
 *   transformOutput: { s3OutputPath: 's3://scores-bucket/churn/', assembleWith: tasks.AssembleWith.LINE },
 *   transformResources: { instanceCount: 2, instanceType: new tasks.InstanceType('m5.xlarge') },
 * });
 */
export class SageMakerCreateTransformJob extends TaskStateBase {
  /** A SageMakerCreateTransformJob task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: SageMakerCreateTransformJobJsonPathProps): SageMakerCreateTransformJob {
    return new SageMakerCreateTransformJob(scope, id, props);
  }

  /** A SageMakerCreateTransformJob task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: SageMakerCreateTransformJobJsonataProps): SageMakerCreateTransformJob {
    return new SageMakerCreateTransformJob(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [
    IntegrationPattern.REQUEST_RESPONSE,
    IntegrationPattern.RUN_JOB,
  ];

  /** The role passed to SageMaker: the given one, or the one the task created (`SagemakerTransformRole`). */
  public readonly role: IamRoleRef;
  protected readonly taskPolicies?: PolicyStatement[];
  /** @internal */
  protected readonly _defaultIntegrationPattern: IntegrationPattern = IntegrationPattern.REQUEST_RESPONSE;
  private readonly props: SageMakerCreateTransformJobProps;
  private readonly resourceArn: string;
  private readonly modelClientConfig?: object;
  private readonly maxPayloadInMb?: number;

  constructor(scope: Construct, id: string, props: SageMakerCreateTransformJobProps) {
    super(scope, id, props);
    this.props = props;
    const pattern = props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE;
    validatePatternSupported(this, pattern, SageMakerCreateTransformJob.SUPPORTED_INTEGRATION_PATTERNS);
    this.modelClientConfig = props.modelClientOptions && this.modelClient(props.modelClientOptions);
    this.maxPayloadInMb = props.maxPayload && wholeSize(this, 'maxPayload', () => props.maxPayload!.toMebibytes());
    this.role = taskRole(this, 'SagemakerTransformRole', props.role, {
      description: `Role SageMaker assumes for the transform job of ${this.node.path}`,
      managedPolicy: 'AmazonSageMakerFullAccess',
    }).role;
    this.resourceArn = integrationResourceArn(this, 'sagemaker', 'createTransformJob', pattern);
    this.taskPolicies = this.createPolicies(pattern);
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    const p = this.props;
    const input = p.transformInput;
    const output = p.transformOutput;
    const resources = p.transformResources ?? { instanceCount: 1, instanceType: new InstanceType('m4.xlarge') };
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        BatchStrategy: p.batchStrategy,
        Environment: p.environment,
        // 0 leaves the choice to SageMaker, as in aws-cdk-lib
        MaxConcurrentTransforms: p.maxConcurrentTransforms || undefined,
        MaxPayloadInMB: this.maxPayloadInMb || undefined,
        ModelClientConfig: this.modelClientConfig,
        ModelName: p.modelName,
        Tags: renderTags(p.tags),
        TransformInput: {
          CompressionType: input.compressionType,
          ContentType: input.contentType,
          DataSource: {
            S3DataSource: {
              S3Uri: input.transformDataSource.s3DataSource.s3Uri,
              S3DataType: input.transformDataSource.s3DataSource.s3DataType ?? S3DataType.S3_PREFIX,
            },
          },
          SplitType: input.splitType,
        },
        TransformJobName: p.transformJobName,
        TransformOutput: {
          S3OutputPath: output.s3OutputPath,
          KmsKeyId: output.encryptionKey?.arn,
          Accept: output.accept,
          AssembleWith: output.assembleWith,
        },
        TransformResources: {
          InstanceCount: resources.instanceCount,
          InstanceType: mlInstanceType(resources.instanceType),
          VolumeKmsKeyId: resources.volumeEncryptionKey?.arn,
        },
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }

  // the retries and timeout, checked here and defaulted (0 retries, 60 seconds) as aws-cdk-lib does
  private modelClient(options: ModelClientOptions): object {
    const retries = options.invocationsMaxRetries;
    if (retries !== undefined && !Token.isUnresolved(retries) && (!Number.isInteger(retries) || retries < 0 || retries > 3)) {
      throw new ValidationError(`'modelClientOptions.invocationsMaxRetries' must be a whole number from 0 to 3, got ${describeValue(retries)}`, this);
    }
    const timeout = options.invocationsTimeout && secondsFor(options.invocationsTimeout, "'modelClientOptions.invocationsTimeout'", this);
    if (timeout !== undefined && !Token.isUnresolved(timeout) && (timeout < 1 || timeout > 3600)) {
      throw new ValidationError(`'modelClientOptions.invocationsTimeout' must be from 1 to 3600 seconds, got ${timeout} seconds`, this);
    }
    return { InvocationsMaxRetries: retries ?? 0, InvocationsTimeoutInSeconds: timeout ?? 60 };
  }

  private createPolicies(pattern: IntegrationPattern): PolicyStatement[] {
    const jobs = formatArn(this, { service: 'sagemaker', resource: 'transform-job', resourceName: '*' });
    const policies = [
      new PolicyStatement({ actions: ['sagemaker:CreateTransformJob', 'sagemaker:DescribeTransformJob', 'sagemaker:StopTransformJob'], resources: [jobs] }),
      new PolicyStatement({ actions: ['sagemaker:ListTags'], resources: ['*'] }),
      passRoleStatement(this.role),
    ];
    if (pattern === IntegrationPattern.RUN_JOB) policies.push(managedRuleStatement(this, EVENTS_RULE));
    // CreateTransformJob with Tags needs sagemaker:AddTags; aws-cdk-lib grants it for RUN_JOB only
    if (pattern === IntegrationPattern.RUN_JOB || this.props.tags) {
      policies.push(new PolicyStatement({ actions: ['sagemaker:AddTags'], resources: [jobs] }));
    }
    return policies;
  }
}
