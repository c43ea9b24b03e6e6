// Differential test against aws-cdk-lib 2.276 for EksCall: the same workflows over a literal cluster
// must give the same definition. The grants differ on purpose (docs/DIFFERENCES.md): aws-cdk-lib
// grants nothing, this library eks:DescribeCluster on the cluster; the last case pins that down.
import type * as cdk from 'aws-cdk-lib';
import * as cdkEks from 'aws-cdk-lib/aws-eks';
import * as cdkSfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cdkTasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { sfn, tasks } from '../../src';
import { ACCOUNT, cdkDefinition, cdkGrants, ourDefinition, ourGrants } from '../util/compat';

const NAME = 'prod';
const ENDPOINT = 'https://ABC123.gr7.us-east-1.eks.amazonaws.com';
const CA = 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t';
const CLUSTER: tasks.EksClusterRef = { name: NAME, endpoint: ENDPOINT, certificateAuthority: { get: () => ({ data: CA }) } };

const cdkCluster = (s: cdk.Stack) => (s.node.tryFindChild('Cluster') as cdkEks.ICluster | undefined)
  ?? cdkEks.Cluster.fromClusterAttributes(s, 'Cluster', { clusterName: NAME, clusterEndpoint: ENDPOINT, clusterCertificateAuthorityData: CA });

const chainOf = (states: sfn.TaskStateBase[]) => states.slice(1).reduce<sfn.Chain>((c, t) => c.next(t), sfn.Chain.start(states[0]));
const cdkChainOf = (states: cdkSfn.TaskStateBase[]) => states.slice(1).reduce<cdkSfn.Chain>((c, t) => c.next(t), cdkSfn.Chain.start(states[0]));

describe('EksCall: same definition as aws-cdk-lib 2.276', () => {
  test('JSONPath: every method, path, query parameters, a body read from the input', () => {
    const methods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD'] as const;
    const ours = ourDefinition((s) => chainOf(
      methods.map((m, i) => new tasks.EksCall(s, `Call${m}`, {
        cluster: CLUSTER,
        httpMethod: tasks.HttpMethods[m],
        httpPath: i % 2 ? sfn.JsonPath.stringAt('$.path') : '/api/v1/namespaces/default/pods',
        queryParameters: { labelSelector: ['app=web'], limit: ['10'] },
        requestBody: sfn.TaskInput.fromObject({ kind: 'Pod', name: sfn.JsonPath.stringAt('$.name') }),
        resultSelector: { 'items.$': '$.ResponseBody.items' },
      })),
    ));
    const theirs = cdkDefinition((s) => cdkChainOf(
      methods.map((m, i) => new cdkTasks.EksCall(s, `Call${m}`, {
        cluster: cdkCluster(s),
        httpMethod: cdkTasks.HttpMethods[m],
        httpPath: i % 2 ? cdkSfn.JsonPath.stringAt('$.path') : '/api/v1/namespaces/default/pods',
        queryParameters: { labelSelector: ['app=web'], limit: ['10'] },
        requestBody: cdkSfn.TaskInput.fromObject({ kind: 'Pod', name: cdkSfn.JsonPath.stringAt('$.name') }),
        resultSelector: { 'items.$': '$.ResponseBody.items' },
      })),
    ));
    expect(Object.keys(ours.States)).toHaveLength(6);
    expect(ours).toEqual(theirs);
  });

  test('JSONata', () => {
    const ours = ourDefinition((s) => tasks.EksCall.jsonata(s, 'Call', {
      cluster: CLUSTER,
      httpMethod: tasks.HttpMethods.DELETE,
      httpPath: '{% "/api/v1/namespaces/default/pods/" & $states.input.pod %}',
      requestBody: sfn.TaskInput.fromObject({ gracePeriodSeconds: '{% $states.input.grace %}' }),
      outputs: '{% $states.result.ResponseBody %}',
    }));
    const theirs = cdkDefinition((s) => cdkTasks.EksCall.jsonata(s, 'Call', {
      cluster: cdkCluster(s),
      httpMethod: cdkTasks.HttpMethods.DELETE,
      httpPath: '{% "/api/v1/namespaces/default/pods/" & $states.input.pod %}',
      requestBody: cdkSfn.TaskInput.fromObject({ gracePeriodSeconds: '{% $states.input.grace %}' }),
      outputs: '{% $states.result.ResponseBody %}',
    }));
    expect(ours).toEqual(theirs);
  });

  test('grants differ on purpose: aws-cdk-lib none, here eks:DescribeCluster on the cluster', () => {
    expect(cdkGrants((s) => new cdkTasks.EksCall(s, 'Call', { cluster: cdkCluster(s), httpMethod: cdkTasks.HttpMethods.GET, httpPath: '/api' }))).toEqual([]);
    expect(ourGrants((s) => new tasks.EksCall(s, 'Call', { cluster: CLUSTER, httpMethod: tasks.HttpMethods.GET, httpPath: '/api' })))
      .toEqual([`eks:DescribeCluster arn:aws:eks:us-east-1:${ACCOUNT}:cluster/${NAME}`]);
  });
});
