import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { newStack } from '../../util/synth';
import { integrationArn, machineOf } from '../util';
import { clusterArn, ruleStatement } from './util';

const ACTIONS = ['elasticmapreduce:DescribeCluster', 'elasticmapreduce:TerminateJobFlows'];

describe('EmrTerminateCluster', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('defaults to RUN_JOB (.sync) with the events rule statement', () => {
    const task = new tasks.EmrTerminateCluster(stack, 'Terminate', { clusterId: 'j-1' });
    const m = machineOf(stack, task);
    expect(m.definition.States.Terminate).toEqual({
      Type: 'Task',
      Resource: integrationArn('elasticmapreduce:terminateCluster.sync'),
      Parameters: { ClusterId: 'j-1' },
      End: true,
    });
    expect(m.statements).toEqual([
      { Effect: 'Allow', Action: ACTIONS, Resource: clusterArn('j-1') },
      ruleStatement('StepFunctionsGetEventForEMRTerminateJobFlowsRule'),
    ]);
  });

  test('REQUEST_RESPONSE: no suffix, no events rule', () => {
    const task = new tasks.EmrTerminateCluster(stack, 'Terminate', { clusterId: 'j-1', integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE });
    const m = machineOf(stack, task);
    expect(m.definition.States.Terminate.Resource).toEqual(integrationArn('elasticmapreduce:terminateCluster'));
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: ACTIONS, Resource: clusterArn('j-1') }]);
  });

  test('WAIT_FOR_TASK_TOKEN is rejected', () => {
    expect(() => new tasks.EmrTerminateCluster(stack, 'Terminate', { clusterId: 'j-1', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow(/test\/Terminate: 'integrationPattern' WAIT_FOR_TASK_TOKEN is not supported by this task; supported: REQUEST_RESPONSE, RUN_JOB/);
  });

  test('JSONPath and JSONata cluster ids from the input grant on cluster/*', () => {
    const a = tasks.EmrTerminateCluster.jsonPath(stack, 'A', { clusterId: sfn.JsonPath.stringAt('$.ClusterId') });
    const b = tasks.EmrTerminateCluster.jsonata(stack, 'B', { clusterId: '{% $states.input.ClusterId %}' });
    const m = machineOf(stack, a.next(b));
    expect(m.definition.States.A.Parameters).toEqual({ 'ClusterId.$': '$.ClusterId' });
    expect(m.definition.States.B.QueryLanguage).toEqual('JSONata');
    expect(m.definition.States.B.Arguments).toEqual({ ClusterId: '{% $states.input.ClusterId %}' });
    expect(m.statements[0]).toEqual({ Effect: 'Allow', Action: ACTIONS, Resource: clusterArn('*') });
  });

  test('an EXPRESS state machine refuses the default .sync', () => {
    const task = new tasks.EmrTerminateCluster(stack, 'Terminate', { clusterId: 'j-1' });
    expect(() => machineOf(stack, task, { stateMachineType: sfn.StateMachineType.EXPRESS })).toThrow(/IntegrationPattern.RUN_JOB/);
  });
});
