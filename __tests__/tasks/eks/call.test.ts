import { DataAwsEksCluster } from '@cdktf/provider-aws/lib/data-aws-eks-cluster';
import { EksCluster } from '@cdktf/provider-aws/lib/eks-cluster';
import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { newStack, renderState } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn, machineOf } from '../util';

const NAME = '${aws_eks_cluster.Cluster.name}';
const ENDPOINT = '${aws_eks_cluster.Cluster.endpoint}';
const CA = '${aws_eks_cluster.Cluster.certificate_authority[0].data}';
const ARN = '${aws_eks_cluster.Cluster.arn}';

function literalCluster(extra: Partial<tasks.EksClusterRef> = {}): tasks.EksClusterRef {
  return {
    name: 'prod',
    endpoint: 'https://ABC.gr7.us-east-1.eks.amazonaws.com',
    certificateAuthority: { get: () => ({ data: 'LS0tQ0E=' }) },
    ...extra,
  };
}

describe('EksCall', () => {
  let stack: TerraformStack;
  let cluster: EksCluster;
  beforeEach(() => {
    stack = newStack();
    cluster = new EksCluster(stack, 'Cluster', { name: 'c', roleArn: 'arn:aws:iam::123456789012:role/eks', vpcConfig: { subnetIds: ['subnet-1'] } });
  });

  test('renders the provider cluster and the request', () => {
    const task = new tasks.EksCall(stack, 'Call', { cluster, httpMethod: tasks.HttpMethods.GET, httpPath: '/api/v1/namespaces/default/pods' });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      Resource: integrationArn('eks:call'),
      Parameters: { ClusterName: NAME, CertificateAuthority: CA, Endpoint: ENDPOINT, Method: 'GET', Path: '/api/v1/namespaces/default/pods' },
      End: true,
    });
  });

  test('renders query parameters and a JSONPath request body', () => {
    const task = new tasks.EksCall(stack, 'Call', {
      cluster: literalCluster(),
      httpMethod: tasks.HttpMethods.POST,
      httpPath: sfn.JsonPath.stringAt('$.path'),
      queryParameters: { labelSelector: ['app=web', 'tier=front'] },
      requestBody: sfn.TaskInput.fromObject({ kind: 'Pod', 'name.$': '$.name' }),
    });
    expect(renderState(task).Parameters).toEqual({
      'ClusterName': 'prod',
      'CertificateAuthority': 'LS0tQ0E=',
      'Endpoint': 'https://ABC.gr7.us-east-1.eks.amazonaws.com',
      'Method': 'POST',
      'Path.$': '$.path',
      'QueryParameters': { labelSelector: ['app=web', 'tier=front'] },
      'RequestBody': { 'kind': 'Pod', 'name.$': '$.name' },
    });
  });

  test('JSONata renders Arguments', () => {
    const task = tasks.EksCall.jsonata(stack, 'Call', {
      cluster: literalCluster(),
      httpMethod: tasks.HttpMethods.DELETE,
      httpPath: '{% "/api/v1/namespaces/default/pods/" & $states.input.pod %}',
      requestBody: sfn.TaskInput.fromObject({ gracePeriodSeconds: '{% $states.input.grace %}' }),
    });
    expect(renderState(task)).toMatchObject({
      QueryLanguage: 'JSONata',
      Resource: integrationArn('eks:call'),
      Arguments: {
        ClusterName: 'prod',
        Method: 'DELETE',
        Path: '{% "/api/v1/namespaces/default/pods/" & $states.input.pod %}',
        RequestBody: { gracePeriodSeconds: '{% $states.input.grace %}' },
      },
    });
    expect(renderState(task).Parameters).toBeUndefined();
  });

  test('an existing cluster (DataAwsEksCluster) is read through its attributes', () => {
    const existing: tasks.EksClusterRef = new DataAwsEksCluster(stack, 'Existing', { name: 'prod' });
    const task = new tasks.EksCall(stack, 'Call', { cluster: existing, httpMethod: tasks.HttpMethods.GET, httpPath: '/api' });
    expect(renderState(task).Parameters).toMatchObject({
      ClusterName: '${data.aws_eks_cluster.Existing.name}',
      CertificateAuthority: '${data.aws_eks_cluster.Existing.certificate_authority[0].data}',
      Endpoint: '${data.aws_eks_cluster.Existing.endpoint}',
    });
    expect(machineOf(stack, task).statements).toEqual([{ Effect: 'Allow', Action: 'eks:DescribeCluster', Resource: '${data.aws_eks_cluster.Existing.arn}' }]);
  });

  test('jsonPath factory renders Parameters', () => {
    const task = tasks.EksCall.jsonPath(stack, 'Call', { cluster, httpMethod: tasks.HttpMethods.HEAD, httpPath: '/healthz' });
    expect(renderState(task).Parameters).toMatchObject({ Method: 'HEAD', Path: '/healthz' });
  });

  describe('integration patterns', () => {
    test('REQUEST_RESPONSE is accepted', () => {
      const task = new tasks.EksCall(stack, 'Call', { cluster, httpMethod: tasks.HttpMethods.GET, httpPath: '/api', integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE });
      expect(renderState(task).Resource).toEqual(integrationArn('eks:call'));
    });

    test.each([sfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN])('%s is refused', (integrationPattern) => {
      expect(() => new tasks.EksCall(stack, 'Call', { cluster, httpMethod: tasks.HttpMethods.GET, httpPath: '/api', integrationPattern }))
        .toThrow(/test\/Call.*integrationPattern.*REQUEST_RESPONSE/s);
    });
  });

  describe('validation', () => {
    test('a path without a leading slash is refused', () => {
      expect(() => new tasks.EksCall(stack, 'Call', { cluster, httpMethod: tasks.HttpMethods.GET, httpPath: 'api/v1/pods' }))
        .toThrow(/test\/Call: 'httpPath' must be a path of the Kubernetes API starting with '\/'.*got "api\/v1\/pods"/);
    });

    test('a path from the input, a JSONata path or a token is accepted', () => {
      expect(() => new tasks.EksCall(stack, 'A', { cluster, httpMethod: tasks.HttpMethods.GET, httpPath: sfn.JsonPath.stringAt('$.p') })).not.toThrow();
      expect(() => tasks.EksCall.jsonata(stack, 'B', { cluster, httpMethod: tasks.HttpMethods.GET, httpPath: '{% $states.input.p %}' })).not.toThrow();
      expect(() => new tasks.EksCall(stack, 'C', { cluster, httpMethod: tasks.HttpMethods.GET, httpPath: cluster.id })).not.toThrow();
    });

    test('a literal endpoint that is not an https URL is refused', () => {
      expect(() => new tasks.EksCall(stack, 'Call', { cluster: literalCluster({ endpoint: 'ABC.gr7.us-east-1.eks.amazonaws.com' }), httpMethod: tasks.HttpMethods.GET, httpPath: '/api' }))
        .toThrow(/test\/Call: 'cluster.endpoint' must be the https:\/\/ URL.*got "ABC.gr7/);
    });

    test('a literal https endpoint is accepted', () => {
      expect(() => new tasks.EksCall(stack, 'Call', { cluster: literalCluster(), httpMethod: tasks.HttpMethods.GET, httpPath: '/api' })).not.toThrow();
    });

    test('a misplaced JsonPath reference in the body is refused', () => {
      expect(() => new tasks.EksCall(stack, 'Call', { cluster, httpMethod: tasks.HttpMethods.POST, httpPath: '/api', requestBody: sfn.TaskInput.fromObject({ 'name.$': 'name' }) }))
        .toThrow(/test\/Call/);
    });
  });

  describe('IAM', () => {
    test('eks:DescribeCluster on the provider cluster', () => {
      const task = new tasks.EksCall(stack, 'Call', { cluster, httpMethod: tasks.HttpMethods.GET, httpPath: '/api' });
      expect(machineOf(stack, task).statements).toEqual([{ Effect: 'Allow', Action: 'eks:DescribeCluster', Resource: ARN }]);
    });

    test('a literal cluster without an ARN gets one built from its name', () => {
      const task = new tasks.EksCall(stack, 'Call', { cluster: literalCluster(), httpMethod: tasks.HttpMethods.GET, httpPath: '/api' });
      expect(machineOf(stack, task).statements).toEqual([
        { Effect: 'Allow', Action: 'eks:DescribeCluster', Resource: `arn:${PARTITION}:eks:${REGION}:${ACCOUNT}:cluster/prod` },
      ]);
    });

    test('a literal cluster ARN is used as it is', () => {
      const arn = 'arn:aws:eks:eu-west-1:123456789012:cluster/prod';
      const task = new tasks.EksCall(stack, 'Call', { cluster: literalCluster({ arn }), httpMethod: tasks.HttpMethods.GET, httpPath: '/api' });
      expect(machineOf(stack, task).statements).toEqual([{ Effect: 'Allow', Action: 'eks:DescribeCluster', Resource: arn }]);
    });
  });
});
