import type { TerraformStack } from 'cdktf';
import { Duration, sfn, tasks } from '../../../src';
import { newStack, renderState } from '../../util/synth';
import { integrationArn, machineOf } from '../util';
import { clusterArn } from './util';

const ACTIONS = ['elasticmapreduce:ModifyInstanceGroups', 'elasticmapreduce:ListInstanceGroups'];
const base = { clusterId: 'j-1', instanceGroupName: 'core' };

describe('EmrModifyInstanceGroupByName', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('renders the group change; grants on the cluster', () => {
    const task = new tasks.EmrModifyInstanceGroupByName(stack, 'Group', { ...base, instanceGroup: { instanceCount: 0 } });
    const m = machineOf(stack, task);
    expect(m.definition.States.Group).toEqual({
      Type: 'Task',
      Resource: integrationArn('elasticmapreduce:modifyInstanceGroupByName'),
      Parameters: { ClusterId: 'j-1', InstanceGroupName: 'core', InstanceGroup: { InstanceCount: 0 } },
      End: true,
    });
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: ACTIONS, Resource: clusterArn('j-1') }]);
  });

  test('every field: nested configurations, instances to terminate, shrink policy in seconds', () => {
    const configuration: tasks.EmrModifyInstanceGroupByName.ConfigurationProperty = {
      classification: 'spark-env',
      configurations: [{ classification: 'export', properties: { PYSPARK_PYTHON: '/usr/bin/python3' } }],
    };
    const task = new tasks.EmrModifyInstanceGroupByName(stack, 'Group', {
      ...base,
      instanceGroup: {
        configurations: [configuration, { classification: 'spark-defaults', properties: { 'spark.dynamicAllocation.enabled': 'false' } }],
        eC2InstanceIdsToTerminate: ['i-1', 'i-2'],
        instanceCount: 3,
        shrinkPolicy: {
          decommissionTimeout: Duration.minutes(5),
          instanceResizePolicy: {
            instancesToProtect: ['i-3'],
            instancesToTerminate: ['i-4'],
            instanceTerminationTimeout: Duration.seconds(90),
          },
        },
      },
    });
    expect(renderState(task).Parameters.InstanceGroup).toEqual({
      Configurations: [
        { Classification: 'spark-env', Configurations: [{ Classification: 'export', Properties: { PYSPARK_PYTHON: '/usr/bin/python3' } }] },
        { Classification: 'spark-defaults', Properties: { 'spark.dynamicAllocation.enabled': 'false' } },
      ],
      EC2InstanceIdsToTerminate: ['i-1', 'i-2'],
      InstanceCount: 3,
      ShrinkPolicy: {
        DecommissionTimeout: 300,
        InstanceResizePolicy: { InstancesToProtect: ['i-3'], InstancesToTerminate: ['i-4'], InstanceTerminationTimeout: 90 },
      },
    });
  });

  test('a JSONPath count and cluster, then JSONata', () => {
    const a = tasks.EmrModifyInstanceGroupByName.jsonPath(stack, 'A', {
      ...base, clusterId: sfn.JsonPath.stringAt('$.c'), instanceGroup: { instanceCount: sfn.JsonPath.numberAt('$.n') },
    });
    const b = tasks.EmrModifyInstanceGroupByName.jsonata(stack, 'B', { ...base, instanceGroup: { instanceCount: 2, eC2InstanceIdsToTerminate: ['{% $states.input.victim %}'] } });
    const m = machineOf(stack, a.next(b));
    expect(m.definition.States.A.Parameters).toEqual({ 'ClusterId.$': '$.c', 'InstanceGroupName': 'core', 'InstanceGroup': { 'InstanceCount.$': '$.n' } });
    expect(m.definition.States.B.Arguments).toEqual({
      ClusterId: 'j-1', InstanceGroupName: 'core', InstanceGroup: { InstanceCount: 2, EC2InstanceIdsToTerminate: ['{% $states.input.victim %}'] },
    });
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: ACTIONS, Resource: [clusterArn('*'), clusterArn('j-1')] }]);
  });

  test('a configuration of EmrCreateCluster\'s shape fits (the same structure)', () => {
    const fromElsewhere = { classification: 'yarn-site', properties: { 'yarn.nodemanager.vmem-check-enabled': 'false' } };
    const task = new tasks.EmrModifyInstanceGroupByName(stack, 'Group', { ...base, instanceGroup: { configurations: [fromElsewhere] } });
    expect(renderState(task).Parameters.InstanceGroup.Configurations).toEqual([
      { Classification: 'yarn-site', Properties: { 'yarn.nodemanager.vmem-check-enabled': 'false' } },
    ]);
  });

  test('RUN_JOB is rejected, REQUEST_RESPONSE accepted', () => {
    const props = { ...base, instanceGroup: { instanceCount: 1 } };
    expect(() => new tasks.EmrModifyInstanceGroupByName(stack, 'Ok', { ...props, integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })).not.toThrow();
    expect(() => new tasks.EmrModifyInstanceGroupByName(stack, 'G', { ...props, integrationPattern: sfn.IntegrationPattern.RUN_JOB }))
      .toThrow(/test\/G: 'integrationPattern' RUN_JOB is not supported by this task; supported: REQUEST_RESPONSE/);
  });

  describe('validation', () => {
    test('accepts whole seconds, a count of 0, and a millisecond duration that is whole seconds', () => {
      expect(() => new tasks.EmrModifyInstanceGroupByName(stack, 'G', {
        ...base,
        instanceGroup: {
          instanceCount: 0,
          shrinkPolicy: { decommissionTimeout: Duration.millis(2000), instanceResizePolicy: { instanceTerminationTimeout: Duration.hours(1) } },
        },
      })).not.toThrow();
    });

    test.each([
      [{ instanceCount: -1 }, /test\/G: 'instanceGroup.instanceCount' must be a whole number of at least 0, got -1/],
      [{ instanceCount: 2.5 }, /'instanceGroup.instanceCount' must be a whole number of at least 0, got 2.5/],
      [{ shrinkPolicy: { decommissionTimeout: Duration.millis(1500) } }, /test\/G: 'instanceGroup.shrinkPolicy.decommissionTimeout' must be a whole number of seconds, got 1500 millis/],
      [
        { shrinkPolicy: { instanceResizePolicy: { instanceTerminationTimeout: Duration.millis(10) } } },
        /'instanceGroup.shrinkPolicy.instanceResizePolicy.instanceTerminationTimeout' must be a whole number of seconds/,
      ],
    ])('rejects %o', (instanceGroup, message) => {
      expect(() => new tasks.EmrModifyInstanceGroupByName(stack, 'G', { ...base, instanceGroup })).toThrow(message);
    });

    test('a path among the instance ids is refused, a path as the count accepted', () => {
      expect(() => new tasks.EmrModifyInstanceGroupByName(stack, 'G', { ...base, instanceGroup: { eC2InstanceIdsToTerminate: [sfn.JsonPath.stringAt('$.id')] } }))
        .toThrow(/test\/G: 'instanceGroup'.eC2InstanceIdsToTerminate\[0\]: JsonPath references cannot be array elements/);
      expect(() => new tasks.EmrModifyInstanceGroupByName(stack, 'H', { ...base, instanceGroup: { instanceCount: sfn.JsonPath.numberAt('$.n') } })).not.toThrow();
    });
  });
});
