import { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table';
import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { newStack, renderState } from '../../util/synth';
import { integrationArn, machineOf } from '../util';

const { DynamoAttributeValue: V } = tasks;

describe('DynamoUpdateItem', () => {
  let stack: TerraformStack;
  let table: DynamodbTable;
  beforeEach(() => {
    stack = newStack();
    table = new DynamodbTable(stack, 'Table', { name: 'my-table', hashKey: 'pk', attribute: [{ name: 'pk', type: 'S' }], billingMode: 'PAY_PER_REQUEST' });
  });

  test('renders every parameter', () => {
    const task = new tasks.DynamoUpdateItem(stack, 'Update', {
      table,
      key: { pk: V.fromString('a') },
      conditionExpression: 'attribute_exists(pk)',
      expressionAttributeNames: { '#c': 'count' },
      expressionAttributeValues: { ':one': V.fromNumber(1), ':tags': V.listFromJsonPath('$.tags') },
      returnConsumedCapacity: tasks.DynamoConsumedCapacity.TOTAL,
      returnItemCollectionMetrics: tasks.DynamoItemCollectionMetrics.SIZE,
      returnValues: tasks.DynamoReturnValues.UPDATED_NEW,
      updateExpression: 'SET #c = #c + :one, tags = :tags',
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      Resource: integrationArn('dynamodb:updateItem'),
      Parameters: {
        Key: { pk: { S: 'a' } },
        TableName: '${aws_dynamodb_table.Table.name}',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#c': 'count' },
        ExpressionAttributeValues: { ':one': { N: '1' }, ':tags': { 'L.$': '$.tags' } },
        ReturnConsumedCapacity: 'TOTAL',
        ReturnItemCollectionMetrics: 'SIZE',
        ReturnValues: 'UPDATED_NEW',
        UpdateExpression: 'SET #c = #c + :one, tags = :tags',
      },
      End: true,
    });
  });

  test.each(Object.values(tasks.DynamoReturnValues))('accepts returnValues %s', (returnValues) => {
    expect(renderState(new tasks.DynamoUpdateItem(stack, 'Update', { table, key: { pk: V.fromString('a') }, returnValues })).Parameters.ReturnValues).toBe(returnValues);
  });

  test('IAM: dynamodb:UpdateItem on the table ARN', () => {
    const m = machineOf(stack, new tasks.DynamoUpdateItem(stack, 'Update', { table, key: { pk: V.fromString('a') }, updateExpression: 'SET a = :a', expressionAttributeValues: { ':a': V.fromNull(true) } }));
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'dynamodb:UpdateItem', Resource: '${aws_dynamodb_table.Table.arn}' }]);
  });

  test('jsonata() renders Arguments', () => {
    const task = tasks.DynamoUpdateItem.jsonata(stack, 'Update', { table, key: { pk: V.fromString('a') }, updateExpression: 'SET b = :b', expressionAttributeValues: { ':b': V.booleanFromJsonata('{% $states.input.b %}') } });
    expect(renderState(task)).toMatchObject({ QueryLanguage: 'JSONata', Arguments: { ExpressionAttributeValues: { ':b': { BOOL: '{% $states.input.b %}' } } } });
  });

  test('fails when the pattern is RUN_JOB', () => {
    expect(() => new tasks.DynamoUpdateItem(stack, 'Update', { table, key: { pk: V.fromString('a') }, integrationPattern: sfn.IntegrationPattern.RUN_JOB }))
      .toThrow(/'integrationPattern' RUN_JOB is not supported/);
  });

  test('fails when the key is empty', () => {
    expect(() => new tasks.DynamoUpdateItem(stack, 'Update', { table, key: {} })).toThrow(/'key' must name the partition key/);
  });

  test('fails when a JsonPath reference is concatenated in the key', () => {
    expect(() => new tasks.DynamoUpdateItem(stack, 'Update', { table, key: { pk: V.fromString(`a#${sfn.JsonPath.stringAt('$.id')}`) } }))
      .toThrow(/test\/Update: 'key'.pk.S: a JsonPath reference must be the whole string/);
  });
});
