import type { IConstruct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { PolicyStatement } from '../../../iam/policy-statement';
import type { KmsKeyRef } from '../../../iam/refs';
import { QueryLanguage } from '../../types';
import type { S3BucketRef } from './item-reader';
import { bucketKeyStatements, objectArn, renderS3Arguments, s3IntegrationArn, validateBucketSource } from './s3';

// What Step Functions does with the bucket while it writes the results of a Map Run: multipart uploads
// of the result files (AWS Step Functions Developer Guide, "ResultWriter (Map)").
const WRITER_ACTIONS = ['s3:PutObject', 's3:GetObject', 's3:ListMultipartUploadParts', 's3:AbortMultipartUpload'];

/** How the results of the child executions are reshaped before they are written. */
export enum Transformation {
  /** As they are, with execution metadata. */
  NONE = 'NONE',
  /** Only the outputs of the child executions, with their metadata dropped. */
  COMPACT = 'COMPACT',
  /** The outputs flattened into one array (each child output must be an array). */
  FLATTEN = 'FLATTEN',
}

/** Format of the result files. */
export enum OutputType {
  /** One JSON array. */
  JSON = 'JSON',
  /** JSON Lines. */
  JSONL = 'JSONL',
}

/** Props of WriterConfig. */
export interface WriterConfigProps {
  /** How the results are reshaped. */
  readonly transformation: Transformation;
  /** Format of the result files. */
  readonly outputType: OutputType;
}

/** Format and shape of the results (`ResultWriter.WriterConfig`). */
export class WriterConfig {
  /** How the results are reshaped. */
  public readonly transformation: Transformation;
  /** Format of the result files. */
  public readonly outputType: OutputType;

  constructor(props: WriterConfigProps) {
    this.transformation = props.transformation;
    this.outputType = props.outputType;
  }
}

/**
 * Props of ResultWriter.
 * @deprecated use ResultWriterV2Props
 */
export interface ResultWriterProps {
  /**
   * The bucket the results go to.
   * @deprecated use ResultWriterV2Props
   */
  readonly bucket: S3BucketRef;
  /**
   * Key prefix of the result files.
   * @default - the bucket's root
   * @deprecated use ResultWriterV2Props
   */
  readonly prefix?: string;
  /**
   * The KMS key the bucket encrypts objects with (SSE-KMS): `{ arn }`, e.g. a `KmsKey`. The role may
   * make data keys with it and decrypt (`kms:GenerateDataKey`, `kms:Decrypt`: the multipart upload of
   * the result files needs both).
   * @default - the bucket does not encrypt with a customer managed key
   * @deprecated use ResultWriterV2Props
   */
  readonly kmsKey?: KmsKeyRef;
}

/**
 * Writes the results of a DistributedMap to S3.
 * @deprecated use ResultWriterV2
 */
export class ResultWriter {
  /** The bucket. */
  public readonly bucket: S3BucketRef;
  /** Key prefix of the result files. */
  public readonly prefix?: string;
  /** The KMS key of an SSE-KMS bucket. */
  public readonly kmsKey?: KmsKeyRef;

  constructor(props: ResultWriterProps) {
    validateBucketSource('ResultWriter', props.bucket, undefined);
    this.bucket = props.bucket;
    this.prefix = props.prefix;
    this.kmsKey = props.kmsKey;
  }

  /** The `ResultWriter` object; `scope` gives the partition of the Resource ARN. */
  public render(scope: IConstruct, queryLanguage: QueryLanguage = QueryLanguage.JSON_PATH): any {
    return {
      Resource: s3IntegrationArn(scope, 'putObject'),
      ...renderS3Arguments(this.bucket, undefined, { Prefix: this.prefix }, queryLanguage),
    };
  }

  /** What the state machine's role needs to write the results. */
  public providePolicyStatements(scope: IConstruct): PolicyStatement[] {
    return [new PolicyStatement({ actions: WRITER_ACTIONS, resources: [objectArn(scope, this.bucket)] }), ...bucketKeyStatements(this.kmsKey, 'write')];
  }
}

/** Props of ResultWriterV2. */
export interface ResultWriterV2Props {
  /**
   * The bucket the results go to.
   * @default - `bucketNamePath`, or no bucket: with only `writerConfig` the results stay in the state output
   */
  readonly bucket?: S3BucketRef;
  /**
   * The bucket name as a JSONPath or JSONata expression, read at run time; the role may then write to
   * every bucket.
   * @default - `bucket`
   */
  readonly bucketNamePath?: string;
  /**
   * Key prefix of the result files.
   * @default - the bucket's root
   */
  readonly prefix?: string;
  /**
   * Format and shape of the results.
   * @default - Step Functions' default: JSON, no transformation
   */
  readonly writerConfig?: WriterConfig;
  /**
   * The KMS key the bucket encrypts objects with (SSE-KMS): `{ arn }`, e.g. a `KmsKey`. The role may
   * make data keys with it and decrypt (`kms:GenerateDataKey`, `kms:Decrypt`: the multipart upload of
   * the result files needs both).
   * @default - the bucket does not encrypt with a customer managed key
   */
  readonly kmsKey?: KmsKeyRef;
}

/** Writes the results of a DistributedMap to S3, or reshapes them with `writerConfig`. */
export class ResultWriterV2 {
  /** The bucket, when known when the stack is built. */
  public readonly bucket?: S3BucketRef;
  /** The bucket name as an expression read at run time. */
  public readonly bucketNamePath?: string;
  /** Key prefix of the result files. */
  public readonly prefix?: string;
  /** Format and shape of the results. */
  public readonly writerConfig?: WriterConfig;
  /** The KMS key of an SSE-KMS bucket. */
  public readonly kmsKey?: KmsKeyRef;

  constructor(props: ResultWriterV2Props) {
    const toS3 = props.bucket !== undefined || props.bucketNamePath !== undefined;
    if (toS3) validateBucketSource('ResultWriterV2', props.bucket, props.bucketNamePath);
    if (!toS3 && props.writerConfig === undefined) {
      throw new ValidationError("ResultWriterV2 needs 'bucket' or 'bucketNamePath' (to write the results to S3), or 'writerConfig' (to reshape them in the state output)");
    }
    if (!toS3 && props.prefix !== undefined) {
      throw new ValidationError("ResultWriterV2: 'prefix' needs 'bucket' or 'bucketNamePath'");
    }
    if (!toS3 && props.kmsKey !== undefined) {
      throw new ValidationError("ResultWriterV2: 'kmsKey' needs 'bucket' or 'bucketNamePath' (the key of the bucket the results are written to)");
    }
    this.bucket = props.bucket;
    this.bucketNamePath = props.bucketNamePath;
    this.prefix = props.prefix;
    this.writerConfig = props.writerConfig;
    this.kmsKey = props.kmsKey;
  }

  /** The `ResultWriter` object; `scope` gives the partition of the Resource ARN. */
  public render(scope: IConstruct, queryLanguage: QueryLanguage = QueryLanguage.JSON_PATH): any {
    const toS3 = this.bucket !== undefined || this.bucketNamePath !== undefined;
    return {
      Resource: toS3 ? s3IntegrationArn(scope, 'putObject') : undefined,
      ...(toS3 ? renderS3Arguments(this.bucket, this.bucketNamePath, { Prefix: this.prefix }, queryLanguage) : {}),
      WriterConfig: this.writerConfig ? { OutputType: this.writerConfig.outputType, Transformation: this.writerConfig.transformation } : undefined,
    };
  }

  /** What the state machine's role needs to write the results (nothing without a bucket). */
  public providePolicyStatements(scope: IConstruct): PolicyStatement[] {
    if (this.bucket === undefined && this.bucketNamePath === undefined) return [];
    return [new PolicyStatement({ actions: WRITER_ACTIONS, resources: [objectArn(scope, this.bucket)] }), ...bucketKeyStatements(this.kmsKey, 'write')];
  }
}
