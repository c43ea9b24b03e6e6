import { AthenaWorkgroup } from '@cdktf/provider-aws/lib/athena-workgroup';
import { GlueCatalogDatabase } from '@cdktf/provider-aws/lib/glue-catalog-database';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import type { Construct } from 'constructs';
import { Duration, sfn, tasks } from '../../src';
import { ExampleStack } from './common';

/**
 * The Athena examples of the aws-cdk README, ported: run a query in a work group and wait for it
 * (RUN_JOB), its results written KMS-encrypted under a prefix of a bucket, then read the query's status
 * and the first page of its results; when reading fails, stop the query.
 */
export class AthenaStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const results = new S3Bucket(this, 'Results', { bucketPrefix: 'example-athena-results-' });
    const key = new KmsKey(this, 'ResultsKey', { description: 'Athena query results' });
    const workGroup = new AthenaWorkgroup(this, 'WorkGroup', { name: 'example-reports' });
    const database = new GlueCatalogDatabase(this, 'Database', { name: 'example_sales' });

    const start = new tasks.AthenaStartQueryExecution(this, 'Start query', {
      queryString: 'SELECT region, sum(amount) FROM orders WHERE day = ? GROUP BY region',
      executionParameters: sfn.JsonPath.listAt('$.parameters'),
      queryExecutionContext: { databaseName: database.name },
      resultConfiguration: {
        outputLocation: { bucketName: results.bucket, objectKey: 'daily' },
        encryptionConfiguration: { encryptionOption: tasks.EncryptionOption.KMS, encryptionKey: key },
      },
      workGroup: workGroup.name,
      resultReuseConfigurationMaxAge: Duration.hours(1),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      resultSelector: { id: sfn.JsonPath.stringAt('$.QueryExecution.QueryExecutionId') },
      resultPath: '$.query',
    });
    const status = new tasks.AthenaGetQueryExecution(this, 'Get query status', {
      queryExecutionId: sfn.JsonPath.stringAt('$.query.id'),
      resultPath: '$.status',
    });
    const read = new tasks.AthenaGetQueryResults(this, 'Get query results', {
      queryExecutionId: sfn.JsonPath.stringAt('$.query.id'),
      maxResults: 100,
      resultPath: '$.results',
    });
    const stop = new tasks.AthenaStopQueryExecution(this, 'Stop query', {
      queryExecutionId: sfn.JsonPath.stringAt('$.query.id'),
      // StopQueryExecution answers {}: keep the query id and the error the Catch placed as the output
      resultPath: sfn.JsonPath.DISCARD,
    });
    read.addCatch(stop, { resultPath: '$.error' });

    new sfn.StateMachine(this, 'DailySales', {
      definitionBody: sfn.DefinitionBody.fromChainable(start.next(status).next(read)),
    });
  }
}
