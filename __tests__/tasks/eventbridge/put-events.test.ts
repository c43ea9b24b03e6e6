import { CloudwatchEventBus } from '@cdktf/provider-aws/lib/cloudwatch-event-bus';
import { DataAwsCloudwatchEventBus } from '@cdktf/provider-aws/lib/data-aws-cloudwatch-event-bus';
import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { newStack, renderState } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn, machineOf } from '../util';

const BUS = '${aws_cloudwatch_event_bus.Bus.arn}';
const DEFAULT_BUS = `arn:${PARTITION}:events:${REGION}:${ACCOUNT}:event-bus/default`;

describe('EventBridgePutEvents', () => {
  let stack: TerraformStack;
  let bus: CloudwatchEventBus;
  beforeEach(() => {
    stack = newStack();
    bus = new CloudwatchEventBus(stack, 'Bus', { name: 'orders' });
  });

  const entry = (extra: Partial<tasks.EventBridgePutEventsEntry> = {}): tasks.EventBridgePutEventsEntry => ({
    detail: sfn.TaskInput.fromText('MyDetail'),
    detailType: 'MyDetailType',
    source: 'my.source',
    ...extra,
  });

  test('one entry on a bus and one on the default bus (G.10)', () => {
    const task = new tasks.EventBridgePutEvents(stack, 'PutEvents', {
      entries: [entry({ eventBus: bus }), entry({ detail: sfn.TaskInput.fromText('MyDetail2') })],
    });
    const m = machineOf(stack, task);
    expect(m.definition.States.PutEvents).toEqual({
      Type: 'Task',
      Resource: integrationArn('events:putEvents'),
      Parameters: {
        Entries: [
          { Detail: 'MyDetail', DetailType: 'MyDetailType', EventBusName: BUS, Source: 'my.source' },
          { Detail: 'MyDetail2', DetailType: 'MyDetailType', Source: 'my.source' },
        ],
      },
      End: true,
    });
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'events:PutEvents', Resource: [BUS, DEFAULT_BUS] }]);
  });

  test('IAM names each bus once, and only the buses used', () => {
    const other = { arn: 'arn:aws:events:eu-west-1:111122223333:event-bus/partner', name: 'partner' };
    const m = machineOf(stack, new tasks.EventBridgePutEvents(stack, 'PutEvents', {
      entries: [entry({ eventBus: bus }), entry({ eventBus: bus }), entry({ eventBus: other })],
    }));
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'events:PutEvents', Resource: [BUS, other.arn] }]);
    expect(m.definition.States.PutEvents.Parameters.Entries.map((e: any) => e.EventBusName)).toEqual([BUS, BUS, other.arn]);
  });

  test('an existing bus from its data source is an EventBusRef', () => {
    const existing: tasks.EventBusRef = new DataAwsCloudwatchEventBus(stack, 'Existing', { name: 'existing' });
    const m = machineOf(stack, new tasks.EventBridgePutEvents(stack, 'PutEvents', { entries: [entry({ eventBus: existing })] }));
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'events:PutEvents', Resource: '${data.aws_cloudwatch_event_bus.Existing.arn}' }]);
  });

  test('the default bus alone', () => {
    const m = machineOf(stack, new tasks.EventBridgePutEvents(stack, 'PutEvents', { entries: [entry()] }));
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'events:PutEvents', Resource: DEFAULT_BUS }]);
  });

  test('an object detail with references, and references in detailType and source', () => {
    const task = new tasks.EventBridgePutEvents(stack, 'PutEvents', {
      entries: [{
        detail: sfn.TaskInput.fromObject({ Message: 'Hello', order: sfn.JsonPath.objectAt('$.order') }),
        detailType: sfn.JsonPath.stringAt('$.type'),
        source: sfn.JsonPath.stringAt('$.source'),
      }],
    });
    expect(renderState(task).Parameters.Entries).toEqual([
      { 'Detail': { 'Message': 'Hello', 'order.$': '$.order' }, 'DetailType.$': '$.type', 'Source.$': '$.source' },
    ]);
  });

  test.each([
    [undefined, 'events:putEvents'],
    [sfn.IntegrationPattern.REQUEST_RESPONSE, 'events:putEvents'],
  ])('pattern %s gives Resource %s', (integrationPattern, api) => {
    expect(renderState(new tasks.EventBridgePutEvents(stack, 'PutEvents', { integrationPattern, entries: [entry()] })).Resource).toBe(integrationArn(api));
  });

  test('WAIT_FOR_TASK_TOKEN with the token in a detail', () => {
    const task = new tasks.EventBridgePutEvents(stack, 'PutEvents', {
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      entries: [entry(), entry({ detail: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }) })],
    });
    expect(renderState(task)).toMatchObject({
      Resource: integrationArn('events:putEvents.waitForTaskToken'),
      Parameters: { Entries: [{ Detail: 'MyDetail' }, { Detail: { 'token.$': '$$.Task.Token' } }] },
    });
  });

  test('fails when no WAIT_FOR_TASK_TOKEN detail holds the token', () => {
    expect(() => new tasks.EventBridgePutEvents(stack, 'PutEvents', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, entries: [entry()] }))
      .toThrow(/^test\/PutEvents: the 'detail' of one of the 'entries' must hold the task token when 'integrationPattern' is WAIT_FOR_TASK_TOKEN/);
  });

  test('fails when the pattern is RUN_JOB', () => {
    expect(() => new tasks.EventBridgePutEvents(stack, 'PutEvents', { integrationPattern: sfn.IntegrationPattern.RUN_JOB, entries: [entry()] }))
      .toThrow(/^test\/PutEvents: 'integrationPattern' RUN_JOB is not supported by this task; supported: REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN/);
  });

  test('jsonata() renders Arguments, with the JSONata task token', () => {
    const task = tasks.EventBridgePutEvents.jsonata(stack, 'PutEvents', {
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      entries: [entry({ eventBus: bus, detail: sfn.TaskInput.fromObject({ token: '{% $states.context.Task.Token %}' }), source: '{% $states.input.source %}' })],
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      Resource: integrationArn('events:putEvents.waitForTaskToken'),
      Arguments: { Entries: [{ Detail: { token: '{% $states.context.Task.Token %}' }, DetailType: 'MyDetailType', EventBusName: BUS, Source: '{% $states.input.source %}' }] },
      End: true,
    });
  });

  test('jsonPath() renders Parameters', () => {
    expect(renderState(tasks.EventBridgePutEvents.jsonPath(stack, 'PutEvents', { entries: [entry()] })).Parameters)
      .toEqual({ Entries: [{ Detail: 'MyDetail', DetailType: 'MyDetailType', Source: 'my.source' }] });
  });

  describe('entries', () => {
    test('accepts 1 and 10 entries', () => {
      expect(() => new tasks.EventBridgePutEvents(stack, 'One', { entries: [entry()] })).not.toThrow();
      expect(renderState(new tasks.EventBridgePutEvents(stack, 'Ten', { entries: Array.from({ length: 10 }, () => entry()) })).Parameters.Entries).toHaveLength(10);
    });

    test('fails on no entries and on more than 10', () => {
      expect(() => new tasks.EventBridgePutEvents(stack, 'None', { entries: [] })).toThrow(/^test\/None: 'entries' must hold 1 to 10 events \(the PutEvents limit\), got 0$/);
      expect(() => new tasks.EventBridgePutEvents(stack, 'Eleven', { entries: Array.from({ length: 11 }, () => entry()) }))
        .toThrow(/^test\/Eleven: 'entries' must hold 1 to 10 events \(the PutEvents limit\), got 11$/);
    });
  });

  describe('source', () => {
    test('accepts a custom source, one containing "aws", and references', () => {
      expect(() => new tasks.EventBridgePutEvents(stack, 'A', { entries: [entry({ source: 'com.example.aws.orders' }), entry({ source: 'awesome.app' })] })).not.toThrow();
      expect(() => new tasks.EventBridgePutEvents(stack, 'B', { entries: [entry({ source: sfn.JsonPath.stringAt('$.source') })] })).not.toThrow();
    });

    test('fails on a literal source starting with aws.', () => {
      expect(() => new tasks.EventBridgePutEvents(stack, 'PutEvents', { entries: [entry(), entry({ source: 'aws.ec2' })] }))
        .toThrow(/^test\/PutEvents: 'entries\[1\]\.source' must not start with "aws\." \(reserved for events of AWS services\), got "aws\.ec2"$/);
    });
  });
});
