import { DataAwsDynamodbTable } from '@cdktf/provider-aws/lib/data-aws-dynamodb-table';
import { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table';
import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { newStack, renderState } from '../../util/synth';
import { integrationArn, machineOf } from '../util';

const { DynamoAttributeValue: V } = tasks;

describe('DynamoGetItem', () => {
  let stack: TerraformStack;
  let table: DynamodbTable;
  beforeEach(() => {
    stack = newStack();
    table = new DynamodbTable(stack, 'Table', { name: 'my-table', hashKey: 'pk', attribute: [{ name: 'pk', type: 'S' }], billingMode: 'PAY_PER_REQUEST' });
  });

  test('default settings: ConsistentRead is always written', () => {
    const task = new tasks.DynamoGetItem(stack, 'Get', { table, key: { pk: V.fromString('a') } });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      Resource: integrationArn('dynamodb:getItem'),
      Parameters: { Key: { pk: { S: 'a' } }, TableName: '${aws_dynamodb_table.Table.name}', ConsistentRead: false },
      End: true,
    });
  });

  test('renders every parameter', () => {
    const task = new tasks.DynamoGetItem(stack, 'Get', {
      table,
      key: { pk: V.fromString(sfn.JsonPath.stringAt('$.pk')), sk: V.fromNumber(3) },
      consistentRead: true,
      expressionAttributeNames: { '#n': 'name' },
      projectionExpression: [new tasks.DynamoProjectionExpression().withAttribute('#n'), new tasks.DynamoProjectionExpression().withAttribute('l').atIndex(0).withAttribute('x')],
      returnConsumedCapacity: tasks.DynamoConsumedCapacity.INDEXES,
    });
    expect(renderState(task).Parameters).toEqual({
      Key: { pk: { 'S.$': '$.pk' }, sk: { N: '3' } },
      TableName: '${aws_dynamodb_table.Table.name}',
      ConsistentRead: true,
      ExpressionAttributeNames: { '#n': 'name' },
      ProjectionExpression: '#n,l[0].x',
      ReturnConsumedCapacity: 'INDEXES',
    });
  });

  test('IAM: dynamodb:GetItem on the table ARN, also for a data source', () => {
    const existing = new DataAwsDynamodbTable(stack, 'Existing', { name: 'existing' });
    const a = new tasks.DynamoGetItem(stack, 'Get', { table, key: { pk: V.fromString('a') } });
    const b = new tasks.DynamoGetItem(stack, 'Get2', { table: existing, key: { pk: V.fromString('a') } });
    const m = machineOf(stack, a.next(b));
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: ['${aws_dynamodb_table.Table.arn}', '${data.aws_dynamodb_table.Existing.arn}'] }]);
  });

  test('jsonata() renders Arguments', () => {
    const task = tasks.DynamoGetItem.jsonata(stack, 'Get', { table, key: { pk: V.fromString('{% $states.input.id %}') } });
    expect(renderState(task)).toMatchObject({ QueryLanguage: 'JSONata', Arguments: { Key: { pk: { S: '{% $states.input.id %}' } }, ConsistentRead: false } });
    expect(renderState(task).Parameters).toBeUndefined();
  });

  test('jsonPath() renders Parameters', () => {
    const task = tasks.DynamoGetItem.jsonPath(stack, 'Get', { table, key: { pk: V.fromString('a') }, resultSelector: { item: sfn.JsonPath.objectAt('$.Item') } });
    expect(renderState(task)).toMatchObject({ Parameters: { Key: { pk: { S: 'a' } } }, ResultSelector: { 'item.$': '$.Item' } });
  });

  test.each([sfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN])('fails when the pattern is %s', (integrationPattern) => {
    expect(() => new tasks.DynamoGetItem(stack, 'Get', { table, key: { pk: V.fromString('a') }, integrationPattern }))
      .toThrow(/'integrationPattern' .* is not supported by this task; supported: REQUEST_RESPONSE/);
  });

  test('accepts a composite key', () => {
    expect(renderState(new tasks.DynamoGetItem(stack, 'Get', { table, key: { pk: V.fromString('a'), sk: V.fromString('b') } })).Parameters.Key).toEqual({ pk: { S: 'a' }, sk: { S: 'b' } });
  });

  test('fails when the key is empty', () => {
    expect(() => new tasks.DynamoGetItem(stack, 'Get', { table, key: {} })).toThrow(/test\/Get: 'key' must name the partition key.*got 0/);
  });

  test('fails when the key has more than two attributes', () => {
    expect(() => new tasks.DynamoGetItem(stack, 'Get', { table, key: { a: V.fromString('1'), b: V.fromString('2'), c: V.fromString('3') } }))
      .toThrow(/'key' must name the partition key.*got 3: a, b, c/);
  });

  test('fails when a JsonPath reference is in a key list', () => {
    expect(() => new tasks.DynamoGetItem(stack, 'Get', { table, key: { pk: V.fromList([V.fromString('a')]), sk: V.numberSetFromStrings([sfn.JsonPath.stringAt('$.n')]) } }))
      .toThrow(/'key'.sk.NS\[0\]: JsonPath references cannot be array elements/);
  });
});
