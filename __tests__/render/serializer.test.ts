import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { Fn, Lazy, TerraformVariable, Token } from 'cdktf';
import { Duration, iam, sfn } from '../../src';
import { escapeHclLiteral, guardTrailingMarks } from '../../src/render/hcl-text';
import { resolveTemplate } from '../../src/render/serializer';
import { standaloneContext } from '../../src/core/cdktf';
import { templateLengthEstimator } from '../../src/iam/reference-length';
import { newStack, synthMachine } from '../util/synth';

// Text that breaks naive serializers: Terraform template syntax, JSON escapes, control characters,
// non-ASCII and astral characters.
const HOSTILE = [
  '${$.x}', '$${already}', '%{ if x }', '%%{ y }', 'a"b', 'back\\slash', '\\${', 'line\nbreak', 'tab\there',
  'cr\rhere', 'nul\u0000bell\u0007', 'back\bspace form\ffeed', '\\b not a backspace', '<html>', 'ünïcødé ✓ 😀', '}{', '"${"', '$', '%', '$$', '{%  $states.input %}',
];

describe('serializer', () => {
  test('hostile literal text reaches AWS unchanged, in keys and values', () => {
    const stack = newStack();
    const result: Record<string, unknown> = {};
    HOSTILE.forEach((s, i) => {
      result[`v${i}`] = s;
      result[s] = i;
    });
    const pass = new sfn.Pass(stack, 'P', { result: sfn.Result.fromObject(result), comment: HOSTILE.join('|') });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(pass) });
    const m = synthMachine(stack);
    expect(m.definition.States.P.Result).toEqual(result);
    expect(m.definition.States.P.Comment).toBe(HOSTILE.join('|'));
  });

  test('references stay Terraform expressions, also when their expression holds quotes and braces', () => {
    const stack = newStack();
    const fn = new LambdaFunction(stack, 'Fn', { functionName: 'f', role: 'r' });
    const names = new TerraformVariable(stack, 'names', { type: 'map(string)' });
    const quoted = Fn.lookup(names.value, 'k}{', 'default');
    const pass = new sfn.Pass(stack, 'P', {
      parameters: { whole: fn.arn, mixed: `arn:${fn.arn}:*`, quoted, mixedQuoted: `pre-${quoted}-"post"-\${lit}` },
    });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(pass) });
    const m = synthMachine(stack);
    expect(m.definition.States.P.Parameters).toEqual({
      whole: '${aws_lambda_function.Fn.arn}',
      mixed: 'arn:${aws_lambda_function.Fn.arn}:*',
      quoted: '${lookup(var.names, "k}{", "default")}',
      mixedQuoted: 'pre-${lookup(var.names, "k}{", "default")}-"post"-${lit}',
    });
    // the raw attribute keeps the lookup as an expression with its own quotes un-escaped
    expect(m.resource.definition).toContain('(lookup(var.names, "k}{", "default"))');
  });

  test('number and boolean tokens stay numbers in number positions', () => {
    const stack = newStack();
    const seconds = new TerraformVariable(stack, 'seconds', { type: 'number' });
    const wait = new sfn.Wait(stack, 'W', { time: sfn.WaitTime.duration(Duration.seconds(seconds.numberValue)) });
    const pass = new sfn.Pass(stack, 'P', { result: sfn.Result.fromObject({ n: Token.asNumber(7), flag: seconds.numberValue }) });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(wait.next(pass)), timeout: Duration.minutes(seconds.numberValue) });
    const m = synthMachine(stack);
    expect(m.resource.definition).toMatch(/"Seconds":var\.seconds[,}]/);
    expect(m.resource.definition).toMatch(/"TimeoutSeconds":\(var\.seconds \* 60\)/);
    expect(m.definition.States.P.Result.n).toBe(7);
  });

  test('list tokens are written as lists', () => {
    const stack = newStack();
    const ids = new TerraformVariable(stack, 'ids', { type: 'list(string)' });
    const pass = new sfn.Pass(stack, 'P', { result: sfn.Result.fromObject({ ids: ids.listValue }) });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(pass) });
    const m = synthMachine(stack);
    expect(m.resource.definition).toContain('"ids":var.ids');
  });

  test('non-finite numbers are refused', () => {
    const stack = newStack();
    const pass = new sfn.Pass(stack, 'P', { result: sfn.Result.fromNumber(Infinity) });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(pass) });
    expect(() => synthMachine(stack)).toThrow(/cannot serialize the number Infinity/);
  });

  test('a reference is exact next to escaped quotes, as an object key, and inside lists and lazy values', () => {
    const stack = newStack();
    const fn = new LambdaFunction(stack, 'Fn', { functionName: 'f', role: 'r' });
    const lazy = Lazy.anyValue({ produce: () => ({ nested: [fn.arn, 1, true] }) });
    const pass = new sfn.Pass(stack, 'P', {
      result: sfn.Result.fromObject({
        quoted: `say "${fn.arn}"`,
        afterQuote: `"${fn.arn}`,
        [fn.arn]: 'key',
        [`pre-${fn.arn}`]: 'partial key',
        list: [fn.arn, `${fn.arn}:*`, '<not a token>'],
        lazy,
        lazyInList: [lazy],
      }),
    });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(pass) });
    const arn = '${aws_lambda_function.Fn.arn}';
    expect(synthMachine(stack).definition.States.P.Result).toEqual({
      quoted: `say "${arn}"`,
      afterQuote: `"${arn}`,
      [arn]: 'key',
      [`pre-${arn}`]: 'partial key',
      list: [arn, `${arn}:*`, '<not a token>'],
      lazy: { nested: [arn, 1, true] },
      lazyInList: [{ nested: [arn, 1, true] }],
    });
  });

  test('a literal $ or % right before a reference reaches AWS, in definitions and policies', () => {
    const stack = newStack();
    const fn = new LambdaFunction(stack, 'Fn', { functionName: 'f', role: 'r' });
    const v = new TerraformVariable(stack, 'price', { type: 'string' }).stringValue;
    const pass = new sfn.Pass(stack, 'P', {
      result: sfn.Result.fromObject({
        one: `price: $${v}`, two: `$$${v}`, three: `$$$${v}`, percent: `%${v}`, mixed: `$%$${v}`, backslash: `\\$${v}`,
        adjacent: `${v}$${fn.arn}`, tail: `${v}$`, tailLiteral: `${v}$\{x}`, [`key $${v}`]: 'key',
      }),
    });
    const params = new sfn.Pass(stack, 'Q', { parameters: { amount: `USD $${v}`, fn: `$${fn.arn}` } });
    const machine = new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(pass.next(params)) });
    machine.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [`arn:aws:s3:::bucket-$${v}/*`] }));
    const m = synthMachine(stack);
    const price = '${var.price}';
    const arn = '${aws_lambda_function.Fn.arn}';
    expect(m.definition.States.P.Result).toEqual({
      one: `price: $${price}`, two: `$$${price}`, three: `$$$${price}`, percent: `%${price}`, mixed: `$%$${price}`, backslash: `\\$${price}`,
      adjacent: `${price}$${arn}`, tail: `${price}$`, tailLiteral: `${price}$\{x}`, [`key $${price}`]: 'key',
    });
    expect(m.definition.States.Q.Parameters).toEqual({ amount: `USD $${price}`, fn: `$${arn}` });
    expect(m.statements).toContainEqual({ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::bucket-$${price}/*` });
  });

  test('resolveTemplate writes literal text as template source and guards a $ before a reference', () => {
    const stack = newStack();
    const v = new TerraformVariable(stack, 'x', { type: 'string' }).stringValue;
    const resolved = new Map();
    const ctx = standaloneContext(stack);
    expect(resolveTemplate(`a-$${v}`, ctx, resolved)).toBe('a-${"$"}${var.x}');
    expect(resolveTemplate(`\${lit} %{d} ${v}$`, ctx, resolved)).toBe('$${lit} %%{d} ${var.x}$');
    expect(resolveTemplate(`${v}$${v}`, ctx, resolved)).toBe('${var.x}${"$"}${var.x}');
    expect(resolveTemplate('plain \${x}', ctx, resolved)).toBe('plain $${x}');
  });

  test('the length estimate reads the escapes resolveTemplate writes', () => {
    const estimate = templateLengthEstimator(newStack());
    expect(estimate('a$${x}')).toBe('a${x}'.length);
    expect(estimate('a$$${x}')).toBe('a$${x}'.length);
    expect(estimate('price ${"$"}')).toBe('price $'.length);
  });

  test('guardTrailingMarks writes a trailing run of $ and % as an interpolated string', () => {
    expect(guardTrailingMarks('a$')).toBe('a${"$"}');
    expect(guardTrailingMarks('a$%$')).toBe('a${"$%$"}');
    expect(guardTrailingMarks('a$b')).toBe('a$b');
    expect(guardTrailingMarks('')).toBe('');
  });

  test('escapeHclLiteral escapes every template and string metacharacter', () => {
    expect(escapeHclLiteral('${a} %{b} "c" \\d \n')).toBe('$${a} %%{b} \\"c\\" \\\\d \\n');
    expect(escapeHclLiteral('$${x}')).toBe('$$${x}');
    expect(escapeHclLiteral('\u0001')).toBe('\\u0001');
  });
});
