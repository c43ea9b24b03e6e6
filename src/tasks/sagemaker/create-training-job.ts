import type { Construct } from 'constructs';
import { formatArn } from '../../core/arn';
import { Token } from '../../core/cdktf';
import { Duration, secondsFor } from '../../core/duration';
import { ValidationError, describeValue } from '../../core/errors';
import { Size } from '../../core/size';
import { PolicyStatement } from '../../iam/policy-statement';
import type { IamRoleRef } from '../../iam/refs';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { InstanceType } from '../ec2/instance-type';
import type { SecurityGroupRef } from '../ec2/vpc-refs';
import type { AlgorithmSpecification, Channel, ISageMakerTask, OutputDataConfig, ResourceConfig, StoppingCondition, VpcConfig } from './base-types';
import { InputMode, S3DataType } from './base-types';
import { isDynamic, mlInstanceType, renderTags, wholeSize } from './private/render';
import { RUNTIME_ACTIONS, VPC_ACTIONS, passRoleStatement, taskRole, type TaskRole } from './private/role';
import { TaskVpc } from './private/vpc';
import { managedRuleStatement } from '../private/statements';

/** What a SageMakerCreateTrainingJob task does, in either query language. */
export interface SageMakerCreateTrainingJobOptions {
  /** Name of the training job, unique in the account and region (`TrainingJobName`). */
  readonly trainingJobName: string;
  /**
   * Role SageMaker assumes to run the job (`RoleArn`): `IamRole`, `DataAwsIamRole` or `{ arn, name }`.
   * The task grants it access to the S3 places, images and keys it is given.
   * @default - a role trusted by sagemaker.amazonaws.com that may write logs and metrics and log in to
   * ECR (and manage network interfaces when `vpcConfig` is set)
   */
  readonly role?: IamRoleRef;
  /** The algorithm or training image that runs (`AlgorithmSpecification`). */
  readonly algorithmSpecification: AlgorithmSpecification;
  /**
   * Whether the containers may not make network calls (`EnableNetworkIsolation`).
   * @default false
   */
  readonly enableNetworkIsolation?: boolean;
  /**
   * Hyperparameters of the algorithm (`HyperParameters`).
   * @default - none
   */
  readonly hyperparameters?: { [key: string]: any };
  /**
   * The input channels (`InputDataConfig`).
   * @default - no input
   */
  readonly inputDataConfig?: Channel[];
  /**
   * Tags of the job (`Tags`).
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
  /** Where the model artifacts go (`OutputDataConfig`). */
  readonly outputDataConfig: OutputDataConfig;
  /**
   * The instances that train (`ResourceConfig`).
   * @default - 1 instance of type m4.xlarge with a 10 GiB volume
   */
  readonly resourceConfig?: ResourceConfig;
  /**
   * When the job is stopped (`StoppingCondition`).
   * @default - after 1 hour
   */
  readonly stoppingCondition?: StoppingCondition;
  /**
   * The subnets the job runs in (`VpcConfig`); a security group is created in their VPC.
   * @default - not in a VPC
   */
  readonly vpcConfig?: VpcConfig;
  /**
   * Environment variables of the training container (`Environment`).
   * @default - none
   */
  readonly environment?: { [key: string]: string };
}

/** Props of a SageMakerCreateTrainingJob task written in JSONPath. */
export interface SageMakerCreateTrainingJobJsonPathProps extends TaskStateJsonPathBaseProps, SageMakerCreateTrainingJobOptions {}

/** Props of a SageMakerCreateTrainingJob task written in JSONata. */
export interface SageMakerCreateTrainingJobJsonataProps extends TaskStateJsonataBaseProps, SageMakerCreateTrainingJobOptions {}

/** Props of a SageMakerCreateTrainingJob task. */
export interface SageMakerCreateTrainingJobProps extends TaskStateBaseProps, SageMakerCreateTrainingJobOptions {}

const EVENTS_RULE = 'StepFunctionsGetEventsForSageMakerTrainingJobsRule';
const ALGORITHM_NAME = /^(arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:[0-9]{12}:[a-z\-]*\/)?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)$/;

/**
 * Starts a SageMaker training job; with RUN_JOB (`.sync`) the state waits for it to end.
 *
 * Without `role` the task creates one (`role`), and with `vpcConfig` a security group in the subnets'
 * VPC (`securityGroups`).
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 * @example
 * import type { Construct } from 'constructs';
 * import type { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
 * import type { Subnet } from '@cdktf/provider-aws/lib/subnet';
 * import { Duration, Size, sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const bucket: S3Bucket;
 * declare const subnet: Subnet;
 *
 * // trains XGBoost on s3://<bucket>/train/ in a private subnet and waits for the model
 * new tasks.SageMakerCreateTrainingJob(stack, 'Train model', {
 *   integrationPattern: sfn.IntegrationPattern.RUN_JOB,
 *   trainingJobName: sfn.JsonPath.stringAt('$.jobName'),
 *   algorithmSpecification: {
 *     trainingImage: tasks.DockerImage.fromRegistry('683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1'),
 *   },
 *   hyperparameters: { objective: 'binary:logistic', num_round: '100' },
 *   inputDataConfig: [{
 *     channelName: 'train',
 *     contentType: 'text/csv',
 *     dataSource: { s3DataSource: { s3Location: tasks.S3Location.fromBucket(bucket, 'train/') } },
 *   }],
 *   outputDataConfig: { s3OutputLocation: tasks.S3Location.fromBucket(bucket, 'models/') },
 *   resourceConfig: {
 *     instanceCount: 1,
 *     instanceType: new tasks.InstanceType('m5.xlarge'),
 *     volumeSize: Size.gibibytes(30),
 *   },
 *   stoppingCondition: { maxRuntime: Duration.hours(2) },
 *   vpcConfig: { subnets: [subnet] },
 * });
 */
export class SageMakerCreateTrainingJob extends TaskStateBase implements ISageMakerTask {
  /** A SageMakerCreateTrainingJob task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: SageMakerCreateTrainingJobJsonPathProps): SageMakerCreateTrainingJob {
    return new SageMakerCreateTrainingJob(scope, id, props);
  }

  /** A SageMakerCreateTrainingJob task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: SageMakerCreateTrainingJobJsonataProps): SageMakerCreateTrainingJob {
    return new SageMakerCreateTrainingJob(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [
    IntegrationPattern.REQUEST_RESPONSE,
    IntegrationPattern.RUN_JOB,
  ];

  /** The role SageMaker runs the job with: the given one, or the one the task created (`SagemakerRole`). */
  public readonly role: IamRoleRef;
  protected readonly taskPolicies?: PolicyStatement[];
  /** @internal */
  protected readonly _defaultIntegrationPattern: IntegrationPattern = IntegrationPattern.REQUEST_RESPONSE;
  private readonly props: SageMakerCreateTrainingJobProps;
  private readonly taskRole: TaskRole;
  private readonly resourceArn: string;
  private readonly vpc: TaskVpc;
  private readonly parameters: Record<string, unknown>;

  constructor(scope: Construct, id: string, props: SageMakerCreateTrainingJobProps) {
    super(scope, id, props);
    this.props = props;
    const pattern = props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE;
    validatePatternSupported(this, pattern, SageMakerCreateTrainingJob.SUPPORTED_INTEGRATION_PATTERNS);
    this.validateAlgorithm(props.algorithmSpecification);
    this.taskRole = taskRole(this, 'SagemakerRole', props.role, {
      description: `Role SageMaker assumes for the training job of ${this.node.path}`,
      policyName: 'CreateTrainingJob',
      statements: [new PolicyStatement({ actions: [...RUNTIME_ACTIONS, ...(props.vpcConfig ? VPC_ACTIONS : [])], resources: ['*'] })],
    });
    this.role = this.taskRole.role;
    if (props.outputDataConfig.encryptionKey) {
      this.addToRolePolicy(new PolicyStatement({ actions: ['kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'], resources: [props.outputDataConfig.encryptionKey.arn] }));
    }
    if (props.resourceConfig?.volumeEncryptionKey) {
      this.addToRolePolicy(new PolicyStatement({ actions: ['kms:CreateGrant'], resources: [props.resourceConfig.volumeEncryptionKey.arn] }));
    }
    this.vpc = new TaskVpc(this, 'TrainJobSecurityGroup', props.vpcConfig, 'vpcConfig', 'training job');
    // binding grants the role its S3 and ECR access, so it happens once, here
    this.parameters = this.bindParameters();
    this.resourceArn = integrationResourceArn(this, 'sagemaker', 'createTrainingJob', pattern);
    this.taskPolicies = this.createPolicies(pattern);
  }

  /** The security groups of the job: the one it created for `vpcConfig`, then those added. */
  public get securityGroups(): SecurityGroupRef[] {
    return this.vpc.securityGroups;
  }

  /** Adds a security group to the job's `VpcConfig` (only with `vpcConfig`). */
  public addSecurityGroup(securityGroup: SecurityGroupRef): void {
    this.vpc.add(securityGroup, 'vpcConfig');
  }

  /** Grants the job's role what `statement` allows. */
  public addToRolePolicy(statement: PolicyStatement): void {
    this.taskRole.grant(statement);
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        ...this.parameters,
        VpcConfig: this.vpc.render(),
        Environment: this.props.environment,
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }

  private bindParameters(): Record<string, unknown> {
    const p = this.props;
    const spec = p.algorithmSpecification;
    const resources = p.resourceConfig ?? { instanceCount: 1, instanceType: new InstanceType('m4.xlarge'), volumeSize: Size.gibibytes(10) };
    const maxRuntime = (p.stoppingCondition ?? { maxRuntime: Duration.hours(1) }).maxRuntime;
    return {
      TrainingJobName: p.trainingJobName,
      EnableNetworkIsolation: p.enableNetworkIsolation,
      RoleArn: this.role.arn,
      AlgorithmSpecification: {
        TrainingInputMode: spec.trainingInputMode ?? InputMode.FILE,
        TrainingImage: spec.trainingImage?.bind(this).imageUri,
        AlgorithmName: spec.algorithmName,
        MetricDefinitions: spec.metricDefinitions?.map((m) => ({ Name: m.name, Regex: m.regex })),
      },
      InputDataConfig: p.inputDataConfig?.map((channel) => this.renderChannel(channel)),
      OutputDataConfig: {
        S3OutputPath: p.outputDataConfig.s3OutputLocation.bind(this, { forWriting: true }).uri,
        KmsKeyId: p.outputDataConfig.encryptionKey?.arn,
      },
      ResourceConfig: {
        InstanceCount: resources.instanceCount,
        InstanceType: mlInstanceType(resources.instanceType),
        VolumeSizeInGB: wholeSize(this, 'resourceConfig.volumeSize', () => resources.volumeSize.toGibibytes()),
        VolumeKmsKeyId: resources.volumeEncryptionKey?.arn,
      },
      StoppingCondition: { MaxRuntimeInSeconds: maxRuntime && secondsFor(maxRuntime, "'stoppingCondition.maxRuntime'", this) },
      HyperParameters: p.hyperparameters,
      Tags: renderTags(p.tags),
    };
  }

  private renderChannel(channel: Channel): object {
    const source = channel.dataSource.s3DataSource;
    return {
      ChannelName: channel.channelName,
      DataSource: {
        S3DataSource: {
          S3Uri: source.s3Location.bind(this, { forReading: true }).uri,
          S3DataType: source.s3DataType ?? S3DataType.S3_PREFIX,
          S3DataDistributionType: source.s3DataDistributionType,
          AttributeNames: source.attributeNames,
        },
      },
      CompressionType: channel.compressionType,
      ContentType: channel.contentType,
      InputMode: channel.inputMode,
      RecordWrapperType: channel.recordWrapperType,
    };
  }

  private validateAlgorithm(spec: AlgorithmSpecification): void {
    const name = spec.algorithmName;
    if (name === undefined && !spec.trainingImage) {
      throw new ValidationError("'algorithmSpecification' must have either an 'algorithmName' or a 'trainingImage', got neither", this);
    }
    if (name !== undefined && spec.trainingImage) {
      throw new ValidationError(`'algorithmSpecification' must have either an 'algorithmName' or a 'trainingImage', got both (algorithmName ${describeValue(name)})`, this);
    }
    if (name === undefined || Token.isUnresolved(name)) return;
    if (name.length < 1 || name.length > 170) {
      throw new ValidationError(`'algorithmSpecification.algorithmName' must have 1 to 170 characters, got ${name.length}: ${describeValue(name)}`, this);
    }
    if (!ALGORITHM_NAME.test(name)) {
      throw new ValidationError(
        `'algorithmSpecification.algorithmName' must be an algorithm name (letters, digits and inner hyphens, at most 63) or its ARN, matching ${ALGORITHM_NAME.source}; got ${describeValue(name)}`,
        this,
      );
    }
  }

  private createPolicies(pattern: IntegrationPattern): PolicyStatement[] {
    // training-job names keep their case in the ARN
    const name = this.props.trainingJobName;
    const jobs = formatArn(this, { service: 'sagemaker', resource: 'training-job', resourceName: isDynamic(name) ? '*' : `${name}*` });
    const policies = [
      new PolicyStatement({ actions: ['sagemaker:CreateTrainingJob', 'sagemaker:DescribeTrainingJob', 'sagemaker:StopTrainingJob'], resources: [jobs] }),
      new PolicyStatement({ actions: ['sagemaker:ListTags'], resources: ['*'] }),
      new PolicyStatement({ actions: ['sagemaker:AddTags'], resources: [jobs] }),
      passRoleStatement(this.role),
    ];
    if (pattern === IntegrationPattern.RUN_JOB) policies.push(managedRuleStatement(this, EVENTS_RULE));
    return policies;
  }
}
