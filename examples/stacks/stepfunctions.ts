import type { Construct } from 'constructs';
import { sfn, tasks } from '../../src';
import { ExampleStack } from './common';

/**
 * The Step Functions examples of the aws-cdk README, ported: start a child state machine and wait for
 * it (`.sync:2`, associated with the parent), and hand work to an activity worker.
 */
export class StepFunctionsStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const child = new sfn.StateMachine(this, 'Child', {
      definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(this, 'Child work', { result: sfn.Result.fromObject({ done: true }) })),
      stateMachineType: sfn.StateMachineType.STANDARD,
    });
    const activity = new sfn.Activity(this, 'ManualReview', { activityName: 'example-manual-review' });

    const start = new tasks.StepFunctionsStartExecution(this, 'Run child', {
      stateMachine: child,
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      input: sfn.TaskInput.fromObject({ token: sfn.JsonPath.stringAt('$.orderId') }),
      associateWithParent: true,
      resultSelector: { output: sfn.JsonPath.stringToJson(sfn.JsonPath.stringAt('$.Output')) },
      resultPath: '$.child',
    });
    const review = new tasks.StepFunctionsInvokeActivity(this, 'Manual review', {
      activity,
      parameters: { orderId: sfn.JsonPath.stringAt('$.orderId') },
      heartbeatTimeout: sfn.Timeout.at('$.reviewHeartbeat'),
    });

    new sfn.StateMachine(this, 'Parent', {
      definitionBody: sfn.DefinitionBody.fromChainable(start.next(review)),
    });
  }
}
