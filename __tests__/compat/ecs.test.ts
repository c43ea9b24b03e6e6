// Differential test against aws-cdk-lib 2.276 for EcsRunTask: the same tasks, over an imported VPC,
// cluster, roles and security groups on the aws-cdk-lib side and literal structs on ours, must give the
// same state and grants, but for the documented differences (docs/DIFFERENCES.md), which the last cases
// pin down.
import * as cdk from 'aws-cdk-lib';
import * as cdkEc2 from 'aws-cdk-lib/aws-ec2';
import * as cdkEcs from 'aws-cdk-lib/aws-ecs';
import * as cdkIam from 'aws-cdk-lib/aws-iam';
import * as cdkSfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cdkTasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { sfn, tasks } from '../../src';
import { ACCOUNT, cdkDefinition, grantPairs, ourDefinition, ourGrants } from '../util/compat';

const CLUSTER_ARN = 'arn:aws:ecs:us-east-1:123456789012:cluster/c';
const TASK_ROLE = 'arn:aws:iam::123456789012:role/task';
const EXECUTION_ROLE = 'arn:aws:iam::123456789012:role/exec';
const TD_ARN = 'arn:aws:ecs:us-east-1:123456789012:task-definition/td:1';
const STOP = ['ecs:DescribeTasks *', 'ecs:StopTask *'];

// The aws-cdk-lib side's cluster, task definition (one container, 'main') and security group.
function cdkResources(s: cdk.Stack, fargate: boolean) {
  const vpc = cdkEc2.Vpc.fromVpcAttributes(s, 'Vpc', {
    vpcId: 'vpc-1', availabilityZones: ['us-east-1a', 'us-east-1b'], privateSubnetIds: ['subnet-1', 'subnet-2'], publicSubnetIds: ['subnet-3', 'subnet-4'],
  });
  const cluster = cdkEcs.Cluster.fromClusterAttributes(s, 'Cluster', { clusterName: 'c', clusterArn: CLUSTER_ARN, vpc, securityGroups: [] });
  const roles = {
    taskRole: cdkIam.Role.fromRoleArn(s, 'TaskRole', TASK_ROLE, { mutable: false }),
    executionRole: cdkIam.Role.fromRoleArn(s, 'ExecutionRole', EXECUTION_ROLE, { mutable: false }),
  };
  const taskDefinition = fargate
    ? new cdkEcs.FargateTaskDefinition(s, 'TD', { family: 'td', cpu: 256, memoryLimitMiB: 512, ...roles })
    : new cdkEcs.Ec2TaskDefinition(s, 'TD', { family: 'td', ...roles });
  const main = taskDefinition.addContainer('main', { image: cdkEcs.ContainerImage.fromRegistry('foo/bar'), memoryLimitMiB: 256 });
  const securityGroup = cdkEc2.SecurityGroup.fromSecurityGroupId(s, 'SG', 'sg-1', { mutable: false });
  return { cluster, taskDefinition, main, securityGroup };
}

// Our side's literal task definition, as the aws-cdk-lib one is configured.
function ourTaskDefinition(fargate: boolean): tasks.EcsTaskDefinitionRef {
  return {
    arn: TD_ARN,
    family: 'td',
    networkMode: fargate ? 'awsvpc' : 'bridge',
    requiresCompatibilities: [fargate ? 'FARGATE' : 'EC2'],
    taskRoleArn: TASK_ROLE,
    executionRoleArn: EXECUTION_ROLE,
    containerDefinitions: JSON.stringify([{ name: 'main', image: 'foo/bar', memory: 256 }]),
  };
}

// aws-cdk-lib's grants, its task definition's Ref read as TD_ARN (the family ARN is cut out of it with
// Fn::Select/Fn::Split, which the shared evaluator does not know).
function cdkGrantsOf(build: (stack: cdk.Stack) => cdkSfn.IChainable): string[] {
  const app = new cdk.App();
  const stack = new cdk.Stack(app, 'Cdk', { env: { account: ACCOUNT, region: 'us-east-1' } });
  new cdkSfn.StateMachine(stack, 'SM', { definitionBody: cdkSfn.DefinitionBody.fromChainable(build(stack)) });
  const template = app.synth().getStackByName('Cdk').template;
  const resources = Object.entries<any>(template.Resources);
  const tdId = resources.find(([, r]) => r.Type === 'AWS::ECS::TaskDefinition')?.[0];
  const pseudo: Record<string, string> = { 'AWS::Partition': 'aws', 'AWS::Region': 'us-east-1', 'AWS::AccountId': ACCOUNT };
  const evaluate = (v: any): any => {
    if (typeof v !== 'object' || v === null) return v;
    if (Array.isArray(v)) return v.map(evaluate);
    if ('Ref' in v) return v.Ref === tdId ? TD_ARN : pseudo[v.Ref];
    if ('Fn::Join' in v) return evaluate(v['Fn::Join'][1]).join(v['Fn::Join'][0]);
    if ('Fn::Split' in v) return String(evaluate(v['Fn::Split'][1])).split(v['Fn::Split'][0]);
    if ('Fn::Select' in v) return evaluate(v['Fn::Select'][1])[v['Fn::Select'][0]];
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, evaluate(x)]));
  };
  const policies = resources.map(([, r]) => r).filter((r) => r.Type === 'AWS::IAM::Policy');
  return grantPairs(policies.flatMap((p) => evaluate(p.Properties.PolicyDocument.Statement)));
}

describe('EcsRunTask: same state and grants as aws-cdk-lib 2.276', () => {
  test('Fargate RUN_JOB with overrides, public IP, tag propagation and ECS Exec, JSONPath (G.5)', () => {
    const cdkTask = (s: cdk.Stack) => {
      const r = cdkResources(s, true);
      return new cdkTasks.EcsRunTask(s, 'Run', {
        integrationPattern: cdkSfn.IntegrationPattern.RUN_JOB,
        cluster: r.cluster,
        taskDefinition: r.taskDefinition,
        launchTarget: new cdkTasks.EcsFargateLaunchTarget({ platformVersion: cdkEcs.FargatePlatformVersion.VERSION1_4 }),
        subnets: { subnets: [cdkEc2.Subnet.fromSubnetId(s, 'S1', 'subnet-1')] },
        securityGroups: [r.securityGroup],
        assignPublicIp: true,
        propagatedTagSource: cdkEcs.PropagatedTagSource.TASK_DEFINITION,
        enableExecuteCommand: true,
        cpu: '512',
        memoryMiB: '1024',
        containerOverrides: [{
          containerDefinition: r.main,
          command: ['go'],
          cpu: 128,
          memoryLimit: 256,
          memoryReservation: 128,
          environment: [{ name: 'SOME_KEY', value: cdkSfn.JsonPath.stringAt('$.SomeKey') }],
        }],
      });
    };
    const ourTask = (s: any) => new tasks.EcsRunTask(s, 'Run', {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      cluster: { arn: CLUSTER_ARN },
      taskDefinition: ourTaskDefinition(true),
      launchTarget: new tasks.EcsFargateLaunchTarget({ platformVersion: tasks.FargatePlatformVersion.VERSION1_4 }),
      subnets: { subnets: [{ id: 'subnet-1' }] },
      securityGroups: [{ id: 'sg-1' }],
      assignPublicIp: true,
      propagatedTagSource: tasks.PropagatedTagSource.TASK_DEFINITION,
      enableExecuteCommand: true,
      cpu: '512',
      memoryMiB: '1024',
      containerOverrides: [{
        containerDefinition: { containerName: 'main' },
        command: ['go'],
        cpu: 128,
        memoryLimit: 256,
        memoryReservation: 128,
        environment: [{ name: 'SOME_KEY', value: sfn.JsonPath.stringAt('$.SomeKey') }],
      }],
    });
    const theirs = cdkDefinition(cdkTask);
    expect(theirs.States.Run.Parameters.NetworkConfiguration.AwsvpcConfiguration).toEqual({ AssignPublicIp: 'ENABLED', Subnets: ['subnet-1'], SecurityGroups: ['sg-1'] });
    expect(ourDefinition(ourTask)).toEqual(theirs);
    expect(ourGrants(ourTask)).toEqual(cdkGrantsOf(cdkTask));
  });

  test('Fargate Spot through a capacity provider strategy, JSONata', () => {
    const cdkTask = (s: cdk.Stack) => {
      const r = cdkResources(s, true);
      return cdkTasks.EcsRunTask.jsonata(s, 'Run', {
        integrationPattern: cdkSfn.IntegrationPattern.RUN_JOB,
        cluster: r.cluster,
        taskDefinition: r.taskDefinition,
        launchTarget: new cdkTasks.EcsFargateLaunchTarget({
          platformVersion: cdkEcs.FargatePlatformVersion.LATEST,
          capacityProviderOptions: cdkTasks.CapacityProviderOptions.custom([{ capacityProvider: 'FARGATE_SPOT', weight: 2, base: 1 }, { capacityProvider: 'FARGATE' }]),
        }),
        subnets: { subnets: [cdkEc2.Subnet.fromSubnetId(s, 'S1', 'subnet-1')] },
        securityGroups: [r.securityGroup],
        containerOverrides: [{ containerDefinition: r.main, command: ['{% $states.input.cmd %}'] }],
      });
    };
    const ourTask = (s: any) => tasks.EcsRunTask.jsonata(s, 'Run', {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      cluster: { arn: CLUSTER_ARN },
      taskDefinition: ourTaskDefinition(true),
      launchTarget: new tasks.EcsFargateLaunchTarget({
        platformVersion: tasks.FargatePlatformVersion.LATEST,
        capacityProviderOptions: tasks.CapacityProviderOptions.custom([{ capacityProvider: 'FARGATE_SPOT', weight: 2, base: 1 }, { capacityProvider: 'FARGATE' }]),
      }),
      subnets: { subnets: [{ id: 'subnet-1' }] },
      securityGroups: [{ id: 'sg-1' }],
      containerOverrides: [{ containerDefinition: { containerName: 'main' }, command: ['{% $states.input.cmd %}'] }],
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrantsOf(cdkTask));
  });

  test('difference: EC2 with placement, REQUEST_RESPONSE: same state, no ecs:StopTask/DescribeTasks (only .sync needs them)', () => {
    const cdkTask = (s: cdk.Stack) => {
      const r = cdkResources(s, false);
      return new cdkTasks.EcsRunTask(s, 'Run', {
        cluster: r.cluster,
        taskDefinition: r.taskDefinition,
        launchTarget: new cdkTasks.EcsEc2LaunchTarget({
          placementConstraints: [cdkEcs.PlacementConstraint.memberOf('attribute:ecs.instance-type =~ t2.*'), cdkEcs.PlacementConstraint.distinctInstances()],
          placementStrategies: [cdkEcs.PlacementStrategy.spreadAcross(cdkEcs.BuiltInAttributes.AVAILABILITY_ZONE), cdkEcs.PlacementStrategy.packedByMemory(), cdkEcs.PlacementStrategy.randomly()],
        }),
      });
    };
    const ourTask = (s: any) => new tasks.EcsRunTask(s, 'Run', {
      cluster: { arn: CLUSTER_ARN },
      taskDefinition: ourTaskDefinition(false),
      launchTarget: new tasks.EcsEc2LaunchTarget({
        placementConstraints: [tasks.PlacementConstraint.memberOf('attribute:ecs.instance-type =~ t2.*'), tasks.PlacementConstraint.distinctInstances()],
        placementStrategies: [tasks.PlacementStrategy.spreadAcross(tasks.BuiltInAttributes.AVAILABILITY_ZONE), tasks.PlacementStrategy.packedByMemory(), tasks.PlacementStrategy.randomly()],
      }),
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    const theirs = cdkGrantsOf(cdkTask);
    expect(theirs).toEqual(expect.arrayContaining(STOP));
    expect(ourGrants(ourTask)).toEqual(theirs.filter((g) => !STOP.includes(g)));
  });

  test('difference: WAIT_FOR_TASK_TOKEN on EC2 gets no ecs:StopTask/DescribeTasks either', () => {
    const cdkTask = (s: cdk.Stack) => {
      const r = cdkResources(s, false);
      return new cdkTasks.EcsRunTask(s, 'Run', {
        integrationPattern: cdkSfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        cluster: r.cluster,
        taskDefinition: r.taskDefinition,
        launchTarget: new cdkTasks.EcsEc2LaunchTarget(),
        containerOverrides: [{ containerDefinition: r.main, environment: [{ name: 'TOKEN', value: cdkSfn.JsonPath.taskToken }] }],
      });
    };
    const ourTask = (s: any) => new tasks.EcsRunTask(s, 'Run', {
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      cluster: { arn: CLUSTER_ARN },
      taskDefinition: ourTaskDefinition(false),
      launchTarget: new tasks.EcsEc2LaunchTarget(),
      containerOverrides: [{ containerDefinition: { containerName: 'main' }, environment: [{ name: 'TOKEN', value: sfn.JsonPath.taskToken }] }],
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrantsOf(cdkTask).filter((g) => !STOP.includes(g)));
  });

  test('difference: assignPublicIp false is sent as DISABLED (aws-cdk-lib leaves it out, catalog C.17)', () => {
    const cdkTask = (s: cdk.Stack) => {
      const r = cdkResources(s, true);
      return new cdkTasks.EcsRunTask(s, 'Run', {
        cluster: r.cluster, taskDefinition: r.taskDefinition, assignPublicIp: false, securityGroups: [r.securityGroup],
        subnets: { subnets: [cdkEc2.Subnet.fromSubnetId(s, 'S1', 'subnet-1')] },
        launchTarget: new cdkTasks.EcsFargateLaunchTarget({ platformVersion: cdkEcs.FargatePlatformVersion.LATEST }),
      });
    };
    const ourTask = (s: any) => new tasks.EcsRunTask(s, 'Run', {
      cluster: { arn: CLUSTER_ARN }, taskDefinition: ourTaskDefinition(true), assignPublicIp: false, securityGroups: [{ id: 'sg-1' }],
      subnets: { subnets: [{ id: 'subnet-1' }] },
      launchTarget: new tasks.EcsFargateLaunchTarget({ platformVersion: tasks.FargatePlatformVersion.LATEST }),
    });
    const theirs = cdkDefinition(cdkTask);
    expect(theirs.States.Run.Parameters.NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp).toBeUndefined();
    const ours = ourDefinition(ourTask);
    expect(ours.States.Run.Parameters.NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp).toBe('DISABLED');
    delete ours.States.Run.Parameters.NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp;
    expect(ours).toEqual(theirs);
  });

  test('difference: with a revisionNumber, ecs:RunTask is granted on that revision, not on the whole family', () => {
    const cdkTask = (s: cdk.Stack) => {
      const r = cdkResources(s, false);
      return new cdkTasks.EcsRunTask(s, 'Run', { cluster: r.cluster, taskDefinition: r.taskDefinition, revisionNumber: 7, launchTarget: new cdkTasks.EcsEc2LaunchTarget() });
    };
    const ourTask = (s: any) => new tasks.EcsRunTask(s, 'Run', {
      cluster: { arn: CLUSTER_ARN }, taskDefinition: ourTaskDefinition(false), revisionNumber: 7, launchTarget: new tasks.EcsEc2LaunchTarget(),
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    const family = 'arn:aws:ecs:us-east-1:123456789012:task-definition/td';
    const theirs = cdkGrantsOf(cdkTask).filter((g) => !STOP.includes(g));
    expect(theirs).toContain(`ecs:RunTask ${family}:*`);
    expect(ourGrants(ourTask)).toEqual(theirs.map((g) => g.replace(`${family}:*`, `${family}:7`)));
  });
});
