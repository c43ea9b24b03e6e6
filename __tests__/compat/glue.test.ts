// Differential test against aws-cdk-lib 2.276 for GlueStartJobRun, GlueStartCrawlerRun and
// GlueDataBrewStartJobRun: the same tasks give the same state and grants, but for the documented
// differences (docs/DIFFERENCES.md), which the last cases pin down.
import * as cdk from 'aws-cdk-lib';
import * as cdkSfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cdkTasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Duration, sfn, tasks } from '../../src';
import { cdkDefinition, cdkGrants, ourDefinition, ourGrants } from '../util/compat';

describe('Glue and DataBrew tasks: same state and grants as aws-cdk-lib 2.276', () => {
  test('GlueStartJobRun, RUN_JOB with every option (G.9)', () => {
    const cdkTask = (s: cdk.Stack) => new cdkTasks.GlueStartJobRun(s, 'Task', {
      glueJobName: 'GlueJob',
      integrationPattern: cdkSfn.IntegrationPattern.RUN_JOB,
      arguments: cdkSfn.TaskInput.fromObject({ key: cdkSfn.JsonPath.stringAt('$.v') }),
      taskTimeout: cdkSfn.Timeout.duration(cdk.Duration.minutes(1440)),
      securityConfiguration: 'securityConfiguration',
      notifyDelayAfter: cdk.Duration.minutes(10),
      workerConfiguration: { workerTypeV2: cdkTasks.WorkerTypeV2.G_2X, numberOfWorkers: 4 },
      executionClass: cdkTasks.ExecutionClass.FLEX,
    });
    const ourTask = (s: any) => new tasks.GlueStartJobRun(s, 'Task', {
      glueJobName: 'GlueJob',
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      arguments: sfn.TaskInput.fromObject({ key: sfn.JsonPath.stringAt('$.v') }),
      taskTimeout: sfn.Timeout.duration(Duration.minutes(1440)),
      securityConfiguration: 'securityConfiguration',
      notifyDelayAfter: Duration.minutes(10),
      workerConfiguration: { workerTypeV2: tasks.WorkerTypeV2.G_2X, numberOfWorkers: 4 },
      executionClass: tasks.ExecutionClass.FLEX,
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask));
  });

  test('GlueStartJobRun, the deprecated WorkerType and a timeout path', () => {
    const cdkTask = (s: cdk.Stack) => new cdkTasks.GlueStartJobRun(s, 'Task', {
      glueJobName: 'j', workerConfiguration: { workerType: cdkTasks.WorkerType.G_1X, numberOfWorkers: 2 }, taskTimeout: cdkSfn.Timeout.at('$.t'),
    });
    const ourTask = (s: any) => new tasks.GlueStartJobRun(s, 'Task', {
      glueJobName: 'j', workerConfiguration: { workerType: tasks.WorkerType.G_1X, numberOfWorkers: 2 }, taskTimeout: sfn.Timeout.at('$.t'),
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask));
  });

  test('GlueStartCrawlerRun', () => {
    const cdkTask = (s: cdk.Stack) => cdkTasks.GlueStartCrawlerRun.jsonata(s, 'Crawl', { crawlerName: 'landing' });
    const ourTask = (s: any) => tasks.GlueStartCrawlerRun.jsonata(s, 'Crawl', { crawlerName: 'landing' });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask));
  });

  test.each([
    ['REQUEST_RESPONSE', 'clean'], ['RUN_JOB', 'clean'], ['RUN_JOB', 'path'],
  ])('GlueDataBrewStartJobRun %s, name %s', (pattern, kind) => {
    const cdkTask = (s: cdk.Stack) => new cdkTasks.GlueDataBrewStartJobRun(s, 'Brew', {
      name: kind === 'path' ? cdkSfn.JsonPath.stringAt('$.job') : 'clean', integrationPattern: (cdkSfn.IntegrationPattern as any)[pattern],
    });
    const ourTask = (s: any) => new tasks.GlueDataBrewStartJobRun(s, 'Brew', {
      name: kind === 'path' ? sfn.JsonPath.stringAt('$.job') : 'clean', integrationPattern: (sfn.IntegrationPattern as any)[pattern],
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask));
  });
});

describe('Glue tasks: where aws-cdk-lib 2.276 is wrong (docs/DIFFERENCES.md)', () => {
  test('JSONata without notifyDelayAfter: aws-cdk-lib renders "NotificationProperty": null (C.15)', () => {
    const theirs = cdkDefinition((s) => cdkTasks.GlueStartJobRun.jsonata(s, 'Task', { glueJobName: 'j' }));
    expect(theirs.States.Task.Arguments).toEqual({ JobName: 'j', NotificationProperty: null });
    expect(ourDefinition((s) => tasks.GlueStartJobRun.jsonata(s, 'Task', { glueJobName: 'j' })).States.Task.Arguments).toEqual({ JobName: 'j' });
  });

  test('Timeout.jsonata: aws-cdk-lib drops it, we keep it as the state\'s TimeoutSeconds (C.16)', () => {
    const theirs = cdkDefinition((s) => cdkTasks.GlueStartJobRun.jsonata(s, 'Task', { glueJobName: 'j', taskTimeout: cdkSfn.Timeout.jsonata('{% $states.input.t %}') }));
    expect(theirs.States.Task.TimeoutSeconds).toBeUndefined();
    const ours = ourDefinition((s) => tasks.GlueStartJobRun.jsonata(s, 'Task', { glueJobName: 'j', taskTimeout: sfn.Timeout.jsonata('{% $states.input.t %}') }));
    expect(ours.States.Task.TimeoutSeconds).toEqual('{% $states.input.t %}');
  });

  test('a timeout that is not whole minutes: both refuse it, ours names the task and the prop', () => {
    expect(() => cdkDefinition((s) => new cdkTasks.GlueStartJobRun(s, 'Task', { glueJobName: 'j', taskTimeout: cdkSfn.Timeout.duration(cdk.Duration.seconds(90)) })))
      .toThrow("'90 seconds' cannot be converted into a whole number of minutes.");
    expect(() => ourDefinition((s) => new tasks.GlueStartJobRun(s, 'Task', { glueJobName: 'j', taskTimeout: sfn.Timeout.duration(Duration.seconds(90)) })))
      .toThrow("Task: 'taskTimeout' (Glue takes minutes) must be a whole number of minutes, got 90 seconds");
  });

  test('a job or crawler name from the state: aws-cdk-lib writes the path into the ARN, we grant on job/* and crawler/*', () => {
    expect(cdkGrants((s) => new cdkTasks.GlueStartJobRun(s, 'Task', { glueJobName: cdkSfn.JsonPath.stringAt('$.job') })))
      .toEqual(['glue:StartJobRun arn:aws:glue:us-east-1:123456789012:job/$.job']);
    expect(ourGrants((s) => new tasks.GlueStartJobRun(s, 'Task', { glueJobName: sfn.JsonPath.stringAt('$.job') })))
      .toEqual(['glue:StartJobRun arn:aws:glue:us-east-1:123456789012:job/*']);
    expect(ourGrants((s) => new tasks.GlueStartCrawlerRun(s, 'Crawl', { crawlerName: sfn.JsonPath.stringAt('$.c') })))
      .toEqual(['glue:GetCrawler arn:aws:glue:us-east-1:123456789012:crawler/*', 'glue:StartCrawler arn:aws:glue:us-east-1:123456789012:crawler/*']);
  });

  test('GlueStartCrawlerRun with RUN_JOB: aws-cdk-lib renders aws-sdk:glue:startCrawler.sync, which does not exist; we refuse it (C.14)', () => {
    const theirs = cdkDefinition((s) => new cdkTasks.GlueStartCrawlerRun(s, 'Crawl', { crawlerName: 'c', integrationPattern: cdkSfn.IntegrationPattern.RUN_JOB }));
    expect(theirs.States.Crawl.Resource).toEqual('arn:aws:states:::aws-sdk:glue:startCrawler.sync');
    expect(() => ourDefinition((s) => new tasks.GlueStartCrawlerRun(s, 'Crawl', { crawlerName: 'c', integrationPattern: sfn.IntegrationPattern.RUN_JOB })))
      .toThrow("'integrationPattern' RUN_JOB is not supported by this task; supported: REQUEST_RESPONSE");
  });
});
