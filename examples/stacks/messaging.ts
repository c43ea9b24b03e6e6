import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import type { Construct } from 'constructs';
import { Duration, sfn, tasks } from '../../src';
import { ExampleStack } from './common';

/** The SNS and SQS examples of the aws-cdk README, ported, in JSONPath and in JSONata. */
export class MessagingStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const topic = new SnsTopic(this, 'Notifications', { name: 'example-notifications' });
    const queue = new SqsQueue(this, 'Work', { name: 'example-work' });

    const publish = new tasks.SnsPublish(this, 'Publish message', {
      topic,
      message: sfn.TaskInput.fromJsonPathAt('$.message'),
      subject: 'Order update',
      messageAttributes: {
        place: { value: sfn.JsonPath.stringAt('$.place') },
        pic: { value: 'some-binary-text', dataType: tasks.MessageAttributeDataType.BINARY },
        numbers: { value: [1, 2, 3] },
      },
      resultPath: '$.sns',
    });
    const send = new tasks.SqsSendMessage(this, 'Send to queue', {
      queue,
      messageBody: sfn.TaskInput.fromObject({ order: sfn.JsonPath.objectAt('$.order'), note: 'literal ${text} and %{ directive } survive' }),
      delay: Duration.seconds(30),
      resultPath: '$.sqs',
    });
    const waitForWorker = new tasks.SqsSendMessage(this, 'Wait for worker', {
      queue,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      messageBody: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken, order: sfn.JsonPath.objectAt('$.order') }),
      heartbeatTimeout: sfn.Timeout.duration(Duration.minutes(10)),
      // the worker's answer goes beside the input, so that the next state still reads the order
      resultPath: '$.worker',
    });
    const notifyJsonata = tasks.SnsPublish.jsonata(this, 'Notify (JSONata)', {
      topic,
      message: sfn.TaskInput.fromText('{% "Order " & $states.input.order.id & " done" %}'),
      outputs: { notified: '{% $states.result.MessageId %}' },
    });

    new sfn.StateMachine(this, 'Messaging', {
      definitionBody: sfn.DefinitionBody.fromChainable(publish.next(send).next(waitForWorker).next(notifyJsonata)),
    });
  }
}
