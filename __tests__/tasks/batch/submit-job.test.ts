import type { TerraformStack } from 'cdktf';
import { Duration, Size, sfn, tasks } from '../../../src';
import { newStack, renderState } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn, machineOf } from '../util';

const QUEUE = 'arn:aws:batch:us-east-1:123456789012:job-queue/q';
const DEFINITION = 'arn:aws:batch:us-east-1:123456789012:job-definition/d:1';
const base = { jobQueueArn: QUEUE, jobDefinitionArn: DEFINITION, jobName: 'job' };
const SUBMIT = { Effect: 'Allow', Action: 'batch:SubmitJob', Resource: [`arn:${PARTITION}:batch:${REGION}:${ACCOUNT}:job-definition/*`, QUEUE] };
const RULE = {
  Effect: 'Allow',
  Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
  Resource: `arn:${PARTITION}:events:${REGION}:${ACCOUNT}:rule/StepFunctionsGetEventsForBatchJobsRule`,
};

describe('BatchSubmitJob', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('defaults to RUN_JOB (.sync) with the events rule statement', () => {
    const task = new tasks.BatchSubmitJob(stack, 'Submit', base);
    const m = machineOf(stack, task);
    expect(m.definition.States.Submit).toEqual({
      Type: 'Task',
      Resource: integrationArn('batch:submitJob.sync'),
      Parameters: { JobDefinition: DEFINITION, JobName: 'job', JobQueue: QUEUE },
      End: true,
    });
    expect(m.statements).toEqual([SUBMIT, RULE]);
  });

  test('REQUEST_RESPONSE has no suffix and needs no events rule', () => {
    const task = new tasks.BatchSubmitJob(stack, 'Submit', { ...base, integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE });
    const m = machineOf(stack, task);
    expect(m.definition.States.Submit.Resource).toEqual(integrationArn('batch:submitJob'));
    expect(m.statements).toEqual([SUBMIT]);
  });

  test('WAIT_FOR_TASK_TOKEN is rejected', () => {
    expect(() => new tasks.BatchSubmitJob(stack, 'Submit', { ...base, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow(/'integrationPattern' WAIT_FOR_TASK_TOKEN is not supported/);
  });

  test('a queue ARN from the state input needs batch:SubmitJob on *', () => {
    const task = new tasks.BatchSubmitJob(stack, 'Submit', { ...base, jobQueueArn: sfn.JsonPath.stringAt('$.queue') });
    const m = machineOf(stack, task);
    expect(m.definition.States.Submit.Parameters['JobQueue.$']).toEqual('$.queue');
    expect(m.statements[0]).toEqual({ Effect: 'Allow', Action: 'batch:SubmitJob', Resource: '*' });
  });

  test('all the parameters (G.4)', () => {
    const task = new tasks.BatchSubmitJob(stack, 'Submit', {
      ...base,
      arraySize: 15,
      containerOverrides: {
        command: ['sudo', 'rm'],
        environment: { key: 'value' },
        instanceType: new tasks.InstanceType('MULTI'),
        memory: Size.mebibytes(1024),
        gpuCount: 1,
        vcpus: 10,
      },
      dependsOn: [{ jobId: '1234', type: 'some_type' }],
      payload: sfn.TaskInput.fromObject({ foo: sfn.JsonPath.stringAt('$.bar') }),
      attempts: 3,
      tags: { team: 'data' },
      taskTimeout: sfn.Timeout.duration(Duration.seconds(60)),
      integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      Resource: integrationArn('batch:submitJob'),
      Parameters: {
        JobDefinition: DEFINITION,
        JobName: 'job',
        JobQueue: QUEUE,
        Parameters: { 'foo.$': '$.bar' },
        ArrayProperties: { Size: 15 },
        ContainerOverrides: {
          Command: ['sudo', 'rm'],
          Environment: [{ Name: 'key', Value: 'value' }],
          InstanceType: 'MULTI',
          ResourceRequirements: [{ Type: 'GPU', Value: '1' }, { Type: 'MEMORY', Value: '1024' }, { Type: 'VCPU', Value: '10' }],
        },
        DependsOn: [{ JobId: '1234', Type: 'some_type' }],
        RetryStrategy: { Attempts: 3 },
        Tags: { team: 'data' },
        Timeout: { AttemptDurationSeconds: 60 },
      },
      End: true,
    });
  });

  test('GPU, memory and vCPUs from the state input stay paths', () => {
    const task = new tasks.BatchSubmitJob(stack, 'Submit', {
      ...base,
      containerOverrides: { gpuCount: sfn.JsonPath.numberAt('$.gpus'), vcpus: sfn.JsonPath.numberAt('$.cpus') },
    });
    expect(renderState(task).Parameters.ContainerOverrides).toEqual({
      ResourceRequirements: [{ 'Type': 'GPU', 'Value.$': '$.gpus' }, { 'Type': 'VCPU', 'Value.$': '$.cpus' }],
    });
  });

  test('a timeout path becomes AttemptDurationSeconds.$ and the state has no TimeoutSecondsPath', () => {
    const task = new tasks.BatchSubmitJob(stack, 'Submit', { ...base, taskTimeout: sfn.Timeout.at('$.timeout') });
    const m = machineOf(stack, task);
    const state = m.definition.States.Submit;
    expect(state.Parameters.Timeout).toEqual({ 'AttemptDurationSeconds.$': '$.timeout' });
    expect(state.TimeoutSecondsPath).toBeUndefined();
    expect(state.TimeoutSeconds).toBeUndefined();
  });

  test('JSONata: Arguments, and a Timeout.jsonata stays the state\'s TimeoutSeconds (C.16)', () => {
    const task = tasks.BatchSubmitJob.jsonata(stack, 'Submit', {
      ...base,
      jobName: '{% $states.input.name %}',
      payload: sfn.TaskInput.fromObject({ month: '{% $states.input.month %}' }),
      containerOverrides: { vcpus: 4 },
      taskTimeout: sfn.Timeout.jsonata('{% $states.input.timeout %}'),
    });
    const m = machineOf(stack, task);
    expect(m.definition.States.Submit).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      Resource: integrationArn('batch:submitJob.sync'),
      TimeoutSeconds: '{% $states.input.timeout %}',
      Arguments: {
        JobDefinition: DEFINITION,
        JobName: '{% $states.input.name %}',
        JobQueue: QUEUE,
        Parameters: { month: '{% $states.input.month %}' },
        ContainerOverrides: { ResourceRequirements: [{ Type: 'VCPU', Value: '4' }] },
      },
      End: true,
    });
  });

  test('JSONata: a timeout in seconds moves into the job', () => {
    const task = tasks.BatchSubmitJob.jsonata(stack, 'Submit', { ...base, taskTimeout: sfn.Timeout.duration(Duration.minutes(5)) });
    const state = machineOf(stack, task).definition.States.Submit;
    expect(state.Arguments.Timeout).toEqual({ AttemptDurationSeconds: 300 });
    expect(state.TimeoutSeconds).toBeUndefined();
  });

  describe('validation', () => {
    test.each([
      ['arraySize', { arraySize: 2 }], ['arraySize', { arraySize: 10_000 }],
      ['attempts', { attempts: 1 }], ['attempts', { attempts: 10 }],
      ['dependsOn', { dependsOn: Array.from({ length: 20 }, () => ({ jobId: 'j' })) }],
      ['timeout', { taskTimeout: sfn.Timeout.duration(Duration.seconds(60)) }],
      ['tags', { tags: { ['k'.repeat(128)]: 'v'.repeat(256) } }],
      ['tags', { tags: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v'])) }],
      ['environment', { containerOverrides: { environment: { MY_AWS_BATCH: 'x' } } }],
      ['arraySize token', { arraySize: sfn.JsonPath.numberAt('$.size') }],
    ])('accepts %s at its limit', (_name, props) => {
      expect(() => new tasks.BatchSubmitJob(stack, 'Submit', { ...base, ...props })).not.toThrow();
    });

    test.each([
      [{ arraySize: 1 }, /test\/Submit: 'arraySize' must be a whole number from 2 to 10000, got 1/],
      [{ arraySize: 10_001 }, /'arraySize' must be a whole number from 2 to 10000, got 10001/],
      [{ attempts: 0 }, /'attempts' must be a whole number from 1 to 10, got 0/],
      [{ attempts: 11 }, /'attempts' must be a whole number from 1 to 10, got 11/],
      [{ attempts: 1.5 }, /'attempts' must be a whole number from 1 to 10, got 1.5/],
      [{ dependsOn: Array.from({ length: 21 }, () => ({ jobId: 'j' })) }, /'dependsOn' allows at most 20 jobs, got 21/],
      [{ taskTimeout: sfn.Timeout.duration(Duration.seconds(59)) }, /at least 60 seconds; got 59 seconds/],
      [{ timeout: Duration.seconds(30) }, /at least 60 seconds; got 30 seconds/],
      [{ containerOverrides: { environment: { AWS_BATCH_JOB_ID: 'x' } } }, /'containerOverrides.environment' name "AWS_BATCH_JOB_ID" is reserved/],
      [{ tags: { '': 'v' } }, /'tags' key "" must have 1 to 128 characters, got 0/],
      [{ tags: { ['k'.repeat(129)]: 'v' } }, /must have 1 to 128 characters, got 129/],
      [{ tags: { k: 'v'.repeat(257) } }, /'tags' value of "k" must have at most 256 characters, got 257/],
      [{ tags: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])) }, /'tags' allows at most 50 entries, got 51/],
    ])('rejects %o', (props, message) => {
      expect(() => new tasks.BatchSubmitJob(stack, 'Submit', { ...base, ...props } as tasks.BatchSubmitJobProps)).toThrow(message);
    });
  });
});
