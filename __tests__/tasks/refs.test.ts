// The provider's resources and our constructs satisfy the reference structs (checked by tsc on this
// file) and work as task inputs.
import { DataAwsDynamodbTable } from '@cdktf/provider-aws/lib/data-aws-dynamodb-table';
import { DataAwsLambdaFunction } from '@cdktf/provider-aws/lib/data-aws-lambda-function';
import { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table';
import { LambdaAlias } from '@cdktf/provider-aws/lib/lambda-alias';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { SfnActivity } from '@cdktf/provider-aws/lib/sfn-activity';
import { SfnStateMachine } from '@cdktf/provider-aws/lib/sfn-state-machine';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { sfn, tasks } from '../../src';
import { newStack, synth } from '../util/synth';

describe('reference structs', () => {
  test('provider resources, our constructs and literals are accepted', () => {
    const stack = newStack();
    const fn = new LambdaFunction(stack, 'Fn', { functionName: 'f', role: 'r' });
    const lambdas: tasks.LambdaFunctionRef[] = [
      fn,
      new LambdaAlias(stack, 'Alias', { functionName: 'f', functionVersion: '1', name: 'live' }),
      new DataAwsLambdaFunction(stack, 'Existing', { functionName: 'existing' }),
      { arn: 'arn:aws:lambda:us-east-1:123456789012:function:lit' },
    ];
    const tables: tasks.DynamoTableRef[] = [
      new DynamodbTable(stack, 'Table', { name: 't', hashKey: 'pk', attribute: [{ name: 'pk', type: 'S' }], billingMode: 'PAY_PER_REQUEST' }),
      new DataAwsDynamodbTable(stack, 'ExistingTable', { name: 'e' }),
      { name: 'lit', arn: 'arn:aws:dynamodb:us-east-1:123456789012:table/lit' },
    ];
    const topics: tasks.SnsTopicRef[] = [new SnsTopic(stack, 'Topic', { name: 'topic' }), { arn: 'arn:aws:sns:us-east-1:123456789012:lit' }];
    const queues: tasks.SqsQueueRef[] = [new SqsQueue(stack, 'Queue', { name: 'q' }), { url: 'https://sqs.us-east-1.amazonaws.com/123456789012/lit', arn: 'arn:aws:sqs:us-east-1:123456789012:lit' }];
    const machines: tasks.StateMachineRef[] = [
      new SfnStateMachine(stack, 'Child', { name: 'child', roleArn: 'arn:aws:iam::123456789012:role/r', definition: JSON.stringify({ StartAt: 'S', States: { S: { Type: 'Succeed' } } }) }),
      new sfn.StateMachine(stack, 'Ours', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Succeed(stack, 'OursDone')) }),
      { arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:lit', name: 'lit' },
    ];
    const activities: tasks.ActivityRef[] = [
      new SfnActivity(stack, 'Activity', { name: 'a' }),
      new sfn.Activity(stack, 'OurActivity'),
      { arn: 'arn:aws:states:us-east-1:123456789012:activity:lit', name: 'lit' },
    ];

    let chain = sfn.Chain.start(new sfn.Pass(stack, 'Start'));
    let i = 0;
    const add = (state: sfn.TaskStateBase) => { chain = chain.next(state); };
    for (const lambdaFunction of lambdas) add(new tasks.LambdaInvoke(stack, `L${i++}`, { lambdaFunction }));
    for (const table of tables) add(new tasks.DynamoGetItem(stack, `D${i++}`, { table, key: { pk: tasks.DynamoAttributeValue.fromString('a') } }));
    for (const topic of topics) add(new tasks.SnsPublish(stack, `T${i++}`, { topic, message: sfn.TaskInput.fromText('m') }));
    for (const queue of queues) add(new tasks.SqsSendMessage(stack, `Q${i++}`, { queue, messageBody: sfn.TaskInput.fromText('m') }));
    for (const stateMachine of machines) add(new tasks.StepFunctionsStartExecution(stack, `S${i++}`, { stateMachine }));
    for (const activity of activities) add(new tasks.StepFunctionsInvokeActivity(stack, `A${i++}`, { activity }));
    new sfn.StateMachine(stack, 'Main', { definitionBody: sfn.DefinitionBody.fromChainable(chain) });

    const main = synth(stack).machines.find((m) => m.definition.States.Start)!;
    expect(Object.keys(main.definition.States)).toHaveLength(1 + i);
    expect(main.definition.States.L2.Parameters.FunctionName).toBe('${data.aws_lambda_function.Existing.arn}');
    expect(main.definition.States.D5.Parameters.TableName).toBe('${data.aws_dynamodb_table.ExistingTable.name}');
    const actions = main.statements.flatMap((s) => [s.Action].flat());
    expect(new Set(actions)).toEqual(new Set(['lambda:InvokeFunction', 'dynamodb:GetItem', 'sns:Publish', 'sqs:SendMessage', 'states:StartExecution']));
  });
});
