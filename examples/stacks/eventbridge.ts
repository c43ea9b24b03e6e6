import { CloudwatchEventBus } from '@cdktf/provider-aws/lib/cloudwatch-event-bus';
import { DataAwsIamRole } from '@cdktf/provider-aws/lib/data-aws-iam-role';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import type { Construct } from 'constructs';
import { Duration, sfn, tasks } from '../../src';
import { ExampleStack } from './common';

/**
 * The EventBridge and EventBridge Scheduler examples of the aws-cdk README, ported: PutEvents in JSONPath
 * and in JSONata, and a workflow that creates schedules.
 */
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

    // EventBridge Scheduler: the schedule sends a message to a queue with the scheduler's own role
    const queue = new SqsQueue(this, 'Reminders', { name: 'example-reminders' });
    const deadLetters = new SqsQueue(this, 'ReminderFailures', { name: 'example-reminder-failures' });
    const key = new KmsKey(this, 'ScheduleKey', { description: 'encrypts the example schedules' });
    // the role EventBridge Scheduler sends the reminders with, trusted by scheduler.amazonaws.com and
    // allowed sqs:SendMessage on the queue, is managed outside this stack
    const schedulerRole = new DataAwsIamRole(this, 'SchedulerRole', { name: 'example-scheduler' });
    const target = new tasks.EventBridgeSchedulerTarget({
      arn: queue.arn,
      role: schedulerRole,
      input: 'Time to review the orders',
      retryPolicy: { maximumRetryAttempts: 3, maximumEventAge: Duration.hours(1) },
      deadLetterQueue: deadLetters,
    });
    const everyHour = new tasks.EventBridgeSchedulerCreateScheduleTask(this, 'Create an hourly schedule', {
      scheduleName: 'example-hourly-review',
      schedule: tasks.Schedule.rate(Duration.hours(1)),
      target,
      flexibleTimeWindow: Duration.minutes(5),
      kmsKey: key,
      description: 'Hourly review reminder',
      resultPath: sfn.JsonPath.DISCARD,
    });
    const onWeekdays = new tasks.EventBridgeSchedulerCreateScheduleTask(this, 'Create a weekday schedule', {
      scheduleName: 'example-weekday-review',
      schedule: tasks.Schedule.cron({ minute: '0', hour: '9', weekDay: 'MON-FRI' }),
      timezone: 'Europe/Paris',
      target,
      resultPath: sfn.JsonPath.DISCARD,
    });
    const once = tasks.EventBridgeSchedulerCreateScheduleTask.jsonata(this, 'Create a one-time schedule', {
      scheduleName: '{% "example-once-" & $states.context.Execution.Name %}',
      schedule: tasks.Schedule.oneTime(new Date(Date.UTC(2030, 0, 1, 9, 0, 0))),
      actionAfterCompletion: tasks.ActionAfterCompletion.DELETE,
      target,
    });

    new sfn.StateMachine(this, 'Scheduler', {
      definitionBody: sfn.DefinitionBody.fromChainable(everyHour.next(onWeekdays).next(once)),
    });
  }
}
