// The value types and enums the SageMaker tasks share, under aws-cdk-lib 2.276's names.
import type { IConstruct } from 'constructs';
import type { Duration } from '../../core/duration';
import type { Size } from '../../core/size';
import type { IamRoleRef, KmsKeyRef } from '../../iam/refs';
import type { PolicyStatement } from '../../iam/policy-statement';
import type { InstanceType } from '../ec2/instance-type';
import type { SubnetRef } from '../ec2/vpc-refs';
import type { DockerImage } from './docker-image';
import type { S3Location } from './s3-location';

/**
 * A SageMaker task, as the helpers that bind to it (`S3Location`, `DockerImage`, `ContainerDefinition`)
 * see it: the role SageMaker runs with, and a way to grant that role more.
 */
export interface ISageMakerTask extends IConstruct {
  /** The role SageMaker assumes for the job or model: the given one, or the one the task created. */
  readonly role: IamRoleRef;
  /**
   * Grants the role what `statement` allows: the created role's inline policy, or the grants the
   * stack attaches to a given role.
   */
  addToRolePolicy(statement: PolicyStatement): void;
}

/** How a training job gets its data: `Pipe`, `File` or `FastFile` (`TrainingInputMode`, `InputMode`). */
export enum InputMode {
  /** Streams the data from S3 to the container. */
  PIPE = 'Pipe',
  /** Copies the data to the instance's volume before training starts. */
  FILE = 'File',
  /** Streams from S3 with file-system access. */
  FAST_FILE = 'FastFile',
}

/** What an S3 URI names (`S3DataType`). */
export enum S3DataType {
  /** A manifest file listing the objects. */
  MANIFEST_FILE = 'ManifestFile',
  /** Every object under a key prefix. */
  S3_PREFIX = 'S3Prefix',
  /** An augmented manifest file (JSON lines with attributes). */
  AUGMENTED_MANIFEST_FILE = 'AugmentedManifestFile',
}

/** How a channel's data is spread over the instances (`S3DataDistributionType`). */
export enum S3DataDistributionType {
  /** Every instance gets all the data. */
  FULLY_REPLICATED = 'FullyReplicated',
  /** Each instance gets a share of the objects. */
  SHARDED_BY_S3_KEY = 'ShardedByS3Key',
}

/** How records of a channel are wrapped (`RecordWrapperType`). */
export enum RecordWrapperType {
  /** As they are. */
  NONE = 'None',
  /** In RecordIO format. */
  RECORD_IO = 'RecordIO',
}

/** Compression of input data (`CompressionType`). */
export enum CompressionType {
  /** Not compressed. */
  NONE = 'None',
  /** Gzip. */
  GZIP = 'Gzip',
}

/** How many records go into one request of a transform job (`BatchStrategy`). */
export enum BatchStrategy {
  /** As many records as fit in the maximum payload. */
  MULTI_RECORD = 'MultiRecord',
  /** One record per request. */
  SINGLE_RECORD = 'SingleRecord',
}

/** How a transform job's input files are split into records (`SplitType`). */
export enum SplitType {
  /** Not split: one object is one record. */
  NONE = 'None',
  /** By line. */
  LINE = 'Line',
  /** RecordIO records. */
  RECORD_IO = 'RecordIO',
  /** TFRecord records. */
  TF_RECORD = 'TFRecord',
}

/** How a transform job joins the results of one input file (`AssembleWith`). */
export enum AssembleWith {
  /** Concatenated as they are. */
  NONE = 'None',
  /** One result per line. */
  LINE = 'Line',
}

/** A metric a training algorithm writes to its logs (`MetricDefinitions` entry). */
export interface MetricDefinition {
  /** Name of the metric (`Name`). */
  readonly name: string;
  /** Regular expression that finds the metric's value in the logs (`Regex`). */
  readonly regex: string;
}

/** What a training job runs (`AlgorithmSpecification`): exactly one of an algorithm name and an image. */
export interface AlgorithmSpecification {
  /**
   * Name or ARN of an algorithm resource of the account or the AWS Marketplace (`AlgorithmName`).
   * @default - the training image runs
   */
  readonly algorithmName?: string;
  /**
   * Metrics the algorithm writes to its logs (`MetricDefinitions`).
   * @default - no metrics
   */
  readonly metricDefinitions?: MetricDefinition[];
  /**
   * The container image that trains (`TrainingImage`).
   * @default - the algorithm runs
   */
  readonly trainingImage?: DockerImage;
  /**
   * How the algorithm reads its data (`TrainingInputMode`).
   * @default InputMode.FILE
   */
  readonly trainingInputMode?: InputMode;
}

/** Shuffling of a channel's data (accepted, as by aws-cdk-lib, and not rendered). */
export interface ShuffleConfig {
  /** Seed of the shuffle. */
  readonly seed: number;
}

/** An S3 source of a channel (`S3DataSource`). */
export interface S3DataSource {
  /**
   * Attributes of an augmented manifest file the algorithm reads (`AttributeNames`).
   * @default - none
   */
  readonly attributeNames?: string[];
  /**
   * How the data is spread over the instances (`S3DataDistributionType`).
   * @default - SageMaker's default, FullyReplicated
   */
  readonly s3DataDistributionType?: S3DataDistributionType;
  /**
   * What the URI names (`S3DataType`).
   * @default S3DataType.S3_PREFIX
   */
  readonly s3DataType?: S3DataType;
  /** Where the data is (`S3Uri`). */
  readonly s3Location: S3Location;
}

/** Where a channel's data comes from (`DataSource`). */
export interface DataSource {
  /** The S3 source (`S3DataSource`). */
  readonly s3DataSource: S3DataSource;
}

/** An input channel of a training job (`InputDataConfig` entry). */
export interface Channel {
  /** Name of the channel, e.g. `train` (`ChannelName`). */
  readonly channelName: string;
  /**
   * Compression of the data (`CompressionType`).
   * @default - not compressed
   */
  readonly compressionType?: CompressionType;
  /**
   * MIME type of the data (`ContentType`).
   * @default - none
   */
  readonly contentType?: string;
  /** Where the data comes from (`DataSource`). */
  readonly dataSource: DataSource;
  /**
   * How this channel is read, over the algorithm's mode (`InputMode`).
   * @default - the algorithm specification's `trainingInputMode`
   */
  readonly inputMode?: InputMode;
  /**
   * How the records are wrapped (`RecordWrapperType`).
   * @default - as they are
   */
  readonly recordWrapperType?: RecordWrapperType;
  /**
   * Shuffling of the data; accepted and, as by aws-cdk-lib, not rendered.
   * @default - no shuffling
   */
  readonly shuffleConfig?: ShuffleConfig;
}

/** Where a training job writes its model (`OutputDataConfig`). */
export interface OutputDataConfig {
  /**
   * KMS key that encrypts the model artifacts (`KmsKeyId`, the key's ARN); the role is granted
   * `kms:Encrypt`, `kms:ReEncrypt*` and `kms:GenerateDataKey*` on it.
   * @default - S3's default encryption
   */
  readonly encryptionKey?: KmsKeyRef;
  /** Where the artifacts go (`S3OutputPath`). */
  readonly s3OutputLocation: S3Location;
}

/** When a training job is stopped (`StoppingCondition`). */
export interface StoppingCondition {
  /**
   * Longest time the job may run (`MaxRuntimeInSeconds`).
   * @default Duration.hours(1)
   */
  readonly maxRuntime?: Duration;
}

/** The instances that train (`ResourceConfig`). */
export interface ResourceConfig {
  /** Number of instances (`InstanceCount`). */
  readonly instanceCount: number;
  /**
   * Instance type without the `ml.` prefix, which is added (`InstanceType`); a JSONPath or JSONata
   * value is used as it is.
   */
  readonly instanceType: InstanceType;
  /**
   * KMS key that encrypts the instances' volumes (`VolumeKmsKeyId`, the key's ARN); the role is granted
   * `kms:CreateGrant` on it.
   * @default - AWS-managed encryption
   */
  readonly volumeEncryptionKey?: KmsKeyRef;
  /** Size of each instance's volume, in whole GiB (`VolumeSizeInGB`). */
  readonly volumeSize: Size;
}

/**
 * The subnets a training job runs in (`VpcConfig`). Terraform has no VPC to select subnets from: name
 * them. The task creates a security group in their VPC (`TrainJobSecurityGroup`); `addSecurityGroup()`
 * adds others.
 */
export interface VpcConfig {
  /** The subnets (`Subnet`/`DataAwsSubnet` or `{ id, vpcId? }`). */
  readonly subnets: SubnetRef[];
  /**
   * ID of the VPC the created security group goes into.
   * @default - the `vpcId` of the subnets
   */
  readonly vpcId?: string;
}

/** Retries and timeout of a transform job's requests to the model (`ModelClientConfig`). */
export interface ModelClientOptions {
  /**
   * Retries of a failed request, 0 to 3 (`InvocationsMaxRetries`).
   * @default 0
   */
  readonly invocationsMaxRetries?: number;
  /**
   * Timeout of a request, 1 second to 1 hour (`InvocationsTimeoutInSeconds`).
   * @default Duration.minutes(1)
   */
  readonly invocationsTimeout?: Duration;
}

/** The S3 data of a transform job (`S3DataSource`). */
export interface TransformS3DataSource {
  /**
   * What the URI names (`S3DataType`).
   * @default S3DataType.S3_PREFIX
   */
  readonly s3DataType?: S3DataType;
  /** The S3 URI (`S3Uri`). */
  readonly s3Uri: string;
}

/** Where a transform job's data comes from (`DataSource`). */
export interface TransformDataSource {
  /** The S3 source (`S3DataSource`). */
  readonly s3DataSource: TransformS3DataSource;
}

/** The input of a transform job (`TransformInput`). */
export interface TransformInput {
  /**
   * Compression of the data (`CompressionType`).
   * @default - not compressed
   */
  readonly compressionType?: CompressionType;
  /**
   * MIME type of the data (`ContentType`).
   * @default - none
   */
  readonly contentType?: string;
  /** Where the data comes from (`DataSource`). */
  readonly transformDataSource: TransformDataSource;
  /**
   * How files are split into records (`SplitType`).
   * @default - not split
   */
  readonly splitType?: SplitType;
}

/** Where a transform job writes its results (`TransformOutput`). */
export interface TransformOutput {
  /**
   * MIME type of the results (`Accept`).
   * @default - none
   */
  readonly accept?: string;
  /**
   * How the results of one file are joined (`AssembleWith`).
   * @default - concatenated
   */
  readonly assembleWith?: AssembleWith;
  /**
   * KMS key that encrypts the results (`KmsKeyId`, the key's ARN).
   * @default - S3's default encryption
   */
  readonly encryptionKey?: KmsKeyRef;
  /** S3 URI the results go to (`S3OutputPath`). */
  readonly s3OutputPath: string;
}

/** The instances of a transform job (`TransformResources`). */
export interface TransformResources {
  /** Number of instances (`InstanceCount`). */
  readonly instanceCount: number;
  /** Instance type without the `ml.` prefix, which is added (`InstanceType`). */
  readonly instanceType: InstanceType;
  /**
   * KMS key that encrypts the instances' volumes (`VolumeKmsKeyId`, the key's ARN).
   * @default - AWS-managed encryption
   */
  readonly volumeEncryptionKey?: KmsKeyRef;
}
