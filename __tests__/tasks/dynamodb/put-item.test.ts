import { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table';
import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { newStack, renderState } from '../../util/synth';
import { integrationArn, machineOf } from '../util';

const { DynamoAttributeValue: V } = tasks;

describe('DynamoPutItem', () => {
  let stack: TerraformStack;
  let table: DynamodbTable;
  beforeEach(() => {
    stack = newStack();
    table = new DynamodbTable(stack, 'Table', { name: 'my-table', hashKey: 'pk', attribute: [{ name: 'pk', type: 'S' }], billingMode: 'PAY_PER_REQUEST' });
  });

  test('renders every parameter (G.7, with ReturnValues ALL_OLD)', () => {
    const task = new tasks.DynamoPutItem(stack, 'PutItem', {
      table,
      item: { SOME_KEY: V.fromString('1234') },
      conditionExpression: 'ForumName <> :f and Subject <> :s',
      expressionAttributeNames: { OTHER_KEY: '#OK' },
      expressionAttributeValues: {
        ':val': V.numberFromString(sfn.JsonPath.stringAt('$.Item.TotalCount.N')),
        ':bool': V.booleanFromJsonPath(sfn.JsonPath.stringAt('$.Item.flag')),
      },
      returnConsumedCapacity: tasks.DynamoConsumedCapacity.TOTAL,
      returnItemCollectionMetrics: tasks.DynamoItemCollectionMetrics.SIZE,
      returnValues: tasks.DynamoReturnValues.ALL_OLD,
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      Resource: integrationArn('dynamodb:putItem'),
      Parameters: {
        Item: { SOME_KEY: { S: '1234' } },
        TableName: '${aws_dynamodb_table.Table.name}',
        ConditionExpression: 'ForumName <> :f and Subject <> :s',
        ExpressionAttributeNames: { OTHER_KEY: '#OK' },
        ExpressionAttributeValues: { ':val': { 'N.$': '$.Item.TotalCount.N' }, ':bool': { 'BOOL.$': '$.Item.flag' } },
        ReturnConsumedCapacity: 'TOTAL',
        ReturnItemCollectionMetrics: 'SIZE',
        ReturnValues: 'ALL_OLD',
      },
      End: true,
    });
  });

  test('IAM: dynamodb:PutItem on the table ARN', () => {
    const m = machineOf(stack, new tasks.DynamoPutItem(stack, 'PutItem', { table, item: { pk: V.fromString('a') } }));
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'dynamodb:PutItem', Resource: '${aws_dynamodb_table.Table.arn}' }]);
    expect(m.definition.States.PutItem.Parameters).toEqual({ Item: { pk: { S: 'a' } }, TableName: '${aws_dynamodb_table.Table.name}' });
  });

  test('jsonata() renders Arguments', () => {
    const task = tasks.DynamoPutItem.jsonata(stack, 'PutItem', { table, item: { pk: V.fromString('{% $states.input.id %}'), m: V.mapFromJsonata('{% $states.input.m %}') } });
    expect(renderState(task)).toMatchObject({
      QueryLanguage: 'JSONata',
      Arguments: { Item: { pk: { S: '{% $states.input.id %}' }, m: { M: '{% $states.input.m %}' } }, TableName: '${aws_dynamodb_table.Table.name}' },
    });
  });

  test('jsonPath() renders Parameters', () => {
    const task = tasks.DynamoPutItem.jsonPath(stack, 'PutItem', { table, item: { pk: V.fromString(sfn.JsonPath.stringAt('$.id')) } });
    expect(renderState(task).Parameters.Item).toEqual({ pk: { 'S.$': '$.id' } });
  });

  test('accepts REQUEST_RESPONSE explicitly', () => {
    const task = new tasks.DynamoPutItem(stack, 'PutItem', { table, item: { pk: V.fromString('a') }, integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE });
    expect(renderState(task).Resource).toBe(integrationArn('dynamodb:putItem'));
  });

  test.each([sfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN])('fails when the pattern is %s', (integrationPattern) => {
    expect(() => new tasks.DynamoPutItem(stack, 'PutItem', { table, item: { pk: V.fromString('a') }, integrationPattern }))
      .toThrow(new RegExp(`test/PutItem: 'integrationPattern' ${integrationPattern} is not supported`));
  });

  test.each([tasks.DynamoReturnValues.NONE, tasks.DynamoReturnValues.ALL_OLD])('accepts returnValues %s', (returnValues) => {
    expect(renderState(new tasks.DynamoPutItem(stack, 'PutItem', { table, item: { pk: V.fromString('a') }, returnValues })).Parameters.ReturnValues).toBe(returnValues);
  });

  test.each([tasks.DynamoReturnValues.ALL_NEW, tasks.DynamoReturnValues.UPDATED_OLD, tasks.DynamoReturnValues.UPDATED_NEW])('fails when returnValues is %s', (returnValues) => {
    expect(() => new tasks.DynamoPutItem(stack, 'PutItem', { table, item: { pk: V.fromString('a') }, returnValues }))
      .toThrow(new RegExp(`'returnValues' of PutItem must be DynamoReturnValues.NONE or DynamoReturnValues.ALL_OLD.*got ${returnValues}`));
  });

  test('fails when a JsonPath reference is in a string set', () => {
    expect(() => new tasks.DynamoPutItem(stack, 'PutItem', { table, item: { ss: V.fromStringSet(['a', sfn.JsonPath.stringAt('$.b')]) } }))
      .toThrow(/test\/PutItem: 'item'.ss.SS\[1\]: JsonPath references cannot be array elements/);
  });

  test('fails when a JsonPath reference is concatenated in an expression value', () => {
    expect(() => new tasks.DynamoPutItem(stack, 'PutItem', { table, item: { pk: V.fromString('a') }, expressionAttributeValues: { ':v': V.fromString(`x-${sfn.JsonPath.stringAt('$.b')}`) } }))
      .toThrow(/test\/PutItem: 'expressionAttributeValues'.:v.S: a JsonPath reference must be the whole string/);
  });

  test('a literal table struct', () => {
    const task = new tasks.DynamoPutItem(stack, 'PutItem', { table: { name: 'other', arn: 'arn:aws:dynamodb:eu-west-1:123456789012:table/other' }, item: { pk: V.fromString('a') } });
    const m = machineOf(stack, task);
    expect(m.statements[0].Resource).toBe('arn:aws:dynamodb:eu-west-1:123456789012:table/other');
    expect(m.definition.States.PutItem.Parameters.TableName).toBe('other');
  });
});
