import { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table';
import type { Construct } from 'constructs';
import { sfn, tasks } from '../../src';
import { ExampleStack } from './common';

/** The DynamoDB examples of the aws-cdk README, ported: put, get, update and delete an item. */
export class DynamoStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const table = new DynamodbTable(this, 'Messages', {
      name: 'example-messages',
      billingMode: 'PAY_PER_REQUEST',
      hashKey: 'MessageId',
      attribute: [{ name: 'MessageId', type: 'S' }],
    });
    const messageId = tasks.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.messageId'));

    const put = new tasks.DynamoPutItem(this, 'Put message', {
      table,
      item: {
        MessageId: messageId,
        Text: tasks.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.text')),
        TotalCount: tasks.DynamoAttributeValue.fromNumber(0),
      },
      conditionExpression: 'attribute_not_exists(MessageId)',
      resultPath: sfn.JsonPath.DISCARD,
    });
    const update = new tasks.DynamoUpdateItem(this, 'Count view', {
      table,
      key: { MessageId: messageId },
      updateExpression: 'SET TotalCount = TotalCount + :one',
      expressionAttributeValues: { ':one': tasks.DynamoAttributeValue.fromNumber(1) },
      returnValues: tasks.DynamoReturnValues.UPDATED_NEW,
      resultPath: '$.updated',
    });
    const get = new tasks.DynamoGetItem(this, 'Get message', {
      table,
      key: { MessageId: messageId },
      consistentRead: true,
      projectionExpression: [new tasks.DynamoProjectionExpression().withAttribute('Text'), new tasks.DynamoProjectionExpression().withAttribute('TotalCount')],
      resultSelector: { text: sfn.JsonPath.stringAt('$.Item.Text.S') },
      resultPath: '$.message',
    });
    const remove = new tasks.DynamoDeleteItem(this, 'Delete message', {
      table,
      key: { MessageId: messageId },
      resultPath: sfn.JsonPath.DISCARD,
    });

    new sfn.StateMachine(this, 'MessageFlow', {
      definitionBody: sfn.DefinitionBody.fromChainable(put.next(update).next(get).next(remove)),
    });
  }
}
