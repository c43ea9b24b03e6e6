// Where a SageMaker task reads or writes S3 data, and what its role is granted for it.
import { PolicyStatement } from '../../iam/policy-statement';
import { isJsonataExpression } from '../../render/jsonata';
import { JsonPath } from '../../sfn/fields';
import type { S3BucketRef } from '../../sfn/states/distributed-map/item-reader';
import type { ISageMakerTask } from './base-types';

/** What a task binds an `S3Location` for. */
export interface S3LocationBindOptions {
  /**
   * The task reads from the location: its role is granted read access.
   * @default false
   */
  readonly forReading?: boolean;
  /**
   * The task writes to the location: its role is granted write access.
   * @default false
   */
  readonly forWriting?: boolean;
}

/** A bound `S3Location`. */
export interface S3LocationConfig {
  /** The `s3://` URI (or the JSONPath/JSONata value that gives it). */
  readonly uri: string;
}

/**
 * An S3 place a SageMaker task reads or writes: a key prefix in a bucket, or a URI from the state.
 * @example
 * import type { Construct } from 'constructs';
 * import type { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const bucket: S3Bucket;
 *
 * // trains on s3://<bucket>/train/ and writes the model where the input says
 * new tasks.SageMakerCreateTrainingJob(stack, 'Train', {
 *   trainingJobName: sfn.JsonPath.stringAt('$.jobName'),
 *   algorithmSpecification: { algorithmName: 'BlazingText' },
 *   inputDataConfig: [{
 *     channelName: 'train',
 *     dataSource: { s3DataSource: { s3Location: tasks.S3Location.fromBucket(bucket, 'train/') } },
 *   }],
 *   outputDataConfig: { s3OutputLocation: tasks.S3Location.fromJsonExpression('$.outputPath') },
 * });
 */
export abstract class S3Location {
  /**
   * Objects under `keyPrefix` in `bucket` (`S3Bucket`, `DataAwsS3Bucket` or `{ bucket, arn }`): the
   * URI `s3://<bucket>/<keyPrefix>`, and read or write access to `<keyPrefix>*` for the task's role.
   */
  public static fromBucket(bucket: S3BucketRef, keyPrefix: string): S3Location {
    return new BucketLocation(bucket, keyPrefix);
  }

  /**
   * A URI from the state: a JSONPath (`$.path`, made a `JsonPath.stringAt`) or a JSONata expression
   * (`{% ... %}`, used as it is). The role is granted `s3:GetObject` and `s3:ListBucket` (reading) or
   * `s3:PutObject` (writing) on `*`, since the place is known only at run time.
   */
  public static fromJsonExpression(expression: string): S3Location {
    return new ExpressionLocation(isJsonataExpression(expression) ? expression : JsonPath.stringAt(expression));
  }

  /** The URI, after granting the task's role what `opts` asks for. */
  public abstract bind(task: ISageMakerTask, opts: S3LocationBindOptions): S3LocationConfig;
}

const READ_ACTIONS = ['s3:GetObject*', 's3:GetBucket*', 's3:List*'];
const WRITE_ACTIONS = [
  's3:DeleteObject*', 's3:PutObject', 's3:PutObjectLegalHold', 's3:PutObjectRetention',
  's3:PutObjectTagging', 's3:PutObjectVersionTagging', 's3:Abort*',
];

class BucketLocation extends S3Location {
  constructor(private readonly bucket: S3BucketRef, private readonly keyPrefix: string) {
    super();
  }

  public bind(task: ISageMakerTask, opts: S3LocationBindOptions): S3LocationConfig {
    const resources = [this.bucket.arn, `${this.bucket.arn}/${this.keyPrefix}*`];
    if (opts.forReading) task.addToRolePolicy(new PolicyStatement({ actions: READ_ACTIONS, resources }));
    if (opts.forWriting) task.addToRolePolicy(new PolicyStatement({ actions: WRITE_ACTIONS, resources }));
    return { uri: `s3://${this.bucket.bucket}/${this.keyPrefix}` };
  }
}

class ExpressionLocation extends S3Location {
  constructor(private readonly uri: string) {
    super();
  }

  public bind(task: ISageMakerTask, opts: S3LocationBindOptions): S3LocationConfig {
    const actions = [
      ...(opts.forReading ? ['s3:GetObject', 's3:ListBucket'] : []),
      ...(opts.forWriting ? ['s3:PutObject'] : []),
    ];
    if (actions.length > 0) task.addToRolePolicy(new PolicyStatement({ actions, resources: ['*'] }));
    return { uri: this.uri };
  }
}
