/**
 * An object (or key prefix) in S3: what aws-cdk-lib takes as `s3.Location`, e.g. Athena's
 * `outputLocation` and Bedrock's input and output places.
 */
export interface S3ObjectLocation {
  /** Name of the bucket (the `bucket` attribute of `S3Bucket`). */
  readonly bucketName: string;
  /** Key of the object, or the key prefix where a task writes several. */
  readonly objectKey: string;
  /**
   * Version of the object.
   * @default - the latest version
   */
  readonly objectVersion?: string;
}
