import { EksCluster } from '@cdktf/provider-aws/lib/eks-cluster';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import type { Construct } from 'constructs';
import { sfn, tasks } from '../../src';
import { ExampleStack } from './common';

/**
 * The EKS example of the aws-cdk README, ported: read the pods of a namespace through the cluster's
 * Kubernetes API, then create a ConfigMap from the execution input in JSONata.
 */
export class EksStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const clusterRole = new IamRole(this, 'ClusterRole', {
      assumeRolePolicy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'eks.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      }),
    });
    const cluster = new EksCluster(this, 'Cluster', {
      name: 'example-cluster',
      roleArn: clusterRole.arn,
      vpcConfig: { subnetIds: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'], endpointPublicAccess: true },
    });

    const listPods = new tasks.EksCall(this, 'List pods', {
      cluster,
      httpMethod: tasks.HttpMethods.GET,
      httpPath: '/api/v1/namespaces/default/pods',
      queryParameters: { labelSelector: ['app=web'] },
      resultSelector: { 'pods.$': '$.ResponseBody.items[*].metadata.name' },
      resultPath: '$.pods',
    });
    const createConfigMap = tasks.EksCall.jsonata(this, 'Create config map', {
      cluster,
      httpMethod: tasks.HttpMethods.POST,
      httpPath: '/api/v1/namespaces/default/configmaps',
      requestBody: sfn.TaskInput.fromObject({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: '{% $states.input.name %}' },
        data: { pods: '{% $string($states.input.pods) %}' },
      }),
    });

    new sfn.StateMachine(this, 'Kubernetes', {
      definitionBody: sfn.DefinitionBody.fromChainable(listPods.next(createConfigMap)),
    });
  }
}
