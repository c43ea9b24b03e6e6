// Differential test against aws-cdk-lib 2.276 for BatchSubmitJob: the same tasks, over literal ARNs, must
// give the same state and grants, but for the documented differences (docs/DIFFERENCES.md), which the
// last cases pin down.
import * as cdk from 'aws-cdk-lib';
import * as cdkEc2 from 'aws-cdk-lib/aws-ec2';
import * as cdkSfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cdkTasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Duration, Size, sfn, tasks } from '../../src';
import { cdkDefinition, cdkGrants, ourDefinition, ourGrants } from '../util/compat';

const QUEUE = 'arn:aws:batch:us-east-1:123456789012:job-queue/q';
const DEFINITION = 'arn:aws:batch:us-east-1:123456789012:job-definition/d:1';
const RULE = 'arn:aws:events:us-east-1:123456789012:rule/StepFunctionsGetEventsForBatchJobsRule';
const EVENTS = ['events:DescribeRule', 'events:PutRule', 'events:PutTargets'].map((a) => `${a} ${RULE}`);

describe('BatchSubmitJob: same state and grants as aws-cdk-lib 2.276', () => {
  test('RUN_JOB with every option, JSONPath', () => {
    const cdkTask = (s: cdk.Stack) => new cdkTasks.BatchSubmitJob(s, 'Submit', {
      jobQueueArn: QUEUE,
      jobDefinitionArn: DEFINITION,
      jobName: 'job',
      arraySize: 15,
      containerOverrides: {
        command: ['sudo', 'rm'],
        environment: { key: 'value' },
        instanceType: cdkEc2.InstanceType.of(cdkEc2.InstanceClass.M5, cdkEc2.InstanceSize.XLARGE2),
        memory: cdk.Size.gibibytes(2),
        gpuCount: 1,
        vcpus: cdkSfn.JsonPath.numberAt('$.cpus'),
      },
      dependsOn: [{ jobId: '1234', type: 'N_TO_N' }],
      payload: cdkSfn.TaskInput.fromObject({ foo: cdkSfn.JsonPath.stringAt('$.bar') }),
      attempts: 3,
      tags: { team: 'data' },
      taskTimeout: cdkSfn.Timeout.at('$.timeout'),
    });
    const ourTask = (s: any) => new tasks.BatchSubmitJob(s, 'Submit', {
      jobQueueArn: QUEUE,
      jobDefinitionArn: DEFINITION,
      jobName: 'job',
      arraySize: 15,
      containerOverrides: {
        command: ['sudo', 'rm'],
        environment: { key: 'value' },
        instanceType: tasks.InstanceType.of(tasks.InstanceClass.M5, tasks.InstanceSize.XLARGE2),
        memory: Size.gibibytes(2),
        gpuCount: 1,
        vcpus: sfn.JsonPath.numberAt('$.cpus'),
      },
      dependsOn: [{ jobId: '1234', type: 'N_TO_N' }],
      payload: sfn.TaskInput.fromObject({ foo: sfn.JsonPath.stringAt('$.bar') }),
      attempts: 3,
      tags: { team: 'data' },
      taskTimeout: sfn.Timeout.at('$.timeout'),
    });
    const theirs = cdkDefinition(cdkTask);
    expect(theirs.States.Submit.Parameters.ContainerOverrides.ResourceRequirements).toEqual([
      { Type: 'GPU', Value: '1' }, { Type: 'MEMORY', Value: '2048' }, { 'Type': 'VCPU', 'Value.$': '$.cpus' },
    ]);
    expect(ourDefinition(ourTask)).toEqual(theirs);
    expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask));
  });

  test('JSONata with a timeout in seconds, and a queue from the input (batch:SubmitJob on *)', () => {
    const cdkTask = (s: cdk.Stack) => cdkTasks.BatchSubmitJob.jsonata(s, 'Submit', {
      jobQueueArn: '{% $states.input.queue %}',
      jobDefinitionArn: DEFINITION,
      jobName: '{% $states.input.name %}',
      containerOverrides: { memory: cdk.Size.mebibytes(512) },
      taskTimeout: cdkSfn.Timeout.duration(cdk.Duration.minutes(2)),
    });
    const ourTask = (s: any) => tasks.BatchSubmitJob.jsonata(s, 'Submit', {
      jobQueueArn: '{% $states.input.queue %}',
      jobDefinitionArn: DEFINITION,
      jobName: '{% $states.input.name %}',
      containerOverrides: { memory: Size.mebibytes(512) },
      taskTimeout: sfn.Timeout.duration(Duration.minutes(2)),
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask));
  });

  test('difference: REQUEST_RESPONSE gets no events rule statements (catalog C.27)', () => {
    const props = { jobQueueArn: QUEUE, jobDefinitionArn: DEFINITION, jobName: 'job' };
    const cdkTask = (s: cdk.Stack) => new cdkTasks.BatchSubmitJob(s, 'Submit', { ...props, integrationPattern: cdkSfn.IntegrationPattern.REQUEST_RESPONSE });
    const ourTask = (s: any) => new tasks.BatchSubmitJob(s, 'Submit', { ...props, integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    const theirs = cdkGrants(cdkTask);
    expect(theirs).toEqual(expect.arrayContaining(EVENTS));
    expect(ourGrants(ourTask)).toEqual(theirs.filter((g) => !EVENTS.includes(g)));
  });

  test('difference: a Timeout.jsonata stays the state\'s TimeoutSeconds (aws-cdk-lib drops it, catalog C.16)', () => {
    const props = { jobQueueArn: QUEUE, jobDefinitionArn: DEFINITION, jobName: 'job' };
    const cdkTask = (s: cdk.Stack) => cdkTasks.BatchSubmitJob.jsonata(s, 'Submit', { ...props, taskTimeout: cdkSfn.Timeout.jsonata('{% $states.input.t %}') });
    const ourTask = (s: any) => tasks.BatchSubmitJob.jsonata(s, 'Submit', { ...props, taskTimeout: sfn.Timeout.jsonata('{% $states.input.t %}') });
    const theirs = cdkDefinition(cdkTask);
    expect(theirs.States.Submit.TimeoutSeconds).toBeUndefined();
    expect(ourDefinition(ourTask)).toEqual({ ...theirs, States: { Submit: { ...theirs.States.Submit, TimeoutSeconds: '{% $states.input.t %}' } } });
  });
});
