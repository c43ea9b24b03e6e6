import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import type { Construct } from 'constructs';
import { Duration, iam, sfn } from '../../src';
import { integrationResourceArn, validatePatternSupported } from '../../src/render/integration';
import { newStack, renderState, synthMachine } from '../util/synth';

// A minimal task, as the task classes are built: Resource, Parameters/Arguments, policies.
class FakeTask extends sfn.TaskStateBase {
  protected readonly taskPolicies: iam.PolicyStatement[];
  constructor(scope: Construct, id: string, private readonly fakeProps: sfn.TaskStateBaseProps & { payload?: any } = {}) {
    super(scope, id, fakeProps);
    this.taskPolicies = [new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['arn:aws:sqs:us-east-1:123456789012:q'] })];
  }
  protected _renderTask(top?: sfn.QueryLanguage): any {
    return { Resource: integrationResourceArn(this, 'sqs', 'sendMessage', this.fakeProps.integrationPattern), ...this._renderParametersOrArguments(this.fakeProps.payload ?? { QueueUrl: 'q' }, this._effectiveLanguage(top)) };
  }
}

const PARTITION = '${data.aws_partition.current_partition.partition}';

describe('TaskStateBase', () => {
  test('renders the shared task fields', () => {
    const stack = newStack();
    const task = new FakeTask(stack, 'T', {
      comment: 'c', inputPath: '$.in', outputPath: '$.out', resultPath: '$.res',
      resultSelector: { id: sfn.JsonPath.stringAt('$.MessageId') },
      taskTimeout: sfn.Timeout.duration(Duration.minutes(5)), heartbeatTimeout: sfn.Timeout.at('$.hb'),
      assign: { last: sfn.JsonPath.stringAt('$.MessageId') },
      payload: { QueueUrl: 'q', Body: sfn.JsonPath.stringAt('$.body') },
    });
    expect(renderState(task)).toEqual({
      Type: 'Task', Comment: 'c', Resource: `arn:${PARTITION}:states:::sqs:sendMessage`,
      TimeoutSeconds: 300, HeartbeatSecondsPath: '$.hb', InputPath: '$.in', OutputPath: '$.out', ResultPath: '$.res',
      ResultSelector: { 'id.$': '$.MessageId' }, Assign: { 'last.$': '$.MessageId' },
      Parameters: { QueueUrl: 'q', 'Body.$': '$.body' }, End: true,
    });
  });

  test('renders JSONata tasks with Arguments, Output and expression timeouts', () => {
    const stack = newStack();
    const task = new FakeTask(stack, 'T', {
      queryLanguage: sfn.QueryLanguage.JSONATA, outputs: '{% $states.result %}', taskTimeout: sfn.Timeout.jsonata('{% $t %}'),
      payload: { QueueUrl: 'q', Body: '{% $states.input %}' },
    });
    expect(renderState(task)).toEqual({
      Type: 'Task', QueryLanguage: 'JSONata', Resource: `arn:${PARTITION}:states:::sqs:sendMessage`, TimeoutSeconds: '{% $t %}',
      Output: '{% $states.result %}', Arguments: { QueueUrl: 'q', Body: '{% $states.input %}' }, End: true,
    });
  });

  test.each([
    [sfn.IntegrationPattern.REQUEST_RESPONSE, ''],
    [sfn.IntegrationPattern.RUN_JOB, '.sync'],
    [sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, '.waitForTaskToken'],
  ])('the %s pattern adds %j to the resource', (integrationPattern, suffix) => {
    const task = new FakeTask(newStack(), 'T', { integrationPattern });
    expect(renderState(task).Resource).toBe(`arn:${PARTITION}:states:::sqs:sendMessage${suffix}`);
  });

  test('validatePatternSupported names what is allowed', () => {
    const task = new FakeTask(newStack(), 'T');
    expect(() => validatePatternSupported(task, sfn.IntegrationPattern.RUN_JOB, [sfn.IntegrationPattern.REQUEST_RESPONSE, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN]))
      .toThrow("test/T: 'integrationPattern' RUN_JOB is not supported by this task; supported: REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN");
    expect(() => validatePatternSupported(task, sfn.IntegrationPattern.RUN_JOB, [sfn.IntegrationPattern.RUN_JOB])).not.toThrow();
    expect(() => integrationResourceArn(task, '', 'x')).toThrow(/needs both a service and an API/);
  });

  test('credentials render a RoleArn and grant sts:AssumeRole', () => {
    const stack = newStack();
    const role = new IamRole(stack, 'Target', { assumeRolePolicy: '{}' });
    const fixed = new FakeTask(stack, 'Fixed', { credentials: { role: sfn.TaskRole.fromRole(role) } });
    const dynamic = new FakeTask(stack, 'Dynamic', { credentials: { role: sfn.TaskRole.fromRoleArnJsonPath('$.role') } });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(fixed.next(dynamic)) });
    const m = synthMachine(stack);
    expect(m.definition.States.Fixed.Credentials).toEqual({ RoleArn: '${aws_iam_role.Target.arn}' });
    expect(m.definition.States.Dynamic.Credentials).toEqual({ 'RoleArn.$': '$.role' });
    expect(m.statements).toEqual([
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:123456789012:q' },
      { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ['${aws_iam_role.Target.arn}', '*'] },
    ]);
  });

  test.each([
    [{ taskTimeout: sfn.Timeout.duration(Duration.seconds(0)) }, /'taskTimeout' must be a whole number of seconds greater than 0, got 0/],
    [{ heartbeatTimeout: sfn.Timeout.duration(Duration.seconds(0)) }, /'heartbeatTimeout'/],
    [{ taskTimeout: sfn.Timeout.duration(Duration.seconds(10)), heartbeatTimeout: sfn.Timeout.duration(Duration.seconds(10)) }, /'heartbeatTimeout' \(10s\) must be shorter than 'taskTimeout' \(10s\)/],
    [{ timeout: Duration.seconds(0) }, /test\/T: 'timeout' must be a whole number of seconds greater than 0, got 0/],
    [{ heartbeat: Duration.millis(1500) }, /test\/T: 'heartbeat' must be a whole number of seconds greater than 0, got 1500 millis/],
    [{ timeout: Duration.seconds(10), heartbeatTimeout: sfn.Timeout.duration(Duration.seconds(10)) }, /'heartbeatTimeout' \(10s\) must be shorter than 'timeout' \(10s\)/],
    [{ queryLanguage: sfn.QueryLanguage.JSONATA, resultPath: '$.x' }, /JSONPath fields; a JSONata task shapes its output with 'outputs'/],
    [{ resultSelector: { a: `x${sfn.JsonPath.stringAt('$.a')}` } }, /'resultSelector'.a: a JsonPath reference must be the whole string value/],
  ])('fails for %j', (props, message) => {
    expect(() => new FakeTask(newStack(), 'T', props)).toThrow(message);
  });

  test('the deprecated timeout and heartbeat render as TimeoutSeconds/HeartbeatSeconds and replace taskTimeout/heartbeatTimeout', () => {
    const task = new FakeTask(newStack(), 'T', {
      timeout: Duration.minutes(2), taskTimeout: sfn.Timeout.at('$.t'),
      heartbeat: Duration.seconds(30), heartbeatTimeout: sfn.Timeout.at('$.h'),
    });
    const json = renderState(task);
    expect(json).toMatchObject({ TimeoutSeconds: 120, HeartbeatSeconds: 30 });
    expect(json).not.toHaveProperty('TimeoutSecondsPath');
    expect(json).not.toHaveProperty('HeartbeatSecondsPath');
  });

  test('a timeout that is not a whole number of seconds names the task and the prop', () => {
    const stack = newStack();
    // Timeout.duration keeps the duration: the task converts it, knowing who it is and which prop it got
    const half = sfn.Timeout.duration(Duration.millis(500));
    expect(() => new FakeTask(stack, 'Process', { taskTimeout: half }))
      .toThrow(/^test\/Process: 'taskTimeout' must be a whole number of seconds, got 500 millis$/);
    expect(() => new FakeTask(stack, 'Beat', { heartbeatTimeout: sfn.Timeout.duration(Duration.millis(1500)) }))
      .toThrow(/^test\/Beat: 'heartbeatTimeout' must be a whole number of seconds, got 1500 millis$/);
    const whole = new FakeTask(stack, 'Whole', { taskTimeout: sfn.Timeout.duration(Duration.millis(2000)) });
    expect(renderState(whole).TimeoutSeconds).toBe(2);
    expect(sfn.Timeout.duration(Duration.minutes(1)).seconds).toBe(60);
  });

  test('timeouts accept their other forms', () => {
    expect(() => sfn.Timeout.jsonata('$.x')).toThrow(/Timeout.jsonata\(jsonataExpression\) must be a JSONata expression/);
    expect(() => sfn.Timeout.at('x')).toThrow(/Timeout.at\(path\)/);
    expect(() => new FakeTask(newStack(), 'T', { taskTimeout: sfn.Timeout.duration(Duration.seconds(20)), heartbeatTimeout: sfn.Timeout.duration(Duration.seconds(10)) })).not.toThrow();
  });

  test('a JSONata task in a JSONPath state machine and a task in a JSONata state machine', () => {
    const stack = newStack();
    const a = new FakeTask(stack, 'A', { queryLanguage: sfn.QueryLanguage.JSONATA, payload: { QueueUrl: '{% $q %}' } });
    const b = new FakeTask(stack, 'B', { payload: { QueueUrl: 'q' } });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(a.next(b)), queryLanguage: sfn.QueryLanguage.JSONATA });
    const m = synthMachine(stack);
    expect(m.definition.States.A.QueryLanguage).toBeUndefined();
    expect(m.definition.States.A.Arguments).toEqual({ QueueUrl: '{% $q %}' });
    expect(m.definition.States.B.Arguments).toEqual({ QueueUrl: 'q' });
  });
});
