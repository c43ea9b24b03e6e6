import type { Construct } from 'constructs';
import { accountOf, formatArn, regionOf } from '../../core/arn';
import { TerraformStack, Token } from '../../core/cdktf';
import { ValidationError, describeValue } from '../../core/errors';
import { grantsTo } from '../../iam/grants';
import { PolicyStatement } from '../../iam/policy-statement';
import type { IamRoleRef, KmsKeyRef } from '../../iam/refs';
import { createServiceRole } from '../../iam/service-role';
import { isJsonataExpression } from '../../render/jsonata';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import type {
  CustomizationType, CustomModelTag, DataBucketConfiguration, IBedrockCreateModelCustomizationJobVpcConfig,
  OutputBucketConfiguration, TrainingBucketConfiguration, ValidationBucketConfiguration,
} from './create-model-customization-job-types';
import type { BedrockModelRef } from './model';
import { jobRolePolicies } from './private/job-role';

/** What a BedrockCreateModelCustomizationJob task does, in either query language. */
export interface BedrockCreateModelCustomizationJobOptions {
  /** The model customized (`BaseModelIdentifier`, its ARN). */
  readonly baseModel: BedrockModelRef;
  /**
   * Token making the request idempotent: 1 to 256 letters and digits, with hyphens between them (`ClientRequestToken`).
   * @default - no client request token
   */
  readonly clientRequestToken?: string;
  /**
   * How the base model is trained (`CustomizationType`).
   * @default - Bedrock's default, FINE_TUNING
   */
  readonly customizationType?: CustomizationType;
  /**
   * The KMS key the custom model is encrypted with (`CustomModelKmsKeyId`); the job's role may use it
   * through Bedrock.
   * @default - a key AWS owns
   */
  readonly customModelKmsKey?: KmsKeyRef;
  /** Name of the custom model: 1 to 63 letters and digits, single `_` or `-` between them (`CustomModelName`). */
  readonly customModelName: string;
  /**
   * Tags of the custom model, at most 200 (`CustomModelTags`).
   * @default - no tags
   */
  readonly customModelTags?: CustomModelTag[];
  /**
   * Hyperparameters of the training, as strings (`HyperParameters`).
   * @default - the model's defaults
   */
  readonly hyperParameters?: { [key: string]: string };
  /** Name of the job: 1 to 63 characters, letters, digits, `+`, `-`, `.` (`JobName`). */
  readonly jobName: string;
  /**
   * Tags of the job, at most 200 (`JobTags`).
   * @default - no tags
   */
  readonly jobTags?: CustomModelTag[];
  /** Where the job writes its output (`OutputDataConfig.S3Uri`). */
  readonly outputData: OutputBucketConfiguration;
  /**
   * The role Bedrock runs the job with (`RoleArn`); the state machine may pass it to Bedrock.
   * @default - a role created for the job, trusted by Bedrock for this account's customization jobs,
   * allowed to read the training and validation data and to write the output (and to use the VPC)
   */
  readonly role?: IamRoleRef;
  /** Where the job reads its training data (`TrainingDataConfig.S3Uri`). */
  readonly trainingData: TrainingBucketConfiguration;
  /**
   * Validation data sets, 1 to 10 (`ValidationDataConfig.Validators`); without them, give the
   * `Evaluation percentage` hyperparameter.
   * @default - a part of the training data, as `hyperParameters['Evaluation percentage']` says
   */
  readonly validationData?: ValidationBucketConfiguration[];
  /**
   * The VPC the job runs in (`VpcConfig`).
   * @default - no VPC
   */
  readonly vpcConfig?: IBedrockCreateModelCustomizationJobVpcConfig;
}

/** Props of a BedrockCreateModelCustomizationJob task written in JSONPath. */
export interface BedrockCreateModelCustomizationJobJsonPathProps extends TaskStateJsonPathBaseProps, BedrockCreateModelCustomizationJobOptions {}

/** Props of a BedrockCreateModelCustomizationJob task written in JSONata. */
export interface BedrockCreateModelCustomizationJobJsonataProps extends TaskStateJsonataBaseProps, BedrockCreateModelCustomizationJobOptions {}

/** Props of a BedrockCreateModelCustomizationJob task. */
export interface BedrockCreateModelCustomizationJobProps extends TaskStateBaseProps, BedrockCreateModelCustomizationJobOptions {}

/**
 * Starts a Bedrock model customization job (`bedrock:createModelCustomizationJob`); with RUN_JOB
 * (`.sync`) the state waits for the job to end. Without `role`, the task creates the job's role
 * (`role`, construct id `BedrockRole`).
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_CreateModelCustomizationJob.html
 * @example
 * import type { DataAwsBedrockFoundationModel } from '@cdktf/provider-aws/lib/data-aws-bedrock-foundation-model';
 * import type { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const model: DataAwsBedrockFoundationModel;
 * declare const bucket: S3Bucket;
 *
 * // fine-tunes the model on the training data and waits for the custom model
 * const job = new tasks.BedrockCreateModelCustomizationJob(stack, 'Fine-tune', {
 *   baseModel: model,
 *   customizationType: tasks.CustomizationType.FINE_TUNING,
 *   customModelName: 'support-assistant',
 *   jobName: 'support-assistant-1',
 *   trainingData: { bucket, path: 'training/data.jsonl' },
 *   validationData: [{ bucket, path: 'validation/data.jsonl' }],
 *   outputData: { bucket, path: 'output/' },
 *   hyperParameters: { epochCount: '2', learningRate: '0.00001' },
 *   integrationPattern: sfn.IntegrationPattern.RUN_JOB,
 * });
 * // job.role is the role the task created for the job
 */
export class BedrockCreateModelCustomizationJob extends TaskStateBase {
  /** A BedrockCreateModelCustomizationJob task written in JSONPath (aws-cdk-lib has no such factory). */
  public static jsonPath(scope: Construct, id: string, props: BedrockCreateModelCustomizationJobJsonPathProps): BedrockCreateModelCustomizationJob {
    return new BedrockCreateModelCustomizationJob(scope, id, props);
  }

  /** A BedrockCreateModelCustomizationJob task written in JSONata (aws-cdk-lib has no such factory). */
  public static jsonata(scope: Construct, id: string, props: BedrockCreateModelCustomizationJobJsonataProps): BedrockCreateModelCustomizationJob {
    return new BedrockCreateModelCustomizationJob(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [
    IntegrationPattern.REQUEST_RESPONSE,
    IntegrationPattern.RUN_JOB,
  ];

  /** The role the job runs with: the given `role`, or the one the task created. */
  public readonly role: IamRoleRef;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: BedrockCreateModelCustomizationJobProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: BedrockCreateModelCustomizationJobProps) {
    super(scope, id, props);
    this.props = props;
    const pattern = props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE;
    validatePatternSupported(this, pattern, BedrockCreateModelCustomizationJob.SUPPORTED_INTEGRATION_PATTERNS);
    this.validateString('clientRequestToken', props.clientRequestToken, 256, /^[a-zA-Z0-9](-*[a-zA-Z0-9])*$/, 'letters and digits, with hyphens between them');
    this.validateString('customModelName', props.customModelName, 63, /^([0-9a-zA-Z][_-]?)+$/, 'letters and digits, each followed by at most one _ or -');
    this.validateString('jobName', props.jobName, 63, /^[a-zA-Z0-9](-*[a-zA-Z0-9+\-.])*$/, 'a letter or digit, then letters, digits, +, - and .');
    this.validateCount('customModelTags', props.customModelTags, 0, 200);
    this.validateCount('jobTags', props.jobTags, 0, 200);
    this.validateCount('validationData', props.validationData, 1, 10);
    this.validateCount('vpcConfig.securityGroups', props.vpcConfig?.securityGroups, 1, 5);
    this.validateCount('vpcConfig.subnets', props.vpcConfig?.subnets, 1, 16);
    if (!props.validationData && props.hyperParameters?.['Evaluation percentage'] === undefined) {
      throw new ValidationError("the job needs validation data: give 'validationData', or the 'Evaluation percentage' hyperparameter (the part of the training data used to validate)", this);
    }

    const account = accountOf(this);
    const jobs = formatArn(this, { service: 'bedrock', resource: 'model-customization-job', resourceName: '*' });
    if (props.role) {
      this.role = props.role;
    } else {
      this.role = createServiceRole(this, 'BedrockRole', {
        service: 'bedrock.amazonaws.com',
        description: `Role of the Bedrock model customization jobs of the Step Functions task ${this.node.path}`,
        name: `${TerraformStack.of(this).node.id}-${id}`,
        trustConditions: { StringEquals: { 'aws:SourceAccount': account }, ArnEquals: { 'aws:SourceArn': jobs } },
      });
      grantsTo(this, this.role).add(jobRolePolicies(this, props, jobs), this);
    }
    if (props.customModelKmsKey) {
      grantsTo(this, this.role).add([new PolicyStatement({
        actions: ['kms:Decrypt', 'kms:GenerateDataKey', 'kms:DescribeKey', 'kms:CreateGrant'],
        resources: [props.customModelKmsKey.arn],
        conditions: { StringEquals: { 'kms:ViaService': `bedrock.${regionOf(this)}.amazonaws.com` } },
      })], this);
    }

    this.resourceArn = integrationResourceArn(this, 'bedrock', 'createModelCustomizationJob', pattern);
    this.taskPolicies = [
      new PolicyStatement({
        actions: ['bedrock:CreateModelCustomizationJob', 'bedrock:TagResource'],
        resources: [props.baseModel.modelArn, formatArn(this, { service: 'bedrock', resource: 'custom-model', resourceName: '*' }), jobs],
      }),
      new PolicyStatement({ actions: ['iam:PassRole'], resources: [this.role.arn] }),
    ];
    if (pattern === IntegrationPattern.RUN_JOB) {
      // Step Functions polls the job (no events rule)
      this.taskPolicies.push(new PolicyStatement({ actions: ['bedrock:GetModelCustomizationJob', 'bedrock:StopModelCustomizationJob'], resources: [jobs] }));
    }
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    const p = this.props;
    const tags = (list?: CustomModelTag[]) => list?.map((t) => ({ Key: t.key, Value: t.value }));
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        BaseModelIdentifier: p.baseModel.modelArn,
        ClientRequestToken: p.clientRequestToken,
        CustomizationType: p.customizationType,
        CustomModelKmsKeyId: p.customModelKmsKey?.arn,
        CustomModelName: p.customModelName,
        CustomModelTags: tags(p.customModelTags),
        HyperParameters: p.hyperParameters,
        JobName: p.jobName,
        JobTags: tags(p.jobTags),
        OutputDataConfig: { S3Uri: s3Url(p.outputData) },
        RoleArn: this.role.arn,
        TrainingDataConfig: { S3Uri: s3Url(p.trainingData) },
        ValidationDataConfig: p.validationData ? { Validators: p.validationData.map((v) => ({ S3Uri: s3Url(v) })) } : undefined,
        VpcConfig: p.vpcConfig ? { SecurityGroupIds: p.vpcConfig.securityGroups.map((g) => g.id), SubnetIds: p.vpcConfig.subnets.map((s) => s.id) } : undefined,
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }

  private validateString(prop: string, value: string | undefined, max: number, pattern: RegExp, allowed: string): void {
    if (value === undefined || Token.isUnresolved(value)) return;
    const expression: boolean = isJsonataExpression(value);
    if (expression) return;
    if (value.length < 1 || value.length > max) {
      throw new ValidationError(`'${prop}' must have 1 to ${max} characters, got ${value.length}: ${describeValue(value)}`, this);
    }
    if (!pattern.test(value)) {
      throw new ValidationError(`'${prop}' must be ${allowed} (${pattern}), got ${describeValue(value)}`, this);
    }
  }

  private validateCount(prop: string, list: readonly unknown[] | undefined, min: number, max: number): void {
    if (list !== undefined && (list.length < min || list.length > max)) {
      throw new ValidationError(`'${prop}' must have ${min} to ${max} entries, got ${list.length}`, this);
    }
  }
}

/** `s3://<bucket>`, or `s3://<bucket>/<path>`. */
function s3Url(config: DataBucketConfiguration): string {
  return config.path === undefined ? `s3://${config.bucket.bucket}` : `s3://${config.bucket.bucket}/${config.path.replace(/^\/+/, '')}`;
}
