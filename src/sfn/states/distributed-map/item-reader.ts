import type { IConstruct } from 'constructs';
import { Token } from '../../../core/cdktf';
import { ValidationError, describeValue } from '../../../core/errors';
import { PolicyStatement } from '../../../iam/policy-statement';
import type { KmsKeyRef } from '../../../iam/refs';
import { QueryLanguage } from '../../types';
import { bucketArn, bucketKeyStatements, objectArn, renderS3Arguments, s3IntegrationArn, validateBucketSource } from './s3';

/**
 * An S3 bucket: `{ bucket, arn }`, the attribute names of the provider's `S3Bucket` and `DataAwsS3Bucket`
 * (`bucket` is the bucket's name).
 */
export interface S3BucketRef {
  /** Name of the bucket. */
  readonly bucket: string;
  /** ARN of the bucket. */
  readonly arn: string;
}

/** Step Functions' limit on `ReaderConfig.MaxItems`. */
const MAX_ITEMS_LIMIT = 100_000_000;

/** Where a DistributedMap reads its items from (`ItemReader`). */
export interface IItemReader {
  /**
   * The bucket, when it is known when the stack is built.
   * @default - the bucket is read from `bucketNamePath`
   */
  readonly bucket?: S3BucketRef;
  /**
   * A JSONPath or JSONata expression giving the bucket name at run time.
   * @default - the bucket is `bucket`
   */
  readonly bucketNamePath?: string;
  /**
   * Largest number of items read.
   * @default - all items
   */
  readonly maxItems?: number;
  /** The `ItemReader` object; `scope` gives the partition of the Resource ARN. */
  render(scope: IConstruct, queryLanguage?: QueryLanguage): any;
  /** What the state machine's role needs to read the items. */
  providePolicyStatements(scope: IConstruct): PolicyStatement[];
}

/** Props every S3 item reader has. */
export interface ItemReaderProps {
  /**
   * The bucket to read from.
   * @default - the bucket named by `bucketNamePath`
   */
  readonly bucket?: S3BucketRef;
  /**
   * The bucket name as a JSONPath (`$.bucket`, `JsonPath.stringAt('$.bucket')`) or a JSONata expression
   * (`{% $states.input.bucket %}`), read at run time. The role then may read every bucket.
   * @default - `bucket`
   */
  readonly bucketNamePath?: string;
  /**
   * Largest number of items to read, from 1 to 100,000,000 (`ReaderConfig.MaxItems`).
   * @default - every item
   */
  readonly maxItems?: number;
}

function validateMaxItems(owner: string, maxItems: number | undefined): void {
  if (maxItems === undefined || Token.isUnresolved(maxItems)) return;
  if (!Number.isInteger(maxItems) || maxItems < 1 || maxItems > MAX_ITEMS_LIMIT) {
    throw new ValidationError(`${owner}: 'maxItems' must be a whole number from 1 to ${MAX_ITEMS_LIMIT}, got ${maxItems}`);
  }
}

/** Props of S3ObjectsItemReader. */
export interface S3ObjectsItemReaderProps extends ItemReaderProps {
  /**
   * Only objects whose key starts with this prefix.
   * @default - every object of the bucket
   */
  readonly prefix?: string;
}

/** Iterates over the objects of a bucket (S3 ListObjectsV2); each item describes one object. */
export class S3ObjectsItemReader implements IItemReader {
  public readonly bucket?: S3BucketRef;
  public readonly bucketNamePath?: string;
  /** Key prefix of the objects listed. */
  public readonly prefix?: string;
  public readonly maxItems?: number;

  constructor(props: S3ObjectsItemReaderProps) {
    validateBucketSource('S3ObjectsItemReader', props.bucket, props.bucketNamePath);
    validateMaxItems('S3ObjectsItemReader', props.maxItems);
    if ((props as { key?: unknown }).key !== undefined) {
      throw new ValidationError("S3ObjectsItemReader lists objects under 'prefix' and takes no 'key'; to read the items of one object use S3JsonItemReader, S3JsonLItemReader, S3CsvItemReader or S3ManifestItemReader");
    }
    this.bucket = props.bucket;
    this.bucketNamePath = props.bucketNamePath;
    this.prefix = props.prefix;
    this.maxItems = props.maxItems;
  }

  public render(scope: IConstruct, queryLanguage: QueryLanguage = QueryLanguage.JSON_PATH): any {
    return {
      Resource: s3IntegrationArn(scope, 'listObjectsV2'),
      ReaderConfig: this.maxItems !== undefined ? { MaxItems: this.maxItems } : undefined,
      ...renderS3Arguments(this.bucket, this.bucketNamePath, { Prefix: this.prefix }, queryLanguage),
    };
  }

  public providePolicyStatements(scope: IConstruct): PolicyStatement[] {
    return [new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucketArn(scope, this.bucket)] })];
  }
}

/** Props of the readers that read one S3 object. */
export interface S3FileItemReaderProps extends ItemReaderProps {
  /** Key of the object holding the items: a literal, a JsonPath token or a JSONata expression. */
  readonly key: string;
  /**
   * The KMS key the objects are encrypted with (SSE-KMS): `{ arn }`, e.g. a `KmsKey`. The role may
   * decrypt with it (`kms:Decrypt`).
   * @default - the objects are not encrypted with a customer managed key
   */
  readonly kmsKey?: KmsKeyRef;
}

/** Base of the readers that read the items from one S3 object (S3 GetObject). */
export abstract class S3FileItemReader implements IItemReader {
  public readonly bucket?: S3BucketRef;
  public readonly bucketNamePath?: string;
  /** Key of the object. */
  public readonly key: string;
  public readonly maxItems?: number;
  /** The KMS key of an SSE-KMS bucket. */
  public readonly kmsKey?: KmsKeyRef;

  /** `ReaderConfig.InputType`. */
  protected abstract readonly inputType: string;

  constructor(props: S3FileItemReaderProps) {
    const owner = new.target.name;
    validateBucketSource(owner, props.bucket, props.bucketNamePath);
    validateMaxItems(owner, props.maxItems);
    if (typeof props.key !== 'string' || props.key === '') {
      throw new ValidationError(`${owner}: 'key' must name the object holding the items, got ${describeValue(props.key)}`);
    }
    if ((props as { prefix?: unknown }).prefix !== undefined) {
      throw new ValidationError(`${owner} reads the one object 'key' and takes no 'prefix'; to iterate over the objects under a prefix use S3ObjectsItemReader`);
    }
    this.bucket = props.bucket;
    this.bucketNamePath = props.bucketNamePath;
    this.key = props.key;
    this.maxItems = props.maxItems;
    this.kmsKey = props.kmsKey;
  }

  public render(scope: IConstruct, queryLanguage: QueryLanguage = QueryLanguage.JSON_PATH): any {
    return {
      Resource: s3IntegrationArn(scope, 'getObject'),
      ReaderConfig: { InputType: this.inputType, MaxItems: this.maxItems, ...this.readerConfig() },
      ...renderS3Arguments(this.bucket, this.bucketNamePath, { Key: this.key }, queryLanguage),
    };
  }

  public providePolicyStatements(scope: IConstruct): PolicyStatement[] {
    return [
      new PolicyStatement({ actions: ['s3:GetObject'], resources: [objectArn(scope, this.bucket, this.objectKeyForPolicy())] }),
      ...bucketKeyStatements(this.kmsKey, 'read'),
    ];
  }

  /** Extra `ReaderConfig` fields of this input type. */
  protected readerConfig(): object {
    return {};
  }

  /** The key the role may read; undefined for every object of the bucket. */
  protected objectKeyForPolicy(): string | undefined {
    return this.key;
  }
}

/** Reads a JSON array from an S3 object. */
export class S3JsonItemReader extends S3FileItemReader {
  protected readonly inputType: string = 'JSON';
}

/** Reads JSON Lines (one item per line) from an S3 object. */
export class S3JsonLItemReader extends S3FileItemReader {
  protected readonly inputType: string = 'JSONL';
}

/** Where the column names of a CSV file come from. */
export enum CsvHeaderLocation {
  /** The first line of the file. */
  FIRST_ROW = 'FIRST_ROW',
  /** Given in the state definition. */
  GIVEN = 'GIVEN',
}

/** The column names of a CSV file. */
export class CsvHeaders {
  /** Read them from the first line. */
  public static useFirstRow(): CsvHeaders {
    return new CsvHeaders(CsvHeaderLocation.FIRST_ROW);
  }

  /** Use these names; every line of the file is data. */
  public static use(headers: string[]): CsvHeaders {
    if (!Token.isUnresolved(headers) && (headers.length === 0 || headers.some((h) => typeof h !== 'string' || h === ''))) {
      throw new ValidationError(`CsvHeaders.use(headers) needs at least one non-empty column name, got ${describeValue(headers)}`);
    }
    return new CsvHeaders(CsvHeaderLocation.GIVEN, headers);
  }

  private constructor(public readonly headerLocation: CsvHeaderLocation, public readonly headers?: string[]) {}
}

/** Column separator of a CSV file. */
export enum CsvDelimiter {
  /** `,` */
  COMMA = 'COMMA',
  /** `|` */
  PIPE = 'PIPE',
  /** `;` */
  SEMICOLON = 'SEMICOLON',
  /** ` ` */
  SPACE = 'SPACE',
  /** A tab. */
  TAB = 'TAB',
}

/** Props of S3CsvItemReader. */
export interface S3CsvItemReaderProps extends S3FileItemReaderProps {
  /**
   * The column names.
   * @default CsvHeaders.useFirstRow()
   */
  readonly csvHeaders?: CsvHeaders;
  /**
   * The column separator.
   * @default - not rendered: Step Functions' default, CsvDelimiter.COMMA
   */
  readonly csvDelimiter?: CsvDelimiter;
}

/** Reads the lines of a CSV file from an S3 object; each line is one item. */
export class S3CsvItemReader extends S3FileItemReader {
  /** The column names. */
  public readonly csvHeaders: CsvHeaders;
  /** The column separator. */
  public readonly csvDelimiter?: CsvDelimiter;
  protected readonly inputType: string = 'CSV';

  constructor(props: S3CsvItemReaderProps) {
    super(props);
    this.csvHeaders = props.csvHeaders ?? CsvHeaders.useFirstRow();
    this.csvDelimiter = props.csvDelimiter;
  }

  protected readerConfig(): object {
    return {
      CSVHeaderLocation: this.csvHeaders.headerLocation,
      CSVHeaders: this.csvHeaders.headers,
      CSVDelimiter: this.csvDelimiter,
    };
  }
}

/**
 * Reads an S3 Inventory manifest (`manifest.json`); the items are the objects its inventory files list.
 * Step Functions reads those files too, so the role may read every object of the bucket.
 */
export class S3ManifestItemReader extends S3FileItemReader {
  protected readonly inputType: string = 'MANIFEST';

  protected objectKeyForPolicy(): string | undefined {
    return undefined;
  }
}
