// Differential test against aws-cdk-lib 2.276: the same workflows, written with the same API in both
// libraries over literal ARNs, must produce the same definition once both are evaluated (CloudFormation
// intrinsics on one side, Terraform references on the other, with partition "aws", region "us-east-1" and
// account "123456789012"). Where we differ on purpose (docs/DIFFERENCES.md), the case says so.
import * as cdk from 'aws-cdk-lib';
import * as cdkDynamo from 'aws-cdk-lib/aws-dynamodb';
import * as cdkKms from 'aws-cdk-lib/aws-kms';
import * as cdkLambda from 'aws-cdk-lib/aws-lambda';
import * as cdkLogs from 'aws-cdk-lib/aws-logs';
import * as cdkS3 from 'aws-cdk-lib/aws-s3';
import * as cdkSns from 'aws-cdk-lib/aws-sns';
import * as cdkSqs from 'aws-cdk-lib/aws-sqs';
import * as cdkSfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cdkTasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Duration, sfn, tasks } from '../../src';
import { ACCOUNT, cdkDefinition, cdkGrants, evaluateCfn, ourDefinition, ourGrants } from '../util/compat';
import { newStack, synthMachine } from '../util/synth';

const FN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:work`;
const TOPIC = `arn:aws:sns:us-east-1:${ACCOUNT}:topic`;
const QUEUE = `arn:aws:sqs:us-east-1:${ACCOUNT}:queue`;
const QUEUE_URL = `https://sqs.us-east-1.amazonaws.com/${ACCOUNT}/queue`;
const TABLE = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/items`;
const CHILD = `arn:aws:states:us-east-1:${ACCOUNT}:stateMachine:child`;
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const LOG_GROUP = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:sfn`;

const cdkFn = (s: cdk.Stack) => cdkLambda.Function.fromFunctionArn(s, 'Fn', FN);
const cdkTopic = (s: cdk.Stack) => cdkSns.Topic.fromTopicArn(s, 'Topic', TOPIC);
const cdkQueue = (s: cdk.Stack) => cdkSqs.Queue.fromQueueAttributes(s, 'Queue', { queueArn: QUEUE, queueUrl: QUEUE_URL });
const cdkTable = (s: cdk.Stack) => cdkDynamo.Table.fromTableArn(s, 'Table', TABLE);

describe('same definition as aws-cdk-lib 2.276', () => {
  test('a chain of Pass, Wait, Choice, Parallel, Map, Succeed and Fail with paths and intrinsics', () => {
    const ours = ourDefinition((s) => {
      const shape = new sfn.Pass(s, 'Shape', {
        inputPath: '$.in', resultPath: '$.shaped', outputPath: '$',
        parameters: { id: sfn.JsonPath.stringAt('$.id'), greeting: sfn.JsonPath.format('Hi {}', sfn.JsonPath.stringAt('$.name')), list: sfn.JsonPath.listAt('$.l'), ctx: sfn.JsonPath.executionId },
      });
      const wait = new sfn.Wait(s, 'Wait', { time: sfn.WaitTime.secondsPath('$.delay') });
      const par = new sfn.Parallel(s, 'Par', { resultPath: sfn.JsonPath.DISCARD })
        .branch(new sfn.Pass(s, 'A', { result: sfn.Result.fromObject({ a: 1 }) }))
        .branch(new sfn.Map(s, 'Each', { itemsPath: '$.items', maxConcurrency: 2, itemSelector: { v: sfn.JsonPath.stringAt('$$.Map.Item.Value') } }).itemProcessor(new sfn.Pass(s, 'Item')));
      par.addRetry({ errors: ['Custom'], maxAttempts: 2, interval: Duration.seconds(3) });
      const choice = new sfn.Choice(s, 'Ok?')
        .when(sfn.Condition.and(sfn.Condition.isPresent('$.x'), sfn.Condition.numberGreaterThan('$.x', 3)), new sfn.Succeed(s, 'Yes'))
        .when(sfn.Condition.stringMatches('$.name', 'a*'), new sfn.Fail(s, 'No', { error: 'E', cause: 'C' }))
        .otherwise(new sfn.Succeed(s, 'Maybe'));
      return shape.next(wait).next(par).next(choice);
    }, { timeout: Duration.minutes(5) });
    const theirs = cdkDefinition((s) => {
      const shape = new cdkSfn.Pass(s, 'Shape', {
        inputPath: '$.in', resultPath: '$.shaped', outputPath: '$',
        parameters: { id: cdkSfn.JsonPath.stringAt('$.id'), greeting: cdkSfn.JsonPath.format('Hi {}', cdkSfn.JsonPath.stringAt('$.name')), list: cdkSfn.JsonPath.listAt('$.l'), ctx: cdkSfn.JsonPath.executionId },
      });
      const wait = new cdkSfn.Wait(s, 'Wait', { time: cdkSfn.WaitTime.secondsPath('$.delay') });
      const par = new cdkSfn.Parallel(s, 'Par', { resultPath: cdkSfn.JsonPath.DISCARD })
        .branch(new cdkSfn.Pass(s, 'A', { result: cdkSfn.Result.fromObject({ a: 1 }) }))
        .branch(new cdkSfn.Map(s, 'Each', { itemsPath: '$.items', maxConcurrency: 2, itemSelector: { v: cdkSfn.JsonPath.stringAt('$$.Map.Item.Value') } }).itemProcessor(new cdkSfn.Pass(s, 'Item')));
      par.addRetry({ errors: ['Custom'], maxAttempts: 2, interval: cdk.Duration.seconds(3) });
      const choice = new cdkSfn.Choice(s, 'Ok?')
        .when(cdkSfn.Condition.and(cdkSfn.Condition.isPresent('$.x'), cdkSfn.Condition.numberGreaterThan('$.x', 3)), new cdkSfn.Succeed(s, 'Yes'))
        .when(cdkSfn.Condition.stringMatches('$.name', 'a*'), new cdkSfn.Fail(s, 'No', { error: 'E', cause: 'C' }))
        .otherwise(new cdkSfn.Succeed(s, 'Maybe'));
      return shape.next(wait).next(par).next(choice);
    }, { timeout: cdk.Duration.minutes(5) });
    expect(ours).toEqual(theirs);
  });

  test('LambdaInvoke: default, payload and result shaping, callback, payloadResponseOnly', () => {
    const ours = ourDefinition((s) => {
      const fn = { arn: FN };
      return new tasks.LambdaInvoke(s, 'Plain', { lambdaFunction: fn })
        .next(new tasks.LambdaInvoke(s, 'Shaped', { lambdaFunction: fn, payload: sfn.TaskInput.fromObject({ a: sfn.JsonPath.stringAt('$.a') }), resultSelector: { p: sfn.JsonPath.objectAt('$.Payload') }, resultPath: '$.r', invocationType: tasks.LambdaInvocationType.EVENT }))
        .next(new tasks.LambdaInvoke(s, 'Callback', { lambdaFunction: fn, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, payload: sfn.TaskInput.fromObject({ t: sfn.JsonPath.taskToken }), heartbeatTimeout: sfn.Timeout.duration(Duration.minutes(1)) }))
        .next(new tasks.LambdaInvoke(s, 'Direct', { lambdaFunction: fn, payloadResponseOnly: true, payload: sfn.TaskInput.fromObject({ x: 1 }), retryOnServiceExceptions: false }));
    });
    const theirs = cdkDefinition((s) => {
      const fn = cdkFn(s);
      return new cdkTasks.LambdaInvoke(s, 'Plain', { lambdaFunction: fn })
        .next(new cdkTasks.LambdaInvoke(s, 'Shaped', { lambdaFunction: fn, payload: cdkSfn.TaskInput.fromObject({ a: cdkSfn.JsonPath.stringAt('$.a') }), resultSelector: { p: cdkSfn.JsonPath.objectAt('$.Payload') }, resultPath: '$.r', invocationType: cdkTasks.LambdaInvocationType.EVENT }))
        .next(new cdkTasks.LambdaInvoke(s, 'Callback', { lambdaFunction: fn, integrationPattern: cdkSfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, payload: cdkSfn.TaskInput.fromObject({ t: cdkSfn.JsonPath.taskToken }), heartbeatTimeout: cdkSfn.Timeout.duration(cdk.Duration.minutes(1)) }))
        .next(new cdkTasks.LambdaInvoke(s, 'Direct', { lambdaFunction: fn, payloadResponseOnly: true, payload: cdkSfn.TaskInput.fromObject({ x: 1 }), retryOnServiceExceptions: false }));
    });
    expect(ours).toEqual(theirs);
  });

  test('SnsPublish and SqsSendMessage', () => {
    const ours = ourDefinition((s) => new tasks.SnsPublish(s, 'Publish', {
      topic: { arn: TOPIC }, message: sfn.TaskInput.fromJsonPathAt('$.m'), subject: 'S',
      messageAttributes: { a: { value: sfn.JsonPath.stringAt('$.a') }, n: { value: 3 }, l: { value: ['x', 'y'] } },
    }).next(new tasks.SqsSendMessage(s, 'Send', { queue: { arn: QUEUE, url: QUEUE_URL }, messageBody: sfn.TaskInput.fromObject({ b: sfn.JsonPath.stringAt('$.b') }), delay: Duration.seconds(5) })));
    const theirs = cdkDefinition((s) => new cdkTasks.SnsPublish(s, 'Publish', {
      topic: cdkTopic(s), message: cdkSfn.TaskInput.fromJsonPathAt('$.m'), subject: 'S',
      messageAttributes: { a: { value: cdkSfn.JsonPath.stringAt('$.a') }, n: { value: 3 }, l: { value: ['x', 'y'] } },
    }).next(new cdkTasks.SqsSendMessage(s, 'Send', { queue: cdkQueue(s), messageBody: cdkSfn.TaskInput.fromObject({ b: cdkSfn.JsonPath.stringAt('$.b') }), delay: cdk.Duration.seconds(5) })));
    expect(ours).toEqual(theirs);
  });

  test('the four DynamoDB tasks', () => {
    const ours = ourDefinition((s) => {
      const table = { name: 'items', arn: TABLE };
      const key = { pk: tasks.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.id')) };
      return new tasks.DynamoPutItem(s, 'Put', { table, item: { pk: tasks.DynamoAttributeValue.fromString('x'), n: tasks.DynamoAttributeValue.fromNumber(2), m: tasks.DynamoAttributeValue.fromMap({ s: tasks.DynamoAttributeValue.fromStringSet(['a']) }) }, returnValues: tasks.DynamoReturnValues.ALL_OLD })
        .next(new tasks.DynamoGetItem(s, 'Get', { table, key, consistentRead: true, projectionExpression: [new tasks.DynamoProjectionExpression().withAttribute('a').atIndex(1).withAttribute('b')] }))
        .next(new tasks.DynamoUpdateItem(s, 'Update', { table, key, updateExpression: 'SET n = n + :one', expressionAttributeValues: { ':one': tasks.DynamoAttributeValue.fromNumber(1) }, returnValues: tasks.DynamoReturnValues.UPDATED_NEW }))
        .next(new tasks.DynamoDeleteItem(s, 'Delete', { table, key, conditionExpression: 'attribute_exists(pk)' }));
    });
    const theirs = cdkDefinition((s) => {
      const table = cdkTable(s);
      const key = { pk: cdkTasks.DynamoAttributeValue.fromString(cdkSfn.JsonPath.stringAt('$.id')) };
      return new cdkTasks.DynamoPutItem(s, 'Put', { table, item: { pk: cdkTasks.DynamoAttributeValue.fromString('x'), n: cdkTasks.DynamoAttributeValue.fromNumber(2), m: cdkTasks.DynamoAttributeValue.fromMap({ s: cdkTasks.DynamoAttributeValue.fromStringSet(['a']) }) }, returnValues: cdkTasks.DynamoReturnValues.ALL_OLD })
        .next(new cdkTasks.DynamoGetItem(s, 'Get', { table, key, consistentRead: true, projectionExpression: [new cdkTasks.DynamoProjectionExpression().withAttribute('a').atIndex(1).withAttribute('b')] }))
        .next(new cdkTasks.DynamoUpdateItem(s, 'Update', { table, key, updateExpression: 'SET n = n + :one', expressionAttributeValues: { ':one': cdkTasks.DynamoAttributeValue.fromNumber(1) }, returnValues: cdkTasks.DynamoReturnValues.UPDATED_NEW }))
        .next(new cdkTasks.DynamoDeleteItem(s, 'Delete', { table, key, conditionExpression: 'attribute_exists(pk)' }));
    });
    expect(ours).toEqual(theirs);
  });

  test('StepFunctionsStartExecution in all three patterns', () => {
    const ours = ourDefinition((s) => {
      const child = { arn: CHILD, name: 'child' };
      return new tasks.StepFunctionsStartExecution(s, 'Fire', { stateMachine: child })
        .next(new tasks.StepFunctionsStartExecution(s, 'Run', { stateMachine: child, integrationPattern: sfn.IntegrationPattern.RUN_JOB, input: sfn.TaskInput.fromObject({ a: 1 }), associateWithParent: true }))
        .next(new tasks.StepFunctionsStartExecution(s, 'Callback', { stateMachine: child, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, input: sfn.TaskInput.fromObject({ t: sfn.JsonPath.taskToken }), name: 'n' }));
    });
    const theirs = cdkDefinition((s) => {
      const child = cdkSfn.StateMachine.fromStateMachineArn(s, 'Child', CHILD);
      return new cdkTasks.StepFunctionsStartExecution(s, 'Fire', { stateMachine: child })
        .next(new cdkTasks.StepFunctionsStartExecution(s, 'Run', { stateMachine: child, integrationPattern: cdkSfn.IntegrationPattern.RUN_JOB, input: cdkSfn.TaskInput.fromObject({ a: 1 }), associateWithParent: true }))
        .next(new cdkTasks.StepFunctionsStartExecution(s, 'Callback', { stateMachine: child, integrationPattern: cdkSfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, input: cdkSfn.TaskInput.fromObject({ t: cdkSfn.JsonPath.taskToken }), name: 'n' }));
    });
    expect(ours).toEqual(theirs);
  });

  test('a JSONata state machine', () => {
    const ours = ourDefinition((s) => tasks.LambdaInvoke.jsonata(s, 'Invoke', { lambdaFunction: { arn: FN }, outputs: { r: '{% $states.result.Payload %}' }, assign: { v: '{% $states.input.v %}' } })
      .next(sfn.Pass.jsonata(s, 'Shape', { outputs: { x: '{% $v %}' } }))
      .next(sfn.Choice.jsonata(s, 'Pick').when(sfn.Condition.jsonata('{% $v > 1 %}'), new sfn.Succeed(s, 'Big')).otherwise(new sfn.Succeed(s, 'Small'))),
    { queryLanguage: sfn.QueryLanguage.JSONATA });
    const theirs = cdkDefinition((s) => cdkTasks.LambdaInvoke.jsonata(s, 'Invoke', { lambdaFunction: cdkFn(s), outputs: { r: '{% $states.result.Payload %}' }, assign: { v: '{% $states.input.v %}' } })
      .next(cdkSfn.Pass.jsonata(s, 'Shape', { outputs: { x: '{% $v %}' } }))
      .next(cdkSfn.Choice.jsonata(s, 'Pick').when(cdkSfn.Condition.jsonata('{% $v > 1 %}'), new cdkSfn.Succeed(s, 'Big')).otherwise(new cdkSfn.Succeed(s, 'Small'))),
    { queryLanguage: cdkSfn.QueryLanguage.JSONATA });
    expect(ours).toEqual(theirs);
  });

  test('DistributedMap with readers, batcher, result writer and tolerated failures', () => {
    const ours = ourDefinition((s) => {
      const bucket = { bucket: 'data', arn: 'arn:aws:s3:::data' };
      const csv = new sfn.DistributedMap(s, 'Csv', {
        itemReader: new sfn.S3CsvItemReader({ bucket, key: 'in.csv', csvHeaders: sfn.CsvHeaders.use(['a', 'b']), maxItems: 10 }),
        itemBatcher: new sfn.ItemBatcher({ maxItemsPerBatch: 5, batchInput: { k: 'v' } }),
        resultWriterV2: new sfn.ResultWriterV2({ bucket, prefix: 'out' }),
        toleratedFailurePercentage: 10,
        label: 'csv',
        mapExecutionType: sfn.StateMachineType.EXPRESS,
        resultPath: sfn.JsonPath.DISCARD,
      }).itemProcessor(new sfn.Pass(s, 'Row'));
      const objects = new sfn.DistributedMap(s, 'Objects', { itemReader: new sfn.S3ObjectsItemReader({ bucket, prefix: 'p/' }), maxConcurrency: 3 })
        .itemProcessor(new sfn.Pass(s, 'Object'));
      return csv.next(objects);
    }, { stateMachineName: 'dm' });
    const theirs = cdkDefinition((s) => {
      const bucket = cdkS3.Bucket.fromBucketName(s, 'Bucket', 'data');
      const csv = new cdkSfn.DistributedMap(s, 'Csv', {
        itemReader: new cdkSfn.S3CsvItemReader({ bucket, key: 'in.csv', csvHeaders: cdkSfn.CsvHeaders.use(['a', 'b']), maxItems: 10 }),
        itemBatcher: new cdkSfn.ItemBatcher({ maxItemsPerBatch: 5, batchInput: { k: 'v' } }),
        resultWriterV2: new cdkSfn.ResultWriterV2({ bucket, prefix: 'out' }),
        toleratedFailurePercentage: 10,
        label: 'csv',
        mapExecutionType: cdkSfn.StateMachineType.EXPRESS,
        resultPath: cdkSfn.JsonPath.DISCARD,
      }).itemProcessor(new cdkSfn.Pass(s, 'Row'));
      const objects = new cdkSfn.DistributedMap(s, 'Objects', { itemReader: new cdkSfn.S3ObjectsItemReader({ bucket, prefix: 'p/' }), maxConcurrency: 3 })
        .itemProcessor(new cdkSfn.Pass(s, 'Object'));
      return csv.next(objects);
    }, { stateMachineName: 'dm' });
    expect(ours).toEqual(theirs);
  });

  test('the same permissions as aws-cdk-lib, but for the documented differences', () => {
    const ours = ourGrants((s) => new tasks.LambdaInvoke(s, 'Invoke', { lambdaFunction: { arn: FN } })
      .next(new tasks.SnsPublish(s, 'Publish', { topic: { arn: TOPIC }, message: sfn.TaskInput.fromText('m') }))
      .next(new tasks.SqsSendMessage(s, 'Send', { queue: { arn: QUEUE, url: QUEUE_URL }, messageBody: sfn.TaskInput.fromText('b') }))
      .next(new tasks.DynamoGetItem(s, 'Get', { table: { name: 'items', arn: TABLE }, key: { pk: tasks.DynamoAttributeValue.fromString('x') } }))
      .next(new tasks.StepFunctionsStartExecution(s, 'Run', { stateMachine: { arn: CHILD, name: 'child' }, integrationPattern: sfn.IntegrationPattern.RUN_JOB })));
    const theirs = cdkGrants((s) => new cdkTasks.LambdaInvoke(s, 'Invoke', { lambdaFunction: cdkFn(s) })
      .next(new cdkTasks.SnsPublish(s, 'Publish', { topic: cdkTopic(s), message: cdkSfn.TaskInput.fromText('m') }))
      .next(new cdkTasks.SqsSendMessage(s, 'Send', { queue: cdkQueue(s), messageBody: cdkSfn.TaskInput.fromText('b') }))
      .next(new cdkTasks.DynamoGetItem(s, 'Get', { table: cdkTable(s), key: { pk: cdkTasks.DynamoAttributeValue.fromString('x') } }))
      .next(new cdkTasks.StepFunctionsStartExecution(s, 'Run', { stateMachine: cdkSfn.StateMachine.fromStateMachineArn(s, 'Child', CHILD), integrationPattern: cdkSfn.IntegrationPattern.RUN_JOB })));
    // docs/DIFFERENCES.md: child executions are granted on `execution:<name>:*`, not `execution:<name>*`
    const documented = (pairs: string[]) => pairs.map((p) => p.replace(':execution:child*', ':execution:child:*'));
    expect(ours).toEqual(documented(theirs));
  });

  test('the key statements of a state machine encrypted with a customer managed key that logs', () => {
    const kmsOnly = (statements: any[]) => statements.filter((st) => [st.Action].flat().some((a: string) => a.startsWith('kms:')));
    const app = new cdk.App();
    const stack = new cdk.Stack(app, 'Cdk', { env: { account: ACCOUNT, region: 'us-east-1' } });
    new cdkSfn.StateMachine(stack, 'SM', {
      stateMachineName: 'enc',
      definitionBody: cdkSfn.DefinitionBody.fromChainable(new cdkSfn.Pass(stack, 'P')),
      logs: { destination: cdkLogs.LogGroup.fromLogGroupArn(stack, 'Logs', LOG_GROUP), level: cdkSfn.LogLevel.ALL },
      encryptionConfiguration: new cdkSfn.CustomerManagedEncryptionConfiguration(cdkKms.Key.fromKeyArn(stack, 'Key', KEY)),
    });
    const template = app.synth().getStackByName('Cdk').template;
    const theirs = Object.values<any>(template.Resources).filter((r) => r.Type === 'AWS::IAM::Policy').flatMap((p) => evaluateCfn(p.Properties.PolicyDocument.Statement));

    const ourStack = newStack();
    new sfn.StateMachine(ourStack, 'SM', {
      stateMachineName: 'enc',
      definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(ourStack, 'P')),
      logs: { destination: { arn: LOG_GROUP }, level: sfn.LogLevel.ALL },
      encryptionConfiguration: new sfn.CustomerManagedEncryptionConfiguration({ arn: KEY }),
    });
    const ours = JSON.parse(JSON.stringify(synthMachine(ourStack).statements)
      .replace(/\$\{data\.aws_partition\.[^}]+\}/g, 'aws')
      .replace(/\$\{data\.aws_region\.[^}]+\}/g, 'us-east-1')
      .replace(/\$\{data\.aws_caller_identity\.[^}]+\}/g, ACCOUNT));
    expect(kmsOnly(ours)).toEqual(kmsOnly(theirs));
    expect(kmsOnly(ours)).toContainEqual({ Effect: 'Allow', Action: 'kms:GenerateDataKey', Resource: KEY, Condition: { StringEquals: { 'kms:EncryptionContext:SourceArn': `arn:aws:logs:us-east-1:${ACCOUNT}:*` } } });
  });
});

describe('where we render differently from aws-cdk-lib 2.276 on purpose (docs/DIFFERENCES.md)', () => {
  const QUALIFIED = `${FN}:live`;

  test('a task inside a Parallel of a JSONata state machine renders Arguments, not Parameters', () => {
    const build = { queryLanguage: sfn.QueryLanguage.JSONATA };
    const ours = ourDefinition((s) => new sfn.Parallel(s, 'Par')
      .branch(new tasks.LambdaInvoke(s, 'Invoke', { lambdaFunction: { arn: FN }, payload: sfn.TaskInput.fromObject({ a: 1 }) })), build);
    const theirs = cdkDefinition((s) => new cdkSfn.Parallel(s, 'Par')
      .branch(new cdkTasks.LambdaInvoke(s, 'Invoke', { lambdaFunction: cdkFn(s), payload: cdkSfn.TaskInput.fromObject({ a: 1 }) })), { queryLanguage: cdkSfn.QueryLanguage.JSONATA });
    const task = (d: any) => d.States.Par.Branches[0].States.Invoke;
    expect(task(theirs).Parameters).toEqual({ FunctionName: FN, Payload: { a: 1 } });
    expect(task(theirs).Arguments).toBeUndefined();
    expect(task(ours).Arguments).toEqual({ FunctionName: FN, Payload: { a: 1 } });
    expect(task(ours).Parameters).toBeUndefined();
  });

  test('a null in a JSONata item selector is kept', () => {
    const ours = ourDefinition((s) => sfn.Map.jsonata(s, 'Each', { items: sfn.ProvideItems.jsonata('{% [1] %}'), itemSelector: { a: null, b: 1 } })
      .itemProcessor(new sfn.Pass(s, 'Item')), { queryLanguage: sfn.QueryLanguage.JSONATA });
    const theirs = cdkDefinition((s) => cdkSfn.Map.jsonata(s, 'Each', { items: cdkSfn.ProvideItems.jsonata('{% [1] %}'), itemSelector: { a: null, b: 1 } })
      .itemProcessor(new cdkSfn.Pass(s, 'Item')), { queryLanguage: cdkSfn.QueryLanguage.JSONATA });
    expect(theirs.States.Each.ItemSelector).toEqual({ b: 1 });
    expect(ours.States.Each.ItemSelector).toEqual({ a: null, b: 1 });
  });

  test('a qualified Lambda ARN is granted as it is, without a `:*` suffix', () => {
    const ours = ourGrants((s) => new tasks.LambdaInvoke(s, 'Invoke', { lambdaFunction: { arn: QUALIFIED } }));
    const theirs = cdkGrants((s) => new cdkTasks.LambdaInvoke(s, 'Invoke', { lambdaFunction: cdkLambda.Function.fromFunctionArn(s, 'Fn', QUALIFIED) }));
    expect(theirs).toEqual([`lambda:InvokeFunction ${QUALIFIED}`, `lambda:InvokeFunction ${QUALIFIED}:*`]);
    expect(ours).toEqual([`lambda:InvokeFunction ${QUALIFIED}`]);
  });
});
