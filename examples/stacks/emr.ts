import { IamInstanceProfile } from '@cdktf/provider-aws/lib/iam-instance-profile';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import type { Construct } from 'constructs';
import { Duration, Size, sfn, tasks } from '../../src';
import { ExampleStack } from './common';

const trust = (service: string) => JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
});

/**
 * The EMR examples of the aws-cdk README, ported: a cluster of instance groups named from the input,
 * with the roles the task creates, waited for (RUN_JOB); and, in JSONata, a cluster of instance fleets
 * with on-demand and Spot capacity, on roles of the stack, returned at once (REQUEST_RESPONSE).
 */
export class EmrStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const create = new tasks.EmrCreateCluster(this, 'Create cluster', {
      name: sfn.JsonPath.stringAt('$.clusterName'),
      releaseLabel: 'emr-7.2.0',
      applications: [{ name: 'Spark' }, { name: 'Hadoop' }],
      instances: {
        ec2SubnetId: 'subnet-0123456789abcdef0',
        instanceGroups: [
          { name: 'master', instanceRole: tasks.EmrCreateCluster.InstanceRoleType.MASTER, instanceCount: 1, instanceType: 'm5.xlarge' },
          {
            name: 'core',
            instanceRole: tasks.EmrCreateCluster.InstanceRoleType.CORE,
            instanceCount: 2,
            instanceType: 'm5.xlarge',
            ebsConfiguration: {
              ebsBlockDeviceConfigs: [{
                volumeSpecification: { volumeSize: Size.gibibytes(64), volumeType: tasks.EmrCreateCluster.EbsBlockDeviceVolumeType.GP3 },
              }],
            },
          },
        ],
      },
      bootstrapActions: [{ name: 'install tools', scriptBootstrapAction: { path: 's3://example-emr/bootstrap/tools.sh' } }],
      configurations: [{ classification: 'spark-defaults', properties: { 'spark.dynamicAllocation.enabled': 'true' } }],
      logUri: 's3://example-emr/logs/',
      stepConcurrencyLevel: 4,
      autoTerminationPolicyIdleTimeout: Duration.hours(1),
      tags: { team: 'data' },
      resultSelector: { clusterId: sfn.JsonPath.stringAt('$.ClusterId') },
      resultPath: '$.cluster',
    });
    new sfn.StateMachine(this, 'Nightly', { definitionBody: sfn.DefinitionBody.fromChainable(create) });

    const serviceRole = new IamRole(this, 'EmrServiceRole', {
      name: 'example-emr-service',
      assumeRolePolicy: trust('elasticmapreduce.amazonaws.com'),
      managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AmazonEMRServicePolicy_v2'],
    });
    const instanceRole = new IamRole(this, 'EmrInstanceRole', { name: 'example-emr-ec2', assumeRolePolicy: trust('ec2.amazonaws.com') });
    new IamInstanceProfile(this, 'EmrInstanceProfile', { name: instanceRole.name, role: instanceRole.name });
    const { InstanceRoleType, OnDemandAllocationStrategy, SpotAllocationStrategy, SpotTimeoutAction } = tasks.EmrCreateCluster;
    const fleetCluster = tasks.EmrCreateCluster.jsonata(this, 'Create fleet cluster', {
      name: '{% $states.input.clusterName %}',
      serviceRole,
      clusterRole: instanceRole,
      releaseLabel: 'emr-7.2.0',
      integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
      instances: {
        ec2SubnetIds: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'],
        instanceFleets: [
          { instanceFleetType: InstanceRoleType.MASTER, targetOnDemandCapacity: 1, instanceTypeConfigs: [{ instanceType: 'm5.xlarge' }] },
          {
            instanceFleetType: InstanceRoleType.CORE,
            name: 'core',
            targetOnDemandCapacity: 2,
            targetSpotCapacity: 6,
            instanceTypeConfigs: [
              { instanceType: 'm5.xlarge', priority: 0 },
              { instanceType: 'm5.2xlarge', priority: 1, weightedCapacity: 2 },
            ],
            launchSpecifications: {
              onDemandSpecification: { allocationStrategy: OnDemandAllocationStrategy.PRIORITIZED },
              spotSpecification: {
                allocationStrategy: SpotAllocationStrategy.PRICE_CAPACITY_OPTIMIZED,
                timeoutAction: SpotTimeoutAction.SWITCH_TO_ON_DEMAND,
                timeout: Duration.minutes(20),
              },
            },
          },
        ],
      },
      outputs: { clusterId: '{% $states.result.ClusterId %}' },
    });
    new sfn.StateMachine(this, 'Adhoc', { definitionBody: sfn.DefinitionBody.fromChainable(fleetCluster) });
  }
}
