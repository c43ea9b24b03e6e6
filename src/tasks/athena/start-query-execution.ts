import type { Construct } from 'constructs';
import { formatArn, partitionOf } from '../../core/arn';
import { Token } from '../../core/cdktf';
import type { Duration } from '../../core/duration';
import { ValidationError, describeValue } from '../../core/errors';
import { PolicyStatement } from '../../iam/policy-statement';
import { isJsonataExpression } from '../../render/jsonata';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import { JsonPath } from '../../sfn/fields';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { kmsKeyStatement } from '../private/kms';
import { isStateValue } from '../private/state-value';
import { isLiteral, validateUserFields } from '../private/task-utils';
import type { S3ObjectLocation } from '../s3/object-location';
import { EncryptionOption, type QueryExecutionContext, type ResultConfiguration } from './query-types';

/** What an AthenaStartQueryExecution task does, in either query language. */
export interface AthenaStartQueryExecutionOptions {
  /** The SQL query (`QueryString`). */
  readonly queryString: string;
  /**
   * Token that makes the call idempotent (`ClientRequestToken`).
   * @default - none
   */
  readonly clientRequestToken?: string;
  /**
   * Data catalog and database of the query (`QueryExecutionContext`).
   * @default - none
   */
  readonly queryExecutionContext?: QueryExecutionContext;
  /**
   * Where the results go and how they are encrypted (`ResultConfiguration`).
   * @default - the work group's result configuration
   */
  readonly resultConfiguration?: ResultConfiguration;
  /**
   * Work group the query runs in (`WorkGroup`).
   * @default - none (Athena's `primary`)
   */
  readonly workGroup?: string;
  /**
   * Values of the query's `?` parameters, in order: each 1 to 1,024 characters (`ExecutionParameters`).
   * @default - no parameters
   */
  readonly executionParameters?: string[];
  /**
   * How old a previous result of the same query may be and still be reused: 0, or 1 to 10,080 whole
   * minutes (`ResultReuseConfiguration.ResultReuseByAgeConfiguration`).
   * @default - results are not reused
   */
  readonly resultReuseConfigurationMaxAge?: Duration;
}

/** Props of an AthenaStartQueryExecution task written in JSONPath. */
export interface AthenaStartQueryExecutionJsonPathProps extends TaskStateJsonPathBaseProps, AthenaStartQueryExecutionOptions {}

/** Props of an AthenaStartQueryExecution task written in JSONata. */
export interface AthenaStartQueryExecutionJsonataProps extends TaskStateJsonataBaseProps, AthenaStartQueryExecutionOptions {}

/** Props of an AthenaStartQueryExecution task. */
export interface AthenaStartQueryExecutionProps extends TaskStateBaseProps, AthenaStartQueryExecutionOptions {}

const MAX_REUSE_MINUTES = 10_080;
const GLUE_ACTIONS = [
  'BatchCreatePartition', 'BatchDeletePartition', 'BatchDeleteTable', 'BatchGetPartition', 'CreateDatabase',
  'CreatePartition', 'CreateTable', 'DeleteDatabase', 'DeletePartition', 'DeleteTable', 'GetDatabase',
  'GetDatabases', 'GetPartition', 'GetPartitions', 'GetTable', 'GetTables', 'UpdateDatabase',
  'UpdatePartition', 'UpdateTable',
].map((a) => `glue:${a}`);

/**
 * Starts an Athena query; with RUN_JOB (`.sync`) the state waits for the query to finish.
 *
 * The role may read any bucket (Athena reads the tables' data with it), write the results under the
 * output location, change the database's tables in the Glue catalog, and use the KMS key of the results.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
 * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_StartQueryExecution.html
 * @example
 * import type { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
 * import type { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
 * import type { Construct } from 'constructs';
 * import { Duration, sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const results: S3Bucket;
 * declare const resultsKey: KmsKey;
 *
 * // counts yesterday's orders and waits for the answer
 * new tasks.AthenaStartQueryExecution(stack, 'Count orders', {
 *   queryString: 'SELECT count(*) FROM orders WHERE day = ?',
 *   executionParameters: sfn.JsonPath.listAt('$.parameters'),
 *   queryExecutionContext: { databaseName: 'sales' },
 *   resultConfiguration: {
 *     outputLocation: { bucketName: results.bucket, objectKey: 'counts' },
 *     encryptionConfiguration: { encryptionOption: tasks.EncryptionOption.KMS, encryptionKey: resultsKey },
 *   },
 *   workGroup: 'reports',
 *   resultReuseConfigurationMaxAge: Duration.hours(1),
 *   integrationPattern: sfn.IntegrationPattern.RUN_JOB,
 * });
 */
export class AthenaStartQueryExecution extends TaskStateBase {
  /** An AthenaStartQueryExecution task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: AthenaStartQueryExecutionJsonPathProps): AthenaStartQueryExecution {
    return new AthenaStartQueryExecution(scope, id, props);
  }

  /** An AthenaStartQueryExecution task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: AthenaStartQueryExecutionJsonataProps): AthenaStartQueryExecution {
    return new AthenaStartQueryExecution(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [
    IntegrationPattern.REQUEST_RESPONSE,
    IntegrationPattern.RUN_JOB,
  ];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: AthenaStartQueryExecutionProps;
  private readonly resourceArn: string;
  private readonly maxAgeMinutes?: number;

  constructor(scope: Construct, id: string, props: AthenaStartQueryExecutionProps) {
    super(scope, id, props);
    this.props = props;
    const pattern = props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE;
    validatePatternSupported(this, pattern, AthenaStartQueryExecution.SUPPORTED_INTEGRATION_PATTERNS);
    const context = props.queryExecutionContext;
    const location = props.resultConfiguration?.outputLocation;
    validateUserFields(this, {
      'queryString': props.queryString,
      'clientRequestToken': props.clientRequestToken,
      'queryExecutionContext.catalogName': context?.catalogName,
      'queryExecutionContext.databaseName': context?.databaseName,
      'resultConfiguration.outputLocation.bucketName': location?.bucketName,
      'resultConfiguration.outputLocation.objectKey': location?.objectKey,
      'workGroup': props.workGroup,
      'executionParameters': props.executionParameters,
    });
    validateExecutionParameters(this, props.executionParameters);
    const encryption = props.resultConfiguration?.encryptionConfiguration;
    if (encryption?.encryptionKey && encryption.encryptionOption === EncryptionOption.S3_MANAGED) {
      throw new ValidationError("'resultConfiguration.encryptionConfiguration.encryptionKey' is for SSE_KMS and CSE_KMS; SSE_S3 encrypts with keys S3 manages: drop the key or choose EncryptionOption.KMS or CLIENT_SIDE_KMS", this);
    }
    this.maxAgeMinutes = reuseMinutes(this, props.resultReuseConfigurationMaxAge);
    this.resourceArn = integrationResourceArn(this, 'athena', 'startQueryExecution', pattern);
    this.taskPolicies = this.createPolicies(pattern);
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    const p = this.props;
    const context = p.queryExecutionContext;
    const language = this._effectiveLanguage(topLevelQueryLanguage);
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        QueryString: p.queryString,
        ClientRequestToken: p.clientRequestToken,
        QueryExecutionContext: context?.catalogName || context?.databaseName
          ? { Catalog: context.catalogName, Database: context.databaseName }
          : undefined,
        ResultConfiguration: renderResultConfiguration(p.resultConfiguration, language),
        WorkGroup: p.workGroup,
        ExecutionParameters: p.executionParameters,
        ResultReuseConfiguration: this.maxAgeMinutes !== undefined
          ? { ResultReuseByAgeConfiguration: { Enabled: true, MaxAgeInMinutes: this.maxAgeMinutes } }
          : undefined,
      }, language),
    };
  }

  private createPolicies(pattern: IntegrationPattern): PolicyStatement[] {
    const p = this.props;
    const name = (value: string | undefined, fallback: string) => (isStateValue(value) ? '*' : value ?? fallback);
    const catalog = name(p.queryExecutionContext?.catalogName, 'AwsDataCatalog');
    const workGroup = name(p.workGroup, 'primary');
    const database = name(p.queryExecutionContext?.databaseName, 'default');
    const glue = (resource: string, resourceName?: string) => formatArn(this, { service: 'glue', resource, resourceName });
    // with RUN_JOB, Step Functions polls the query and stops it when the execution is stopped
    const athenaActions = ['athena:getDataCatalog', 'athena:startQueryExecution', 'athena:getQueryExecution'];
    if (pattern === IntegrationPattern.RUN_JOB) athenaActions.push('athena:stopQueryExecution');
    const statements = [
      new PolicyStatement({
        actions: athenaActions,
        resources: [
          formatArn(this, { service: 'athena', resource: 'datacatalog', resourceName: catalog }),
          formatArn(this, { service: 'athena', resource: 'workgroup', resourceName: workGroup }),
        ],
      }),
      new PolicyStatement({ actions: ['s3:CreateBucket', 's3:ListBucket', 's3:GetBucketLocation', 's3:GetObject'], resources: ['*'] }),
      new PolicyStatement({
        actions: ['s3:AbortMultipartUpload', 's3:ListBucketMultipartUploads', 's3:ListMultipartUploadParts', 's3:PutObject'],
        resources: [this.resultObjectsArn(p.resultConfiguration?.outputLocation)],
      }),
      new PolicyStatement({ actions: ['lakeformation:GetDataAccess'], resources: ['*'] }),
      new PolicyStatement({
        actions: GLUE_ACTIONS,
        resources: [glue('catalog'), glue('database', database), glue('table', `${database}/*`), glue('userDefinedFunction', `${database}/*`)],
      }),
    ];
    const key = p.resultConfiguration?.encryptionConfiguration?.encryptionKey;
    if (key) statements.push(kmsKeyStatement(this, key.arn, ['kms:Decrypt', 'kms:GenerateDataKey']));
    return statements;
  }

  // the objects under the output location, or any object when there is none or it is read from the state
  private resultObjectsArn(location: S3ObjectLocation | undefined): string {
    if (!location || isStateValue(location.bucketName) || isStateValue(location.objectKey)) return '*';
    return `arn:${partitionOf(this)}:s3:::${location.bucketName}/${prefixOf(location.objectKey)}*`;
  }
}

// `key/` for a key prefix, `` for the bucket's root: the results go under it
function prefixOf(objectKey: string): string {
  if (objectKey === '') return '';
  return isLiteral(objectKey) && objectKey.endsWith('/') ? objectKey : `${objectKey}/`;
}

function renderResultConfiguration(config: ResultConfiguration | undefined, language: QueryLanguage): object | undefined {
  const encryption = config?.encryptionConfiguration;
  const location = config?.outputLocation;
  if (!encryption && !location) return undefined;
  return {
    EncryptionConfiguration: encryption ? { EncryptionOption: encryption.encryptionOption, KmsKey: encryption.encryptionKey?.arn } : undefined,
    OutputLocation: location ? outputUri(location, language) : undefined,
  };
}

// `s3://bucket/prefix/`; built when the state runs if the bucket or the key is read from the state
function outputUri(location: S3ObjectLocation, language: QueryLanguage): string {
  const { bucketName, objectKey } = location;
  if (!isStateValue(bucketName) && !isStateValue(objectKey)) return `s3://${bucketName}/${prefixOf(objectKey)}`;
  if (language === QueryLanguage.JSON_PATH) {
    return isStateValue(objectKey) ? JsonPath.format('s3://{}/{}/', bucketName, objectKey) : JsonPath.format('s3://{}/{}', bucketName, prefixOf(objectKey));
  }
  const part = (v: string) => (isJsonataExpression(v) ? `(${v.slice(2, -2).trim()})` : JSON.stringify(v));
  const key = isStateValue(objectKey) ? `${part(objectKey)} & '/'` : JSON.stringify(prefixOf(objectKey));
  return `{% 's3://' & ${part(bucketName)} & '/' & ${key} %}`;
}

function validateExecutionParameters(scope: Construct, parameters: string[] | undefined): void {
  if (parameters === undefined || Token.isUnresolved(parameters)) return;
  if (parameters.length === 0) {
    throw new ValidationError("'executionParameters' must hold at least one value when set, got []", scope);
  }
  parameters.forEach((value, i) => {
    if (isLiteral(value) && (value.length < 1 || value.length > 1024)) {
      throw new ValidationError(`'executionParameters' value ${i} must have 1 to 1024 characters, got ${value.length}: ${describeValue(value)}`, scope);
    }
  });
}

// 0, or 1 to 10,080 whole minutes; undefined when not set
function reuseMinutes(scope: Construct, maxAge: Duration | undefined): number | undefined {
  if (maxAge === undefined) return undefined;
  const where = "'resultReuseConfigurationMaxAge'";
  if (maxAge.isUnresolved()) return maxAge._convertFor('minutes', where, scope);
  const millis = maxAge.toMilliseconds();
  if (millis > 0 && millis < 60_000) {
    throw new ValidationError(`${where} must be 0 or from 1 to ${MAX_REUSE_MINUTES} minutes, got ${maxAge.toHumanString()}`, scope);
  }
  const minutes = maxAge._convertFor('minutes', where, scope);
  if (minutes > MAX_REUSE_MINUTES) {
    throw new ValidationError(`${where} must be 0 or from 1 to ${MAX_REUSE_MINUTES} minutes, got ${maxAge.toHumanString()}`, scope);
  }
  return minutes;
}
