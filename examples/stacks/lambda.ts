import type { Construct } from 'constructs';
import { Duration, sfn, tasks } from '../../src';
import { ExampleFunctions, ExampleStack } from './common';

/**
 * The Lambda examples of the aws-cdk README, ported: a payload built from the input, the result reshaped
 * with resultSelector, a callback with a task token, and a direct call with payloadResponseOnly.
 */
export class LambdaStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const functions = new ExampleFunctions(this);
    const enrich = functions.create('EnrichFunction', 'example-enrich');
    const approve = functions.create('ApproveFunction', 'example-approve');

    const invoke = new tasks.LambdaInvoke(this, 'Enrich order', {
      lambdaFunction: enrich,
      payload: sfn.TaskInput.fromObject({
        order: sfn.JsonPath.objectAt('$.order'),
        requestedAt: sfn.JsonPath.stateEnteredTime,
      }),
      resultSelector: { enriched: sfn.JsonPath.objectAt('$.Payload'), status: sfn.JsonPath.numberAt('$.StatusCode') },
      resultPath: '$.enrichment',
      taskTimeout: sfn.Timeout.duration(Duration.minutes(2)),
    });
    const callback = new tasks.LambdaInvoke(this, 'Ask for approval', {
      lambdaFunction: approve,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      payload: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken, order: sfn.JsonPath.objectAt('$.order') }),
      heartbeatTimeout: sfn.Timeout.duration(Duration.hours(1)),
      resultPath: '$.approval',
    });
    const direct = new tasks.LambdaInvoke(this, 'Summarize', {
      lambdaFunction: enrich,
      payloadResponseOnly: true,
      payload: sfn.TaskInput.fromObject({ approval: sfn.JsonPath.objectAt('$.approval') }),
    });

    new sfn.StateMachine(this, 'Orders', {
      definitionBody: sfn.DefinitionBody.fromChainable(invoke.next(callback).next(direct)),
      timeout: Duration.days(1),
    });
  }
}
