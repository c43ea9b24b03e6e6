import type { TerraformStack } from 'cdktf';
import { Duration, Size, iam, sfn, tasks } from '../../../src';
import { resolveValue } from '../../../src/core/cdktf';
import { newStack, policiesAttachedTo, renderState, synth } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn, machineOf } from '../util';

const { InstanceRoleType } = tasks.EmrCreateCluster;
const groups = { instanceGroups: [{ instanceRole: InstanceRoleType.MASTER, instanceCount: 1, instanceType: 'm5.xlarge' }] };
const base = { name: 'cluster', instances: groups };
const SERVICE = 'aws_iam_role.Create_ServiceRole_D697BC06';
const INSTANCE = 'aws_iam_role.Create_InstanceRole_414253EA';
const AUTO_SCALING = 'aws_iam_role.Create_AutoScalingRole_71D8D48E';
const PROFILE = 'aws_iam_instance_profile.Create_InstanceProfile_9A7D89E8';
const RUN = {
  Effect: 'Allow',
  Action: ['elasticmapreduce:RunJobFlow', 'elasticmapreduce:DescribeCluster', 'elasticmapreduce:TerminateJobFlows'],
  Resource: '*',
};
const passRole = (...roles: string[]) => ({ Effect: 'Allow', Action: 'iam:PassRole', Resource: roles });
const LINKED_ROLE = {
  Sid: 'ElasticMapReduceServiceLinkedRole',
  Effect: 'Allow',
  Action: 'iam:CreateServiceLinkedRole',
  Resource: `arn:${PARTITION}:iam::${ACCOUNT}:role/aws-service-role/elasticmapreduce.amazonaws.com*/AWSServiceRoleForEMRCleanup*`,
  Condition: { StringEquals: { 'iam:AWSServiceName': ['elasticmapreduce.amazonaws.com', 'elasticmapreduce.amazonaws.com.cn'] } },
};
const RULE = {
  Effect: 'Allow',
  Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
  Resource: `arn:${PARTITION}:events:${REGION}:${ACCOUNT}:rule/StepFunctionsGetEventForEMRRunJobFlowRule`,
};
const ref = (address: string, attr: string) => `\${${address}.${attr}}`;
// the statements of the managed policies this library wrote for a role (not the AWS managed ones)
const grantsOf = (json: any, role: string) => {
  const attachments = json.resource.aws_iam_role_policy_attachment;
  const own = { ...json, resource: { ...json.resource, aws_iam_role_policy_attachment: Object.fromEntries(Object.entries<any>(attachments).filter(([, a]) => String(a.policy_arn).startsWith('${aws_iam_policy.'))) } };
  return policiesAttachedTo(own, role).flatMap((p) => p.document.Statement);
};

describe('EmrCreateCluster', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('defaults to RUN_JOB (.sync), creates the three roles and the instance profile', () => {
    const task = new tasks.EmrCreateCluster(stack, 'Create', base);
    const m = machineOf(stack, task);
    expect(m.definition.States.Create).toEqual({
      Type: 'Task',
      Resource: integrationArn('elasticmapreduce:createCluster.sync'),
      Parameters: {
        Instances: { InstanceGroups: [{ InstanceCount: 1, InstanceRole: 'MASTER', InstanceType: 'm5.xlarge' }], KeepJobFlowAliveWhenNoSteps: true },
        JobFlowRole: ref(PROFILE, 'name'),
        Name: 'cluster',
        ServiceRole: ref(SERVICE, 'name'),
        AutoScalingRole: ref(AUTO_SCALING, 'name'),
        VisibleToAllUsers: true,
      },
      End: true,
    });
    expect(m.statements).toEqual([RUN, passRole(ref(SERVICE, 'arn'), ref(INSTANCE, 'arn'), ref(AUTO_SCALING, 'arn')), LINKED_ROLE, RULE]);
    expect(resolveValue(stack, [task.serviceRole.arn, task.clusterRole.name, task.autoScalingRole.arn]))
      .toEqual([ref(SERVICE, 'arn'), ref(INSTANCE, 'name'), ref(AUTO_SCALING, 'arn')]);
  });

  test('the created roles: trust, AWS managed policies, instance profile, and PassRole of the instance role to the service role', () => {
    machineOf(stack, new tasks.EmrCreateCluster(stack, 'Create', base));
    const { json } = synth(stack);
    const roles = json.resource.aws_iam_role;
    const trust = (address: string) => JSON.parse(roles[address.split('.')[1]].assume_role_policy.replace(/^\$\{jsonencode\((.*)\)\}$/, '$1'));
    expect(trust(SERVICE).Statement).toEqual([{ Effect: 'Allow', Principal: { Service: 'elasticmapreduce.amazonaws.com' }, Action: 'sts:AssumeRole' }]);
    expect(trust(INSTANCE).Statement).toEqual([{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]);
    expect(trust(AUTO_SCALING).Statement).toEqual([{
      Effect: 'Allow', Principal: { Service: ['elasticmapreduce.amazonaws.com', 'application-autoscaling.amazonaws.com'] }, Action: 'sts:AssumeRole',
    }]);
    expect(roles[SERVICE.split('.')[1]].name_prefix).toBe('Create-EmrService-');
    const attachments = Object.values<any>(json.resource.aws_iam_role_policy_attachment).filter((a) => !String(a.policy_arn).startsWith('${aws_iam_policy.'));
    expect(attachments).toEqual(expect.arrayContaining([
      { role: ref(SERVICE, 'name'), policy_arn: `arn:${PARTITION}:iam::aws:policy/service-role/AmazonElasticMapReduceRole` },
      { role: ref(AUTO_SCALING, 'name'), policy_arn: `arn:${PARTITION}:iam::aws:policy/service-role/AmazonElasticMapReduceforAutoScalingRole` },
    ]));
    expect(attachments).toHaveLength(2);
    expect(json.resource.aws_iam_instance_profile).toEqual({ [PROFILE.split('.')[1]]: { name: ref(INSTANCE, 'name'), role: ref(INSTANCE, 'name') } });
    const granted = grantsOf(json, SERVICE);
    expect(granted).toEqual([{ Effect: 'Allow', Action: 'iam:PassRole', Resource: ref(INSTANCE, 'arn') }]);
  });

  test('created roles take the permissions boundary of their scope', () => {
    iam.PermissionsBoundary.of(stack).apply({ arn: 'arn:aws:iam::123456789012:policy/boundary' });
    machineOf(stack, new tasks.EmrCreateCluster(stack, 'Create', base));
    const roles = Object.values<any>(synth(stack).json.resource.aws_iam_role);
    expect(roles.map((r) => r.permissions_boundary)).toEqual(roles.map(() => 'arn:aws:iam::123456789012:policy/boundary'));
  });

  test('REQUEST_RESPONSE has no suffix and no events rule', () => {
    const task = new tasks.EmrCreateCluster(stack, 'Create', { ...base, integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE });
    const m = machineOf(stack, task);
    expect(m.definition.States.Create.Resource).toBe(integrationArn('elasticmapreduce:createCluster'));
    expect(m.statements).not.toContainEqual(RULE);
    expect(m.statements).toHaveLength(3);
  });

  test('WAIT_FOR_TASK_TOKEN is rejected', () => {
    expect(() => new tasks.EmrCreateCluster(stack, 'Create', { ...base, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow(/test\/Create: 'integrationPattern' WAIT_FOR_TASK_TOKEN is not supported/);
  });

  test('an EXPRESS state machine refuses the default RUN_JOB', () => {
    const task = new tasks.EmrCreateCluster(stack, 'Create', base);
    expect(() => machineOf(stack, task, { stateMachineType: sfn.StateMachineType.EXPRESS }))
      .toThrow(/state 'Create' uses IntegrationPattern.RUN_JOB \(.sync\), which the EXPRESS state machine test\/SM cannot run/);
    const other = newStack();
    const rr = new tasks.EmrCreateCluster(other, 'Create', { ...base, integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE });
    expect(() => machineOf(other, rr, { stateMachineType: sfn.StateMachineType.EXPRESS })).not.toThrow();
  });

  test('given roles are used by name and passed, and none is created', () => {
    const service = { arn: 'arn:aws:iam::123456789012:role/emr-service', name: 'emr-service' };
    const cluster = { arn: 'arn:aws:iam::123456789012:role/emr-ec2', name: 'emr-ec2' };
    const autoScaling = { arn: 'arn:aws:iam::123456789012:role/emr-scaling', name: 'emr-scaling' };
    const task = new tasks.EmrCreateCluster(stack, 'Create', { ...base, serviceRole: service, clusterRole: cluster, autoScalingRole: autoScaling });
    const m = machineOf(stack, task);
    const params = m.definition.States.Create.Parameters;
    expect([params.ServiceRole, params.JobFlowRole, params.AutoScalingRole]).toEqual(['emr-service', 'emr-ec2', 'emr-scaling']);
    expect(m.statements[1]).toEqual(passRole(service.arn, cluster.arn, autoScaling.arn));
    const { json } = synth(stack);
    expect(Object.keys(json.resource.aws_iam_role)).toEqual(['SM_Role_B4364F07']);
    expect(json.resource.aws_iam_instance_profile).toBeUndefined();
    expect(task.serviceRole).toBe(service);
    expect(grantsOf(json, 'emr-service')).toEqual([{ Effect: 'Allow', Action: 'iam:PassRole', Resource: cluster.arn }]);
  });

  describe('instance fleets', () => {
    const fleet = (props: Partial<tasks.EmrCreateCluster.InstanceFleetConfigProperty> = {}): tasks.EmrCreateCluster.InstanceFleetConfigProperty =>
      ({ instanceFleetType: InstanceRoleType.MASTER, targetOnDemandCapacity: 1, instanceTypeConfigs: [{ instanceType: 'm5.xlarge' }], ...props });
    let n = 0;
    const withFleet = (props: Partial<tasks.EmrCreateCluster.InstanceFleetConfigProperty>) =>
      () => new tasks.EmrCreateCluster(stack, `Create${n++}`, { name: 'c', instances: { instanceFleets: [fleet(props)] } });

    test('create no auto-scaling role, and refuse one', () => {
      const task = new tasks.EmrCreateCluster(stack, 'Create', { name: 'c', instances: { instanceFleets: [fleet()] } });
      const m = machineOf(stack, task);
      expect(m.definition.States.Create.Parameters.AutoScalingRole).toBeUndefined();
      expect(m.statements[1]).toEqual(passRole(ref(SERVICE, 'arn'), ref(INSTANCE, 'arn')));
      expect(() => task.autoScalingRole).toThrow(/test\/Create: 'autoScalingRole' is not available/);
      expect(() => new tasks.EmrCreateCluster(stack, 'Other', {
        name: 'c', instances: { instanceFleets: [fleet()] }, autoScalingRole: { arn: 'arn:aws:iam::1:role/r', name: 'r' },
      })).toThrow(/test\/Other: 'autoScalingRole' cannot be given with 'instances.instanceFleets'/);
    });

    test('are not mixed with instance groups', () => {
      expect(() => new tasks.EmrCreateCluster(stack, 'Create', { name: 'c', instances: { instanceFleets: [fleet()], instanceGroups: [] } })).not.toThrow();
      expect(() => new tasks.EmrCreateCluster(stack, 'Other', { name: 'c', instances: { instanceFleets: [fleet()], ...groups } }))
        .toThrow(/test\/Other: 'instances' takes 'instanceFleets' or 'instanceGroups', not both/);
    });

    test('render launch specifications, weighted types, EBS volumes and priorities', () => {
      const task = new tasks.EmrCreateCluster(stack, 'Create', {
        name: 'c',
        instances: {
          ec2SubnetIds: ['subnet-1', 'subnet-2'],
          placement: { availabilityZones: ['us-east-1a'] },
          instanceFleets: [fleet({
            name: 'core',
            instanceFleetType: InstanceRoleType.CORE,
            targetOnDemandCapacity: 2,
            targetSpotCapacity: 4,
            instanceTypeConfigs: [{
              instanceType: 'm5.xlarge',
              bidPriceAsPercentageOfOnDemandPrice: 80,
              priority: 0,
              weightedCapacity: 2,
              ebsConfiguration: {
                ebsOptimized: true,
                ebsBlockDeviceConfigs: [{
                  volumeSpecification: { volumeSize: Size.gibibytes(64), volumeType: tasks.EmrCreateCluster.EbsBlockDeviceVolumeType.GP3, iops: 3000 },
                  volumesPerInstance: 2,
                }],
              },
              configurations: [{ classification: 'yarn-site', properties: { 'yarn.nodemanager.vmem-check-enabled': 'false' } }],
            }, { instanceType: 'm5.2xlarge', bidPrice: '0.5', priority: 1 }],
            launchSpecifications: {
              onDemandSpecification: { allocationStrategy: tasks.EmrCreateCluster.OnDemandAllocationStrategy.PRIORITIZED },
              spotSpecification: {
                allocationStrategy: tasks.EmrCreateCluster.SpotAllocationStrategy.PRICE_CAPACITY_OPTIMIZED,
                timeoutAction: tasks.EmrCreateCluster.SpotTimeoutAction.SWITCH_TO_ON_DEMAND,
                timeout: Duration.minutes(20),
              },
            },
          })],
        },
      });
      expect(renderState(task).Parameters.Instances).toEqual({
        Ec2SubnetIds: ['subnet-1', 'subnet-2'],
        InstanceFleets: [{
          InstanceFleetType: 'CORE',
          InstanceTypeConfigs: [{
            BidPriceAsPercentageOfOnDemandPrice: 80,
            Configurations: [{ Classification: 'yarn-site', Properties: { 'yarn.nodemanager.vmem-check-enabled': 'false' } }],
            EbsConfiguration: {
              EbsBlockDeviceConfigs: [{ VolumeSpecification: { Iops: 3000, SizeInGB: 64, VolumeType: 'gp3' }, VolumesPerInstance: 2 }],
              EbsOptimized: true,
            },
            InstanceType: 'm5.xlarge',
            Priority: 0,
            WeightedCapacity: 2,
          }, { BidPrice: '0.5', InstanceType: 'm5.2xlarge', Priority: 1 }],
          LaunchSpecifications: {
            OnDemandSpecification: { AllocationStrategy: 'prioritized' },
            SpotSpecification: { AllocationStrategy: 'price-capacity-optimized', TimeoutAction: 'SWITCH_TO_ON_DEMAND', TimeoutDurationMinutes: 20 },
          },
          Name: 'core',
          TargetOnDemandCapacity: 2,
          TargetSpotCapacity: 4,
        }],
        KeepJobFlowAliveWhenNoSteps: true,
        Placement: { AvailabilityZones: ['us-east-1a'] },
      });
    });

    test('need a target capacity', () => {
      expect(withFleet({ instanceFleetType: InstanceRoleType.TASK, targetSpotCapacity: 3, targetOnDemandCapacity: undefined })).not.toThrow();
      expect(withFleet({ targetOnDemandCapacity: 0 }))
        .toThrow(/test\/Create\d+: 'instances.instanceFleets\[0\]' needs 'targetOnDemandCapacity' or 'targetSpotCapacity' above 0, got 0 and undefined/);
      expect(withFleet({ targetOnDemandCapacity: sfn.JsonPath.numberAt('$.capacity') })).not.toThrow();
    });

    test('a MASTER fleet has one instance of one market', () => {
      expect(withFleet({ targetOnDemandCapacity: undefined, targetSpotCapacity: 1 })).not.toThrow();
      expect(withFleet({ targetSpotCapacity: 1 })).toThrow(/MASTER fleet: give only one of 'targetOnDemandCapacity' and 'targetSpotCapacity'/);
      expect(withFleet({ targetOnDemandCapacity: 2 })).toThrow(/'instances.instanceFleets\[0\].targetOnDemandCapacity' of a MASTER fleet must be 1, got 2/);
      expect(withFleet({ targetOnDemandCapacity: undefined, targetSpotCapacity: 3 })).toThrow(/targetSpotCapacity' of a MASTER fleet must be 1, got 3/);
    });

    test('an instance type takes one kind of bid price and a non-negative priority', () => {
      expect(withFleet({ instanceTypeConfigs: [{ instanceType: 'm5.xlarge', bidPrice: '0.1' }] })).not.toThrow();
      expect(withFleet({ instanceTypeConfigs: [{ instanceType: 'm5.xlarge', bidPrice: '0.1', bidPriceAsPercentageOfOnDemandPrice: 50 }] }))
        .toThrow(/'instances.instanceFleets\[0\].instanceTypeConfigs\[0\]' takes 'bidPrice' or 'bidPriceAsPercentageOfOnDemandPrice', not both/);
      const prioritized = { onDemandSpecification: { allocationStrategy: tasks.EmrCreateCluster.OnDemandAllocationStrategy.PRIORITIZED } };
      expect(withFleet({ instanceTypeConfigs: [{ instanceType: 'm5.xlarge', priority: -1 }], launchSpecifications: prioritized }))
        .toThrow(/instanceTypeConfigs\[0\].priority' must be 0 \(the highest\) or more, got -1/);
    });

    test('priorities go with the PRIORITIZED on-demand strategy, and it with priorities', () => {
      const prioritized = { onDemandSpecification: { allocationStrategy: tasks.EmrCreateCluster.OnDemandAllocationStrategy.PRIORITIZED } };
      expect(withFleet({ instanceTypeConfigs: [{ instanceType: 'm5.xlarge', priority: 0 }], launchSpecifications: prioritized })).not.toThrow();
      expect(withFleet({ instanceTypeConfigs: [{ instanceType: 'm5.xlarge', priority: 0 }] }))
        .toThrow(/set priorities, which only count with the on-demand allocation strategy PRIORITIZED; got "lowest-price"/);
      expect(withFleet({ launchSpecifications: prioritized })).toThrow(/uses the on-demand allocation strategy PRIORITIZED: give at least one of its 'instanceTypeConfigs' a 'priority'/);
    });

    test('a Spot specification has one timeout of 5 to 1440 minutes', () => {
      const spot = (s: Partial<tasks.EmrCreateCluster.SpotProvisioningSpecificationProperty>) => withFleet({
        launchSpecifications: { spotSpecification: { timeoutAction: tasks.EmrCreateCluster.SpotTimeoutAction.TERMINATE_CLUSTER, ...s } },
      });
      expect(spot({ timeoutDurationMinutes: 5 })).not.toThrow();
      expect(spot({ timeout: Duration.minutes(1440) })).not.toThrow();
      expect(spot({})).toThrow(/'instances.instanceFleets\[0\].launchSpecifications.spotSpecification' needs exactly one of 'timeout' and 'timeoutDurationMinutes', got neither/);
      expect(spot({ timeout: Duration.minutes(5), timeoutDurationMinutes: 5 })).toThrow(/needs exactly one of 'timeout' and 'timeoutDurationMinutes', got both/);
      expect(spot({ timeout: Duration.minutes(4) })).toThrow(/timeout must be 5 to 1440 minutes, got 4 minutes/);
      expect(spot({ timeoutDurationMinutes: 1441 })).toThrow(/timeout must be 5 to 1440 minutes, got 1441 minutes/);
    });
  });

  test('all the cluster parameters, instance groups with automatic scaling (JSONPath)', () => {
    const task = new tasks.EmrCreateCluster(stack, 'Create', {
      name: sfn.JsonPath.stringAt('$.name'),
      instances: {
        ec2SubnetId: 'subnet-1',
        ec2KeyName: 'key',
        additionalMasterSecurityGroups: ['sg-1'],
        terminationProtected: true,
        instanceGroups: [{
          name: 'core',
          instanceRole: InstanceRoleType.CORE,
          instanceCount: 2,
          instanceType: 'm5.xlarge',
          market: tasks.EmrCreateCluster.InstanceMarket.SPOT,
          bidPrice: '0.2',
          autoScalingPolicy: {
            constraints: { minCapacity: 2, maxCapacity: 10 },
            rules: [{
              name: 'grow',
              description: 'more nodes when YARN runs short',
              action: {
                market: tasks.EmrCreateCluster.InstanceMarket.SPOT,
                simpleScalingPolicyConfiguration: { adjustmentType: tasks.EmrCreateCluster.ScalingAdjustmentType.CHANGE_IN_CAPACITY, scalingAdjustment: 2, coolDown: 300 },
              },
              trigger: {
                cloudWatchAlarmDefinition: {
                  comparisonOperator: tasks.EmrCreateCluster.CloudWatchAlarmComparisonOperator.LESS_THAN,
                  metricName: 'YARNMemoryAvailablePercentage',
                  period: Duration.minutes(5),
                  threshold: 15,
                  statistic: tasks.EmrCreateCluster.CloudWatchAlarmStatistic.AVERAGE,
                  unit: tasks.EmrCreateCluster.CloudWatchAlarmUnit.PERCENT,
                  dimensions: [{ key: 'JobFlowId', value: '${emr.clusterId}' }],
                  evaluationPeriods: 1,
                  namespace: 'AWS/ElasticMapReduce',
                },
              },
            }],
          },
        }],
      },
      additionalInfo: '{"x":1}',
      applications: [{ name: 'Spark', version: '3.5', args: ['--a'], additionalInfo: { k: 'v' } }],
      bootstrapActions: [{ name: 'setup', scriptBootstrapAction: { path: 's3://b/setup.sh', args: ['1'] } }],
      configurations: [{ classification: 'spark', properties: { maximizeResourceAllocation: 'true' }, configurations: [{ classification: 'export', properties: { A: 'b' } }] }],
      customAmiId: 'ami-1',
      ebsRootVolumeSize: Size.gibibytes(20),
      ebsRootVolumeIops: 4000,
      ebsRootVolumeThroughput: 200,
      kerberosAttributes: { realm: 'EC2.INTERNAL', kdcAdminPassword: 'p', adDomainJoinUser: 'u', adDomainJoinPassword: 'q', crossRealmTrustPrincipalPassword: 'r' },
      logUri: 's3://logs/',
      managedScalingPolicy: { computeLimits: { unitType: tasks.EmrCreateCluster.ComputeLimitsUnitType.INSTANCES, minimumCapacityUnits: 2, maximumCapacityUnits: 8, maximumCoreCapacityUnits: 4, maximumOnDemandCapacityUnits: 6 } },
      releaseLabel: 'emr-7.2.0',
      scaleDownBehavior: tasks.EmrCreateCluster.EmrClusterScaleDownBehavior.TERMINATE_AT_TASK_COMPLETION,
      securityConfiguration: 'kerberos',
      stepConcurrencyLevel: 10,
      tags: { team: 'data' },
      visibleToAllUsers: false,
      autoTerminationPolicyIdleTimeout: Duration.hours(2),
    });
    const params = renderState(task).Parameters;
    expect(params).toEqual({
      'Instances': {
        AdditionalMasterSecurityGroups: ['sg-1'],
        Ec2KeyName: 'key',
        Ec2SubnetId: 'subnet-1',
        InstanceGroups: [{
          AutoScalingPolicy: {
            Constraints: { MaxCapacity: 10, MinCapacity: 2 },
            Rules: [{
              Action: { Market: 'SPOT', SimpleScalingPolicyConfiguration: { AdjustmentType: 'CHANGE_IN_CAPACITY', CoolDown: 300, ScalingAdjustment: 2 } },
              Description: 'more nodes when YARN runs short',
              Name: 'grow',
              Trigger: {
                CloudWatchAlarmDefinition: {
                  ComparisonOperator: 'LESS_THAN',
                  Dimensions: [{ Key: 'JobFlowId', Value: '${emr.clusterId}' }],
                  EvaluationPeriods: 1,
                  MetricName: 'YARNMemoryAvailablePercentage',
                  Namespace: 'AWS/ElasticMapReduce',
                  Period: 300,
                  Statistic: 'AVERAGE',
                  Threshold: 15,
                  Unit: 'PERCENT',
                },
              },
            }],
          },
          BidPrice: '0.2',
          InstanceCount: 2,
          InstanceRole: 'CORE',
          InstanceType: 'm5.xlarge',
          Market: 'SPOT',
          Name: 'core',
        }],
        KeepJobFlowAliveWhenNoSteps: true,
        TerminationProtected: true,
      },
      'JobFlowRole': ref(PROFILE, 'name'),
      'Name.$': '$.name',
      'ServiceRole': ref(SERVICE, 'name'),
      'AdditionalInfo': '{"x":1}',
      'Applications': [{ Name: 'Spark', Args: ['--a'], Version: '3.5', AdditionalInfo: { k: 'v' } }],
      'AutoScalingRole': ref(AUTO_SCALING, 'name'),
      'BootstrapActions': [{ Name: 'setup', ScriptBootstrapAction: { Path: 's3://b/setup.sh', Args: ['1'] } }],
      'Configurations': [{ Classification: 'spark', Properties: { maximizeResourceAllocation: 'true' }, Configurations: [{ Classification: 'export', Properties: { A: 'b' } }] }],
      'CustomAmiId': 'ami-1',
      'EbsRootVolumeSize': 20,
      'EbsRootVolumeIops': 4000,
      'EbsRootVolumeThroughput': 200,
      'KerberosAttributes': { ADDomainJoinPassword: 'q', ADDomainJoinUser: 'u', CrossRealmTrustPrincipalPassword: 'r', KdcAdminPassword: 'p', Realm: 'EC2.INTERNAL' },
      'LogUri': 's3://logs/',
      'ManagedScalingPolicy': { ComputeLimits: { UnitType: 'Instances', MinimumCapacityUnits: 2, MaximumCapacityUnits: 8, MaximumOnDemandCapacityUnits: 6, MaximumCoreCapacityUnits: 4 } },
      'ReleaseLabel': 'emr-7.2.0',
      'ScaleDownBehavior': 'TERMINATE_AT_TASK_COMPLETION',
      'SecurityConfiguration': 'kerberos',
      'StepConcurrencyLevel': 10,
      'Tags': [{ Key: 'team', Value: 'data' }],
      'VisibleToAllUsers': false,
      'AutoTerminationPolicy': { IdleTimeout: 7200 },
    });
    const m = machineOf(stack, task);
    expect(m.definition.States.Create.Parameters.Instances.InstanceGroups[0].AutoScalingPolicy.Rules[0].Trigger.CloudWatchAlarmDefinition.Dimensions)
      .toEqual([{ Key: 'JobFlowId', Value: '${emr.clusterId}' }]);
    expect(m.statements).toContainEqual({ Effect: 'Allow', Action: 'elasticmapreduce:AddTags', Resource: `arn:${PARTITION}:elasticmapreduce:${REGION}:${ACCOUNT}:cluster/*` });
  });

  test('JSONata: Arguments, expressions as given', () => {
    const task = tasks.EmrCreateCluster.jsonata(stack, 'Create', {
      ...base,
      name: '{% $states.input.name %}',
      integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
    });
    const state = machineOf(stack, task).definition.States.Create;
    expect(state.QueryLanguage).toBe('JSONata');
    expect(state.Parameters).toBeUndefined();
    expect(state.Arguments).toMatchObject({ Name: '{% $states.input.name %}', VisibleToAllUsers: true });
  });

  describe('validation', () => {
    let n = 0;
    const create = (props: Partial<tasks.EmrCreateClusterProps>) => () => new tasks.EmrCreateCluster(stack, `C${n++}`, { ...base, ...props });

    test('autoTerminationPolicyIdleTimeout is 60 seconds to 7 days', () => {
      expect(create({ autoTerminationPolicyIdleTimeout: Duration.seconds(60) })).not.toThrow();
      expect(create({ autoTerminationPolicyIdleTimeout: Duration.days(7) })).not.toThrow();
      expect(create({ autoTerminationPolicyIdleTimeout: Duration.seconds(59) })).toThrow(/'autoTerminationPolicyIdleTimeout' must be 60 to 604800 seconds \(7 days\), got 59 seconds/);
      expect(create({ autoTerminationPolicyIdleTimeout: Duration.seconds(604_801) })).toThrow(/got 604801 seconds/);
    });

    test('releaseLabel looks like emr-x.y.z', () => {
      expect(create({ releaseLabel: 'emr-6.15.0' })).not.toThrow();
      expect(create({ releaseLabel: sfn.JsonPath.stringAt('$.release') })).not.toThrow();
      for (const bad of ['emr-6.15', 'emr-6.x.0', '6.15.0', 'emr-6.15.0.1']) {
        expect(create({ releaseLabel: bad })).toThrow(new RegExp(`'releaseLabel' must look like 'emr-x.y.z' \\(e.g. 'emr-7.2.0'\\), got "${bad.replace(/\./g, '\\.')}"`));
      }
    });

    test('stepConcurrencyLevel is 1 to 256, above 1 from release 5.28.0', () => {
      expect(create({ stepConcurrencyLevel: 256, releaseLabel: 'emr-5.28.0' })).not.toThrow();
      expect(create({ stepConcurrencyLevel: 1, releaseLabel: 'emr-5.27.0' })).not.toThrow();
      expect(create({ stepConcurrencyLevel: sfn.JsonPath.numberAt('$.steps') })).not.toThrow();
      expect(create({ stepConcurrencyLevel: 0 })).toThrow(/'stepConcurrencyLevel' must be a whole number from 1 to 256, got 0/);
      expect(create({ stepConcurrencyLevel: 257 })).toThrow(/got 257/);
      expect(create({ stepConcurrencyLevel: 1.5 })).toThrow(/got 1.5/);
      expect(create({ stepConcurrencyLevel: 2, releaseLabel: 'emr-5.27.9' }))
        .toThrow(/'stepConcurrencyLevel' above 1 needs EMR release 5.28.0 or later, got 2 with 'releaseLabel' "emr-5.27.9"/);
    });

    test('ebsRootVolumeSize is 15 to 100 GiB', () => {
      expect(create({ ebsRootVolumeSize: Size.gibibytes(15) })).not.toThrow();
      expect(create({ ebsRootVolumeSize: Size.gibibytes(100) })).not.toThrow();
      expect(create({ ebsRootVolumeSize: Size.gibibytes(14) })).toThrow(/'ebsRootVolumeSize' must be 15 to 100 GiB, got 14 GiB/);
      expect(create({ ebsRootVolumeSize: Size.gibibytes(101) })).toThrow(/got 101 GiB/);
    });

    test('root volume throughput and IOPS: their ranges, and release 6.15.0 or later', () => {
      expect(create({ ebsRootVolumeThroughput: 125, ebsRootVolumeIops: 16_000, releaseLabel: 'emr-6.15.0' })).not.toThrow();
      expect(create({ ebsRootVolumeThroughput: 1000, ebsRootVolumeIops: 3000 })).not.toThrow();
      expect(create({ ebsRootVolumeThroughput: 200, releaseLabel: 'emr-6.14.0' })).toThrow(/'ebsRootVolumeThroughput' needs EMR release 6.15.0 or later, got 'releaseLabel' "emr-6.14.0"/);
      expect(create({ ebsRootVolumeIops: 4000, releaseLabel: 'emr-5.36.2' })).toThrow(/'ebsRootVolumeIops' needs EMR release 6.15.0 or later/);
      expect(create({ ebsRootVolumeThroughput: 124 })).toThrow(/'ebsRootVolumeThroughput' must be 125 to 1000 MiB\/s, got 124 MiB\/s/);
      expect(create({ ebsRootVolumeIops: 16_001 })).toThrow(/'ebsRootVolumeIops' must be 3000 to 16000, got 16001/);
      expect(create({ ebsRootVolumeIops: sfn.JsonPath.numberAt('$.iops') })).not.toThrow();
    });

    test('props of the wrong type are refused by the prop check', () => {
      expect(create({ instances: { instanceGroups: [{ instanceRole: 'BOSS' as any, instanceCount: 1, instanceType: 'm5.xlarge' }] } }))
        .toThrow(/instanceRole/);
    });
  });
});
