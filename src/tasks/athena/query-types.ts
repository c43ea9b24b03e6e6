import type { KmsKeyRef } from '../../iam/refs';
import type { S3ObjectLocation } from '../s3/object-location';

/**
 * How Athena encrypts the query results it writes to S3 (`EncryptionOption`).
 * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_EncryptionConfiguration.html
 */
export enum EncryptionOption {
  /** Server-side encryption with keys S3 manages (`SSE_S3`). */
  S3_MANAGED = 'SSE_S3',
  /** Server-side encryption with a KMS key (`SSE_KMS`). */
  KMS = 'SSE_KMS',
  /** Client-side encryption with a KMS key (`CSE_KMS`). */
  CLIENT_SIDE_KMS = 'CSE_KMS',
}

/**
 * Encryption of the query results (`ResultConfiguration.EncryptionConfiguration`).
 * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_EncryptionConfiguration.html
 */
export interface EncryptionConfiguration {
  /**
   * Kind of encryption (`EncryptionOption`).
   * @default EncryptionOption.S3_MANAGED
   */
  readonly encryptionOption: EncryptionOption;
  /**
   * KMS key of `SSE_KMS` and `CSE_KMS` (refused with `SSE_S3`): a `KmsKey`, `DataAwsKmsKey` or `{ arn }`
   * (`KmsKey`, its ARN).
   * @default - none for SSE_S3; the account's default key for S3 for SSE_KMS and CSE_KMS
   */
  readonly encryptionKey?: KmsKeyRef;
}

/**
 * Where and how Athena saves the query results (`ResultConfiguration`).
 * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_ResultConfiguration.html
 */
export interface ResultConfiguration {
  /**
   * Bucket and key prefix of the results, rendered `s3://<bucketName>/<objectKey>/` (`OutputLocation`).
   * @default - the query result location of the work group
   */
  readonly outputLocation?: S3ObjectLocation;
  /**
   * Encryption of the results (`EncryptionConfiguration`).
   * @default - the work group's setting
   */
  readonly encryptionConfiguration?: EncryptionConfiguration;
}

/**
 * Data catalog and database the query runs in (`QueryExecutionContext`).
 * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_QueryExecutionContext.html
 */
export interface QueryExecutionContext {
  /**
   * Name of the data catalog (`Catalog`).
   * @default - none (Athena's `AwsDataCatalog`)
   */
  readonly catalogName?: string;
  /**
   * Name of the database (`Database`).
   * @default - none (the query names its database)
   */
  readonly databaseName?: string;
}
