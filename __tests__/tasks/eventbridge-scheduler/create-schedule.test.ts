import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import type { TerraformStack } from 'cdktf';
import { TerraformVariable } from 'cdktf';
import { Duration, sfn, tasks } from '../../../src';
import { newStack, policiesAttachedTo, renderState, synth } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn, machineOf } from '../util';

const ROLE = '${aws_iam_role.SchedulerRole.arn}';
const TARGET = 'arn:aws:scheduler:::aws-sdk:sqs:sendMessage';
const scheduleArn = (rest: string) => `arn:${PARTITION}:scheduler:${REGION}:${ACCOUNT}:schedule/${rest}`;

describe('EventBridgeSchedulerCreateScheduleTask', () => {
  let stack: TerraformStack;
  let role: IamRole;
  let target: tasks.EventBridgeSchedulerTarget;
  beforeEach(() => {
    stack = newStack();
    role = new IamRole(stack, 'SchedulerRole', { assumeRolePolicy: '{}' });
    target = new tasks.EventBridgeSchedulerTarget({ arn: TARGET, role });
  });

  const create = (extra: Partial<tasks.EventBridgeSchedulerCreateScheduleTaskProps> = {}, id = 'Create') =>
    new tasks.EventBridgeSchedulerCreateScheduleTask(stack, id, { scheduleName: 'daily', schedule: tasks.Schedule.rate(Duration.days(1)), target, ...extra });

  test('default settings', () => {
    expect(renderState(create())).toEqual({
      Type: 'Task',
      Resource: integrationArn('aws-sdk:scheduler:createSchedule'),
      Parameters: {
        ActionAfterCompletion: 'NONE',
        FlexibleTimeWindow: { Mode: 'OFF' },
        Name: 'daily',
        ScheduleExpression: 'rate(1 day)',
        State: 'ENABLED',
        Target: { Arn: TARGET, RoleArn: ROLE },
      },
      End: true,
    });
  });

  test('every prop', () => {
    const queue = new SqsQueue(stack, 'Dlq', { name: 'dlq' });
    const key = new KmsKey(stack, 'Key', {});
    const task = create({
      actionAfterCompletion: tasks.ActionAfterCompletion.DELETE,
      clientToken: 'token-1_a',
      description: 'runs daily',
      startDate: new Date(Date.UTC(2030, 0, 1)),
      endDate: new Date(Date.UTC(2031, 0, 1)),
      flexibleTimeWindow: Duration.minutes(15),
      groupName: 'reports.v1',
      kmsKey: key,
      timezone: 'Europe/Paris',
      enabled: false,
      target: new tasks.EventBridgeSchedulerTarget({
        arn: TARGET,
        role,
        input: '{"QueueUrl":"q","MessageBody":"hi"}',
        retryPolicy: { maximumRetryAttempts: 3, maximumEventAge: Duration.hours(1) },
        deadLetterQueue: queue,
      }),
    });
    expect(renderState(task).Parameters).toEqual({
      ActionAfterCompletion: 'DELETE',
      ClientToken: 'token-1_a',
      Description: 'runs daily',
      StartDate: '2030-01-01T00:00:00.000Z',
      EndDate: '2031-01-01T00:00:00.000Z',
      FlexibleTimeWindow: { Mode: 'FLEXIBLE', MaximumWindowInMinutes: 15 },
      GroupName: 'reports.v1',
      KmsKeyArn: '${aws_kms_key.Key.arn}',
      Name: 'daily',
      ScheduleExpression: 'rate(1 day)',
      ScheduleExpressionTimezone: 'Europe/Paris',
      State: 'DISABLED',
      Target: {
        Arn: TARGET,
        RoleArn: ROLE,
        Input: '{"QueueUrl":"q","MessageBody":"hi"}',
        RetryPolicy: { MaximumEventAgeInSeconds: 3600, MaximumRetryAttempts: 3 },
        DeadLetterConfig: { Arn: '${aws_sqs_queue.Dlq.arn}' },
      },
    });
  });

  test('IAM: CreateSchedule on the schedule of the default group, PassRole on the target role', () => {
    const m = machineOf(stack, create());
    expect(m.statements).toEqual([
      { Effect: 'Allow', Action: 'scheduler:CreateSchedule', Resource: scheduleArn('default/daily') },
      { Effect: 'Allow', Action: 'iam:PassRole', Resource: ROLE },
    ]);
  });

  test('IAM: every schedule of every group for a group read from the input', () => {
    const m = machineOf(stack, create({ groupName: sfn.JsonPath.stringAt('$.group') }));
    expect(m.statements[0].Resource).toBe(scheduleArn('*/*'));
  });

  test('IAM: the group named, and every schedule of the group for a name read from the input', () => {
    const m = machineOf(stack, sfn.Chain.start(create({ groupName: 'reports' }, 'A')).next(create({ scheduleName: sfn.JsonPath.stringAt('$.name') }, 'B')));
    expect(m.statements.find((s: any) => s.Action === 'scheduler:CreateSchedule').Resource).toEqual([scheduleArn('reports/daily'), scheduleArn('default/*')]);
  });

  test('a KMS key: the target role may decrypt with it', () => {
    const key = new KmsKey(stack, 'Key', {});
    machineOf(stack, create({ kmsKey: key }));
    // a grant to the target role: a managed policy of the stack's grants to that role, attached to it
    const json = synth(stack).json;
    expect(json.resource.aws_iam_role_policy).toBeUndefined();
    const grants = policiesAttachedTo(json, 'aws_iam_role.SchedulerRole');
    expect(grants).toHaveLength(1);
    expect(grants[0].document.Statement).toEqual([{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '${aws_kms_key.Key.arn}' }]);
  });

  test.each([sfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN])('fails when the pattern is %s (C.14)', (integrationPattern) => {
    expect(() => create({ integrationPattern })).toThrow(new RegExp(`^test/Create: 'integrationPattern' ${integrationPattern} is not supported by this task; supported: REQUEST_RESPONSE$`));
  });

  test('REQUEST_RESPONSE is accepted', () => {
    expect(renderState(create({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })).Resource).toBe(integrationArn('aws-sdk:scheduler:createSchedule'));
  });

  test('jsonata() renders Arguments', () => {
    const task = tasks.EventBridgeSchedulerCreateScheduleTask.jsonata(stack, 'Create', {
      scheduleName: '{% $states.input.name %}',
      schedule: tasks.Schedule.cron({ minute: '0', hour: '9', weekDay: 'MON-FRI' }),
      target,
    });
    expect(renderState(task)).toMatchObject({
      QueryLanguage: 'JSONata',
      Arguments: { Name: '{% $states.input.name %}', ScheduleExpression: 'cron(0 9 ? * MON-FRI *)' },
    });
    expect(machineOf(stack, task).statements[0].Resource).toBe(scheduleArn('default/*'));
  });

  test('jsonPath() renders Parameters', () => {
    const task = tasks.EventBridgeSchedulerCreateScheduleTask.jsonPath(stack, 'Create', { scheduleName: sfn.JsonPath.stringAt('$.name'), schedule: tasks.Schedule.rate(Duration.minutes(5)), target });
    expect(renderState(task).Parameters).toMatchObject({ 'Name.$': '$.name', 'ScheduleExpression': 'rate(5 minutes)' });
  });

  describe('validation', () => {
    test('accepts the limits', () => {
      expect(() => create({
        scheduleName: 'n'.repeat(64),
        groupName: 'g'.repeat(64),
        clientToken: 't'.repeat(64),
        description: 'd'.repeat(512),
        timezone: 'z'.repeat(50),
        flexibleTimeWindow: Duration.minutes(1440),
        startDate: new Date(Date.UTC(2030, 0, 1)),
        endDate: new Date(Date.UTC(2030, 0, 1, 0, 0, 1)),
      }, 'Max')).not.toThrow();
      expect(() => create({ flexibleTimeWindow: Duration.minutes(1) }, 'Min')).not.toThrow();
      const name = new TerraformVariable(stack, 'name', { type: 'string' }).stringValue;
      expect(() => create({ scheduleName: name, groupName: name, clientToken: name }, 'Tokens')).not.toThrow();
    });

    test.each([
      ['scheduleName', { scheduleName: 'n'.repeat(65) }, /'scheduleName' must be 1 to 64 characters long, got 65/],
      ['scheduleName', { scheduleName: '' }, /'scheduleName' must be 1 to 64 characters long, got 0/],
      ['scheduleName', { scheduleName: 'a b' }, /'scheduleName' must be letters, digits, '-', '_' and '\.' only, got "a b"/],
      ['groupName', { groupName: 'g'.repeat(65) }, /'groupName' must be 1 to 64 characters long, got 65/],
      ['groupName', { groupName: 'g/h' }, /'groupName' must be letters, digits, '-', '_' and '\.' only, got "g\/h"/],
      ['clientToken', { clientToken: '' }, /'clientToken' must be 1 to 64 characters long, got 0/],
      ['clientToken', { clientToken: 'a.b' }, /'clientToken' must be letters, digits, '-' and '_' only, got "a\.b"/],
      ['description', { description: 'd'.repeat(513) }, /'description' must be at most 512 characters long, got 513/],
      ['timezone', { timezone: 'z'.repeat(51) }, /'timezone' must be 1 to 50 characters long, got 51/],
      ['timezone', { timezone: '' }, /'timezone' must be 1 to 50 characters long, got 0/],
      ['flexibleTimeWindow', { flexibleTimeWindow: Duration.minutes(1441) }, /'flexibleTimeWindow' must be 1 to 1440 minutes, got 1441 minutes/],
      ['flexibleTimeWindow', { flexibleTimeWindow: Duration.minutes(0) }, /'flexibleTimeWindow' must be 1 to 1440 minutes, got 0 minutes/],
      ['flexibleTimeWindow', { flexibleTimeWindow: Duration.seconds(90) }, /'flexibleTimeWindow' must be a whole number of minutes, got 90 seconds/],
      ['startDate', { startDate: new Date(Date.UTC(2030, 0, 2)), endDate: new Date(Date.UTC(2030, 0, 1)) }, /'startDate' must be before 'endDate', got 2030-01-02T00:00:00\.000Z and 2030-01-01T00:00:00\.000Z/],
      ['startDate', { startDate: new Date('nope') }, /'startDate' must be a valid Date, got Invalid Date/],
    ])('fails on a bad %s', (_prop, extra, message) => {
      expect(() => create(extra as any)).toThrow(message);
      expect(() => create(extra as any, 'Named')).toThrow(/^test\/Named: /);
    });

    test('a Date prop given as a string is refused by the prop check', () => {
      expect(() => create({ startDate: '2030-01-01' as any })).toThrow(/startDate.*a Date/);
    });
  });
});

describe('Schedule', () => {
  test.each([
    [Duration.minutes(1), 'rate(1 minute)'],
    [Duration.minutes(90), 'rate(90 minutes)'],
    [Duration.minutes(120), 'rate(2 hours)'],
    [Duration.seconds(3600), 'rate(1 hour)'],
    [Duration.days(2), 'rate(2 days)'],
    [Duration.hours(48), 'rate(2 days)'],
  ])('rate(%s) is %s', (d, expression) => {
    expect(tasks.Schedule.rate(d).expressionString).toBe(expression);
  });

  test('rate with a Terraform variable of minutes, or of hours', () => {
    const stack = newStack();
    const minutes = new TerraformVariable(stack, 'minutes', { type: 'number' }).numberValue;
    const role = { arn: 'arn:aws:iam::123456789012:role/r', name: 'r' };
    const target = new tasks.EventBridgeSchedulerTarget({ arn: TARGET, role });
    const task = new tasks.EventBridgeSchedulerCreateScheduleTask(stack, 'Create', { scheduleName: 'n', schedule: tasks.Schedule.rate(Duration.minutes(minutes)), target });
    const m = machineOf(stack, task);
    expect(m.definition.States.Create.Parameters.ScheduleExpression).toBe('rate(${var.minutes} minutes)');
    expect(() => tasks.Schedule.rate(Duration.seconds(minutes))).toThrow(/Schedule\.rate must be given in minutes or a larger unit/);
  });

  test('rate fails below a minute and on a part of a minute', () => {
    expect(() => tasks.Schedule.rate(Duration.seconds(59))).toThrow(/^Schedule\.rate needs a whole number of minutes, at least 1 \(EventBridge Scheduler's smallest unit\), got 59 seconds$/);
    expect(() => tasks.Schedule.rate(Duration.seconds(90))).toThrow(/got 90 seconds$/);
    expect(() => tasks.Schedule.rate(Duration.minutes(0))).toThrow(/got 0 minutes$/);
  });

  test('cron fills the other fields', () => {
    expect(tasks.Schedule.cron({}).expressionString).toBe('cron(* * * * ? *)');
    expect(tasks.Schedule.cron({ minute: '0', hour: '12', weekDay: 'MON' }).expressionString).toBe('cron(0 12 ? * MON *)');
    expect(tasks.Schedule.cron({ day: '1', month: '6', year: '2030' }).expressionString).toBe('cron(* * 1 6 ? 2030)');
  });

  test('cron fails with both day and weekDay', () => {
    expect(() => tasks.Schedule.cron({ day: '1', weekDay: 'MON' })).toThrow(/^Schedule\.cron takes 'day' or 'weekDay', not both, got day "1" and weekDay "MON"$/);
  });

  test('oneTime is at(...) in UTC (C.13)', () => {
    expect(tasks.Schedule.oneTime(new Date(Date.UTC(2030, 0, 2, 3, 4, 5, 678))).expressionString).toBe('at(2030-01-02T03:04:05)');
    expect(tasks.Schedule.oneTime(new Date('2030-06-01T12:00:00+02:00')).expressionString).toBe('at(2030-06-01T10:00:00)');
  });

  test('oneTime fails on an invalid Date', () => {
    expect(() => tasks.Schedule.oneTime(new Date('nope'))).toThrow(/^Schedule\.oneTime needs a valid Date, got Invalid Date$/);
  });
});

describe('EventBridgeSchedulerTarget', () => {
  const role = { arn: 'arn:aws:iam::123456789012:role/r', name: 'r' };
  const target = (extra: Partial<tasks.EventBridgeSchedulerTargetProps>) => new tasks.EventBridgeSchedulerTarget({ arn: TARGET, role, ...extra });

  test('accepts the limits', () => {
    expect(() => target({ input: 'x', retryPolicy: { maximumRetryAttempts: 0, maximumEventAge: Duration.seconds(60) } })).not.toThrow();
    expect(() => target({ retryPolicy: { maximumRetryAttempts: 185, maximumEventAge: Duration.hours(24) } })).not.toThrow();
  });

  test.each([
    [{ input: '' }, /^EventBridgeSchedulerTarget 'input' must be at least 1 character long, got ""$/],
    [{ retryPolicy: { maximumRetryAttempts: 186, maximumEventAge: Duration.hours(1) } }, /'retryPolicy\.maximumRetryAttempts' must be an integer from 0 to 185, got 186$/],
    [{ retryPolicy: { maximumRetryAttempts: 1.5, maximumEventAge: Duration.hours(1) } }, /'retryPolicy\.maximumRetryAttempts' must be an integer from 0 to 185, got 1\.5$/],
    [{ retryPolicy: { maximumRetryAttempts: -1, maximumEventAge: Duration.hours(1) } }, /got -1$/],
    [{ retryPolicy: { maximumRetryAttempts: 1, maximumEventAge: Duration.seconds(59) } }, /'retryPolicy\.maximumEventAge' must be from 60 seconds to 86400 seconds \(24 hours\), got 59 seconds$/],
    [{ retryPolicy: { maximumRetryAttempts: 1, maximumEventAge: Duration.hours(25) } }, /got 25 hours$/],
  ])('fails on %j', (extra, message) => {
    expect(() => target(extra as any)).toThrow(message);
  });
});
