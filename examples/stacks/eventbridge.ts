import { CloudwatchEventBus } from '@cdktf/provider-aws/lib/cloudwatch-event-bus';
import type { Construct } from 'constructs';
import { sfn, tasks } from '../../src';
import { ExampleStack } from './common';

/** The EventBridge examples of the aws-cdk README, ported: PutEvents in JSONPath and in JSONata. */
export class EventBridgeStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const bus = new CloudwatchEventBus(this, 'Orders', { name: 'example-orders' });

    const sendEvents = new tasks.EventBridgePutEvents(this, 'Send an event to EventBridge', {
      entries: [
        { detail: sfn.TaskInput.fromObject({ Message: 'Hello from Step Functions!' }), eventBus: bus, detailType: 'MessageFromStepFunctions', source: 'step.functions' },
        // no eventBus: the account's default bus
        { detail: sfn.TaskInput.fromJsonPathAt('$.audit'), detailType: 'Audit', source: 'step.functions' },
      ],
      resultPath: sfn.JsonPath.DISCARD,
    });
    const waitForApproval = new tasks.EventBridgePutEvents(this, 'Wait for approval', {
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      entries: [{
        detail: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken, order: sfn.JsonPath.objectAt('$.order') }),
        eventBus: bus,
        detailType: 'ApprovalRequested',
        source: 'step.functions',
      }],
      resultPath: '$.approval',
    });
    const notify = tasks.EventBridgePutEvents.jsonata(this, 'Notify (JSONata)', {
      entries: [{
        detail: sfn.TaskInput.fromObject({ orderId: '{% $states.input.order.id %}', approved: '{% $states.input.approval.approved %}' }),
        eventBus: bus,
        detailType: 'OrderApproved',
        source: 'step.functions',
      }],
    });

    new sfn.StateMachine(this, 'EventBridge', {
      definitionBody: sfn.DefinitionBody.fromChainable(sendEvents.next(waitForApproval).next(notify)),
    });
  }
}
