import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { newStack, renderState } from '../../util/synth';
import { integrationArn, machineOf } from '../util';
import { clusterArn, ruleStatement } from './util';

const base = { clusterId: 'j-1234567890ABC', name: 'aggregate', jar: 'command-runner.jar' };
const ACTIONS = ['elasticmapreduce:AddJobFlowSteps', 'elasticmapreduce:DescribeStep', 'elasticmapreduce:CancelSteps'];
const RULE = ruleStatement('StepFunctionsGetEventForEMRAddJobFlowStepsRule');

describe('EmrAddStep', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('defaults to RUN_JOB (.sync), ActionOnFailure CONTINUE, grants on the cluster and the events rule', () => {
    const task = new tasks.EmrAddStep(stack, 'Add', base);
    const m = machineOf(stack, task);
    expect(m.definition.States.Add).toEqual({
      Type: 'Task',
      Resource: integrationArn('elasticmapreduce:addStep.sync'),
      Parameters: {
        ClusterId: 'j-1234567890ABC',
        Step: { Name: 'aggregate', ActionOnFailure: 'CONTINUE', HadoopJarStep: { Jar: 'command-runner.jar' } },
      },
      End: true,
    });
    expect(m.statements).toEqual([
      { Effect: 'Allow', Action: ACTIONS, Resource: clusterArn('j-1234567890ABC') },
      RULE,
    ]);
  });

  test('every option: execution role, action on failure, main class, args, properties', () => {
    const task = new tasks.EmrAddStep(stack, 'Add', {
      ...base,
      actionOnFailure: tasks.ActionOnFailure.TERMINATE_CLUSTER,
      mainClass: 'com.example.Main',
      args: ['--day', '2026-01-01'],
      properties: { 'spark.executor.memory': '4g', 'mode': 'batch' },
      executionRoleArn: 'arn:aws:iam::123456789012:role/step-runtime',
    });
    expect(renderState(task).Parameters).toEqual({
      ClusterId: 'j-1234567890ABC',
      ExecutionRoleArn: 'arn:aws:iam::123456789012:role/step-runtime',
      Step: {
        Name: 'aggregate',
        ActionOnFailure: 'TERMINATE_CLUSTER',
        HadoopJarStep: {
          Jar: 'command-runner.jar',
          MainClass: 'com.example.Main',
          Args: ['--day', '2026-01-01'],
          Properties: [{ Key: 'spark.executor.memory', Value: '4g' }, { Key: 'mode', Value: 'batch' }],
        },
      },
    });
  });

  test('no iam:PassRole for the execution role: AddJobFlowSteps has no dependent action (access to a role goes by the elasticmapreduce:ExecutionRoleArn condition key)', () => {
    const task = new tasks.EmrAddStep(stack, 'Add', { ...base, executionRoleArn: 'arn:aws:iam::123456789012:role/step-runtime' });
    const actions = machineOf(stack, task).statements.flatMap((s: any) => [s.Action].flat());
    expect(actions).not.toContain('iam:PassRole');
  });

  test('REQUEST_RESPONSE has no suffix and no events rule statement', () => {
    const task = new tasks.EmrAddStep(stack, 'Add', { ...base, integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE });
    const m = machineOf(stack, task);
    expect(m.definition.States.Add.Resource).toEqual(integrationArn('elasticmapreduce:addStep'));
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: ACTIONS, Resource: clusterArn('j-1234567890ABC') }]);
  });

  test('WAIT_FOR_TASK_TOKEN is rejected', () => {
    expect(() => new tasks.EmrAddStep(stack, 'Add', { ...base, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow(/test\/Add: 'integrationPattern' WAIT_FOR_TASK_TOKEN is not supported by this task; supported: REQUEST_RESPONSE, RUN_JOB/);
  });

  test('a cluster id from the state input: a path parameter, grants on cluster/*', () => {
    const task = tasks.EmrAddStep.jsonPath(stack, 'Add', { ...base, clusterId: sfn.JsonPath.stringAt('$.ClusterId') });
    const m = machineOf(stack, task);
    expect(m.definition.States.Add.Parameters['ClusterId.$']).toEqual('$.ClusterId');
    expect(m.statements[0]).toEqual({ Effect: 'Allow', Action: ACTIONS, Resource: clusterArn('*') });
  });

  test('JSONata: Arguments, a JSONata cluster id grants on cluster/*', () => {
    const task = tasks.EmrAddStep.jsonata(stack, 'Add', {
      ...base,
      clusterId: '{% $states.input.clusterId %}',
      args: ['{% $states.input.day %}'],
    });
    const m = machineOf(stack, task);
    expect(m.definition.States.Add).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      Resource: integrationArn('elasticmapreduce:addStep.sync'),
      Arguments: {
        ClusterId: '{% $states.input.clusterId %}',
        Step: { Name: 'aggregate', ActionOnFailure: 'CONTINUE', HadoopJarStep: { Jar: 'command-runner.jar', Args: ['{% $states.input.day %}'] } },
      },
      End: true,
    });
    expect(m.statements[0]).toEqual({ Effect: 'Allow', Action: ACTIONS, Resource: clusterArn('*') });
  });

  test('an EXPRESS state machine refuses the default .sync and takes REQUEST_RESPONSE', () => {
    const sync = new tasks.EmrAddStep(stack, 'Add', base);
    expect(() => machineOf(stack, sync, { stateMachineType: sfn.StateMachineType.EXPRESS })).toThrow(/IntegrationPattern.RUN_JOB \(.sync\), which the EXPRESS state machine/);
    const other = newStack();
    const rr = new tasks.EmrAddStep(other, 'Add', { ...base, integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE });
    expect(() => machineOf(other, rr, { stateMachineType: sfn.StateMachineType.EXPRESS })).not.toThrow();
  });

  test('name: 256 characters accepted, 257 rejected', () => {
    expect(() => new tasks.EmrAddStep(stack, 'A', { ...base, name: 'n'.repeat(256) })).not.toThrow();
    expect(() => new tasks.EmrAddStep(stack, 'B', { ...base, name: 'n'.repeat(257) })).toThrow(/test\/B: 'name' must be at most 256 characters long, got 257/);
  });

  test('a path in args is refused (not an array element), a path as a property value is accepted', () => {
    expect(() => new tasks.EmrAddStep(stack, 'C', { ...base, args: [sfn.JsonPath.stringAt('$.script')] }))
      .toThrow(/test\/C: 'args'\[0\]: JsonPath references cannot be array elements/);
    const task = new tasks.EmrAddStep(stack, 'D', { ...base, properties: { day: sfn.JsonPath.stringAt('$.day') } });
    expect(renderState(task).Parameters.Step.HadoopJarStep.Properties).toEqual([{ 'Key': 'day', 'Value.$': '$.day' }]);
  });
});
