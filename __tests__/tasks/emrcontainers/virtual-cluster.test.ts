import { EksCluster } from '@cdktf/provider-aws/lib/eks-cluster';
import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { newStack, renderState } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn, machineOf } from '../util';

const CLUSTERS = `arn:${PARTITION}:emr-containers:${REGION}:${ACCOUNT}:/virtualclusters`;

describe('EmrContainersCreateVirtualCluster', () => {
  let stack: TerraformStack;
  let cluster: EksCluster;
  beforeEach(() => {
    stack = newStack();
    cluster = new EksCluster(stack, 'Cluster', { name: 'c', roleArn: 'arn:aws:iam::123456789012:role/eks', vpcConfig: { subnetIds: ['subnet-1'] } });
  });

  test('renders the cluster, the default namespace and the default JSONPath name', () => {
    const task = new tasks.EmrContainersCreateVirtualCluster(stack, 'Create', { eksCluster: tasks.EksClusterInput.fromCluster(cluster) });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      Resource: integrationArn('emr-containers:createVirtualCluster'),
      Parameters: {
        'Name.$': "States.Format('{}/{}', $$.Execution.Name, $$.State.Name)",
        'ContainerProvider': { Id: '${aws_eks_cluster.Cluster.name}', Info: { EksInfo: { Namespace: 'default' } }, Type: 'EKS' },
      },
      End: true,
    });
  });

  test('renders the name, namespace, tags and a cluster name from the input', () => {
    const task = new tasks.EmrContainersCreateVirtualCluster(stack, 'Create', {
      eksCluster: tasks.EksClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.cluster')),
      eksNamespace: 'spark',
      virtualClusterName: 'analytics',
      tags: { team: 'data' },
    });
    expect(renderState(task).Parameters).toEqual({
      Name: 'analytics',
      ContainerProvider: { 'Id.$': '$.cluster', 'Info': { EksInfo: { Namespace: 'spark' } }, 'Type': 'EKS' },
      Tags: { team: 'data' },
    });
  });

  test('JSONata: the default name is a valid JSONata expression (not States.Format)', () => {
    const task = tasks.EmrContainersCreateVirtualCluster.jsonata(stack, 'Create', { eksCluster: tasks.EksClusterInput.fromTaskInput(sfn.TaskInput.fromText('prod')) });
    const state = renderState(task);
    expect(state.QueryLanguage).toEqual('JSONata');
    expect(state.Arguments.Name).toEqual("{% $states.context.Execution.Name & '/' & $states.context.State.Name %}");
    expect(state.Arguments.ContainerProvider.Id).toEqual('prod');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const jsonata = require('jsonata');
    const expr = state.Arguments.Name.slice(2, -2);
    return expect(jsonata(expr).evaluate({}, { states: { context: { Execution: { Name: 'run-1' }, State: { Name: 'Create' } } } })).resolves.toEqual('run-1/Create');
  });

  test('jsonPath factory renders Parameters', () => {
    const task = tasks.EmrContainersCreateVirtualCluster.jsonPath(stack, 'Create', { eksCluster: tasks.EksClusterInput.fromCluster(cluster) });
    expect(renderState(task).Parameters).toBeDefined();
  });

  test('IAM: CreateVirtualCluster on * and the service-linked role', () => {
    const task = new tasks.EmrContainersCreateVirtualCluster(stack, 'Create', { eksCluster: tasks.EksClusterInput.fromCluster(cluster) });
    expect(machineOf(stack, task).statements).toEqual([
      { Effect: 'Allow', Action: 'emr-containers:CreateVirtualCluster', Resource: '*' },
      {
        Effect: 'Allow',
        Action: 'iam:CreateServiceLinkedRole',
        Resource: `arn:${PARTITION}:iam::${ACCOUNT}:role/aws-service-role/emr-containers.amazonaws.com/AWSServiceRoleForAmazonEMRContainers`,
        Condition: { StringLike: { 'iam:AWSServiceName': 'emr-containers.amazonaws.com' } },
      },
    ]);
  });

  describe('integration patterns', () => {
    test('REQUEST_RESPONSE is accepted', () => {
      const task = new tasks.EmrContainersCreateVirtualCluster(stack, 'Create', { eksCluster: tasks.EksClusterInput.fromCluster(cluster), integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE });
      expect(renderState(task).Resource).toEqual(integrationArn('emr-containers:createVirtualCluster'));
    });
    test.each([sfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN])('%s is refused', (integrationPattern) => {
      expect(() => new tasks.EmrContainersCreateVirtualCluster(stack, 'Create', { eksCluster: tasks.EksClusterInput.fromCluster(cluster), integrationPattern }))
        .toThrow(/test\/Create.*integrationPattern.*REQUEST_RESPONSE/s);
    });
  });

  describe('validation', () => {
    const eksCluster = () => tasks.EksClusterInput.fromTaskInput(sfn.TaskInput.fromText('prod'));
    test('a literal name with a space, or over 64 characters, is refused', () => {
      expect(() => new tasks.EmrContainersCreateVirtualCluster(stack, 'A', { eksCluster: eksCluster(), virtualClusterName: 'my cluster' }))
        .toThrow(/test\/A: 'virtualClusterName' must have 1 to 64 letters.*got "my cluster"/);
      expect(() => new tasks.EmrContainersCreateVirtualCluster(stack, 'B', { eksCluster: eksCluster(), virtualClusterName: 'x'.repeat(65) }))
        .toThrow(/test\/B: 'virtualClusterName'/);
    });
    test('without virtualClusterName, a state name the default name cannot carry is refused; one it can is accepted', () => {
      expect(() => new tasks.EmrContainersCreateVirtualCluster(stack, 'Create a virtual cluster', { eksCluster: eksCluster() }))
        .toThrow(/test\/Create a virtual cluster: 'virtualClusterName' is not set, so the virtual cluster would be named '<execution name>\/Create a virtual cluster', which EMR on EKS refuses/);
      expect(() => new tasks.EmrContainersCreateVirtualCluster(stack, 'Create-virtual-cluster', { eksCluster: eksCluster() })).not.toThrow();
      expect(() => new tasks.EmrContainersCreateVirtualCluster(stack, 'With name', { eksCluster: eksCluster(), virtualClusterName: sfn.JsonPath.stringAt('$.name') })).not.toThrow();
    });
    test('a valid literal name, a path and a JSONata name are accepted', () => {
      expect(() => new tasks.EmrContainersCreateVirtualCluster(stack, 'A', { eksCluster: eksCluster(), virtualClusterName: 'team-a/vc_1.#2' })).not.toThrow();
      expect(() => new tasks.EmrContainersCreateVirtualCluster(stack, 'B', { eksCluster: eksCluster(), virtualClusterName: sfn.JsonPath.stringAt('$.name') })).not.toThrow();
      expect(() => tasks.EmrContainersCreateVirtualCluster.jsonata(stack, 'C', { eksCluster: eksCluster(), virtualClusterName: '{% $states.input.name %}' })).not.toThrow();
    });
    test('a namespace that is not a DNS label is refused, a valid one accepted', () => {
      expect(() => new tasks.EmrContainersCreateVirtualCluster(stack, 'A', { eksCluster: eksCluster(), eksNamespace: 'Spark_Jobs' }))
        .toThrow(/test\/A: 'eksNamespace' must be a Kubernetes namespace name.*got "Spark_Jobs"/);
      expect(() => new tasks.EmrContainersCreateVirtualCluster(stack, 'B', { eksCluster: eksCluster(), eksNamespace: 'spark-jobs' })).not.toThrow();
    });
  });
});

describe('EmrContainersDeleteVirtualCluster', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('REQUEST_RESPONSE by default, DeleteVirtualCluster on the literal cluster', () => {
    const task = new tasks.EmrContainersDeleteVirtualCluster(stack, 'Delete', { virtualClusterId: sfn.TaskInput.fromText('vc-123') });
    expect(renderState(task)).toEqual({ Type: 'Task', Resource: integrationArn('emr-containers:deleteVirtualCluster'), Parameters: { Id: 'vc-123' }, End: true });
    expect(machineOf(stack, task).statements).toEqual([{ Effect: 'Allow', Action: 'emr-containers:DeleteVirtualCluster', Resource: `${CLUSTERS}/vc-123` }]);
  });

  test('RUN_JOB adds .sync and DescribeVirtualCluster; a dynamic id gives every virtual cluster', () => {
    const task = new tasks.EmrContainersDeleteVirtualCluster(stack, 'Delete', {
      virtualClusterId: sfn.TaskInput.fromJsonPathAt('$.id'),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    expect(renderState(task)).toMatchObject({ Resource: integrationArn('emr-containers:deleteVirtualCluster.sync'), Parameters: { 'Id.$': '$.id' } });
    expect(machineOf(stack, task).statements).toEqual([
      { Effect: 'Allow', Action: ['emr-containers:DeleteVirtualCluster', 'emr-containers:DescribeVirtualCluster'], Resource: `${CLUSTERS}/*` },
    ]);
  });

  test('JSONata renders Arguments; a JSONata id is dynamic', () => {
    const task = tasks.EmrContainersDeleteVirtualCluster.jsonata(stack, 'Delete', { virtualClusterId: sfn.TaskInput.fromText('{% $states.input.id %}') });
    expect(renderState(task)).toMatchObject({ QueryLanguage: 'JSONata', Arguments: { Id: '{% $states.input.id %}' } });
    expect(machineOf(stack, task).statements[0].Resource).toEqual(`${CLUSTERS}/*`);
  });

  test('jsonPath factory', () => {
    const task = tasks.EmrContainersDeleteVirtualCluster.jsonPath(stack, 'Delete', { virtualClusterId: sfn.TaskInput.fromJsonPathAt('$.id') });
    expect(renderState(task).Parameters).toEqual({ 'Id.$': '$.id' });
  });

  test('WAIT_FOR_TASK_TOKEN is refused', () => {
    expect(() => new tasks.EmrContainersDeleteVirtualCluster(stack, 'Delete', {
      virtualClusterId: sfn.TaskInput.fromText('vc-1'), integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    })).toThrow(/test\/Delete.*integrationPattern.*REQUEST_RESPONSE.*RUN_JOB/s);
  });
});
