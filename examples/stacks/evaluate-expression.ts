import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import type { Construct } from 'constructs';
import { sfn, tasks } from '../../src';
import { ExampleStack } from './common';

/**
 * The Evaluate Expression example of the aws-cdk README, ported: milliseconds turned into seconds, a
 * message built with a template literal, published, then a wait of that many seconds; and the same
 * computation in a JSONata state.
 */
export class EvaluateExpressionStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const convertToSeconds = new tasks.EvaluateExpression(this, 'Convert to seconds', {
      expression: '$.waitMilliseconds / 1000',
      resultPath: '$.waitSeconds',
    });
    const createMessage = new tasks.EvaluateExpression(this, 'Create message', {
      // a template literal inside the expression string: it reaches AWS as written
      expression: '`Now waiting ${$.waitSeconds} seconds...`',
      runtime: tasks.Runtime.NODEJS_LATEST,
      resultPath: '$.message',
    });
    const publishMessage = new tasks.SnsPublish(this, 'Publish message', {
      topic: new SnsTopic(this, 'cool-topic', { name: 'example-cool-topic' }),
      message: sfn.TaskInput.fromJsonPathAt('$.message'),
      resultPath: '$.sns',
    });
    const wait = new sfn.Wait(this, 'Wait', { time: sfn.WaitTime.secondsPath('$.waitSeconds') });
    const total = new tasks.EvaluateExpression(this, 'Highest price on Graviton', {
      expression: 'Math.max(...$.prices)',
      architecture: tasks.Architecture.ARM_64,
      queryLanguage: sfn.QueryLanguage.JSONATA,
      outputs: { highest: '{% $states.result %}' },
    });

    new sfn.StateMachine(this, 'StateMachine', {
      definitionBody: sfn.DefinitionBody.fromChainable(convertToSeconds.next(createMessage).next(publishMessage).next(wait).next(total)),
    });
  }
}
