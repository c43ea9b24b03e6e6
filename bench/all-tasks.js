// The second workload (issue 15): states that cycle through every task class of the library, each with a
// realistic configuration and the resources it uses (made once per class and shared by its states, as
// in a real stack). Each entry: the class name, `setup(stack)` making its resources, and
// `make(stack, id, resources, i)` making the i-th state of that class.
'use strict';
const { Duration, iam, sfn, tasks } = require('../lib');
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
const role = (stack, id, service) => new IamRole(stack, id, {
  assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }] }),
});
const table = (stack, id) => new DynamodbTable(stack, id, { name: id, hashKey: 'pk', attribute: [{ name: 'pk', type: 'S' }], billingMode: 'PAY_PER_REQUEST' });

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
];

module.exports = { CLASSES, iam };
