// Differential tests against aws-cdk-lib 2.276 for the AWS SDK and EventBridge tasks: the same workflow
// must give the same definition and the same grants, but for the differences docs/DIFFERENCES.md lists.
import * as cdk from 'aws-cdk-lib';
import * as cdkEvents from 'aws-cdk-lib/aws-events';
import * as cdkIam from 'aws-cdk-lib/aws-iam';
import * as cdkKms from 'aws-cdk-lib/aws-kms';
import * as cdkSqs from 'aws-cdk-lib/aws-sqs';
import * as cdkSfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cdkTasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import { Duration, sfn, tasks } from '../../src';
import { ACCOUNT, cdkDefinition, cdkGrants, ourDefinition, ourGrants } from '../util/compat';

const QUEUE_URL = `https://sqs.us-east-1.amazonaws.com/${ACCOUNT}/q`;
const QUEUE = `arn:aws:sqs:us-east-1:${ACCOUNT}:q`;

describe('CallAwsService against aws-cdk-lib 2.276', () => {
  // the same props in both libraries: plain data, JsonPath from each side
  function calls(lib: { sfn: typeof sfn | typeof cdkSfn; tasks: typeof tasks | typeof cdkTasks }, scope: any): any {
    const S = lib.sfn as typeof cdkSfn;
    const T = lib.tasks as typeof cdkTasks;
    return S.Chain.start(new T.CallAwsService(scope, 'GetObject', {
      service: 's3',
      action: 'getObject',
      parameters: { Bucket: 'my-bucket', Key: S.JsonPath.stringAt('$.key') },
      iamResources: ['arn:aws:s3:::my-bucket/*'],
      resultSelector: { Body: S.JsonPath.stringAt('$.Body') },
    })).next(new T.CallAwsService(scope, 'Send', {
      service: 'sqs',
      action: 'sendMessage',
      integrationPattern: S.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      parameters: { QueueUrl: QUEUE_URL, MessageBody: S.JsonPath.taskToken },
      iamResources: [QUEUE],
    })).next(new T.CallAwsService(scope, 'Start', {
      service: 'sfn',
      action: 'startExecution',
      parameters: { StateMachineArn: `arn:aws:states:us-east-1:${ACCOUNT}:stateMachine:child` },
      iamResources: [`arn:aws:states:us-east-1:${ACCOUNT}:stateMachine:child`],
    })).next(T.CallAwsService.jsonata(scope, 'Logs', {
      service: 'cloudwatchlogs',
      action: 'createLogStream',
      parameters: { LogGroupName: 'g', LogStreamName: '{% $states.context.Execution.Name %}' },
      iamResources: [`arn:aws:logs:us-east-1:${ACCOUNT}:log-group:g:*`],
    }));
  }

  test('the same definition and grants for services aws-cdk-lib maps', () => {
    expect(ourDefinition((s) => calls({ sfn, tasks }, s))).toEqual(cdkDefinition((s) => calls({ sfn: cdkSfn, tasks: cdkTasks }, s)));
    expect(ourGrants((s) => calls({ sfn, tasks }, s))).toEqual(cdkGrants((s) => calls({ sfn: cdkSfn, tasks: cdkTasks }, s)));
  });

  test('differs on purpose: an upper-case service and a service missing from its seven-entry map (C.21)', () => {
    const build = (T: any) => (s: any) => new T.CallAwsService(s, 'Send', { service: 'SESv2', action: 'sendEmail', iamResources: ['*'] });
    expect(ourDefinition(build(tasks))).toEqual(cdkDefinition(build(cdkTasks)));
    expect(cdkGrants(build(cdkTasks))).toEqual(['SESv2:sendEmail *']);
    expect(ourGrants(build(tasks))).toEqual(['ses:sendEmail *']);
  });
});

describe('EventBridgePutEvents against aws-cdk-lib 2.276', () => {
  const BUS = `arn:aws:events:us-east-1:${ACCOUNT}:event-bus/orders`;
  function putEvents(lib: { sfn: typeof sfn | typeof cdkSfn; tasks: typeof tasks | typeof cdkTasks }, scope: any, eventBus: any): any {
    const S = lib.sfn as typeof cdkSfn;
    const T = lib.tasks as typeof cdkTasks;
    return S.Chain.start(new T.EventBridgePutEvents(scope, 'Put', {
      entries: [
        { detail: S.TaskInput.fromObject({ order: S.JsonPath.objectAt('$.order') }), detailType: 'OrderPlaced', source: 'com.example.orders', eventBus },
        { detail: S.TaskInput.fromText('plain'), detailType: S.JsonPath.stringAt('$.type'), source: 'com.example.orders' },
      ],
      resultPath: S.JsonPath.DISCARD,
    })).next(new T.EventBridgePutEvents(scope, 'Wait', {
      integrationPattern: S.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      entries: [{ detail: S.TaskInput.fromObject({ token: S.JsonPath.taskToken }), detailType: 'Approve', source: 'com.example.orders', eventBus }],
    })).next(T.EventBridgePutEvents.jsonata(scope, 'Notify', {
      entries: [{ detail: S.TaskInput.fromObject({ id: '{% $states.input.order.id %}' }), detailType: 'Done', source: 'com.example.orders' }],
    }));
  }

  test('the same definition and grants, on a named bus and on the default bus', () => {
    const cdkBuild = (s: cdk.Stack) => putEvents({ sfn: cdkSfn, tasks: cdkTasks }, s, cdkEvents.EventBus.fromEventBusArn(s, 'Bus', BUS));
    const ourBuild = (s: Construct) => putEvents({ sfn, tasks }, s, { arn: BUS, name: 'orders' });
    expect(ourDefinition(ourBuild)).toEqual(cdkDefinition(cdkBuild));
    expect(ourGrants(ourBuild)).toEqual(cdkGrants(cdkBuild));
  });
});

describe('EventBridgeSchedulerCreateScheduleTask against aws-cdk-lib 2.276', () => {
  const ROLE = `arn:aws:iam::${ACCOUNT}:role/scheduler`;
  const DLQ = `arn:aws:sqs:us-east-1:${ACCOUNT}:dlq`;
  const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
  const TARGET = 'arn:aws:scheduler:::aws-sdk:sqs:sendMessage';

  function schedules(lib: any, scope: any, refs: { role: any; dlq: any; key: any }, D: any): any {
    const S = lib.sfn as typeof cdkSfn;
    const T = lib.tasks as typeof cdkTasks;
    const target = new T.EventBridgeSchedulerTarget({
      arn: TARGET, role: refs.role, input: '{"MessageBody":"hi"}',
      retryPolicy: { maximumRetryAttempts: 5, maximumEventAge: D.hours(2) }, deadLetterQueue: refs.dlq,
    });
    return S.Chain.start(new T.EventBridgeSchedulerCreateScheduleTask(scope, 'Daily', {
      scheduleName: 'daily', schedule: T.Schedule.rate(D.days(1)), target, groupName: 'reports', kmsKey: refs.key,
      flexibleTimeWindow: D.minutes(10), timezone: 'Europe/Paris', description: 'a report', clientToken: 'abc',
      startDate: new Date(Date.UTC(2030, 0, 1)), endDate: new Date(Date.UTC(2031, 0, 1)), enabled: false,
      actionAfterCompletion: T.ActionAfterCompletion.DELETE,
    })).next(T.EventBridgeSchedulerCreateScheduleTask.jsonata(scope, 'Weekdays', {
      scheduleName: 'weekdays', schedule: T.Schedule.cron({ minute: '0', hour: '9', weekDay: 'MON-FRI' }), target,
    }));
  }

  test('the same definition and grants for rate and cron schedules', () => {
    const cdkBuild = (s: cdk.Stack) => schedules({ sfn: cdkSfn, tasks: cdkTasks }, s, {
      role: cdkIam.Role.fromRoleArn(s, 'Role', ROLE), dlq: cdkSqs.Queue.fromQueueArn(s, 'Dlq', DLQ), key: cdkKms.Key.fromKeyArn(s, 'Key', KEY),
    }, cdk.Duration);
    const ourBuild = (s: Construct) => schedules({ sfn, tasks }, s, { role: { arn: ROLE, name: 'scheduler' }, dlq: { arn: DLQ, url: 'https://sqs.us-east-1.amazonaws.com/x/dlq' }, key: { arn: KEY } }, Duration);
    // docs/DIFFERENCES.md: a rate of 1 takes the singular unit, which Scheduler requires
    const theirs = cdkDefinition(cdkBuild);
    expect(theirs.States.Daily.Parameters.ScheduleExpression).toBe('rate(1 days)');
    theirs.States.Daily.Parameters.ScheduleExpression = 'rate(1 day)';
    expect(ourDefinition(ourBuild)).toEqual(theirs);
    // aws-cdk-lib's kms:Decrypt is a policy of the target role, not the state machine's; ours too
    // (a grant to that role, checked in the task's tests)
    expect(ourGrants(ourBuild)).toEqual(cdkGrants(cdkBuild).filter((g) => !g.startsWith('kms:Decrypt ')));
    expect(cdkGrants(cdkBuild)).toContain(`kms:Decrypt ${KEY}`);
  });

  test('differs on purpose: a one-time schedule is at(...) in UTC (C.13)', () => {
    const at = new Date(Date.UTC(2030, 5, 1, 12, 30, 0));
    expect(tasks.Schedule.oneTime(at).expressionString).toBe('at(2030-06-01T12:30:00)');
    expect(cdkTasks.Schedule.oneTime(at).expressionString).not.toMatch(/^at\(/);
  });
});
