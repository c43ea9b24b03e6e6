// The second workload (issue 15): states that cycle through every task class of the library, each with a
// realistic configuration and the resources it uses (made once per class and shared by its states, as
// in a real stack). Each entry: the class name, `setup(stack)` making its resources, and
// `make(stack, id, resources, i)` making the i-th state of that class.
'use strict';
const { Duration, Size, iam, sfn, tasks } = require('../lib');
const { AthenaWorkgroup } = require('@cdktf/provider-aws/lib/athena-workgroup');
const { BedrockGuardrail } = require('@cdktf/provider-aws/lib/bedrock-guardrail');
const { CloudwatchLogGroup } = require('@cdktf/provider-aws/lib/cloudwatch-log-group');
const { CodebuildProject } = require('@cdktf/provider-aws/lib/codebuild-project');
const { DataAwsBedrockFoundationModel } = require('@cdktf/provider-aws/lib/data-aws-bedrock-foundation-model');
const { EcsCluster } = require('@cdktf/provider-aws/lib/ecs-cluster');
const { EcsTaskDefinition } = require('@cdktf/provider-aws/lib/ecs-task-definition');
const { EmrcontainersVirtualCluster } = require('@cdktf/provider-aws/lib/emrcontainers-virtual-cluster');
const { GlueCatalogDatabase } = require('@cdktf/provider-aws/lib/glue-catalog-database');
const { GlueCrawler } = require('@cdktf/provider-aws/lib/glue-crawler');
const { GlueJob } = require('@cdktf/provider-aws/lib/glue-job');
const { IamInstanceProfile } = require('@cdktf/provider-aws/lib/iam-instance-profile');
const { IamOpenidConnectProvider } = require('@cdktf/provider-aws/lib/iam-openid-connect-provider');
const { KmsKey } = require('@cdktf/provider-aws/lib/kms-key');
const { SecurityGroup } = require('@cdktf/provider-aws/lib/security-group');
const { Subnet } = require('@cdktf/provider-aws/lib/subnet');
const { TerraformVariable } = require('cdktf');
const { Vpc } = require('@cdktf/provider-aws/lib/vpc');
const { ApiGatewayRestApi } = require('@cdktf/provider-aws/lib/api-gateway-rest-api');
const { Apigatewayv2Api } = require('@cdktf/provider-aws/lib/apigatewayv2-api');
const { CloudwatchEventBus } = require('@cdktf/provider-aws/lib/cloudwatch-event-bus');
const { CloudwatchEventConnection } = require('@cdktf/provider-aws/lib/cloudwatch-event-connection');
const { DynamodbTable } = require('@cdktf/provider-aws/lib/dynamodb-table');
const { EksCluster } = require('@cdktf/provider-aws/lib/eks-cluster');
const { IamRole } = require('@cdktf/provider-aws/lib/iam-role');
const { LambdaFunction } = require('@cdktf/provider-aws/lib/lambda-function');
const { S3Bucket } = require('@cdktf/provider-aws/lib/s3-bucket');
const { SfnActivity } = require('@cdktf/provider-aws/lib/sfn-activity');
const { SnsTopic } = require('@cdktf/provider-aws/lib/sns-topic');
const { SqsQueue } = require('@cdktf/provider-aws/lib/sqs-queue');

const J = sfn.JsonPath;
// a trust policy letting `service` (one or several) assume a role, and a role with it
const trust = (service) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }] });
const role = (stack, id, service, more = {}) => new IamRole(stack, id, { assumeRolePolicy: trust(service), ...more });
const table = (stack, id) => new DynamodbTable(stack, id, { name: id, hashKey: 'pk', attribute: [{ name: 'pk', type: 'S' }], billingMode: 'PAY_PER_REQUEST' });

// Resources several classes use (a VPC and its subnets, an EKS cluster, a bucket...), made on first use,
// once per stack.
const sharedByStack = new WeakMap();
const shared = (s, key, make) => {
  let made = sharedByStack.get(s);
  if (!made) sharedByStack.set(s, (made = new Map()));
  if (!made.has(key)) made.set(key, make());
  return made.get(key);
};
const network = (s) => shared(s, 'network', () => {
  const vpc = new Vpc(s, 'Vpc', { cidrBlock: '10.0.0.0/16' });
  const subnets = ['a', 'b'].map((zone, k) => new Subnet(s, `Private${zone.toUpperCase()}`, { vpcId: vpc.id, cidrBlock: `10.0.${k}.0/24`, availabilityZone: `us-east-1${zone}` }));
  return { vpc, subnets };
});
const emrClusterId = (s) => shared(s, 'emrClusterId', () => new TerraformVariable(s, 'emr_cluster_id', { type: 'string', description: 'ID of the running EMR cluster (j-...)' }).stringValue);
const eks = (s) => shared(s, 'eks', () => {
  const cluster = new EksCluster(s, 'Analytics', { name: 'analytics', roleArn: role(s, 'AnalyticsClusterRole', 'eks.amazonaws.com').arn, vpcConfig: { subnetIds: network(s).subnets.map((n) => n.id) } });
  const oidcProvider = new IamOpenidConnectProvider(s, 'AnalyticsOidc', { url: cluster.identity.get(0).oidc.get(0).issuer, clientIdList: ['sts.amazonaws.com'] });
  const virtualCluster = new EmrcontainersVirtualCluster(s, 'AnalyticsSpark', { name: 'analytics-spark', containerProvider: { id: cluster.name, type: 'EKS', info: { eksInfo: { namespace: 'spark' } } } });
  return { cluster, oidcProvider, virtualCluster };
});
const athena = (s) => shared(s, 'athena', () => ({
  results: new S3Bucket(s, 'AthenaResults', { bucketPrefix: 'bench-athena-results-' }),
  key: new KmsKey(s, 'AthenaResultsKey', { description: 'Athena query results' }),
  workGroup: new AthenaWorkgroup(s, 'AthenaWorkGroup', { name: 'bench-reports' }),
  database: new GlueCatalogDatabase(s, 'SalesDatabase', { name: 'bench_sales' }),
}));
const codebuild = (s) => shared(s, 'codebuild', () => {
  const serviceRole = role(s, 'BuildRole', 'codebuild.amazonaws.com');
  return new CodebuildProject(s, 'Project', {
    name: 'bench-project', serviceRole: serviceRole.arn, artifacts: { type: 'NO_ARTIFACTS' },
    environment: { computeType: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0', type: 'LINUX_CONTAINER' },
    source: { type: 'NO_SOURCE', buildspec: JSON.stringify({ version: '0.2', phases: { build: { commands: ['make test'] } } }) },
    buildBatchConfig: { serviceRole: serviceRole.arn, timeoutInMins: 60 },
  });
});
const sagemaker = (s) => shared(s, 'sagemaker', () => ({
  bucket: new S3Bucket(s, 'SageMakerData', { bucketPrefix: 'bench-sagemaker-' }),
  key: new KmsKey(s, 'ModelKey', { description: 'Encrypts the model artifacts' }),
  role: role(s, 'SageMakerRole', 'sagemaker.amazonaws.com'),
}));
const bedrock = (s) => shared(s, 'bedrock', () => ({
  model: new DataAwsBedrockFoundationModel(s, 'TitanText', { modelId: 'amazon.titan-text-express-v1' }),
  data: new S3Bucket(s, 'BedrockData', { bucketPrefix: 'bench-bedrock-' }),
}));

// Tasks that create the roles (or security groups) they are not given create them on one pass through
// the classes in four, as a stack would for a few of its states; on the other passes they are given
// roles made once. Every created role is one more iam:PassRole resource in its machine's policies.
const pass = (i) => Math.floor(i / CLASSES.length);
const creates = (i) => pass(i) % 4 === 0;
const PI = 'local:///usr/lib/spark/examples/src/main/python/pi.py';

const CLASSES = [
  {
    name: 'LambdaInvoke',
    setup: (s) => new LambdaFunction(s, 'AllFn', { functionName: 'bench-all', role: 'arn:aws:iam::123456789012:role/r', handler: 'index.handler', runtime: 'nodejs20.x', filename: 'fn.zip' }),
    make: (s, id, fn) => new tasks.LambdaInvoke(s, id, { lambdaFunction: fn, payload: sfn.TaskInput.fromObject({ order: J.objectAt('$.order') }), resultSelector: { total: J.numberAt('$.Payload.total') }, resultPath: '$.charge' }),
  },
  {
    name: 'DynamoGetItem',
    setup: (s) => table(s, 'Orders'),
    make: (s, id, t) => new tasks.DynamoGetItem(s, id, { table: t, key: { pk: tasks.DynamoAttributeValue.fromString(J.stringAt('$.id')) }, consistentRead: true, resultPath: '$.item' }),
  },
  {
    name: 'DynamoPutItem',
    setup: (s) => table(s, 'Audit'),
    make: (s, id, t) => new tasks.DynamoPutItem(s, id, { table: t, item: { pk: tasks.DynamoAttributeValue.fromString(J.stringAt('$.id')), at: tasks.DynamoAttributeValue.fromString(J.stringAt('$$.State.EnteredTime')) }, resultPath: J.DISCARD }),
  },
  {
    name: 'DynamoUpdateItem',
    setup: (s) => table(s, 'Counters'),
    make: (s, id, t) => new tasks.DynamoUpdateItem(s, id, {
      table: t, key: { pk: tasks.DynamoAttributeValue.fromString('orders') },
      updateExpression: 'SET #n = #n + :one', expressionAttributeNames: { '#n': 'count' },
      expressionAttributeValues: { ':one': tasks.DynamoAttributeValue.fromNumber(1) }, resultPath: J.DISCARD,
    }),
  },
  {
    name: 'DynamoDeleteItem',
    setup: (s) => table(s, 'Carts'),
    make: (s, id, t) => new tasks.DynamoDeleteItem(s, id, { table: t, key: { pk: tasks.DynamoAttributeValue.fromString(J.stringAt('$.cartId')) }, resultPath: J.DISCARD }),
  },
  {
    name: 'SnsPublish',
    setup: (s) => new SnsTopic(s, 'Alerts', {}),
    make: (s, id, topic) => new tasks.SnsPublish(s, id, { topic, message: sfn.TaskInput.fromJsonPathAt('$.message'), subject: 'Order update', resultPath: J.DISCARD }),
  },
  {
    name: 'SqsSendMessage',
    setup: (s) => new SqsQueue(s, 'Work', {}),
    make: (s, id, queue) => new tasks.SqsSendMessage(s, id, { queue, messageBody: sfn.TaskInput.fromObject({ id: J.stringAt('$.id') }), delay: Duration.seconds(5), resultPath: J.DISCARD }),
  },
  {
    name: 'StepFunctionsStartExecution',
    setup: (s) => new sfn.StateMachine(s, 'AllChild', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(s, 'All child work')) }),
    make: (s, id, child) => new tasks.StepFunctionsStartExecution(s, id, { stateMachine: child, integrationPattern: sfn.IntegrationPattern.RUN_JOB, input: sfn.TaskInput.fromObject({ id: J.stringAt('$.id') }), associateWithParent: true, resultPath: '$.child' }),
  },
  {
    name: 'StepFunctionsInvokeActivity',
    setup: (s) => new SfnActivity(s, 'Review', { name: 'bench-review' }),
    make: (s, id, activity) => new tasks.StepFunctionsInvokeActivity(s, id, { activity, heartbeatTimeout: sfn.Timeout.duration(Duration.minutes(5)), resultPath: '$.review' }),
  },
  {
    name: 'CallApiGatewayRestApiEndpoint',
    setup: (s) => new ApiGatewayRestApi(s, 'RestApi', { name: 'bench-rest' }),
    make: (s, id, api) => new tasks.CallApiGatewayRestApiEndpoint(s, id, { api, stageName: 'prod', method: tasks.HttpMethod.GET, apiPath: '/pets', authType: tasks.AuthType.IAM_ROLE, resultPath: '$.pets' }),
  },
  {
    name: 'CallApiGatewayHttpApiEndpoint',
    setup: (s) => new Apigatewayv2Api(s, 'HttpApi', { name: 'bench-http', protocolType: 'HTTP' }),
    make: (s, id, api) => new tasks.CallApiGatewayHttpApiEndpoint(s, id, { api, method: tasks.HttpMethod.POST, apiPath: '/orders', requestBody: sfn.TaskInput.fromJsonPathAt('$.order'), authType: tasks.AuthType.IAM_ROLE, resultPath: '$.created' }),
  },
  {
    name: 'HttpInvoke',
    setup: (s) => new CloudwatchEventConnection(s, 'Conn', { name: 'bench-conn', authorizationType: 'API_KEY', authParameters: { apiKey: { key: 'x-api-key', value: 'secret' } } }),
    make: (s, id, connection) => new tasks.HttpInvoke(s, id, { apiRoot: 'https://api.example.com', apiEndpoint: sfn.TaskInput.fromText('orders'), method: sfn.TaskInput.fromText('POST'), connection, body: sfn.TaskInput.fromObject({ id: J.stringAt('$.id') }), resultPath: '$.http' }),
  },
  {
    name: 'CallAwsService',
    setup: (s) => new S3Bucket(s, 'Data', {}),
    make: (s, id, bucket) => new tasks.CallAwsService(s, id, { service: 's3', action: 'getObject', parameters: { Bucket: bucket.bucket, Key: J.stringAt('$.key') }, iamResources: [`${bucket.arn}/*`], resultSelector: { body: J.stringAt('$.Body') }, resultPath: '$.object' }),
  },
  {
    name: 'CallAwsServiceCrossRegion',
    setup: (s) => new S3Bucket(s, 'Remote', {}),
    make: (s, id, bucket) => new tasks.CallAwsServiceCrossRegion(s, id, { region: 'eu-west-1', service: 's3', action: 'getObject', parameters: { Bucket: bucket.bucket, Key: J.stringAt('$.key') }, iamResources: [`${bucket.arn}/*`], resultPath: '$.remote' }),
  },
  {
    name: 'EventBridgePutEvents',
    setup: (s) => new CloudwatchEventBus(s, 'Bus', { name: 'bench-bus' }),
    make: (s, id, eventBus) => new tasks.EventBridgePutEvents(s, id, { entries: [{ detail: sfn.TaskInput.fromObject({ id: J.stringAt('$.id') }), eventBus, detailType: 'OrderPlaced', source: 'shop' }], resultPath: J.DISCARD }),
  },
  {
    name: 'EventBridgeSchedulerCreateScheduleTask',
    setup: (s) => ({ queue: new SqsQueue(s, 'Reminders', {}), role: role(s, 'SchedulerRole', 'scheduler.amazonaws.com') }),
    make: (s, id, r, i) => new tasks.EventBridgeSchedulerCreateScheduleTask(s, id, {
      scheduleName: `bench-reminder-${i}`, schedule: tasks.Schedule.rate(Duration.hours(1)),
      target: new tasks.EventBridgeSchedulerTarget({ arn: r.queue.arn, role: r.role, input: 'remind' }), resultPath: J.DISCARD,
    }),
  },
  {
    name: 'EvaluateExpression',
    setup: () => undefined,
    make: (s, id) => new tasks.EvaluateExpression(s, id, { expression: '$.waitMilliseconds / 1000', resultPath: '$.waitSeconds' }),
  },
  {
    name: 'EksCall',
    setup: (s) => new EksCluster(s, 'Eks', { name: 'bench', roleArn: 'arn:aws:iam::123456789012:role/eks', vpcConfig: { subnetIds: ['subnet-1', 'subnet-2'] } }),
    make: (s, id, cluster) => new tasks.EksCall(s, id, { cluster, httpMethod: tasks.HttpMethods.GET, httpPath: '/api/v1/namespaces/default/pods', resultPath: '$.pods' }),
  },
  {
    name: 'BatchSubmitJob',
    setup: () => undefined,
    make: (s, id, _r, i) => new tasks.BatchSubmitJob(s, id, {
      jobQueueArn: 'arn:aws:batch:us-east-1:123456789012:job-queue/reports', jobDefinitionArn: 'arn:aws:batch:us-east-1:123456789012:job-definition/report:3',
      jobName: `report-${i}`, payload: sfn.TaskInput.fromObject({ month: J.stringAt('$.month') }), attempts: 2, resultPath: J.DISCARD,
    }),
  },
  {
    name: 'EcsRunTask',
    setup: (s) => {
      const taskRole = role(s, 'EcsTaskRole', 'ecs-tasks.amazonaws.com');
      const executionRole = role(s, 'EcsExecutionRole', 'ecs-tasks.amazonaws.com', { managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy'] });
      const container = JSON.stringify([{ name: 'worker', image: 'public.ecr.aws/docker/library/busybox:latest', memory: 256, essential: true }]);
      const { vpc, subnets } = network(s);
      return {
        subnets,
        cluster: new EcsCluster(s, 'EcsCluster', { name: 'bench-cluster' }),
        ec2: new EcsTaskDefinition(s, 'Ec2TaskDefinition', { family: 'bench-ec2', requiresCompatibilities: ['EC2'], networkMode: 'bridge', taskRoleArn: taskRole.arn, containerDefinitions: container }),
        fargate: new EcsTaskDefinition(s, 'FargateTaskDefinition', {
          family: 'bench-fargate', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '256', memory: '512',
          taskRoleArn: taskRole.arn, executionRoleArn: executionRole.arn, containerDefinitions: container,
        }),
        securityGroup: new SecurityGroup(s, 'WorkerSecurityGroup', { vpcId: vpc.id, egress: [{ protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: ['0.0.0.0/0'] }] }),
      };
    },
    // odd passes: on the cluster's EC2 instances; even passes: Fargate in the private subnets, with a
    // security group it creates on the passes that create resources
    make: (s, id, r, i) => (pass(i) % 2 === 1
      ? new tasks.EcsRunTask(s, id, {
        integrationPattern: sfn.IntegrationPattern.RUN_JOB, cluster: r.cluster, taskDefinition: r.ec2,
        launchTarget: new tasks.EcsEc2LaunchTarget({
          placementStrategies: [tasks.PlacementStrategy.spreadAcrossInstances(), tasks.PlacementStrategy.packedByCpu()],
          placementConstraints: [tasks.PlacementConstraint.memberOf('attribute:ecs.instance-type =~ t3.*')],
        }),
        propagatedTagSource: tasks.PropagatedTagSource.TASK_DEFINITION, resultPath: J.DISCARD,
      })
      : new tasks.EcsRunTask(s, id, {
        integrationPattern: sfn.IntegrationPattern.RUN_JOB, cluster: r.cluster, taskDefinition: r.fargate,
        launchTarget: new tasks.EcsFargateLaunchTarget({ platformVersion: tasks.FargatePlatformVersion.VERSION1_4 }),
        subnets: { subnets: r.subnets }, securityGroups: creates(i) ? undefined : [r.securityGroup], assignPublicIp: false,
        containerOverrides: [{ containerDefinition: { containerName: 'worker' }, environment: [{ name: 'ORDER_ID', value: J.stringAt('$.id') }] }],
        resultPath: J.DISCARD,
      })),
  },
  {
    name: 'EmrCreateCluster',
    setup: (s) => {
      const serviceRole = role(s, 'EmrServiceRole', 'elasticmapreduce.amazonaws.com', { name: 'bench-emr-service', managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AmazonEMRServicePolicy_v2'] });
      const clusterRole = role(s, 'EmrInstanceRole', 'ec2.amazonaws.com', { name: 'bench-emr-ec2' });
      new IamInstanceProfile(s, 'EmrInstanceProfile', { name: clusterRole.name, role: clusterRole.name });
      const autoScalingRole = role(s, 'EmrAutoScalingRole', ['elasticmapreduce.amazonaws.com', 'application-autoscaling.amazonaws.com'], { name: 'bench-emr-autoscaling' });
      return { serviceRole, clusterRole, autoScalingRole, subnets: network(s).subnets };
    },
    // instance groups, waited for, with the roles it creates (or is given); on odd passes, in JSONata, a
    // cluster of on-demand and Spot instance fleets on the given roles
    make: (s, id, r, i) => {
      const { InstanceRoleType, EbsBlockDeviceVolumeType } = tasks.EmrCreateCluster;
      if (pass(i) % 2 === 1) {
        return tasks.EmrCreateCluster.jsonata(s, id, {
          name: '{% $states.input.clusterName %}', serviceRole: r.serviceRole, clusterRole: r.clusterRole, releaseLabel: 'emr-7.2.0',
          integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
          instances: {
            ec2SubnetIds: r.subnets.map((n) => n.id),
            instanceFleets: [
              { instanceFleetType: InstanceRoleType.MASTER, targetOnDemandCapacity: 1, instanceTypeConfigs: [{ instanceType: 'm5.xlarge' }] },
              {
                instanceFleetType: InstanceRoleType.CORE, name: 'core', targetOnDemandCapacity: 2, targetSpotCapacity: 6,
                instanceTypeConfigs: [{ instanceType: 'm5.xlarge', priority: 0 }, { instanceType: 'm5.2xlarge', priority: 1, weightedCapacity: 2 }],
                launchSpecifications: {
                  onDemandSpecification: { allocationStrategy: tasks.EmrCreateCluster.OnDemandAllocationStrategy.PRIORITIZED },
                  spotSpecification: {
                    allocationStrategy: tasks.EmrCreateCluster.SpotAllocationStrategy.PRICE_CAPACITY_OPTIMIZED,
                    timeoutAction: tasks.EmrCreateCluster.SpotTimeoutAction.SWITCH_TO_ON_DEMAND, timeout: Duration.minutes(20),
                  },
                },
              },
            ],
          },
          outputs: { clusterId: '{% $states.result.ClusterId %}' },
        });
      }
      const roles = creates(i) ? {} : { serviceRole: r.serviceRole, clusterRole: r.clusterRole, autoScalingRole: r.autoScalingRole };
      return new tasks.EmrCreateCluster(s, id, {
        ...roles,
        name: J.stringAt('$.clusterName'), releaseLabel: 'emr-7.2.0', applications: [{ name: 'Spark' }, { name: 'Hadoop' }],
        instances: {
          ec2SubnetId: r.subnets[0].id,
          instanceGroups: [
            { name: 'master', instanceRole: InstanceRoleType.MASTER, instanceCount: 1, instanceType: 'm5.xlarge' },
            {
              name: 'core', instanceRole: InstanceRoleType.CORE, instanceCount: 2, instanceType: 'm5.xlarge',
              ebsConfiguration: { ebsBlockDeviceConfigs: [{ volumeSpecification: { volumeSize: Size.gibibytes(64), volumeType: EbsBlockDeviceVolumeType.GP3 } }] },
            },
          ],
        },
        bootstrapActions: [{ name: 'install tools', scriptBootstrapAction: { path: 's3://bench-emr/bootstrap/tools.sh' } }],
        configurations: [{ classification: 'spark-defaults', properties: { 'spark.dynamicAllocation.enabled': 'true' } }],
        logUri: 's3://bench-emr/logs/', stepConcurrencyLevel: 4, autoTerminationPolicyIdleTimeout: Duration.hours(1), tags: { team: 'data' },
        resultSelector: { clusterId: J.stringAt('$.ClusterId') }, resultPath: '$.cluster',
      });
    },
  },
  {
    name: 'EmrAddStep',
    setup: (s) => new IamRole(s, 'StepRuntimeRole', {
      name: 'bench-emr-step-runtime',
      assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/EMR_EC2_DefaultRole' }, Action: ['sts:AssumeRole', 'sts:TagSession'] }] }),
    }),
    make: (s, id, stepRole) => new tasks.EmrAddStep(s, id, {
      clusterId: emrClusterId(s), name: 'aggregate-day', jar: 'command-runner.jar',
      args: ['spark-submit', '--deploy-mode', 'cluster', 's3://bench-jobs/aggregate.py'], properties: { 'spark.executor.memory': '4g' },
      actionOnFailure: tasks.ActionOnFailure.CONTINUE, executionRoleArn: stepRole.arn, resultPath: '$.step',
    }),
  },
  {
    name: 'EmrCancelStep',
    setup: () => undefined,
    make: (s, id) => tasks.EmrCancelStep.jsonata(s, id, { clusterId: '{% $states.input.clusterId %}', stepId: '{% $states.input.stepId %}', outputs: '{% $states.input %}' }),
  },
  {
    name: 'EmrModifyInstanceFleetByName',
    setup: () => undefined,
    make: (s, id) => tasks.EmrModifyInstanceFleetByName.jsonata(s, id, {
      clusterId: '{% $states.input.clusterId %}', instanceFleetName: 'task', targetOnDemandCapacity: 0, targetSpotCapacity: 0, outputs: '{% $states.input %}',
    }),
  },
  {
    name: 'EmrModifyInstanceGroupByName',
    setup: () => undefined,
    make: (s, id, _r, i) => new tasks.EmrModifyInstanceGroupByName(s, id, {
      clusterId: emrClusterId(s), instanceGroupName: 'core',
      instanceGroup: pass(i) % 2 === 0 ? { instanceCount: J.numberAt('$.coreNodes') } : { instanceCount: 1, shrinkPolicy: { decommissionTimeout: Duration.minutes(10) } },
      resultPath: J.DISCARD,
    }),
  },
  {
    name: 'EmrSetClusterTerminationProtection',
    setup: () => undefined,
    make: (s, id) => new tasks.EmrSetClusterTerminationProtection(s, id, { clusterId: emrClusterId(s), terminationProtected: true, resultPath: J.DISCARD }),
  },
  {
    name: 'EmrTerminateCluster',
    setup: () => undefined,
    make: (s, id) => tasks.EmrTerminateCluster.jsonata(s, id, { clusterId: '{% $states.input.clusterId %}', outputs: '{% $states.input %}' }),
  },
  {
    name: 'EmrContainersCreateVirtualCluster',
    setup: (s) => eks(s).cluster,
    make: (s, id, cluster) => new tasks.EmrContainersCreateVirtualCluster(s, id, { eksCluster: tasks.EksClusterInput.fromCluster(cluster), eksNamespace: 'spark', resultPath: '$.cluster' }),
  },
  {
    name: 'EmrContainersDeleteVirtualCluster',
    setup: () => undefined,
    make: (s, id) => new tasks.EmrContainersDeleteVirtualCluster(s, id, { virtualClusterId: sfn.TaskInput.fromJsonPathAt('$.cluster.Id'), integrationPattern: sfn.IntegrationPattern.RUN_JOB, resultPath: J.DISCARD }),
  },
  {
    name: 'EmrContainersStartJobRun',
    setup: (s) => ({
      ...eks(s),
      jobRole: role(s, 'SparkJobRole', 'elasticmapreduce.amazonaws.com'),
      logGroup: new CloudwatchLogGroup(s, 'SparkLogs', { name: '/bench/spark' }),
      logBucket: new S3Bucket(s, 'SparkLogBucket', { bucketPrefix: 'bench-spark-logs-' }),
    }),
    // with the execution role it creates (trusted through the cluster's OIDC provider) and the log group
    // and bucket it creates, or with a given role and logs
    make: (s, id, r, i) => new tasks.EmrContainersStartJobRun(s, id, {
      virtualCluster: tasks.VirtualClusterInput.fromVirtualClusterId(r.virtualCluster.id),
      ...(creates(i) ? { oidcProvider: r.oidcProvider, eksNamespace: 'spark', monitoring: { logging: true } } : { executionRole: r.jobRole, monitoring: { logGroup: r.logGroup, logBucket: r.logBucket } }),
      releaseLabel: tasks.ReleaseLabel.EMR_6_2_0, jobName: 'pi',
      jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText(PI), sparkSubmitParameters: '--conf spark.executor.instances=2 --conf spark.executor.memory=2G' } },
      applicationConfig: [{ classification: tasks.Classification.SPARK_DEFAULTS, properties: { 'spark.executor.instances': '1', 'spark.executor.memory': '512M' } }],
      resultSelector: { 'jobRunId.$': '$.Id', 'state.$': '$.State' }, resultPath: '$.job',
    }),
  },
  {
    name: 'AthenaStartQueryExecution',
    setup: (s) => athena(s),
    make: (s, id, a) => new tasks.AthenaStartQueryExecution(s, id, {
      queryString: 'SELECT region, sum(amount) FROM orders WHERE day = ? GROUP BY region', executionParameters: J.listAt('$.parameters'),
      queryExecutionContext: { databaseName: a.database.name },
      resultConfiguration: {
        outputLocation: { bucketName: a.results.bucket, objectKey: 'daily' },
        encryptionConfiguration: { encryptionOption: tasks.EncryptionOption.KMS, encryptionKey: a.key },
      },
      workGroup: a.workGroup.name, resultReuseConfigurationMaxAge: Duration.hours(1), integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      resultSelector: { id: J.stringAt('$.QueryExecution.QueryExecutionId') }, resultPath: '$.query',
    }),
  },
  {
    name: 'AthenaGetQueryExecution',
    setup: () => undefined,
    make: (s, id) => new tasks.AthenaGetQueryExecution(s, id, { queryExecutionId: J.stringAt('$.query.id'), resultPath: '$.status' }),
  },
  {
    name: 'AthenaGetQueryResults',
    setup: () => undefined,
    make: (s, id) => new tasks.AthenaGetQueryResults(s, id, { queryExecutionId: J.stringAt('$.query.id'), maxResults: 100, resultPath: '$.results' }),
  },
  {
    name: 'AthenaStopQueryExecution',
    setup: () => undefined,
    make: (s, id) => new tasks.AthenaStopQueryExecution(s, id, { queryExecutionId: J.stringAt('$.query.id'), resultPath: J.DISCARD }),
  },
  {
    name: 'GlueStartJobRun',
    setup: (s) => {
      const landing = new S3Bucket(s, 'Landing', { bucketPrefix: 'bench-landing-' });
      return new GlueJob(s, 'LoadEventsJob', {
        name: 'bench-load-events', roleArn: role(s, 'GlueJobRole', 'glue.amazonaws.com').arn, glueVersion: '4.0',
        command: { name: 'glueetl', scriptLocation: `s3://${landing.bucket}/scripts/load_events.py` },
      });
    },
    make: (s, id, job) => new tasks.GlueStartJobRun(s, id, {
      glueJobName: job.name, arguments: sfn.TaskInput.fromObject({ '--day': J.stringAt('$.day') }),
      workerConfiguration: { workerTypeV2: tasks.WorkerTypeV2.G_1X, numberOfWorkers: 4 }, executionClass: tasks.ExecutionClass.FLEX,
      notifyDelayAfter: Duration.minutes(30), taskTimeout: sfn.Timeout.duration(Duration.hours(2)), integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      resultSelector: { runId: J.stringAt('$.Id') }, resultPath: '$.load',
    }),
  },
  {
    name: 'GlueStartCrawlerRun',
    setup: (s) => {
      const bucket = new S3Bucket(s, 'CrawlerLanding', { bucketPrefix: 'bench-crawl-' });
      const database = new GlueCatalogDatabase(s, 'LandingDatabase', { name: 'bench_landing' });
      return new GlueCrawler(s, 'Crawler', { name: 'bench-landing', databaseName: database.name, role: role(s, 'CrawlerRole', 'glue.amazonaws.com').arn, s3Target: [{ path: `s3://${bucket.bucket}/events/` }] });
    },
    make: (s, id, crawler) => new tasks.GlueStartCrawlerRun(s, id, { crawlerName: crawler.name, resultPath: J.DISCARD }),
  },
  {
    name: 'GlueDataBrewStartJobRun',
    setup: () => undefined,
    make: (s, id) => new tasks.GlueDataBrewStartJobRun(s, id, { name: 'bench-clean-customers', integrationPattern: sfn.IntegrationPattern.RUN_JOB, resultPath: '$.clean' }),
  },
  {
    name: 'CodeBuildStartBuild',
    setup: (s) => codebuild(s),
    make: (s, id, project) => new tasks.CodeBuildStartBuild(s, id, {
      project, integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      environmentVariablesOverride: { ZONE: { type: tasks.BuildEnvironmentVariableType.PLAINTEXT, value: J.stringAt('$.envVariables.zone') } },
      resultPath: '$.build',
    }),
  },
  {
    name: 'CodeBuildStartBuildBatch',
    setup: (s) => codebuild(s),
    make: (s, id, project) => new tasks.CodeBuildStartBuildBatch(s, id, {
      project, integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      environmentVariablesOverride: { STAGE: { type: tasks.BuildEnvironmentVariableType.PLAINTEXT, value: 'test' } }, resultPath: J.DISCARD,
    }),
  },
  {
    name: 'MediaConvertCreateJob',
    setup: (s) => role(s, 'MediaConvertRole', 'mediaconvert.amazonaws.com'),
    make: (s, id, mcRole) => new tasks.MediaConvertCreateJob(s, id, {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      createJobRequest: {
        Role: mcRole.arn,
        Settings: {
          OutputGroups: [{
            Outputs: [{
              ContainerSettings: { Container: 'MP4' },
              VideoDescription: { CodecSettings: { Codec: 'H_264', H264Settings: { MaxBitrate: 1000, RateControlMode: 'QVBR', SceneChangeDetect: 'TRANSITION_DETECTION' } } },
              AudioDescriptions: [{ CodecSettings: { Codec: 'AAC', AacSettings: { Bitrate: 96000, CodingMode: 'CODING_MODE_2_0', SampleRate: 48000 } } }],
            }],
            OutputGroupSettings: { Type: 'FILE_GROUP_SETTINGS', FileGroupSettings: { Destination: 's3://bench-destination-bucket/' } },
          }],
          Inputs: [{ AudioSelectors: { 'Audio Selector 1': { DefaultSelection: 'DEFAULT' } }, FileInput: J.stringAt('$.sourceFile') }],
        },
      },
      resultSelector: { jobId: J.stringAt('$.Job.Id'), status: J.stringAt('$.Job.Status') }, resultPath: '$.transcode',
    }),
  },
  {
    name: 'SageMakerCreateTrainingJob',
    setup: (s) => ({ ...sagemaker(s), subnets: network(s).subnets }),
    // in a private subnet with the role and security group it creates, or out of a VPC with a given role
    make: (s, id, r, i) => new tasks.SageMakerCreateTrainingJob(s, id, {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB, trainingJobName: J.stringAt('$.JobName'),
      ...(creates(i) ? { vpcConfig: { subnets: [r.subnets[0]] } } : { role: r.role }),
      algorithmSpecification: { algorithmName: 'BlazingText', trainingInputMode: tasks.InputMode.FILE },
      inputDataConfig: [{ channelName: 'train', dataSource: { s3DataSource: { s3DataType: tasks.S3DataType.S3_PREFIX, s3Location: tasks.S3Location.fromJsonExpression('$.S3Bucket') } } }],
      outputDataConfig: { s3OutputLocation: tasks.S3Location.fromBucket(r.bucket, 'models/'), encryptionKey: r.key },
      resourceConfig: { instanceCount: 1, instanceType: new tasks.InstanceType(J.stringAt('$.InstanceType')), volumeSize: Size.gibibytes(50) },
      stoppingCondition: { maxRuntime: Duration.hours(2) }, resultPath: '$.training',
    }),
  },
  {
    name: 'SageMakerCreateTransformJob',
    setup: (s) => sagemaker(s),
    make: (s, id, r, i) => new tasks.SageMakerCreateTransformJob(s, id, {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB, transformJobName: J.stringAt('$.JobName'), modelName: 'bench-model',
      role: creates(i) ? undefined : r.role,
      modelClientOptions: { invocationsMaxRetries: 3, invocationsTimeout: Duration.minutes(5) },
      transformInput: { transformDataSource: { s3DataSource: { s3Uri: `s3://${r.bucket.bucket}/inputs/`, s3DataType: tasks.S3DataType.S3_PREFIX } }, splitType: tasks.SplitType.LINE },
      transformOutput: { s3OutputPath: `s3://${r.bucket.bucket}/outputs/`, assembleWith: tasks.AssembleWith.LINE },
      transformResources: { instanceCount: 1, instanceType: new tasks.InstanceType('m4.xlarge') }, resultPath: J.DISCARD,
    }),
  },
  {
    name: 'SageMakerCreateEndpoint',
    setup: () => undefined,
    make: (s, id) => new tasks.SageMakerCreateEndpoint(s, id, { endpointName: J.stringAt('$.EndpointName'), endpointConfigName: J.stringAt('$.JobName'), resultPath: '$.endpoint' }),
  },
  {
    name: 'SageMakerCreateEndpointConfig',
    setup: () => undefined,
    make: (s, id) => new tasks.SageMakerCreateEndpointConfig(s, id, {
      endpointConfigName: J.stringAt('$.JobName'),
      productionVariants: [{ initialInstanceCount: 2, instanceType: new tasks.InstanceType('m5.xlarge'), modelName: J.stringAt('$.JobName'), variantName: 'primary' }],
      resultPath: J.DISCARD,
    }),
  },
  {
    name: 'SageMakerCreateModel',
    setup: (s) => sagemaker(s),
    make: (s, id, r, i) => new tasks.SageMakerCreateModel(s, id, {
      modelName: J.stringAt('$.JobName'), role: creates(i) ? undefined : r.role,
      primaryContainer: new tasks.ContainerDefinition({
        image: tasks.DockerImage.fromJsonExpression(J.stringAt('$.Model.imageName')), mode: tasks.Mode.SINGLE_MODEL,
        modelS3Location: tasks.S3Location.fromJsonExpression('$.training.ModelArtifacts.S3ModelArtifacts'),
      }),
      resultPath: J.DISCARD,
    }),
  },
  {
    name: 'SageMakerUpdateEndpoint',
    setup: () => undefined,
    make: (s, id) => new tasks.SageMakerUpdateEndpoint(s, id, { endpointName: J.stringAt('$.Endpoint.Name'), endpointConfigName: J.stringAt('$.Endpoint.EndpointConfig'), resultPath: J.DISCARD }),
  },
  {
    name: 'BedrockInvokeModel',
    setup: (s) => ({
      ...bedrock(s),
      titan: tasks.FoundationModel.fromFoundationModelId(s, 'Titan', tasks.FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1),
      guardrail: new BedrockGuardrail(s, 'Guardrail', {
        name: 'bench-guardrail', blockedInputMessaging: 'This request is not allowed.', blockedOutputsMessaging: 'This answer is not allowed.',
        contentPolicyConfig: [{ filtersConfig: [{ type: 'HATE', inputStrength: 'HIGH', outputStrength: 'HIGH' }] }],
      }),
    }),
    // a prompt with a guardrail; on odd passes, in JSONata, its input read from and its output written to S3
    make: (s, id, r, i) => (pass(i) % 2 === 0
      ? new tasks.BedrockInvokeModel(s, id, {
        model: r.model,
        body: sfn.TaskInput.fromObject({ inputText: 'Generate a list of five first names.', textGenerationConfig: { maxTokenCount: 100, temperature: 1 } }),
        guardrail: tasks.Guardrail.enable(r.guardrail.guardrailArn, 1),
        resultSelector: { names: J.stringAt('$.Body.results[0].outputText') }, resultPath: '$.generated',
      })
      : tasks.BedrockInvokeModel.jsonata(s, id, {
        model: r.titan,
        input: { s3Location: { bucketName: r.data.bucket, objectKey: 'prompts/names.json' } },
        output: { s3Location: { bucketName: r.data.bucket, objectKey: 'answers/names.json' } },
        outputs: '{% $states.input %}',
      })),
  },
  {
    name: 'BedrockCreateModelCustomizationJob',
    setup: (s) => ({ ...bedrock(s), role: role(s, 'BedrockCustomizationRole', 'bedrock.amazonaws.com') }),
    make: (s, id, r, i) => new tasks.BedrockCreateModelCustomizationJob(s, id, {
      baseModel: r.model, role: creates(i) ? undefined : r.role, customizationType: tasks.CustomizationType.FINE_TUNING,
      customModelName: 'bench-names-model', jobName: J.format('names-{}', J.stringAt('$$.Execution.Name')),
      trainingData: { bucket: r.data, path: 'training/data.jsonl' }, validationData: [{ bucket: r.data, path: 'validation/data.jsonl' }],
      outputData: { bucket: r.data, path: 'output' }, hyperParameters: { epochCount: '1', batchSize: '1', learningRate: '0.00001' },
      integrationPattern: sfn.IntegrationPattern.RUN_JOB, resultPath: '$.customization',
    }),
  },
];

module.exports = { CLASSES, iam };
