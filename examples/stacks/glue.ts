import { GlueCatalogDatabase } from '@cdktf/provider-aws/lib/glue-catalog-database';
import { GlueCrawler } from '@cdktf/provider-aws/lib/glue-crawler';
import { GlueJob } from '@cdktf/provider-aws/lib/glue-job';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import type { Construct } from 'constructs';
import { Duration, sfn, tasks } from '../../src';
import { ExampleStack } from './common';

/**
 * The Glue and DataBrew examples of the aws-cdk README, ported: crawl the landing bucket, run an ETL
 * job and wait for it (RUN_JOB, FLEX workers, a timeout in minutes), then run a DataBrew recipe job and
 * wait for it. The AWS provider has no DataBrew resource: the job is named.
 */
export class GlueStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const landing = new S3Bucket(this, 'Landing', { bucketPrefix: 'example-landing-' });
    const role = new IamRole(this, 'GlueRole', {
      namePrefix: 'example-glue-',
      assumeRolePolicy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'glue.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      }),
    });
    const database = new GlueCatalogDatabase(this, 'Database', { name: 'example_landing' });
    const crawler = new GlueCrawler(this, 'Crawler', {
      name: 'example-landing',
      databaseName: database.name,
      role: role.arn,
      s3Target: [{ path: `s3://${landing.bucket}/events/` }],
    });
    const job = new GlueJob(this, 'Job', {
      name: 'example-load-events',
      roleArn: role.arn,
      glueVersion: '4.0',
      command: { name: 'glueetl', scriptLocation: `s3://${landing.bucket}/scripts/load_events.py` },
    });

    const crawl = new tasks.GlueStartCrawlerRun(this, 'Crawl landing zone', { crawlerName: crawler.name, resultPath: sfn.JsonPath.DISCARD });
    const load = new tasks.GlueStartJobRun(this, 'Load events', {
      glueJobName: job.name,
      arguments: sfn.TaskInput.fromObject({ '--day': sfn.JsonPath.stringAt('$.day') }),
      workerConfiguration: { workerTypeV2: tasks.WorkerTypeV2.G_1X, numberOfWorkers: 4 },
      executionClass: tasks.ExecutionClass.FLEX,
      notifyDelayAfter: Duration.minutes(30),
      taskTimeout: sfn.Timeout.duration(Duration.hours(2)),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      resultSelector: { runId: sfn.JsonPath.stringAt('$.Id') },
      resultPath: '$.load',
    });
    const clean = new tasks.GlueDataBrewStartJobRun(this, 'Clean customers', {
      name: 'example-clean-customers',
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      resultPath: '$.clean',
    });

    new sfn.StateMachine(this, 'LoadEvents', {
      definitionBody: sfn.DefinitionBody.fromChainable(crawl.next(load).next(clean)),
    });
  }
}
