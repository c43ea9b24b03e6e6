// EmrCancelStep, EmrSetClusterTerminationProtection, EmrModifyInstanceFleetByName: request and response only.
import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { newStack } from '../../util/synth';
import { integrationArn, machineOf } from '../util';
import { clusterArn } from './util';

describe('EmrCancelStep', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('renders ClusterId and StepId; CancelSteps on the cluster', () => {
    const task = new tasks.EmrCancelStep(stack, 'Cancel', { clusterId: 'j-1', stepId: 's-1' });
    const m = machineOf(stack, task);
    expect(m.definition.States.Cancel).toEqual({
      Type: 'Task',
      Resource: integrationArn('elasticmapreduce:cancelStep'),
      Parameters: { ClusterId: 'j-1', StepId: 's-1' },
      End: true,
    });
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'elasticmapreduce:CancelSteps', Resource: clusterArn('j-1') }]);
  });

  test('JSONata with ids from the input', () => {
    const task = tasks.EmrCancelStep.jsonata(stack, 'Cancel', { clusterId: '{% $states.input.c %}', stepId: '{% $states.input.s %}' });
    const m = machineOf(stack, task);
    expect(m.definition.States.Cancel.Arguments).toEqual({ ClusterId: '{% $states.input.c %}', StepId: '{% $states.input.s %}' });
    expect(m.statements[0].Resource).toEqual(clusterArn('*'));
  });

  test.each([sfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN])('%s is rejected; REQUEST_RESPONSE accepted', (pattern) => {
    expect(() => new tasks.EmrCancelStep(stack, 'Ok', { clusterId: 'j-1', stepId: 's-1', integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })).not.toThrow();
    expect(() => new tasks.EmrCancelStep(stack, 'Cancel', { clusterId: 'j-1', stepId: 's-1', integrationPattern: pattern }))
      .toThrow(new RegExp(`test/Cancel: 'integrationPattern' ${pattern} is not supported by this task; supported: REQUEST_RESPONSE`));
  });
});

describe('EmrSetClusterTerminationProtection', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('renders TerminationProtected, false included; SetTerminationProtection on the cluster', () => {
    const task = new tasks.EmrSetClusterTerminationProtection(stack, 'Protect', { clusterId: 'j-1', terminationProtected: false });
    const m = machineOf(stack, task);
    expect(m.definition.States.Protect).toEqual({
      Type: 'Task',
      Resource: integrationArn('elasticmapreduce:setClusterTerminationProtection'),
      Parameters: { ClusterId: 'j-1', TerminationProtected: false },
      End: true,
    });
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'elasticmapreduce:SetTerminationProtection', Resource: clusterArn('j-1') }]);
  });

  test('JSONPath cluster id, JSONata', () => {
    const a = tasks.EmrSetClusterTerminationProtection.jsonPath(stack, 'A', { clusterId: sfn.JsonPath.stringAt('$.c'), terminationProtected: true });
    const b = tasks.EmrSetClusterTerminationProtection.jsonata(stack, 'B', { clusterId: '{% $states.input.c %}', terminationProtected: true });
    const m = machineOf(stack, a.next(b));
    expect(m.definition.States.A.Parameters).toEqual({ 'ClusterId.$': '$.c', 'TerminationProtected': true });
    expect(m.definition.States.B.Arguments).toEqual({ ClusterId: '{% $states.input.c %}', TerminationProtected: true });
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'elasticmapreduce:SetTerminationProtection', Resource: clusterArn('*') }]);
  });

  test('RUN_JOB is rejected, REQUEST_RESPONSE accepted', () => {
    expect(() => new tasks.EmrSetClusterTerminationProtection(stack, 'Ok', { clusterId: 'j-1', terminationProtected: true, integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })).not.toThrow();
    expect(() => new tasks.EmrSetClusterTerminationProtection(stack, 'P', { clusterId: 'j-1', terminationProtected: true, integrationPattern: sfn.IntegrationPattern.RUN_JOB }))
      .toThrow(/test\/P: 'integrationPattern' RUN_JOB is not supported by this task; supported: REQUEST_RESPONSE/);
  });
});

describe('EmrModifyInstanceFleetByName', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });
  const base = { clusterId: 'j-1', instanceFleetName: 'task', targetOnDemandCapacity: 2, targetSpotCapacity: 0 };
  const ACTIONS = ['elasticmapreduce:ModifyInstanceFleet', 'elasticmapreduce:ListInstanceFleets'];

  test('renders the fleet capacities, 0 included; grants on the cluster', () => {
    const task = new tasks.EmrModifyInstanceFleetByName(stack, 'Fleet', base);
    const m = machineOf(stack, task);
    expect(m.definition.States.Fleet).toEqual({
      Type: 'Task',
      Resource: integrationArn('elasticmapreduce:modifyInstanceFleetByName'),
      Parameters: { ClusterId: 'j-1', InstanceFleetName: 'task', InstanceFleet: { TargetOnDemandCapacity: 2, TargetSpotCapacity: 0 } },
      End: true,
    });
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: ACTIONS, Resource: clusterArn('j-1') }]);
  });

  test('capacities from the input: JSONPath numbers and JSONata', () => {
    const a = tasks.EmrModifyInstanceFleetByName.jsonPath(stack, 'A', { ...base, targetSpotCapacity: sfn.JsonPath.numberAt('$.spot') });
    const b = tasks.EmrModifyInstanceFleetByName.jsonata(stack, 'B', { ...base, clusterId: '{% $states.input.c %}' });
    const m = machineOf(stack, a.next(b));
    expect(m.definition.States.A.Parameters.InstanceFleet).toEqual({ 'TargetOnDemandCapacity': 2, 'TargetSpotCapacity.$': '$.spot' });
    expect(m.definition.States.B.Arguments).toEqual({ ClusterId: '{% $states.input.c %}', InstanceFleetName: 'task', InstanceFleet: { TargetOnDemandCapacity: 2, TargetSpotCapacity: 0 } });
    expect(m.statements.map((s: any) => s.Resource)).toEqual([[clusterArn('j-1'), clusterArn('*')]]);
  });

  test('WAIT_FOR_TASK_TOKEN is rejected', () => {
    expect(() => new tasks.EmrModifyInstanceFleetByName(stack, 'F', { ...base, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow(/test\/F: 'integrationPattern' WAIT_FOR_TASK_TOKEN is not supported by this task; supported: REQUEST_RESPONSE/);
  });

  test.each([
    [{ targetOnDemandCapacity: -1 }, /test\/F: 'targetOnDemandCapacity' must be a whole number of at least 0, got -1/],
    [{ targetSpotCapacity: 1.5 }, /'targetSpotCapacity' must be a whole number of at least 0, got 1.5/],
  ])('rejects %o', (props, message) => {
    expect(() => new tasks.EmrModifyInstanceFleetByName(stack, 'F', { ...base, ...props })).toThrow(message);
  });

  test('accepts 0 and large whole capacities', () => {
    expect(() => new tasks.EmrModifyInstanceFleetByName(stack, 'F', { ...base, targetOnDemandCapacity: 0, targetSpotCapacity: 1000 })).not.toThrow();
  });
});
