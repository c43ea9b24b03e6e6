// Shared, pure pieces of the S3 item readers and result writers: where the bucket comes from, how its
// fields render in each language, and which ARNs the role needs.
import type { IConstruct } from 'constructs';
import { partitionOf } from '../../../core/arn';
import { Token } from '../../../core/cdktf';
import { ValidationError, describeValue } from '../../../core/errors';
import { PolicyStatement } from '../../../iam/policy-statement';
import type { KmsKeyRef } from '../../../iam/refs';
import { renderPayload } from '../../private/render-state';
import { isJsonataExpression, validateJsonataExpression } from '../../../render/jsonata';
import { jsonPathOf } from '../../../render/tokens';
import { validateJsonPath } from '../../../render/json-path';
import { QueryLanguage } from '../../types';
import type { S3BucketRef } from './item-reader';


/** Throws unless exactly one of `bucket` and `bucketNamePath` is given and the path is well formed. */
export function validateBucketSource(owner: string, bucket: S3BucketRef | undefined, bucketNamePath: string | undefined): void {
  if ((bucket === undefined) === (bucketNamePath === undefined)) {
    throw new ValidationError(`${owner}: set exactly one of 'bucket' and 'bucketNamePath', got ${bucket === undefined ? 'neither' : 'both'}`);
  }
  if (bucketNamePath === undefined || Token.isUnresolved(bucketNamePath)) return;
  if (bucketNamePath.startsWith('{%')) {
    validateJsonataExpression(bucketNamePath, `${owner}: 'bucketNamePath'`);
    return;
  }
  if (!String(bucketNamePath).startsWith('$')) {
    throw new ValidationError(`${owner}: 'bucketNamePath' must be a JSONPath ('$.bucket') or a JSONata expression ('{% $states.input.bucket %}'), got ${describeValue(bucketNamePath)}`);
  }
  validateJsonPath(bucketNamePath, `${owner}: 'bucketNamePath'`);
}

/** The language a bucket name path is written in. */
export function bucketPathLanguage(bucketNamePath: string | undefined): QueryLanguage | undefined {
  if (bucketNamePath === undefined) return undefined;
  return isJsonataExpression(bucketNamePath) ? QueryLanguage.JSONATA : QueryLanguage.JSON_PATH;
}

/** `Parameters` (JSONPath) or `Arguments` (JSONata) of an S3 call: the bucket plus `fields`. */
export function renderS3Arguments(bucket: S3BucketRef | undefined, bucketNamePath: string | undefined, fields: { [key: string]: any }, language: QueryLanguage): object {
  if (language === QueryLanguage.JSONATA) {
    return { Arguments: { Bucket: bucket?.bucket ?? bucketNamePath, ...fields } };
  }
  const bucketField = bucketNamePath !== undefined ? { 'Bucket.$': jsonPathOf(bucketNamePath) ?? bucketNamePath } : { Bucket: bucket?.bucket };
  return { Parameters: { ...bucketField, ...renderPayload(fields, language) } };
}

/** `arn:<partition>:states:::s3:<api>`, the Resource of an item reader or result writer. */
export function s3IntegrationArn(scope: IConstruct, api: string): string {
  return `arn:${partitionOf(scope)}:states:::s3:${api}`;
}

/** The bucket's ARN, or every bucket when the name is only known at run time. */
export function bucketArn(scope: IConstruct, bucket: S3BucketRef | undefined): string {
  return bucket ? bucket.arn : `arn:${partitionOf(scope)}:s3:::*`;
}

/** ARN of `key` in the bucket; every object when the key or the bucket is only known at run time. */
export function objectArn(scope: IConstruct, bucket: S3BucketRef | undefined, key?: string): string {
  const literalKey = key !== undefined && !Token.isUnresolved(key) && !isJsonataExpression(key) && !/[*?]/.test(key);
  return `${bucketArn(scope, bucket)}/${literalKey ? key : '*'}`;
}

/**
 * What the role needs on the KMS key of an SSE-KMS bucket: `kms:Decrypt` to read objects;
 * `kms:GenerateDataKey` too to write them (a multipart upload also reads its encrypted parts back, so
 * writers need both). No statement without a key.
 */
export function bucketKeyStatements(kmsKey: KmsKeyRef | undefined, access: 'read' | 'write'): PolicyStatement[] {
  if (kmsKey === undefined) return [];
  return [new PolicyStatement({ actions: access === 'read' ? ['kms:Decrypt'] : ['kms:Decrypt', 'kms:GenerateDataKey'], resources: [kmsKey.arn] })];
}
