// Differential test against aws-cdk-lib 2.276 for the Athena tasks: the same tasks give the same state
// and grants, but for the documented differences (docs/DIFFERENCES.md), which the last cases pin down.
import * as cdk from 'aws-cdk-lib';
import * as cdkKms from 'aws-cdk-lib/aws-kms';
import * as cdkSfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cdkTasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Duration, sfn, tasks } from '../../src';
import { cdkDefinition, cdkGrants, ourDefinition, ourGrants } from '../util/compat';

describe('Athena tasks: same state and grants as aws-cdk-lib 2.276', () => {
  test('StartQueryExecution with every option but a key, JSONPath', () => {
    const cdkTask = (s: cdk.Stack) => new cdkTasks.AthenaStartQueryExecution(s, 'Query', {
      queryString: 'SELECT * FROM t WHERE a = ?',
      clientRequestToken: 'token',
      queryExecutionContext: { databaseName: 'mydatabase', catalogName: 'AwsDataCatalog' },
      resultConfiguration: {
        encryptionConfiguration: { encryptionOption: cdkTasks.EncryptionOption.S3_MANAGED },
        outputLocation: { bucketName: 'query-results-bucket', objectKey: 'folder' },
      },
      workGroup: 'reports',
      executionParameters: ['a', 'b'],
      resultReuseConfigurationMaxAge: cdk.Duration.minutes(90),
    });
    const ourTask = (s: any) => new tasks.AthenaStartQueryExecution(s, 'Query', {
      queryString: 'SELECT * FROM t WHERE a = ?',
      clientRequestToken: 'token',
      queryExecutionContext: { databaseName: 'mydatabase', catalogName: 'AwsDataCatalog' },
      resultConfiguration: {
        encryptionConfiguration: { encryptionOption: tasks.EncryptionOption.S3_MANAGED },
        outputLocation: { bucketName: 'query-results-bucket', objectKey: 'folder' },
      },
      workGroup: 'reports',
      executionParameters: ['a', 'b'],
      resultReuseConfigurationMaxAge: Duration.minutes(90),
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask));
  });

  test.each([
    ['stop', (s: any) => cdkTasks.AthenaStopQueryExecution.jsonata(s, 'T', { queryExecutionId: '{% $states.input.id %}' }),
      (s: any) => tasks.AthenaStopQueryExecution.jsonata(s, 'T', { queryExecutionId: '{% $states.input.id %}' })],
    ['get', (s: any) => new cdkTasks.AthenaGetQueryExecution(s, 'T', { queryExecutionId: cdkSfn.JsonPath.stringAt('$.id') }),
      (s: any) => new tasks.AthenaGetQueryExecution(s, 'T', { queryExecutionId: sfn.JsonPath.stringAt('$.id') })],
    ['results', (s: any) => new cdkTasks.AthenaGetQueryResults(s, 'T', { queryExecutionId: 'q', maxResults: 50, nextToken: cdkSfn.JsonPath.stringAt('$.n') }),
      (s: any) => new tasks.AthenaGetQueryResults(s, 'T', { queryExecutionId: 'q', maxResults: 50, nextToken: sfn.JsonPath.stringAt('$.n') })],
  ])('%s', (_name, cdkTask, ourTask) => {
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask));
  });
});

describe('Athena tasks: where aws-cdk-lib 2.276 is wrong (docs/DIFFERENCES.md)', () => {
  test('a KMS key: aws-cdk-lib cannot synthesize it; we render its ARN and grant its use (C.9)', () => {
    expect(() => cdkDefinition((s) => new cdkTasks.AthenaStartQueryExecution(s, 'Query', {
      queryString: 'q',
      resultConfiguration: { encryptionConfiguration: { encryptionOption: cdkTasks.EncryptionOption.KMS, encryptionKey: new cdkKms.Key(s, 'Key') } },
    }))).toThrow(/Maximum call stack size exceeded/);
    const ours = (s: any) => new tasks.AthenaStartQueryExecution(s, 'Query', {
      queryString: 'q',
      resultConfiguration: { encryptionConfiguration: { encryptionOption: tasks.EncryptionOption.KMS, encryptionKey: { arn: 'arn:aws:kms:us-east-1:123456789012:key/k' } } },
    });
    expect(ourDefinition(ours).States.Query.Parameters.ResultConfiguration).toEqual({
      EncryptionConfiguration: { EncryptionOption: 'SSE_KMS', KmsKey: 'arn:aws:kms:us-east-1:123456789012:key/k' },
    });
    expect(ourGrants(ours)).toEqual(expect.arrayContaining([
      'kms:Decrypt arn:aws:kms:us-east-1:123456789012:key/k', 'kms:GenerateDataKey arn:aws:kms:us-east-1:123456789012:key/k',
    ]));
  });

  test('no configuration: aws-cdk-lib renders ResultConfiguration: {}, we leave it out (C.9)', () => {
    const theirs = cdkDefinition((s) => new cdkTasks.AthenaStartQueryExecution(s, 'Query', { queryString: 'q' }));
    expect(theirs.States.Query.Parameters).toEqual({ QueryString: 'q', ResultConfiguration: {} });
    expect(ourDefinition((s) => new tasks.AthenaStartQueryExecution(s, 'Query', { queryString: 'q' })).States.Query.Parameters).toEqual({ QueryString: 'q' });
  });

  test('RUN_JOB: we also grant athena:stopQueryExecution, which Step Functions uses to stop the query', () => {
    const theirs = cdkGrants((s) => new cdkTasks.AthenaStartQueryExecution(s, 'Query', { queryString: 'q', integrationPattern: cdkSfn.IntegrationPattern.RUN_JOB }));
    const ours = ourGrants((s) => new tasks.AthenaStartQueryExecution(s, 'Query', { queryString: 'q', integrationPattern: sfn.IntegrationPattern.RUN_JOB }));
    const stop = ours.filter((g) => g.startsWith('athena:stopQueryExecution'));
    expect(stop).toHaveLength(2);
    expect(ours.filter((g) => !stop.includes(g))).toEqual(theirs);
  });

  test('an output key ending in / or a work group read from the state', () => {
    const theirs = cdkDefinition((s) => new cdkTasks.AthenaStartQueryExecution(s, 'Query', {
      queryString: 'q', resultConfiguration: { outputLocation: { bucketName: 'b', objectKey: 'out/' } },
    }));
    expect(theirs.States.Query.Parameters.ResultConfiguration.OutputLocation).toEqual('s3://b/out//');
    const ours = ourDefinition((s) => new tasks.AthenaStartQueryExecution(s, 'Query', {
      queryString: 'q', resultConfiguration: { outputLocation: { bucketName: 'b', objectKey: 'out/' } },
    }));
    expect(ours.States.Query.Parameters.ResultConfiguration.OutputLocation).toEqual('s3://b/out/');
    const wg = (s: any) => new tasks.AthenaStartQueryExecution(s, 'Query', { queryString: 'q', workGroup: sfn.JsonPath.stringAt('$.wg') });
    expect(ourGrants(wg)).toContain('athena:startQueryExecution arn:aws:athena:us-east-1:123456789012:workgroup/*');
  });
});
