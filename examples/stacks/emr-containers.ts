import { EksCluster } from '@cdktf/provider-aws/lib/eks-cluster';
import { EmrcontainersVirtualCluster } from '@cdktf/provider-aws/lib/emrcontainers-virtual-cluster';
import { IamOpenidConnectProvider } from '@cdktf/provider-aws/lib/iam-openid-connect-provider';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import type { Construct } from 'constructs';
import { sfn, tasks } from '../../src';
import { ExampleStack } from './common';

const PI = 'local:///usr/lib/spark/examples/src/main/python/pi.py';
const SPARK_PARAMETERS = '--conf spark.executor.instances=2 --conf spark.executor.memory=2G --conf spark.executor.cores=2 --conf spark.driver.cores=1';

/**
 * The EMR on EKS examples of the aws-cdk README, ported. A virtual cluster kept by Terraform runs a
 * Spark job with a created execution role (trusted through the cluster's OIDC provider by the
 * namespace's EMR service accounts) and logs to a created log group and bucket; a second state machine
 * creates a virtual cluster, runs the same job on it with that role, and deletes it.
 */
export class EmrContainersStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const clusterRole = new IamRole(this, 'ClusterRole', {
      assumeRolePolicy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'eks.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      }),
    });
    const cluster = new EksCluster(this, 'Cluster', {
      name: 'analytics',
      roleArn: clusterRole.arn,
      vpcConfig: { subnetIds: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'] },
    });
    // the IAM identity provider of the cluster's OIDC issuer, which IAM roles for service accounts need
    const oidcProvider = new IamOpenidConnectProvider(this, 'ClusterOidc', {
      url: cluster.identity.get(0).oidc.get(0).issuer,
      clientIdList: ['sts.amazonaws.com'],
    });
    const virtualCluster = new EmrcontainersVirtualCluster(this, 'VirtualCluster', {
      name: 'analytics-spark',
      containerProvider: { id: cluster.name, type: 'EKS', info: { eksInfo: { namespace: 'spark' } } },
    });

    const sparkJob = new tasks.EmrContainersStartJobRun(this, 'Spark job', {
      virtualCluster: tasks.VirtualClusterInput.fromVirtualClusterId(virtualCluster.id),
      oidcProvider,
      eksNamespace: 'spark',
      releaseLabel: tasks.ReleaseLabel.EMR_6_2_0,
      jobName: 'pi',
      jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText(PI), sparkSubmitParameters: SPARK_PARAMETERS } },
      applicationConfig: [{
        classification: tasks.Classification.SPARK_DEFAULTS,
        properties: { 'spark.executor.instances': '1', 'spark.executor.memory': '512M' },
      }],
      monitoring: { logging: true },
      resultSelector: { 'jobRunId.$': '$.Id', 'state.$': '$.State' },
    });
    new sfn.StateMachine(this, 'SparkJob', { definitionBody: sfn.DefinitionBody.fromChainable(sparkJob) });

    // a virtual cluster for one run: created, used with the role above, and deleted
    const create = new tasks.EmrContainersCreateVirtualCluster(this, 'Create a virtual cluster', {
      eksCluster: tasks.EksClusterInput.fromCluster(cluster),
      eksNamespace: 'spark',
      // a name of [.-_/#A-Za-z0-9] only: the default (execution name / state name) has this state's spaces
      virtualClusterName: sfn.JsonPath.format('{}-spark', sfn.JsonPath.stringAt('$$.Execution.Name')),
      resultPath: '$.cluster',
    });
    const run = new tasks.EmrContainersStartJobRun(this, 'Run the job', {
      virtualCluster: tasks.VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.cluster.Id')),
      executionRole: sparkJob.grantPrincipal,
      releaseLabel: tasks.ReleaseLabel.EMR_6_2_0,
      jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText(PI), entryPointArguments: sfn.TaskInput.fromObject(['100']) } },
      resultPath: sfn.JsonPath.DISCARD,
    });
    const remove = new tasks.EmrContainersDeleteVirtualCluster(this, 'Delete the virtual cluster', {
      virtualClusterId: sfn.TaskInput.fromJsonPathAt('$.cluster.Id'),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    new sfn.StateMachine(this, 'OneOffCluster', { definitionBody: sfn.DefinitionBody.fromChainable(create.next(run).next(remove)) });
  }
}
