import { EcsCluster } from '@cdktf/provider-aws/lib/ecs-cluster';
import { EcsTaskDefinition } from '@cdktf/provider-aws/lib/ecs-task-definition';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { TerraformVariable, Testing, type TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { ValidationError } from '../../../src/core/errors';
import { newStack, renderState } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn, machineOf } from '../util';

const CLUSTER = { arn: 'arn:aws:ecs:us-east-1:123456789012:cluster/c' };
const TD_ARN = 'arn:aws:ecs:us-east-1:123456789012:task-definition/td:3';
const CONTAINERS = JSON.stringify([{ name: 'main', image: 'foo/bar' }, { name: 'sidecar', image: 'x', essential: false }]);
const fargateTd = {
  arn: TD_ARN,
  family: 'td',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  taskRoleArn: 'arn:aws:iam::123456789012:role/task',
  containerDefinitions: CONTAINERS,
};
const bridgeTd = { arn: TD_ARN, family: 'td', networkMode: 'bridge', requiresCompatibilities: ['EC2'], containerDefinitions: CONTAINERS };
const SUBNETS = { subnets: [{ id: 'subnet-1', vpcId: 'vpc-1' }, { id: 'subnet-2', vpcId: 'vpc-1' }] };
const fargate = new tasks.EcsFargateLaunchTarget({ platformVersion: tasks.FargatePlatformVersion.VERSION1_4 });
const RUN_TASK = { Effect: 'Allow', Action: 'ecs:RunTask', Resource: 'arn:aws:ecs:us-east-1:123456789012:task-definition/td:*' };
const PASS_TASK_ROLE = { Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::123456789012:role/task' };
const STOP = { Effect: 'Allow', Action: ['ecs:StopTask', 'ecs:DescribeTasks'], Resource: '*' };
const RULE = {
  Effect: 'Allow',
  Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
  Resource: `arn:${PARTITION}:events:${REGION}:${ACCOUNT}:rule/StepFunctionsGetEventsForECSTaskRule`,
};

describe('EcsRunTask', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('Fargate, REQUEST_RESPONSE by default: given security groups, no Overrides, RunTask on the family', () => {
    const task = new tasks.EcsRunTask(stack, 'Run', {
      cluster: CLUSTER, taskDefinition: fargateTd, launchTarget: fargate, subnets: SUBNETS, securityGroups: [{ id: 'sg-1' }],
    });
    const m = machineOf(stack, task);
    expect(m.definition.States.Run).toEqual({
      Type: 'Task',
      Resource: integrationArn('ecs:runTask'),
      Parameters: {
        Cluster: CLUSTER.arn,
        TaskDefinition: 'td',
        NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ['subnet-1', 'subnet-2'], SecurityGroups: ['sg-1'] } },
        LaunchType: 'FARGATE',
        PlatformVersion: '1.4.0',
      },
      End: true,
    });
    expect(m.statements).toEqual([RUN_TASK, PASS_TASK_ROLE]);
    expect(task.securityGroups).toEqual([{ id: 'sg-1' }]);
  });

  test('RUN_JOB (.sync, G.5): StopTask/DescribeTasks and the events rule; container overrides and task overrides', () => {
    const task = new tasks.EcsRunTask(stack, 'Run', {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      cluster: CLUSTER,
      taskDefinition: { ...fargateTd, executionRoleArn: 'arn:aws:iam::123456789012:role/exec' },
      launchTarget: fargate,
      subnets: SUBNETS,
      securityGroups: [{ id: 'sg-1' }],
      cpu: '1024',
      memoryMiB: '2048',
      containerOverrides: [{
        containerDefinition: { containerName: 'main' },
        command: ['run', 'it'],
        cpu: 5,
        memoryLimit: 1024,
        memoryReservation: 512,
        environment: [{ name: 'SOME_KEY', value: sfn.JsonPath.stringAt('$.SomeKey') }],
      }],
    });
    const m = machineOf(stack, task);
    const state = m.definition.States.Run;
    expect(state.Resource).toEqual(integrationArn('ecs:runTask.sync'));
    expect(state.Parameters.Overrides).toEqual({
      Cpu: '1024',
      Memory: '2048',
      ContainerOverrides: [{
        Name: 'main', Command: ['run', 'it'], Cpu: 5, Memory: 1024, MemoryReservation: 512,
        Environment: [{ 'Name': 'SOME_KEY', 'Value.$': '$.SomeKey' }],
      }],
    });
    expect(m.statements).toEqual([
      RUN_TASK, STOP,
      { ...PASS_TASK_ROLE, Resource: ['arn:aws:iam::123456789012:role/task', 'arn:aws:iam::123456789012:role/exec'] },
      RULE,
    ]);
  });

  test('WAIT_FOR_TASK_TOKEN needs the token in an environment variable', () => {
    const base = { cluster: CLUSTER, taskDefinition: bridgeTd, launchTarget: new tasks.EcsEc2LaunchTarget(), integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN };
    const task = new tasks.EcsRunTask(stack, 'Run', {
      ...base,
      containerOverrides: [{ containerDefinition: { containerName: 'main' }, environment: [{ name: 'TOKEN', value: sfn.JsonPath.taskToken }] }],
    });
    const m = machineOf(stack, task);
    expect(m.definition.States.Run.Resource).toEqual(integrationArn('ecs:runTask.waitForTaskToken'));
    expect(m.definition.States.Run.Parameters.Overrides.ContainerOverrides[0].Environment).toEqual([{ 'Name': 'TOKEN', 'Value.$': '$$.Task.Token' }]);
    expect(m.statements).toEqual([RUN_TASK]);
    expect(() => new tasks.EcsRunTask(stack, 'NoToken', { ...base, containerOverrides: [{ containerDefinition: { containerName: 'main' }, environment: [{ name: 'A', value: 'b' }] }] }))
      .toThrow(/test\/NoToken: 'containerOverrides.environment' must hold the task token/);
    expect(() => new tasks.EcsRunTask(stack, 'NoEnv', base)).toThrow(ValidationError);
  });

  test('EC2 launch target: placement, bridge mode without network configuration', () => {
    const task = new tasks.EcsRunTask(stack, 'Run', {
      cluster: CLUSTER,
      taskDefinition: bridgeTd,
      launchTarget: new tasks.EcsEc2LaunchTarget({
        placementConstraints: [tasks.PlacementConstraint.memberOf('blieptuut'), tasks.PlacementConstraint.distinctInstances()],
        placementStrategies: [tasks.PlacementStrategy.spreadAcrossInstances(), tasks.PlacementStrategy.packedByCpu(), tasks.PlacementStrategy.randomly(),
          tasks.PlacementStrategy.spreadAcross(tasks.BuiltInAttributes.AVAILABILITY_ZONE, 'host'), tasks.PlacementStrategy.packedByMemory()],
      }),
      propagatedTagSource: tasks.PropagatedTagSource.TASK_DEFINITION,
      enableExecuteCommand: true,
      revisionNumber: 3,
    });
    expect(renderState(task).Parameters).toEqual({
      Cluster: CLUSTER.arn,
      TaskDefinition: 'td:3',
      LaunchType: 'EC2',
      PlacementConstraints: [{ Type: 'memberOf', Expression: 'blieptuut' }, { Type: 'distinctInstance' }],
      PlacementStrategy: [
        { Type: 'spread', Field: 'instanceId' }, { Type: 'binpack', Field: 'CPU' }, { Type: 'random' },
        { Type: 'spread', Field: 'attribute:ecs.availability-zone' }, { Type: 'spread', Field: 'host' }, { Type: 'binpack', Field: 'MEMORY' },
      ],
      PropagateTags: 'TASK_DEFINITION',
      EnableExecuteCommand: true,
    });
    // a revision number narrows RunTask to that revision
    expect(machineOf(stack, task).statements).toEqual([{ ...RUN_TASK, Resource: TD_ARN }]);
  });

  test('capacity provider options replace the launch type; the default strategy sends neither', () => {
    const spot = new tasks.EcsRunTask(stack, 'Spot', {
      cluster: CLUSTER, taskDefinition: fargateTd, subnets: SUBNETS, securityGroups: [{ id: 'sg-1' }],
      launchTarget: new tasks.EcsFargateLaunchTarget({
        platformVersion: tasks.FargatePlatformVersion.LATEST,
        capacityProviderOptions: tasks.CapacityProviderOptions.custom([{ capacityProvider: 'FARGATE_SPOT', weight: 2, base: 1 }]),
      }),
    });
    const params = renderState(spot).Parameters;
    expect(params.LaunchType).toBeUndefined();
    expect(params.CapacityProviderStrategy).toEqual([{ CapacityProvider: 'FARGATE_SPOT', Weight: 2, Base: 1 }]);
    const byDefault = new tasks.EcsRunTask(stack, 'Default', {
      cluster: CLUSTER, taskDefinition: bridgeTd,
      launchTarget: new tasks.EcsEc2LaunchTarget({ capacityProviderOptions: tasks.CapacityProviderOptions.default() }),
    });
    expect(renderState(byDefault).Parameters).toEqual({ Cluster: CLUSTER.arn, TaskDefinition: 'td' });
    expect(() => tasks.CapacityProviderOptions.custom([])).toThrow(/capacityProviderStrategy must have 1 to 20 capacity providers, got 0/);
    expect(() => tasks.CapacityProviderOptions.custom(Array.from({ length: 21 }, () => ({ capacityProvider: 'p' })))).toThrow(/got 21/);
    expect(() => tasks.CapacityProviderOptions.custom(Array.from({ length: 20 }, () => ({ capacityProvider: 'p' })))).not.toThrow();
  });

  test('assignPublicIp: ENABLED, DISABLED when false (aws-cdk-lib omits it, C.17), left out when not set', () => {
    const props = { cluster: CLUSTER, taskDefinition: fargateTd, launchTarget: fargate, subnets: SUBNETS, securityGroups: [{ id: 'sg-1' }] };
    const on = new tasks.EcsRunTask(stack, 'On', { ...props, assignPublicIp: true });
    const off = new tasks.EcsRunTask(stack, 'Off', { ...props, assignPublicIp: false });
    const unset = new tasks.EcsRunTask(stack, 'Unset', props);
    expect(renderState(on).Parameters.NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp).toBe('ENABLED');
    expect(renderState(off).Parameters.NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp).toBe('DISABLED');
    expect(renderState(unset).Parameters.NetworkConfiguration.AwsvpcConfiguration).not.toHaveProperty('AssignPublicIp');
  });

  test('JSONata: Arguments with expressions, and the JSONata task token satisfies WAIT_FOR_TASK_TOKEN', () => {
    const task = tasks.EcsRunTask.jsonata(stack, 'Run', {
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      cluster: CLUSTER, taskDefinition: bridgeTd, launchTarget: new tasks.EcsEc2LaunchTarget(),
      containerOverrides: [{
        containerDefinition: { containerName: 'main' },
        command: ['{% $states.input.cmd %}'],
        environment: [{ name: 'TOKEN', value: '{% $states.context.Task.Token %}' }],
      }],
    });
    const state = machineOf(stack, task).definition.States.Run;
    expect(state.QueryLanguage).toBe('JSONata');
    expect(state.Parameters).toBeUndefined();
    expect(state.Arguments).toEqual({
      Cluster: CLUSTER.arn,
      TaskDefinition: 'td',
      Overrides: { ContainerOverrides: [{ Name: 'main', Command: ['{% $states.input.cmd %}'], Environment: [{ Name: 'TOKEN', Value: '{% $states.context.Task.Token %}' }] }] },
      LaunchType: 'EC2',
    });
  });

  test('jsonPath() builds a JSONPath task; an EXPRESS state machine refuses RUN_JOB and accepts REQUEST_RESPONSE', () => {
    const props = { cluster: CLUSTER, taskDefinition: bridgeTd, launchTarget: new tasks.EcsEc2LaunchTarget() };
    const rr = tasks.EcsRunTask.jsonPath(stack, 'Run', props);
    expect(machineOf(stack, rr, { stateMachineType: sfn.StateMachineType.EXPRESS }).definition.States.Run.Parameters.TaskDefinition).toBe('td');
    const other = newStack();
    const sync = tasks.EcsRunTask.jsonPath(other, 'Run', { ...props, integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    expect(() => machineOf(other, sync, { stateMachineType: sfn.StateMachineType.EXPRESS })).toThrow(ValidationError);
  });

  test('a task definition family from the state input needs ecs:RunTask on *', () => {
    const task = new tasks.EcsRunTask(stack, 'Run', {
      cluster: CLUSTER, launchTarget: new tasks.EcsEc2LaunchTarget(), taskDefinition: { arn: TD_ARN, family: sfn.JsonPath.stringAt('$.family') },
    });
    const m = machineOf(stack, task);
    expect(m.definition.States.Run.Parameters['TaskDefinition.$']).toBe('$.family');
    expect(m.statements).toEqual([{ ...RUN_TASK, Resource: '*' }]);
  });

  describe('awsvpc networking', () => {
    test('without security groups, the task creates an egress-only group in the subnets VPC', () => {
      const task = new tasks.EcsRunTask(stack, 'Run', { cluster: CLUSTER, taskDefinition: fargateTd, launchTarget: fargate, subnets: SUBNETS });
      const json = JSON.parse(Testing.synth(stack));
      const groups = Object.entries<any>(json.resource.aws_security_group);
      expect(groups).toHaveLength(1);
      expect(groups[0][0]).toMatch(/^Run_SecurityGroup_/);
      expect(groups[0][1]).toEqual(expect.objectContaining({ vpc_id: 'vpc-1' }));
      expect(Object.values<any>(json.resource.aws_vpc_security_group_egress_rule)).toHaveLength(1);
      expect(renderState(task).Parameters.NetworkConfiguration.AwsvpcConfiguration.SecurityGroups).toEqual([`\${aws_security_group.${groups[0][0]}.id}`]);
      expect(task.securityGroups).toHaveLength(1);
    });

    test('subnets are required, and must carry their VPC when the task creates the group', () => {
      const props = { cluster: CLUSTER, taskDefinition: fargateTd, launchTarget: fargate };
      expect(() => new tasks.EcsRunTask(stack, 'A', props)).toThrow(/test\/A: 'subnets' is required in 'awsvpc' network mode .*got undefined/);
      expect(() => new tasks.EcsRunTask(stack, 'B', { ...props, subnets: { subnets: [] } })).toThrow(/'subnets' is required/);
      expect(() => new tasks.EcsRunTask(stack, 'C', { ...props, subnets: { subnets: [{ id: 'subnet-1' }] } }))
        .toThrow(/test\/C: 'subnets': the subnets \["subnet-1"\] do not carry a vpcId/);
      expect(() => new tasks.EcsRunTask(stack, 'D', { ...props, subnets: { subnets: [{ id: 'subnet-1' }] }, securityGroups: [{ id: 'sg' }] })).not.toThrow();
    });

    test('at most 16 subnets and 5 security groups', () => {
      const props = { cluster: CLUSTER, taskDefinition: fargateTd, launchTarget: fargate };
      const subnets = (n: number) => ({ subnets: Array.from({ length: n }, (_, i) => ({ id: `subnet-${i}`, vpcId: 'vpc-1' })) });
      const groups = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `sg-${i}` }));
      expect(() => new tasks.EcsRunTask(stack, 'A', { ...props, subnets: subnets(17) })).toThrow(/test\/A: 'subnets.subnets' allows at most 16 entries in 'awsvpc' network mode, got 17/);
      expect(() => new tasks.EcsRunTask(stack, 'B', { ...props, subnets: subnets(1), securityGroups: groups(6) })).toThrow(/'securityGroups' allows at most 5 entries .*got 6/);
      expect(() => new tasks.EcsRunTask(stack, 'C', { ...props, subnets: subnets(16), securityGroups: groups(5) })).not.toThrow();
    });

    test('subnets or security groups with a task definition not in awsvpc mode are refused', () => {
      const props = { cluster: CLUSTER, taskDefinition: bridgeTd, launchTarget: new tasks.EcsEc2LaunchTarget() };
      expect(() => new tasks.EcsRunTask(stack, 'A', { ...props, subnets: SUBNETS }))
        .toThrow(/test\/A: 'subnets' and 'securityGroups' need a task definition in 'awsvpc' network mode, but its network mode is "bridge"/);
      expect(() => new tasks.EcsRunTask(stack, 'B', { ...props, securityGroups: [{ id: 'sg' }] })).toThrow(ValidationError);
      expect(() => new tasks.EcsRunTask(stack, 'C', props)).not.toThrow();
    });

    test('an unknown network mode: subnets make the task awsvpc, no subnets no network configuration', () => {
      const td = { arn: TD_ARN, family: 'td' };
      const withSubnets = new tasks.EcsRunTask(stack, 'A', { cluster: CLUSTER, taskDefinition: td, launchTarget: fargate, subnets: SUBNETS, securityGroups: [{ id: 'sg' }] });
      const without = new tasks.EcsRunTask(stack, 'B', { cluster: CLUSTER, taskDefinition: td, launchTarget: fargate });
      expect(renderState(withSubnets).Parameters.NetworkConfiguration).toBeDefined();
      expect(renderState(without).Parameters.NetworkConfiguration).toBeUndefined();
    });
  });

  describe('checks of the task definition', () => {
    test('launch target compatibility', () => {
      expect(() => new tasks.EcsRunTask(stack, 'A', { cluster: CLUSTER, taskDefinition: bridgeTd, launchTarget: fargate }))
        .toThrow(/test\/A: 'launchTarget' EcsFargateLaunchTarget needs a task definition compatible with FARGATE, but 'taskDefinition' requires compatibilities \["EC2"\]/);
      expect(() => new tasks.EcsRunTask(stack, 'B', { cluster: CLUSTER, taskDefinition: { ...fargateTd, networkMode: 'bridge' }, launchTarget: new tasks.EcsEc2LaunchTarget() }))
        .toThrow(/EcsEc2LaunchTarget needs a task definition compatible with EC2/);
      expect(() => new tasks.EcsRunTask(stack, 'F', { cluster: CLUSTER, taskDefinition: { ...fargateTd, networkMode: 'bridge' }, launchTarget: fargate }))
        .toThrow(/test\/F: 'launchTarget' EcsFargateLaunchTarget needs a task definition in 'awsvpc' network mode \(Fargate runs no other\), but its network mode is "bridge"/);
      const both = { ...bridgeTd, requiresCompatibilities: ['EC2', 'FARGATE'] };
      expect(() => new tasks.EcsRunTask(stack, 'C', { cluster: CLUSTER, taskDefinition: both, launchTarget: new tasks.EcsEc2LaunchTarget() })).not.toThrow();
    });

    test('at least one essential container', () => {
      const none = JSON.stringify([{ name: 'a', essential: false }]);
      expect(() => new tasks.EcsRunTask(stack, 'A', { cluster: CLUSTER, taskDefinition: { ...bridgeTd, containerDefinitions: none }, launchTarget: new tasks.EcsEc2LaunchTarget() }))
        .toThrow(/test\/A: 'taskDefinition' must have at least one essential container, but every container of \["a"\] sets essential = false/);
      const implicit = JSON.stringify([{ name: 'a' }]);
      expect(() => new tasks.EcsRunTask(stack, 'B', { cluster: CLUSTER, taskDefinition: { ...bridgeTd, containerDefinitions: implicit }, launchTarget: new tasks.EcsEc2LaunchTarget() })).not.toThrow();
    });

    test('container overrides name containers of the task definition', () => {
      const props = { cluster: CLUSTER, taskDefinition: bridgeTd, launchTarget: new tasks.EcsEc2LaunchTarget() };
      expect(() => new tasks.EcsRunTask(stack, 'A', { ...props, containerOverrides: [{ containerDefinition: { containerName: 'nope' } }] }))
        .toThrow(/test\/A: 'containerOverrides' names the container "nope", which the task definition does not have; its containers are \["main","sidecar"\]/);
      expect(() => new tasks.EcsRunTask(stack, 'B', { ...props, containerOverrides: [{ containerDefinition: { containerName: 'sidecar' } }] })).not.toThrow();
    });

    test('revisionNumber is a whole number of at least 1', () => {
      const props = { cluster: CLUSTER, taskDefinition: bridgeTd, launchTarget: new tasks.EcsEc2LaunchTarget() };
      expect(() => new tasks.EcsRunTask(stack, 'A', { ...props, revisionNumber: 0 })).toThrow(/test\/A: 'revisionNumber' must be a whole number of at least 1, got 0/);
      expect(() => new tasks.EcsRunTask(stack, 'B', { ...props, revisionNumber: 1.5 })).toThrow(/got 1.5/);
      expect(() => new tasks.EcsRunTask(stack, 'C', { ...props, revisionNumber: 1 })).not.toThrow();
    });

    test('a revisionNumber from a Terraform variable is rendered as its reference', () => {
      const revision = new TerraformVariable(stack, 'revision', { type: 'number' });
      const task = new tasks.EcsRunTask(stack, 'Run', { cluster: CLUSTER, taskDefinition: bridgeTd, launchTarget: new tasks.EcsEc2LaunchTarget(), revisionNumber: revision.numberValue });
      const m = machineOf(stack, task);
      expect(m.definition.States.Run.Parameters.TaskDefinition).toBe('td:${var.revision}');
      expect(m.statements[0]).toEqual({ ...RUN_TASK, Resource: 'arn:aws:ecs:us-east-1:123456789012:task-definition/td:${var.revision}' });
    });

    test('unsupported pattern is refused', () => {
      expect(() => new tasks.EcsRunTask(stack, 'A', { cluster: CLUSTER, taskDefinition: bridgeTd, launchTarget: new tasks.EcsEc2LaunchTarget(), integrationPattern: 'BOGUS' as any }))
        .toThrow(ValidationError);
    });
  });

  describe('provider resources', () => {
    function resources(config: { networkMode?: string; requiresCompatibilities?: string[]; containerDefinitions?: string; roles?: boolean }) {
      const role = new IamRole(stack, 'TaskRole', { assumeRolePolicy: '{}' });
      const cluster = new EcsCluster(stack, 'Cluster', { name: 'c' });
      const taskDefinition = new EcsTaskDefinition(stack, 'TD', {
        family: 'work',
        containerDefinitions: config.containerDefinitions ?? CONTAINERS,
        networkMode: config.networkMode,
        requiresCompatibilities: config.requiresCompatibilities,
        taskRoleArn: config.roles === false ? undefined : role.arn,
        cpu: '256',
        memory: '512',
      });
      const subnet = new Subnet(stack, 'Subnet', { vpcId: 'vpc-1', cidrBlock: '10.0.0.0/24' });
      return { cluster, taskDefinition, subnet, role };
    }

    test('renders references; RunTask on arn_without_revision:*, PassRole on the configured task role', () => {
      const { cluster, taskDefinition, subnet } = resources({ networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'] });
      const task = new tasks.EcsRunTask(stack, 'Run', { cluster, taskDefinition, launchTarget: fargate, subnets: { subnets: [subnet] } });
      const m = machineOf(stack, task);
      const params = m.definition.States.Run.Parameters;
      expect(params.Cluster).toBe('${aws_ecs_cluster.Cluster.arn}');
      expect(params.TaskDefinition).toBe('${aws_ecs_task_definition.TD.family}');
      expect(params.NetworkConfiguration.AwsvpcConfiguration.Subnets).toEqual(['${aws_subnet.Subnet.id}']);
      expect(m.statements).toEqual([
        { Effect: 'Allow', Action: 'ecs:RunTask', Resource: '${aws_ecs_task_definition.TD.arn_without_revision}:*' },
        { Effect: 'Allow', Action: 'iam:PassRole', Resource: '${aws_iam_role.TaskRole.arn}' },
      ]);
    });

    test('reads the configured values: no network mode (bridge), no compatibilities (EC2), no roles', () => {
      const { cluster, taskDefinition, subnet } = resources({ roles: false });
      expect(() => new tasks.EcsRunTask(stack, 'A', { cluster, taskDefinition, launchTarget: fargate })).toThrow(/compatible with FARGATE, but 'taskDefinition' requires compatibilities \["EC2"\]/);
      expect(() => new tasks.EcsRunTask(stack, 'B', { cluster, taskDefinition, launchTarget: new tasks.EcsEc2LaunchTarget(), subnets: { subnets: [subnet] } }))
        .toThrow(/network mode is not set \(ECS's default, not awsvpc\)/);
      expect(() => new tasks.EcsRunTask(stack, 'C', { cluster, taskDefinition, launchTarget: new tasks.EcsEc2LaunchTarget(), containerOverrides: [{ containerDefinition: { containerName: 'x' } }] }))
        .toThrow(/names the container "x"/);
      const task = new tasks.EcsRunTask(stack, 'D', { cluster, taskDefinition, launchTarget: new tasks.EcsEc2LaunchTarget() });
      expect(machineOf(stack, task).statements).toEqual([{ Effect: 'Allow', Action: 'ecs:RunTask', Resource: '${aws_ecs_task_definition.TD.arn_without_revision}:*' }]);
    });

    test('checks are skipped when the configured values are tokens', () => {
      const other = new EcsTaskDefinition(stack, 'Other', { family: 'o', containerDefinitions: CONTAINERS });
      const { cluster, taskDefinition } = resources({ containerDefinitions: other.containerDefinitions, networkMode: other.networkMode, requiresCompatibilities: other.requiresCompatibilities });
      expect(() => new tasks.EcsRunTask(stack, 'A', { cluster, taskDefinition, launchTarget: fargate, containerOverrides: [{ containerDefinition: { containerName: 'any' } }] })).not.toThrow();
    });
  });
});
