import { EcsCluster } from '@cdktf/provider-aws/lib/ecs-cluster';
import { EcsTaskDefinition } from '@cdktf/provider-aws/lib/ecs-task-definition';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import type { Construct } from 'constructs';
import { sfn, tasks } from '../../src';
import { ExampleStack } from './common';

const ECS_TASKS_TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

/**
 * The ECS examples of the aws-cdk README, ported: a task on the cluster's EC2 instances (bridge network,
 * placement strategies and constraints), and a Fargate task in private subnets with an environment
 * variable from the state input, waiting for it to stop (RUN_JOB). The Fargate task gets no security
 * group, so it creates an egress-only one in the subnets' VPC.
 */
export class EcsStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const vpc = new Vpc(this, 'Vpc', { cidrBlock: '10.0.0.0/16' });
    const privateSubnets = ['a', 'b'].map((zone, i) => new Subnet(this, `Private${zone.toUpperCase()}`, {
      vpcId: vpc.id,
      cidrBlock: `10.0.${i}.0/24`,
      availabilityZone: `us-east-1${zone}`,
    }));
    const cluster = new EcsCluster(this, 'Cluster', { name: 'example-cluster' });
    const taskRole = new IamRole(this, 'TaskRole', { assumeRolePolicy: ECS_TASKS_TRUST });
    const executionRole = new IamRole(this, 'ExecutionRole', {
      assumeRolePolicy: ECS_TASKS_TRUST,
      managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy'],
    });
    const container = { name: 'TheContainer', image: 'public.ecr.aws/docker/library/busybox:latest', memory: 256, essential: true };

    // EC2: bridge network mode, placed by the launch target
    const ec2TaskDefinition = new EcsTaskDefinition(this, 'Ec2TaskDefinition', {
      family: 'example-ec2',
      requiresCompatibilities: ['EC2'],
      networkMode: 'bridge',
      taskRoleArn: taskRole.arn,
      containerDefinitions: JSON.stringify([container]),
    });
    const runOnEc2 = new tasks.EcsRunTask(this, 'Run on EC2', {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      cluster,
      taskDefinition: ec2TaskDefinition,
      launchTarget: new tasks.EcsEc2LaunchTarget({
        placementStrategies: [
          tasks.PlacementStrategy.spreadAcrossInstances(),
          tasks.PlacementStrategy.packedByCpu(),
          tasks.PlacementStrategy.randomly(),
        ],
        placementConstraints: [tasks.PlacementConstraint.memberOf('attribute:ecs.instance-type =~ t3.*')],
      }),
      propagatedTagSource: tasks.PropagatedTagSource.TASK_DEFINITION,
    });
    new sfn.StateMachine(this, 'Ec2Workflow', { definitionBody: sfn.DefinitionBody.fromChainable(runOnEc2) });

    // Fargate: awsvpc network mode, in the private subnets
    const fargateTaskDefinition = new EcsTaskDefinition(this, 'FargateTaskDefinition', {
      family: 'example-fargate',
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: '256',
      memory: '512',
      taskRoleArn: taskRole.arn,
      executionRoleArn: executionRole.arn,
      containerDefinitions: JSON.stringify([container]),
    });
    const runOnFargate = new tasks.EcsRunTask(this, 'Run on Fargate', {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      cluster,
      taskDefinition: fargateTaskDefinition,
      launchTarget: new tasks.EcsFargateLaunchTarget({ platformVersion: tasks.FargatePlatformVersion.VERSION1_4 }),
      subnets: { subnets: privateSubnets },
      assignPublicIp: false,
      containerOverrides: [{
        containerDefinition: { containerName: 'TheContainer' },
        environment: [{ name: 'SOME_KEY', value: sfn.JsonPath.stringAt('$.SomeKey') }],
      }],
      propagatedTagSource: tasks.PropagatedTagSource.TASK_DEFINITION,
    });
    new sfn.StateMachine(this, 'FargateWorkflow', { definitionBody: sfn.DefinitionBody.fromChainable(runOnFargate) });
  }
}
