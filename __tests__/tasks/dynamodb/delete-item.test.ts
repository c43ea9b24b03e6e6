import { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table';
import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { newStack, renderState } from '../../util/synth';
import { integrationArn, machineOf } from '../util';

const { DynamoAttributeValue: V } = tasks;

describe('DynamoDeleteItem', () => {
  let stack: TerraformStack;
  let table: DynamodbTable;
  beforeEach(() => {
    stack = newStack();
    table = new DynamodbTable(stack, 'Table', { name: 'my-table', hashKey: 'pk', attribute: [{ name: 'pk', type: 'S' }], billingMode: 'PAY_PER_REQUEST' });
  });

  test('renders every parameter', () => {
    const task = new tasks.DynamoDeleteItem(stack, 'Delete', {
      table,
      key: { pk: V.fromString(sfn.JsonPath.stringAt('$.id')) },
      conditionExpression: 'attribute_exists(#s)',
      expressionAttributeNames: { '#s': 'status' },
      expressionAttributeValues: { ':v': V.fromBoolean(true) },
      returnConsumedCapacity: tasks.DynamoConsumedCapacity.NONE,
      returnItemCollectionMetrics: tasks.DynamoItemCollectionMetrics.NONE,
      returnValues: tasks.DynamoReturnValues.ALL_OLD,
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      Resource: integrationArn('dynamodb:deleteItem'),
      Parameters: {
        Key: { pk: { 'S.$': '$.id' } },
        TableName: '${aws_dynamodb_table.Table.name}',
        ConditionExpression: 'attribute_exists(#s)',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':v': { BOOL: true } },
        ReturnConsumedCapacity: 'NONE',
        ReturnItemCollectionMetrics: 'NONE',
        ReturnValues: 'ALL_OLD',
      },
      End: true,
    });
  });

  test('IAM: dynamodb:DeleteItem on the table ARN', () => {
    const m = machineOf(stack, new tasks.DynamoDeleteItem(stack, 'Delete', { table, key: { pk: V.fromString('a') } }));
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'dynamodb:DeleteItem', Resource: '${aws_dynamodb_table.Table.arn}' }]);
  });

  test('jsonata() renders Arguments, jsonPath() Parameters', () => {
    expect(renderState(tasks.DynamoDeleteItem.jsonata(stack, 'A', { table, key: { pk: V.fromString('{% $states.input.id %}') } }))).toMatchObject({ Arguments: { Key: { pk: { S: '{% $states.input.id %}' } } } });
    expect(renderState(tasks.DynamoDeleteItem.jsonPath(stack, 'B', { table, key: { pk: V.fromString('x') } }))).toMatchObject({ Parameters: { Key: { pk: { S: 'x' } } } });
  });

  test('fails when the pattern is WAIT_FOR_TASK_TOKEN', () => {
    expect(() => new tasks.DynamoDeleteItem(stack, 'Delete', { table, key: { pk: V.fromString('a') }, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow(/'integrationPattern' WAIT_FOR_TASK_TOKEN is not supported/);
  });

  test('fails when returnValues is ALL_NEW', () => {
    expect(() => new tasks.DynamoDeleteItem(stack, 'Delete', { table, key: { pk: V.fromString('a') }, returnValues: tasks.DynamoReturnValues.ALL_NEW }))
      .toThrow(/'returnValues' of DeleteItem must be/);
  });

  test('fails when the key is empty', () => {
    expect(() => new tasks.DynamoDeleteItem(stack, 'Delete', { table, key: {} })).toThrow(/'key' must name the partition key/);
  });
});
