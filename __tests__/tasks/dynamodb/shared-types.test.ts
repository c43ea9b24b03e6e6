import { TerraformVariable } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { resolveValue } from '../../../src/core/cdktf';
import { newStack } from '../../util/synth';

const { DynamoAttributeValue: V } = tasks;

describe('DynamoAttributeValue', () => {
  test.each([
    ['fromString', V.fromString('a'), { S: 'a' }],
    ['fromNumber', V.fromNumber(4.5), { N: '4.5' }],
    ['numberFromString', V.numberFromString('7'), { N: '7' }],
    ['fromBinary', V.fromBinary('AQI='), { B: 'AQI=' }],
    ['fromStringSet', V.fromStringSet(['a', 'b']), { SS: ['a', 'b'] }],
    ['fromNumberSet', V.fromNumberSet([1, 2.5]), { NS: ['1', '2.5'] }],
    ['numberSetFromStrings', V.numberSetFromStrings(['1', '2']), { NS: ['1', '2'] }],
    ['fromBinarySet', V.fromBinarySet(['AQ==']), { BS: ['AQ=='] }],
    ['fromMap', V.fromMap({ a: V.fromString('x'), b: V.fromBoolean(true) }), { M: { a: { S: 'x' }, b: { BOOL: true } } }],
    ['mapFromJsonata', V.mapFromJsonata('{% $states.input.m %}'), { M: '{% $states.input.m %}' }],
    ['fromList', V.fromList([V.fromString('x'), V.fromNull(true)]), { L: [{ S: 'x' }, { NULL: true }] }],
    ['listFromJsonata', V.listFromJsonata('{% $states.input.l %}'), { L: '{% $states.input.l %}' }],
    ['fromNull', V.fromNull(true), { NULL: true }],
    ['fromBoolean', V.fromBoolean(false), { BOOL: false }],
    ['booleanFromJsonata', V.booleanFromJsonata('{% $states.input.b %}'), { BOOL: '{% $states.input.b %}' }],
  ])('%s', (_name, value, expected) => {
    expect(value.toObject()).toEqual(expected);
    expect(value.attributeValue).toEqual(expected);
  });

  test.each([
    ['mapFromJsonPath', 'M', (p: string) => V.mapFromJsonPath(p)],
    ['listFromJsonPath', 'L', (p: string) => V.listFromJsonPath(p)],
    ['booleanFromJsonPath', 'BOOL', (p: string) => V.booleanFromJsonPath(p)],
  ])('%s renders a path from a plain string or a JsonPath token', (_name, key, make) => {
    expect(sfn.FieldUtils.renderObject(make('$.a').toObject())).toEqual({ [`${key}.$`]: '$.a' });
    expect(sfn.FieldUtils.renderObject(make(sfn.JsonPath.stringAt('$.b')).toObject())).toEqual({ [`${key}.$`]: '$.b' });
  });

  test.each([
    ['mapFromJsonPath', () => V.mapFromJsonPath('a.b')],
    ['listFromJsonPath', () => V.listFromJsonPath('list')],
    ['booleanFromJsonPath', () => V.booleanFromJsonPath('flag')],
  ])('fails when %s gets something that is not a path', (name, make) => {
    expect(make).toThrow(new RegExp(`DynamoAttributeValue.${name}\\(value\\) must be`));
  });

  test.each([
    ['mapFromJsonata', () => V.mapFromJsonata('$states.input')],
    ['listFromJsonata', () => V.listFromJsonata('{% x')],
    ['booleanFromJsonata', () => V.booleanFromJsonata('true')],
  ])('fails when %s gets something that is not a JSONata expression', (name, make) => {
    expect(make).toThrow(new RegExp(`DynamoAttributeValue.${name}\\(value\\) must be a JSONata expression`));
  });

  test('fromString and numberFromString keep JsonPath tokens for `.$` fields', () => {
    expect(sfn.FieldUtils.renderObject({ k: V.fromString(sfn.JsonPath.stringAt('$.s')).toObject() })).toEqual({ k: { 'S.$': '$.s' } });
    expect(sfn.FieldUtils.renderObject({ k: V.numberFromString(sfn.JsonPath.stringAt('$.n')).toObject() })).toEqual({ k: { 'N.$': '$.n' } });
    expect(sfn.FieldUtils.renderObject({ k: V.fromStringSet(sfn.JsonPath.listAt('$.ss')).toObject() })).toEqual({ k: { 'SS.$': '$.ss' } });
  });

  test('fromNumber keeps a Terraform number as a string reference', () => {
    const stack = newStack();
    const v = new TerraformVariable(stack, 'count', { type: 'number' });
    const n = V.fromNumber(v.numberValue).toObject().N;
    expect(typeof n).toBe('string');
    expect(resolveValue(stack, n)).toBe('${var.count}');
  });

  test('fails when fromNumber gets a JsonPath number', () => {
    expect(() => V.fromNumber(sfn.JsonPath.numberAt('$.n'))).toThrow(/fromNumber\(value\): a JsonPath number cannot be written/);
    expect(() => V.fromNumberSet([1, sfn.JsonPath.numberAt('$.n')])).toThrow(/fromNumberSet\(value\): a JsonPath number/);
  });
});

describe('DynamoProjectionExpression', () => {
  test('builds a nested path', () => {
    expect(new tasks.DynamoProjectionExpression().withAttribute('a').atIndex(1).withAttribute('b').toString()).toBe('a[1].b');
  });

  test('fails when it starts with an index', () => {
    expect(() => new tasks.DynamoProjectionExpression().atIndex(0)).toThrow(/must start with an attribute/);
  });

  test('fails when the index is not a non-negative integer', () => {
    expect(() => new tasks.DynamoProjectionExpression().withAttribute('a').atIndex(-1)).toThrow(/non-negative integer, got -1/);
    expect(() => new tasks.DynamoProjectionExpression().withAttribute('a').atIndex(1.5)).toThrow(/non-negative integer, got 1.5/);
  });
});

describe('Dynamo enums', () => {
  test('values are the API strings', () => {
    expect(Object.values(tasks.DynamoConsumedCapacity)).toEqual(['INDEXES', 'TOTAL', 'NONE']);
    expect(Object.values(tasks.DynamoItemCollectionMetrics)).toEqual(['SIZE', 'NONE']);
    expect(Object.values(tasks.DynamoReturnValues)).toEqual(['NONE', 'ALL_OLD', 'UPDATED_OLD', 'ALL_NEW', 'UPDATED_NEW']);
  });
});
