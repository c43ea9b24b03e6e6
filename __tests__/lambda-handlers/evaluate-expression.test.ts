// The EvaluateExpression handler, run locally with node on the events Step Functions sends it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { handler, bindPaths, lookUp } = require('../../lambda-handlers/evaluate-expression');

describe('evaluate-expression handler', () => {
  test('JSONPath event: the values Step Functions picked out of the input', async () => {
    await expect(handler({ expression: '$.a + $.b', expressionAttributeValues: { '$.a': 1, '$.b': 2 } })).resolves.toBe(3);
    await expect(handler({ expression: 'Math.max(...$.list)', expressionAttributeValues: { '$.list': [1, 5, 2] } })).resolves.toBe(5);
  });

  test('the template literal of the README', async () => {
    const expression = '`Now waiting ${$.waitSeconds} seconds...`';
    await expect(handler({ expression, expressionAttributeValues: { '$.waitSeconds': 5 } })).resolves.toBe('Now waiting 5 seconds...');
  });

  test('JSONata event: the paths are looked up in the whole input', async () => {
    const input = { items: [{ n: 1 }, { n: 4 }], 'a-b': 2, rows: [[7]] };
    await expect(handler({ expression: '$.items[1].n * $.a-b', input })).resolves.toBe(8);
    await expect(handler({ expression: '$.rows[0][0]', input })).resolves.toBe(7);
    expect(lookUp(input, '$.items')).toEqual(input.items);
  });

  test('a value is data, never code', async () => {
    const attack = '1); globalThis.hacked = true; (1';
    await expect(handler({ expression: '$.x', expressionAttributeValues: { '$.x': attack } })).resolves.toBe(attack);
    await expect(handler({ expression: 'typeof $.x', input: { x: '`${process.exit(1)}`' } })).resolves.toBe('string');
    expect((globalThis as any).hacked).toBeUndefined();
    expect(bindPaths('$.a + $.b + $.a')).toEqual({ code: '__values[0] + __values[1] + __values[0]', paths: ['$.a', '$.b'] });
  });

  test('statements evaluate to their last value, as with eval', async () => {
    await expect(handler({ expression: 'const t = $.a * 2; t + 1', input: { a: 3 } })).resolves.toBe(7);
  });

  test('an invalid expression fails with a SyntaxError', async () => {
    await expect(handler({ expression: '$.a +', input: { a: 1 } })).rejects.toThrow(SyntaxError);
  });

  test('an expression that throws fails with its error', async () => {
    await expect(handler({ expression: 'null.x', input: {} })).rejects.toThrow(TypeError);
  });

  test('a missing path fails with ExpressionPathError', async () => {
    await expect(handler({ expression: '$.zz', input: { a: 1 } })).rejects.toMatchObject({ name: 'ExpressionPathError', message: 'The path $.zz was not found in the state input' });
    await expect(handler({ expression: '$.a[3]', input: { a: [1] } })).rejects.toMatchObject({ name: 'ExpressionPathError' });
    await expect(handler({ expression: '$.zz', expressionAttributeValues: {} })).rejects.toMatchObject({ name: 'ExpressionPathError', message: 'No value was passed for the path $.zz' });
    expect(() => lookUp({ a: 1 }, '$.a[b]')).toThrow(/only .name and \[index\] steps/);
  });

  test('an event without an expression is refused', async () => {
    await expect(handler({})).rejects.toThrow(/string 'expression'/);
  });
});
