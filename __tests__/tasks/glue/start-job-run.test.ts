import type { TerraformStack } from 'cdktf';
import { Duration, sfn, tasks } from '../../../src';
import { newStack, renderState } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn, machineOf } from '../util';

const JOB = `arn:${PARTITION}:glue:${REGION}:${ACCOUNT}:job/GlueJob`;

describe('GlueStartJobRun', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('defaults: REQUEST_RESPONSE, only the job name, glue:StartJobRun on the job', () => {
    const m = machineOf(stack, new tasks.GlueStartJobRun(stack, 'Task', { glueJobName: 'GlueJob' }));
    expect(m.definition.States.Task).toEqual({
      Type: 'Task',
      Resource: integrationArn('glue:startJobRun'),
      Parameters: { JobName: 'GlueJob' },
      End: true,
    });
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'glue:StartJobRun', Resource: JOB }]);
  });

  test('every option, RUN_JOB (G.9): .sync and the polling permissions', () => {
    const task = new tasks.GlueStartJobRun(stack, 'Task', {
      glueJobName: 'GlueJob',
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      arguments: sfn.TaskInput.fromObject({ key: 'value' }),
      taskTimeout: sfn.Timeout.duration(Duration.minutes(1440)),
      securityConfiguration: 'securityConfiguration',
      notifyDelayAfter: Duration.minutes(10),
      workerConfiguration: { workerTypeV2: tasks.WorkerTypeV2.G_2X, numberOfWorkers: 4 },
      executionClass: tasks.ExecutionClass.STANDARD,
    });
    const m = machineOf(stack, task);
    expect(m.definition.States.Task).toEqual({
      Type: 'Task',
      Resource: integrationArn('glue:startJobRun.sync'),
      Parameters: {
        JobName: 'GlueJob',
        Arguments: { key: 'value' },
        Timeout: 1440,
        SecurityConfiguration: 'securityConfiguration',
        NotificationProperty: { NotifyDelayAfter: 10 },
        WorkerType: 'G.2X',
        NumberOfWorkers: 4,
        ExecutionClass: 'STANDARD',
      },
      End: true,
    });
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: ['glue:StartJobRun', 'glue:GetJobRun', 'glue:GetJobRuns', 'glue:BatchStopJobRun'], Resource: JOB }]);
  });

  test('WAIT_FOR_TASK_TOKEN is rejected', () => {
    expect(() => new tasks.GlueStartJobRun(stack, 'Task', { glueJobName: 'j', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow("test/Task: 'integrationPattern' WAIT_FOR_TASK_TOKEN is not supported by this task; supported: REQUEST_RESPONSE, RUN_JOB");
  });

  test('the deprecated WorkerType, WorkerTypeV2.of, and a job name from the state (job/*)', () => {
    const a = new tasks.GlueStartJobRun(stack, 'A', { glueJobName: 'j', workerConfiguration: { workerType: tasks.WorkerType.Z_2X, numberOfWorkers: 2 } });
    const b = new tasks.GlueStartJobRun(stack, 'B', { glueJobName: 'j', workerConfiguration: { workerTypeV2: tasks.WorkerTypeV2.of('G.12X'), numberOfWorkers: 2 } });
    expect(renderState(a).Parameters).toEqual({ JobName: 'j', WorkerType: 'Z.2X', NumberOfWorkers: 2 });
    expect(renderState(b).Parameters.WorkerType).toEqual('G.12X');
    const c = new tasks.GlueStartJobRun(stack, 'C', { glueJobName: sfn.JsonPath.stringAt('$.job') });
    const m = machineOf(stack, c);
    expect(m.definition.States.C.Parameters).toEqual({ 'JobName.$': '$.job' });
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'glue:StartJobRun', Resource: `arn:${PARTITION}:glue:${REGION}:${ACCOUNT}:job/*` }]);
  });

  test('a timeout path becomes Timeout.$ and leaves the state without a timeout', () => {
    const state = renderState(new tasks.GlueStartJobRun(stack, 'Task', { glueJobName: 'j', taskTimeout: sfn.Timeout.at('$.minutes') }));
    expect(state.Parameters).toEqual({ 'JobName': 'j', 'Timeout.$': '$.minutes' });
    expect(state.TimeoutSecondsPath).toBeUndefined();
    expect(state.TimeoutSeconds).toBeUndefined();
  });

  test('the deprecated timeout prop, in whole minutes', () => {
    const state = renderState(new tasks.GlueStartJobRun(stack, 'Task', { glueJobName: 'j', timeout: Duration.hours(2) }));
    expect(state.Parameters.Timeout).toEqual(120);
    expect(state.TimeoutSeconds).toBeUndefined();
  });

  test('JSONata: Arguments, no "NotificationProperty": null (C.15), a Timeout.jsonata kept on the state (C.16)', () => {
    const task = tasks.GlueStartJobRun.jsonata(stack, 'Task', {
      glueJobName: 'j',
      arguments: sfn.TaskInput.fromObject({ '--day': '{% $states.input.day %}' }),
      taskTimeout: sfn.Timeout.jsonata('{% $states.input.seconds %}'),
    });
    const m = machineOf(stack, task);
    expect(m.definition.States.Task).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      Resource: integrationArn('glue:startJobRun'),
      TimeoutSeconds: '{% $states.input.seconds %}',
      Arguments: { 'JobName': 'j', 'Arguments': { '--day': '{% $states.input.day %}' } },
      End: true,
    });
  });

  test('JSONata: a fixed timeout moves into the run', () => {
    const state = renderState(tasks.GlueStartJobRun.jsonata(stack, 'Task', { glueJobName: 'j', taskTimeout: sfn.Timeout.duration(Duration.minutes(5)) }));
    expect(state.Arguments).toEqual({ JobName: 'j', Timeout: 5 });
    expect(state.TimeoutSeconds).toBeUndefined();
  });

  test('the job arguments are checked by the language check as values, not as the JSONata state field', () => {
    const task = new tasks.GlueStartJobRun(stack, 'Task', { glueJobName: 'j', arguments: sfn.TaskInput.fromObject({ a: sfn.JsonPath.stringAt('$.a') }) });
    expect(machineOf(stack, task).definition.States.Task.Parameters.Arguments).toEqual({ 'a.$': '$.a' });
    const stack2 = newStack('other');
    const wrong = tasks.GlueStartJobRun.jsonata(stack2, 'Task', { glueJobName: 'j', arguments: sfn.TaskInput.fromObject({ a: sfn.JsonPath.stringAt('$.a') }) });
    expect(() => machineOf(stack2, wrong)).toThrow(/'arguments'/);
  });

  describe('validation', () => {
    test.each([
      ['a timeout of 1 minute', { taskTimeout: sfn.Timeout.duration(Duration.seconds(60)) }],
      ['a notify delay of 1 minute', { notifyDelayAfter: Duration.minutes(1) }],
      ['one worker', { workerConfiguration: { workerTypeV2: tasks.WorkerTypeV2.G_1X, numberOfWorkers: 1 } }],
      ['workers from the state', { workerConfiguration: { workerTypeV2: tasks.WorkerTypeV2.G_1X, numberOfWorkers: sfn.JsonPath.numberAt('$.n') } }],
      ['a 255-character security configuration', { securityConfiguration: 's'.repeat(255) }],
      ['a 255-character job name', { glueJobName: 'j'.repeat(255) }],
    ])('accepts %s', (_name, props) => {
      expect(() => new tasks.GlueStartJobRun(stack, 'Task', { glueJobName: 'j', ...props })).not.toThrow();
    });

    test.each([
      [{ taskTimeout: sfn.Timeout.duration(Duration.seconds(90)) }, "test/Task: 'taskTimeout' (Glue takes minutes) must be a whole number of minutes, got 90 seconds"],
      [{ timeout: Duration.seconds(30) }, "test/Task: 'timeout' (Glue takes minutes) must be a whole number of minutes, got 30 seconds"],
      [{ notifyDelayAfter: Duration.seconds(30) }, "'notifyDelayAfter' (Glue takes minutes) must be a whole number of minutes, got 30 seconds"],
      [{ notifyDelayAfter: Duration.minutes(0) }, "test/Task: 'notifyDelayAfter' must be at least 1 minute, got 0 minutes"],
      [{ workerConfiguration: { workerType: tasks.WorkerType.G_1X, workerTypeV2: tasks.WorkerTypeV2.G_1X, numberOfWorkers: 2 } },
        "test/Task: 'workerConfiguration' sets both 'workerType' (\"G.1X\") and 'workerTypeV2' (\"G.1X\"): set one"],
      [{ workerConfiguration: { numberOfWorkers: 2 } }, "test/Task: 'workerConfiguration' needs 'workerTypeV2' (or the deprecated 'workerType'), got neither"],
      [{ workerConfiguration: { workerTypeV2: tasks.WorkerTypeV2.G_1X, numberOfWorkers: 0 } }, "'workerConfiguration.numberOfWorkers' must be a whole number of at least 1, got 0"],
      [{ workerConfiguration: { workerTypeV2: tasks.WorkerTypeV2.G_1X, numberOfWorkers: 1.5 } }, "'workerConfiguration.numberOfWorkers' must be a whole number of at least 1, got 1.5"],
      [{ securityConfiguration: '' }, "test/Task: 'securityConfiguration' must be 1 to 255 characters on one line, got \"\""],
      [{ securityConfiguration: 'a\nb' }, "'securityConfiguration' must be 1 to 255 characters on one line"],
      [{ glueJobName: 'j'.repeat(256) }, "'glueJobName' must be 1 to 255 characters on one line"],
      [{ glueJobName: `job-${sfn.JsonPath.stringAt('$.x')}` }, "'glueJobName': a JsonPath reference must be the whole string value"],
    ])('rejects %o', (props, message) => {
      expect(() => new tasks.GlueStartJobRun(stack, 'Task', { glueJobName: 'j', ...props } as tasks.GlueStartJobRunProps)).toThrow(message);
    });
  });
});
