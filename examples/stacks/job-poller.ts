import type { Construct } from 'constructs';
import { Duration, sfn, tasks } from '../../src';
import { ExampleFunctions, ExampleStack } from './common';

/**
 * The job-poller example of the aws-cdk README, without EvaluateExpression: submit a job, wait, poll
 * its status, branch on it, and fan the results out with a Parallel and a Map; errors are caught.
 */
export class JobPollerStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const functions = new ExampleFunctions(this);
    const submitFn = functions.create('SubmitFunction', 'example-submit-job');
    const statusFn = functions.create('StatusFunction', 'example-job-status');

    const submit = new tasks.LambdaInvoke(this, 'Submit Job', { lambdaFunction: submitFn, outputPath: '$.Payload' });
    const wait = new sfn.Wait(this, 'Wait X Seconds', { time: sfn.WaitTime.secondsPath('$.waitSeconds') });
    const getStatus = new tasks.LambdaInvoke(this, 'Get Job Status', {
      lambdaFunction: statusFn,
      payload: sfn.TaskInput.fromObject({ jobId: sfn.JsonPath.stringAt('$.jobId') }),
      resultSelector: { status: sfn.JsonPath.stringAt('$.Payload.status') },
      resultPath: '$.job',
    });
    const failed = new sfn.Fail(this, 'Job Failed', { cause: 'The job failed', error: 'JobFailed' });
    const report = new sfn.Parallel(this, 'Report', { resultPath: sfn.JsonPath.DISCARD })
      .branch(new sfn.Pass(this, 'Log', { parameters: { message: sfn.JsonPath.format('Job {} finished', sfn.JsonPath.stringAt('$.jobId')) } }))
      .branch(new sfn.Map(this, 'Per item', { itemsPath: '$.items', maxConcurrency: 5 }).itemProcessor(new sfn.Pass(this, 'Item')));
    const done = new sfn.Succeed(this, 'Done');

    submit.addCatch(failed, { resultPath: '$.error' });
    const definition = submit
      .next(wait)
      .next(getStatus)
      .next(new sfn.Choice(this, 'Job Complete?')
        .when(sfn.Condition.stringEquals('$.job.status', 'FAILED'), failed)
        .when(sfn.Condition.stringEquals('$.job.status', 'SUCCEEDED'), report.next(done))
        .otherwise(wait));

    new sfn.StateMachine(this, 'JobPoller', {
      definitionBody: sfn.DefinitionBody.fromChainable(definition),
      timeout: Duration.minutes(30),
      tracingEnabled: true,
    });
  }
}
