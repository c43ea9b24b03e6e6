// Differential test against aws-cdk-lib 2.276 for EmrCreateCluster: the same tasks, over given roles,
// must give the same state and grants, but for the documented differences (docs/DIFFERENCES.md); with
// created roles, the same request but for the role references.
import * as cdk from 'aws-cdk-lib';
import * as cdkIam from 'aws-cdk-lib/aws-iam';
import * as cdkSfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cdkTasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Duration, Size, sfn, tasks } from '../../src';
import { ACCOUNT, cdkDefinition, cdkGrants, ourDefinition, ourGrants } from '../util/compat';

const SERVICE = `arn:aws:iam::${ACCOUNT}:role/emr-service`;
const CLUSTER = `arn:aws:iam::${ACCOUNT}:role/emr-ec2`;
const SCALING = `arn:aws:iam::${ACCOUNT}:role/emr-scaling`;
const ours = { serviceRole: { arn: SERVICE, name: 'emr-service' }, clusterRole: { arn: CLUSTER, name: 'emr-ec2' }, autoScalingRole: { arn: SCALING, name: 'emr-scaling' } };
const theirRoles = (s: cdk.Stack) => ({
  serviceRole: cdkIam.Role.fromRoleArn(s, 'Service', SERVICE, { mutable: false }),
  clusterRole: cdkIam.Role.fromRoleArn(s, 'Cluster', CLUSTER, { mutable: false }),
  autoScalingRole: cdkIam.Role.fromRoleArn(s, 'Scaling', SCALING, { mutable: false }),
});
// aws-cdk-lib grants AddTags on every resource; we grant it on clusters, and only for a request with tags
const ADD_TAGS_ANYWHERE = 'elasticmapreduce:AddTags *';

// Props written once for both libraries: `lib` gives the enums, durations and sizes of one side.
function everything(lib: any, duration: any, size: any): any {
  const E = lib.EmrCreateCluster;
  return {
    name: 'cluster',
    releaseLabel: 'emr-7.2.0',
    instances: {
      ec2SubnetId: 'subnet-1',
      ec2KeyName: 'key',
      terminationProtected: false,
      placement: { availabilityZone: 'us-east-1a' },
      instanceGroups: [
        { instanceRole: E.InstanceRoleType.MASTER, instanceCount: 1, instanceType: 'm5.xlarge', name: 'master' },
        {
          instanceRole: E.InstanceRoleType.CORE,
          instanceCount: 2,
          instanceType: 'm5.xlarge',
          market: E.InstanceMarket.SPOT,
          bidPrice: '0.2',
          ebsConfiguration: {
            ebsOptimized: true,
            ebsBlockDeviceConfigs: [{ volumeSpecification: { volumeSize: size.gibibytes(32), volumeType: E.EbsBlockDeviceVolumeType.GP3 }, volumesPerInstance: 2 }],
          },
          autoScalingPolicy: {
            constraints: { minCapacity: 2, maxCapacity: 8 },
            rules: [{
              name: 'grow',
              action: { simpleScalingPolicyConfiguration: { adjustmentType: E.ScalingAdjustmentType.CHANGE_IN_CAPACITY, scalingAdjustment: 1, coolDown: 300 } },
              trigger: {
                cloudWatchAlarmDefinition: {
                  comparisonOperator: E.CloudWatchAlarmComparisonOperator.LESS_THAN,
                  metricName: 'YARNMemoryAvailablePercentage',
                  period: duration.minutes(5),
                  threshold: 15,
                  unit: E.CloudWatchAlarmUnit.PERCENT,
                  dimensions: [{ key: 'JobFlowId', value: 'j-1' }],
                },
              },
            }],
          },
        },
      ],
    },
    applications: [{ name: 'Spark' }, { name: 'Hive', version: '3.1' }],
    bootstrapActions: [{ name: 'setup', scriptBootstrapAction: { path: 's3://b/setup.sh', args: ['--x'] } }],
    configurations: [{ classification: 'spark-env', configurations: [{ classification: 'export', properties: { PYSPARK_PYTHON: '/usr/bin/python3' } }] }],
    ebsRootVolumeSize: size.gibibytes(30),
    ebsRootVolumeIops: 4000,
    ebsRootVolumeThroughput: 250,
    kerberosAttributes: { realm: 'EC2.INTERNAL', kdcAdminPassword: 'secret' },
    logUri: 's3://logs/emr/',
    managedScalingPolicy: { computeLimits: { unitType: E.ComputeLimitsUnitType.INSTANCES, minimumCapacityUnits: 2, maximumCapacityUnits: 10 } },
    scaleDownBehavior: E.EmrClusterScaleDownBehavior.TERMINATE_AT_TASK_COMPLETION,
    securityConfiguration: 'sec',
    stepConcurrencyLevel: 5,
    visibleToAllUsers: false,
    autoTerminationPolicyIdleTimeout: duration.hours(1),
    resultPath: '$.cluster',
  };
}

function fleets(lib: any, duration: any): any {
  const E = lib.EmrCreateCluster;
  return {
    name: 'fleet-cluster',
    instances: {
      ec2SubnetIds: ['subnet-1', 'subnet-2'],
      instanceFleets: [
        { instanceFleetType: E.InstanceRoleType.MASTER, targetOnDemandCapacity: 1, instanceTypeConfigs: [{ instanceType: 'm5.xlarge' }] },
        {
          instanceFleetType: E.InstanceRoleType.CORE,
          name: 'core',
          targetOnDemandCapacity: 2,
          targetSpotCapacity: 4,
          instanceTypeConfigs: [
            { instanceType: 'm5.xlarge', priority: 0, weightedCapacity: 1, bidPriceAsPercentageOfOnDemandPrice: 60 },
            { instanceType: 'm5.2xlarge', priority: 1, weightedCapacity: 2 },
          ],
          launchSpecifications: {
            onDemandSpecification: { allocationStrategy: E.OnDemandAllocationStrategy.PRIORITIZED },
            spotSpecification: { allocationStrategy: E.SpotAllocationStrategy.CAPACITY_OPTIMIZED, timeoutAction: E.SpotTimeoutAction.TERMINATE_CLUSTER, timeout: duration.minutes(30) },
          },
        },
      ],
    },
    tags: { team: 'data' },
  };
}

describe('EmrCreateCluster: same state and grants as aws-cdk-lib 2.276', () => {
  test('instance groups and every cluster option, given roles, RUN_JOB', () => {
    const cdkTask = (s: cdk.Stack) => new cdkTasks.EmrCreateCluster(s, 'Create', { ...everything(cdkTasks, cdk.Duration, cdk.Size), ...theirRoles(s) });
    const ourTask = (s: any) => new tasks.EmrCreateCluster(s, 'Create', { ...everything(tasks, Duration, Size), ...ours });
    const theirs = cdkDefinition(cdkTask);
    expect(theirs.States.Create.Parameters.AutoScalingRole).toBe('emr-scaling');
    expect(ourDefinition(ourTask)).toEqual(theirs);
    const theirGrants = cdkGrants(cdkTask);
    expect(theirGrants).toContain(ADD_TAGS_ANYWHERE);
    expect(ourGrants(ourTask)).toEqual(theirGrants.filter((g) => g !== ADD_TAGS_ANYWHERE));
  });

  test('instance fleets with launch specifications and tags, JSONata, REQUEST_RESPONSE', () => {
    const cdkTask = (s: cdk.Stack) => {
      const { serviceRole, clusterRole } = theirRoles(s);
      return cdkTasks.EmrCreateCluster.jsonata(s, 'Create', { ...fleets(cdkTasks, cdk.Duration), serviceRole, clusterRole, integrationPattern: cdkSfn.IntegrationPattern.REQUEST_RESPONSE });
    };
    const ourTask = (s: any) => tasks.EmrCreateCluster.jsonata(s, 'Create', {
      ...fleets(tasks, Duration), serviceRole: ours.serviceRole, clusterRole: ours.clusterRole, integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask).filter((g) => g !== ADD_TAGS_ANYWHERE));
  });

  test('created roles: the same request, with the roles it created in the role fields', () => {
    const props = { name: 'c', instances: { instanceCount: 3, masterInstanceType: 'm5.xlarge', slaveInstanceType: 'm5.large' } };
    const theirs = cdkDefinition((s) => new cdkTasks.EmrCreateCluster(s, 'Create', props)).States.Create;
    const mine = ourDefinition((s) => new tasks.EmrCreateCluster(s, 'Create', props)).States.Create;
    const roleFields = ['JobFlowRole', 'ServiceRole', 'AutoScalingRole'];
    const without = (state: any) => ({ ...state, Parameters: Object.fromEntries(Object.entries<any>(state.Parameters).filter(([k]) => !roleFields.includes(k))) });
    expect(without(mine)).toEqual(without(theirs));
    expect(roleFields.map((k) => mine.Parameters[k])).toEqual([
      expect.stringMatching(/^\$\{aws_iam_instance_profile\.Create_InstanceProfile_\w+\.name\}$/),
      expect.stringMatching(/^\$\{aws_iam_role\.Create_ServiceRole_\w+\.name\}$/),
      expect.stringMatching(/^\$\{aws_iam_role\.Create_AutoScalingRole_\w+\.name\}$/),
    ]);
  });

  test('difference: AddTags only on clusters and only with tags; checks of a fleet at construction', () => {
    const props = { name: 'c', instances: {}, serviceRole: ours.serviceRole, clusterRole: ours.clusterRole, autoScalingRole: ours.autoScalingRole };
    expect(ourGrants((s) => new tasks.EmrCreateCluster(s, 'Create', props)).filter((g) => g.startsWith('elasticmapreduce:AddTags'))).toEqual([]);
    const master = { instanceFleetType: cdkTasks.EmrCreateCluster.InstanceRoleType.MASTER, targetOnDemandCapacity: 2 };
    // aws-cdk-lib accepts the task and fails only when the definition is rendered
    const app = new cdk.App();
    const stack = new cdk.Stack(app, 'S');
    expect(() => new cdkTasks.EmrCreateCluster(stack, 'Create', { name: 'c', instances: { instanceFleets: [master] } })).not.toThrow();
    expect(() => ourDefinition((s) => new tasks.EmrCreateCluster(s, 'Create', { name: 'c', instances: { instanceFleets: [master as any] } })))
      .toThrow(/test\/Create: 'instances.instanceFleets\[0\].targetOnDemandCapacity' of a MASTER fleet must be 1, got 2/);
  });
});
