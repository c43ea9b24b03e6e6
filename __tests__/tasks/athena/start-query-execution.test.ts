import type { TerraformStack } from 'cdktf';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { Duration, sfn, tasks } from '../../../src';
import { newStack, renderState } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn, machineOf } from '../util';

const athena = (resource: string) => `arn:${PARTITION}:athena:${REGION}:${ACCOUNT}:${resource}`;
const glue = (resource: string) => `arn:${PARTITION}:glue:${REGION}:${ACCOUNT}:${resource}`;
const GLUE_ACTIONS = [
  'BatchCreatePartition', 'BatchDeletePartition', 'BatchDeleteTable', 'BatchGetPartition', 'CreateDatabase',
  'CreatePartition', 'CreateTable', 'DeleteDatabase', 'DeletePartition', 'DeleteTable', 'GetDatabase',
  'GetDatabases', 'GetPartition', 'GetPartitions', 'GetTable', 'GetTables', 'UpdateDatabase',
  'UpdatePartition', 'UpdateTable',
].map((a) => `glue:${a}`);
// the state machine merges the two statements on '*'
const READ_LAKE = {
  Effect: 'Allow',
  Action: ['s3:CreateBucket', 's3:ListBucket', 's3:GetBucketLocation', 's3:GetObject', 'lakeformation:GetDataAccess'],
  Resource: '*',
};
const WRITE = ['s3:AbortMultipartUpload', 's3:ListBucketMultipartUploads', 's3:ListMultipartUploadParts', 's3:PutObject'];
// ... and with all three on '*' when the results may go anywhere
const ANY_OBJECT = { Effect: 'Allow', Action: [...READ_LAKE.Action.slice(0, 4), ...WRITE, 'lakeformation:GetDataAccess'], Resource: '*' };
const glueStatement = (db: string) => ({
  Effect: 'Allow',
  Action: GLUE_ACTIONS,
  Resource: [glue('catalog'), glue(`database/${db}`), glue(`table/${db}/*`), glue(`userDefinedFunction/${db}/*`)],
});

describe('AthenaStartQueryExecution', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('defaults: REQUEST_RESPONSE, only the query, no empty ResultConfiguration (C.9), default catalog and work group', () => {
    const task = new tasks.AthenaStartQueryExecution(stack, 'Query', { queryString: 'SELECT 1' });
    const m = machineOf(stack, task);
    expect(m.definition.States.Query).toEqual({
      Type: 'Task',
      Resource: integrationArn('athena:startQueryExecution'),
      Parameters: { QueryString: 'SELECT 1' },
      End: true,
    });
    expect(m.statements).toEqual([
      {
        Effect: 'Allow',
        Action: ['athena:getDataCatalog', 'athena:startQueryExecution', 'athena:getQueryExecution'],
        Resource: [athena('datacatalog/AwsDataCatalog'), athena('workgroup/primary')],
      },
      ANY_OBJECT,
      glueStatement('default'),
    ]);
  });

  test('every option (G.11), RUN_JOB adds .sync and athena:stopQueryExecution', () => {
    const task = new tasks.AthenaStartQueryExecution(stack, 'Query', {
      queryString: 'CREATE DATABASE database',
      clientRequestToken: 'unique-client-request-token',
      queryExecutionContext: { databaseName: 'mydatabase', catalogName: 'AwsDataCatalog' },
      resultConfiguration: {
        encryptionConfiguration: { encryptionOption: tasks.EncryptionOption.S3_MANAGED },
        outputLocation: { bucketName: 'query-results-bucket', objectKey: 'folder' },
      },
      workGroup: 'reports',
      executionParameters: ['a', 'b'],
      resultReuseConfigurationMaxAge: Duration.hours(2),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    const m = machineOf(stack, task);
    expect(m.definition.States.Query).toEqual({
      Type: 'Task',
      Resource: integrationArn('athena:startQueryExecution.sync'),
      Parameters: {
        QueryString: 'CREATE DATABASE database',
        ClientRequestToken: 'unique-client-request-token',
        QueryExecutionContext: { Catalog: 'AwsDataCatalog', Database: 'mydatabase' },
        ResultConfiguration: {
          EncryptionConfiguration: { EncryptionOption: 'SSE_S3' },
          OutputLocation: 's3://query-results-bucket/folder/',
        },
        WorkGroup: 'reports',
        ExecutionParameters: ['a', 'b'],
        ResultReuseConfiguration: { ResultReuseByAgeConfiguration: { Enabled: true, MaxAgeInMinutes: 120 } },
      },
      End: true,
    });
    expect(m.statements).toEqual([
      {
        Effect: 'Allow',
        Action: ['athena:getDataCatalog', 'athena:startQueryExecution', 'athena:getQueryExecution', 'athena:stopQueryExecution'],
        Resource: [athena('datacatalog/AwsDataCatalog'), athena('workgroup/reports')],
      },
      READ_LAKE,
      { Effect: 'Allow', Action: WRITE, Resource: `arn:${PARTITION}:s3:::query-results-bucket/folder/*` },
      glueStatement('mydatabase'),
    ]);
  });

  test('WAIT_FOR_TASK_TOKEN is rejected', () => {
    expect(() => new tasks.AthenaStartQueryExecution(stack, 'Query', { queryString: 'q', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow(/test\/Query: 'integrationPattern' WAIT_FOR_TASK_TOKEN is not supported by this task; supported: REQUEST_RESPONSE, RUN_JOB/);
  });

  test('a KMS key renders its ARN as KmsKey and grants kms:Decrypt and kms:GenerateDataKey on it (C.9)', () => {
    const key = new KmsKey(stack, 'Key', {});
    const bucket = new S3Bucket(stack, 'Results', {});
    const task = new tasks.AthenaStartQueryExecution(stack, 'Query', {
      queryString: 'SELECT 1',
      resultConfiguration: {
        encryptionConfiguration: { encryptionOption: tasks.EncryptionOption.KMS, encryptionKey: key },
        outputLocation: { bucketName: bucket.bucket, objectKey: 'out/' },
      },
    });
    const m = machineOf(stack, task);
    expect(m.definition.States.Query.Parameters.ResultConfiguration).toEqual({
      EncryptionConfiguration: { EncryptionOption: 'SSE_KMS', KmsKey: '${aws_kms_key.Key.arn}' },
      OutputLocation: 's3://${aws_s3_bucket.Results.bucket}/out/',
    });
    expect(m.statements).toContainEqual({ Effect: 'Allow', Action: WRITE, Resource: `arn:${PARTITION}:s3:::\${aws_s3_bucket.Results.bucket}/out/*` });
    expect(m.statements).toContainEqual({ Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: '${aws_kms_key.Key.arn}' });
  });

  test('only an encryption configuration, or an output location at the bucket root', () => {
    const a = new tasks.AthenaStartQueryExecution(stack, 'A', {
      queryString: 'q',
      resultConfiguration: { encryptionConfiguration: { encryptionOption: tasks.EncryptionOption.CLIENT_SIDE_KMS } },
    });
    const b = new tasks.AthenaStartQueryExecution(stack, 'B', { queryString: 'q', resultConfiguration: { outputLocation: { bucketName: 'b', objectKey: '' } } });
    const c = new tasks.AthenaStartQueryExecution(stack, 'C', { queryString: 'q', resultConfiguration: {} });
    expect(renderState(a).Parameters.ResultConfiguration).toEqual({ EncryptionConfiguration: { EncryptionOption: 'CSE_KMS' } });
    expect(renderState(b).Parameters.ResultConfiguration).toEqual({ OutputLocation: 's3://b/' });
    expect(renderState(c).Parameters.ResultConfiguration).toBeUndefined();
  });

  test('names read from the state give grants on any catalog, work group, database and result object', () => {
    const task = new tasks.AthenaStartQueryExecution(stack, 'Query', {
      queryString: sfn.JsonPath.stringAt('$.sql'),
      queryExecutionContext: { catalogName: sfn.JsonPath.stringAt('$.catalog'), databaseName: sfn.JsonPath.stringAt('$.db') },
      workGroup: sfn.JsonPath.stringAt('$.wg'),
      resultConfiguration: { outputLocation: { bucketName: sfn.JsonPath.stringAt('$.bucket'), objectKey: 'k' } },
      executionParameters: sfn.JsonPath.listAt('$.params'),
    });
    const m = machineOf(stack, task);
    expect(m.definition.States.Query.Parameters).toEqual({
      'QueryString.$': '$.sql',
      'QueryExecutionContext': { 'Catalog.$': '$.catalog', 'Database.$': '$.db' },
      'ResultConfiguration': { 'OutputLocation.$': "States.Format('s3://{}/{}', $.bucket, 'k/')" },
      'WorkGroup.$': '$.wg',
      'ExecutionParameters.$': '$.params',
    });
    expect(m.statements[0].Resource).toEqual([athena('datacatalog/*'), athena('workgroup/*')]);
    expect(m.statements[1]).toEqual(ANY_OBJECT);
    expect(m.statements[2].Resource).toEqual([glue('catalog'), glue('database/*'), glue('table/*/*'), glue('userDefinedFunction/*/*')]);
  });

  test('a key from the state: States.Format in JSONPath, a concatenation in JSONata', () => {
    const a = new tasks.AthenaStartQueryExecution(stack, 'A', { queryString: 'q', resultConfiguration: { outputLocation: { bucketName: 'b', objectKey: sfn.JsonPath.stringAt('$.key') } } });
    const b = tasks.AthenaStartQueryExecution.jsonata(stack, 'B', {
      queryString: 'q',
      resultConfiguration: { outputLocation: { bucketName: '{% $states.input.bucket %}', objectKey: 'out' } },
    });
    const c = tasks.AthenaStartQueryExecution.jsonata(stack, 'C', {
      queryString: 'q',
      resultConfiguration: { outputLocation: { bucketName: 'b', objectKey: '{% $states.input.key %}' } },
    });
    expect(renderState(a).Parameters.ResultConfiguration).toEqual({ 'OutputLocation.$': "States.Format('s3://{}/{}/', 'b', $.key)" });
    expect(renderState(b).Arguments.ResultConfiguration).toEqual({ OutputLocation: "{% 's3://' & ($states.input.bucket) & '/' & \"out/\" %}" });
    expect(renderState(c).Arguments.ResultConfiguration).toEqual({ OutputLocation: "{% 's3://' & \"b\" & '/' & ($states.input.key) & '/' %}" });
  });

  test('the JSONata output location evaluates to the URI (jsonata 2)', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const jsonata = require('jsonata');
    const b = tasks.AthenaStartQueryExecution.jsonata(stack, 'B', {
      queryString: 'q',
      resultConfiguration: { outputLocation: { bucketName: '{% $states.input.bucket %}', objectKey: '{% $states.input.key %}' } },
    });
    const uri: string = renderState(b).Arguments.ResultConfiguration.OutputLocation;
    expect(await jsonata(uri.slice(2, -2)).evaluate({}, { states: { input: { bucket: 'results', key: 'daily' } } })).toEqual('s3://results/daily/');
  });

  test('JSONata: Arguments', () => {
    const task = tasks.AthenaStartQueryExecution.jsonata(stack, 'Query', {
      queryString: '{% $states.input.sql %}',
      workGroup: '{% $states.input.wg %}',
      resultReuseConfigurationMaxAge: Duration.minutes(0),
    });
    const m = machineOf(stack, task);
    expect(m.definition.States.Query).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      Resource: integrationArn('athena:startQueryExecution'),
      Arguments: {
        QueryString: '{% $states.input.sql %}',
        WorkGroup: '{% $states.input.wg %}',
        ResultReuseConfiguration: { ResultReuseByAgeConfiguration: { Enabled: true, MaxAgeInMinutes: 0 } },
      },
      End: true,
    });
    expect(m.statements[0].Resource).toEqual([athena('datacatalog/AwsDataCatalog'), athena('workgroup/*')]);
  });

  describe('validation', () => {
    test.each([
      ['one parameter of 1 character', { executionParameters: ['x'] }],
      ['a parameter of 1024 characters', { executionParameters: ['x'.repeat(1024)] }],
      ['parameters from the state', { executionParameters: sfn.JsonPath.listAt('$.p') }],
      ['a parameter from JSONata', { executionParameters: ['{% $states.input.p %}'] }],
      ['a key for CSE_KMS', { resultConfiguration: { encryptionConfiguration: { encryptionOption: tasks.EncryptionOption.CLIENT_SIDE_KMS, encryptionKey: { arn: 'arn:aws:kms:us-east-1:1:key/k' } } } }],
      ['max age 0', { resultReuseConfigurationMaxAge: Duration.seconds(0) }],
      ['max age 1 minute', { resultReuseConfigurationMaxAge: Duration.seconds(60) }],
      ['max age 10080 minutes', { resultReuseConfigurationMaxAge: Duration.days(7) }],
    ])('accepts %s', (_name, props) => {
      expect(() => new tasks.AthenaStartQueryExecution(stack, 'Query', { queryString: 'q', ...props })).not.toThrow();
    });

    test.each([
      [{ executionParameters: [] }, /test\/Query: 'executionParameters' must hold at least one value when set, got \[\]/],
      [{ executionParameters: ['ok', ''] }, /'executionParameters' value 1 must have 1 to 1024 characters, got 0: ""/],
      [{ executionParameters: ['x'.repeat(1025)] }, /'executionParameters' value 0 must have 1 to 1024 characters, got 1025/],
      [{ executionParameters: [sfn.JsonPath.stringAt('$.p')] }, /'executionParameters'\[0\]: JsonPath references cannot be array elements/],
      [{ workGroup: `wg-${sfn.JsonPath.stringAt('$.p')}` }, /'workGroup': a JsonPath reference must be the whole string value/],
      [{ resultConfiguration: { encryptionConfiguration: { encryptionOption: tasks.EncryptionOption.S3_MANAGED, encryptionKey: { arn: 'arn:aws:kms:us-east-1:1:key/k' } } } },
        /test\/Query: 'resultConfiguration.encryptionConfiguration.encryptionKey' is for SSE_KMS and CSE_KMS; SSE_S3 encrypts with keys S3 manages/],
      [{ resultReuseConfigurationMaxAge: Duration.seconds(30) }, /'resultReuseConfigurationMaxAge' must be 0 or from 1 to 10080 minutes, got 30 seconds/],
      [{ resultReuseConfigurationMaxAge: Duration.minutes(10_081) }, /'resultReuseConfigurationMaxAge' must be 0 or from 1 to 10080 minutes, got 10081 minutes/],
      [{ resultReuseConfigurationMaxAge: Duration.seconds(90) }, /test\/Query: 'resultReuseConfigurationMaxAge' must be a whole number of minutes, got 90 seconds/],
    ])('rejects %o', (props, message) => {
      expect(() => new tasks.AthenaStartQueryExecution(stack, 'Query', { queryString: 'q', ...props })).toThrow(message);
    });

    test('the prop check knows Athena\'s EncryptionConfiguration apart from sfn.EncryptionConfiguration', () => {
      const bad: any = { encryptionConfiguration: { encryptionOption: 'SSE_S3', encryptionKey: 'arn:aws:kms:us-east-1:1:key/k' } };
      expect(() => new tasks.AthenaStartQueryExecution(stack, 'Query', { queryString: 'q', resultConfiguration: bad }))
        .toThrow(/test\/Query: 'resultConfiguration.encryptionConfiguration.encryptionKey' must be a KmsKeyRef/);
    });
  });
});
