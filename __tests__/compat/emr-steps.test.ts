// Differential test against aws-cdk-lib 2.276 for the EMR tasks that act on a running cluster: with the
// cluster id from the state input, the same tasks give the same state and grants; the last cases pin
// down the documented differences (docs/DIFFERENCES.md): grants on the named cluster, refused patterns.
import * as cdk from 'aws-cdk-lib';
import * as cdkSfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cdkTasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Duration, sfn, tasks } from '../../src';
import { cdkDefinition, cdkGrants, ourDefinition, ourGrants } from '../util/compat';

const CLUSTER = '$.ClusterId';

describe('EMR steps and cluster changes: same state and grants as aws-cdk-lib 2.276', () => {
  test('EmrAddStep RUN_JOB with every option, EmrCancelStep, JSONPath', () => {
    const cdkChain = (s: cdk.Stack) => new cdkTasks.EmrAddStep(s, 'Add', {
      clusterId: cdkSfn.JsonPath.stringAt(CLUSTER),
      name: 'aggregate',
      jar: 'command-runner.jar',
      mainClass: 'com.example.Main',
      args: ['spark-submit', 's3://jobs/aggregate.py'],
      properties: { 'spark.executor.memory': '4g' },
      actionOnFailure: cdkTasks.ActionOnFailure.CANCEL_AND_WAIT,
      executionRoleArn: 'arn:aws:iam::123456789012:role/step-runtime',
      resultPath: '$.step',
    }).next(new cdkTasks.EmrCancelStep(s, 'Cancel', { clusterId: cdkSfn.JsonPath.stringAt(CLUSTER), stepId: cdkSfn.JsonPath.stringAt('$.step.StepId') }));
    const ourChain = (s: any) => new tasks.EmrAddStep(s, 'Add', {
      clusterId: sfn.JsonPath.stringAt(CLUSTER),
      name: 'aggregate',
      jar: 'command-runner.jar',
      mainClass: 'com.example.Main',
      args: ['spark-submit', 's3://jobs/aggregate.py'],
      properties: { 'spark.executor.memory': '4g' },
      actionOnFailure: tasks.ActionOnFailure.CANCEL_AND_WAIT,
      executionRoleArn: 'arn:aws:iam::123456789012:role/step-runtime',
      resultPath: '$.step',
    }).next(new tasks.EmrCancelStep(s, 'Cancel', { clusterId: sfn.JsonPath.stringAt(CLUSTER), stepId: sfn.JsonPath.stringAt('$.step.StepId') }));
    expect(ourDefinition(ourChain)).toEqual(cdkDefinition(cdkChain));
    expect(ourGrants(ourChain)).toEqual(cdkGrants(cdkChain));
  });

  test('EmrAddStep REQUEST_RESPONSE and EmrTerminateCluster both patterns, JSONata', () => {
    const cdkChain = (s: cdk.Stack) => cdkTasks.EmrAddStep.jsonata(s, 'Add', {
      clusterId: '{% $states.input.clusterId %}', name: 'n', jar: 'j.jar', integrationPattern: cdkSfn.IntegrationPattern.REQUEST_RESPONSE,
    }).next(cdkTasks.EmrTerminateCluster.jsonata(s, 'Stop', { clusterId: '{% $states.input.clusterId %}', integrationPattern: cdkSfn.IntegrationPattern.REQUEST_RESPONSE }))
      .next(cdkTasks.EmrTerminateCluster.jsonata(s, 'Terminate', { clusterId: '{% $states.input.clusterId %}' }));
    const ourChain = (s: any) => tasks.EmrAddStep.jsonata(s, 'Add', {
      clusterId: '{% $states.input.clusterId %}', name: 'n', jar: 'j.jar', integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
    }).next(tasks.EmrTerminateCluster.jsonata(s, 'Stop', { clusterId: '{% $states.input.clusterId %}', integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }))
      .next(tasks.EmrTerminateCluster.jsonata(s, 'Terminate', { clusterId: '{% $states.input.clusterId %}' }));
    expect(ourDefinition(ourChain)).toEqual(cdkDefinition(cdkChain));
    expect(ourGrants(ourChain)).toEqual(cdkGrants(cdkChain));
  });

  test('fleet, group (every field) and termination protection', () => {
    const cdkChain = (s: cdk.Stack) => new cdkTasks.EmrModifyInstanceFleetByName(s, 'Fleet', {
      clusterId: cdkSfn.JsonPath.stringAt(CLUSTER), instanceFleetName: 'task', targetOnDemandCapacity: 0, targetSpotCapacity: cdkSfn.JsonPath.numberAt('$.spot'),
    }).next(new cdkTasks.EmrModifyInstanceGroupByName(s, 'Group', {
      clusterId: cdkSfn.JsonPath.stringAt(CLUSTER),
      instanceGroupName: 'core',
      instanceGroup: {
        configurations: [{ classification: 'spark-env', configurations: [{ classification: 'export', properties: { A: 'b' } }] }],
        eC2InstanceIdsToTerminate: ['i-1'],
        instanceCount: 2,
        shrinkPolicy: {
          decommissionTimeout: cdk.Duration.minutes(5),
          instanceResizePolicy: { instancesToProtect: ['i-2'], instancesToTerminate: ['i-3'], instanceTerminationTimeout: cdk.Duration.seconds(90) },
        },
      },
    })).next(new cdkTasks.EmrSetClusterTerminationProtection(s, 'Protect', { clusterId: cdkSfn.JsonPath.stringAt(CLUSTER), terminationProtected: false }));
    const ourChain = (s: any) => new tasks.EmrModifyInstanceFleetByName(s, 'Fleet', {
      clusterId: sfn.JsonPath.stringAt(CLUSTER), instanceFleetName: 'task', targetOnDemandCapacity: 0, targetSpotCapacity: sfn.JsonPath.numberAt('$.spot'),
    }).next(new tasks.EmrModifyInstanceGroupByName(s, 'Group', {
      clusterId: sfn.JsonPath.stringAt(CLUSTER),
      instanceGroupName: 'core',
      instanceGroup: {
        configurations: [{ classification: 'spark-env', configurations: [{ classification: 'export', properties: { A: 'b' } }] }],
        eC2InstanceIdsToTerminate: ['i-1'],
        instanceCount: 2,
        shrinkPolicy: {
          decommissionTimeout: Duration.minutes(5),
          instanceResizePolicy: { instancesToProtect: ['i-2'], instancesToTerminate: ['i-3'], instanceTerminationTimeout: Duration.seconds(90) },
        },
      },
    })).next(new tasks.EmrSetClusterTerminationProtection(s, 'Protect', { clusterId: sfn.JsonPath.stringAt(CLUSTER), terminationProtected: false }));
    expect(ourDefinition(ourChain)).toEqual(cdkDefinition(cdkChain));
    expect(ourGrants(ourChain)).toEqual(cdkGrants(cdkChain));
  });

  test('difference: a cluster id known at synthesis scopes the grants to that cluster (aws-cdk-lib: cluster/*)', () => {
    const cdkTask = (s: cdk.Stack) => new cdkTasks.EmrTerminateCluster(s, 'Terminate', { clusterId: 'j-1' });
    const ourTask = (s: any) => new tasks.EmrTerminateCluster(s, 'Terminate', { clusterId: 'j-1' });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    const wide = 'arn:aws:elasticmapreduce:us-east-1:123456789012:cluster/*';
    const narrow = 'arn:aws:elasticmapreduce:us-east-1:123456789012:cluster/j-1';
    const theirs = cdkGrants(cdkTask);
    expect(theirs).toEqual(expect.arrayContaining([`elasticmapreduce:TerminateJobFlows ${wide}`]));
    expect(ourGrants(ourTask)).toEqual(theirs.map((g) => g.replace(wide, narrow)));
  });

  test('difference: the request-response tasks refuse RUN_JOB (aws-cdk-lib ignores the pattern, C.22)', () => {
    const props = { clusterId: 'j-1', stepId: 's-1', integrationPattern: cdkSfn.IntegrationPattern.RUN_JOB };
    const theirs = cdkDefinition((s) => new cdkTasks.EmrCancelStep(s, 'Cancel', props));
    expect(theirs.States.Cancel.Resource).toEqual('arn:aws:states:::elasticmapreduce:cancelStep');
    expect(() => ourDefinition((s) => new tasks.EmrCancelStep(s, 'Cancel', { ...props, integrationPattern: sfn.IntegrationPattern.RUN_JOB })))
      .toThrow(/'integrationPattern' RUN_JOB is not supported by this task; supported: REQUEST_RESPONSE/);
  });
});
