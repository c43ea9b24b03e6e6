// JSONata expressions are parsed with the jsonata package where they are given: a syntax error or an
// unbalanced `{% %}` fails at construction, naming the construct and the field.
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { TerraformVariable } from 'cdktf';
import type { Construct } from 'constructs';
import type * as Lib from '../../src';
import { sfn, tasks } from '../../src';
import { jsonataProblem } from '../../src/render/jsonata';
import { newStack, synthMachine } from '../util/synth';

describe('jsonataProblem', () => {
  test.each(['{% $x %}', '{% "50%}" %}', '{%$states.input%}', '{% $states.input.items[0].name & "-" & $string(1) %}', '{% {"a": [1, 2]} %}', 'not jsonata', '$.x', ''])('accepts %j', (text) => {
    expect(jsonataProblem(text)).toBeUndefined();
  });

  test.each([
    ['{% $x + %}', /is not a valid JSONata expression: Unexpected end of expression at character 8/],
    ['{% a %} b %}', /is not a valid JSONata expression: The symbol "}" cannot be used as a unary operator/],
    ['{% %}', /is not a valid JSONata expression: Unexpected end of expression/],
    ['{%%}', /is not a valid JSONata expression/],
    ['{% $x', /must be a JSONata expression wrapped in \{% %\}: it starts with '\{%' but does not end with '%\}'/],
    ['{%}', /does not end with '%\}'/],
    ['{% $x.( %}', /Expected "\)" before end of expression/],
  ])('refuses %j', (text, message) => {
    expect(jsonataProblem(text)).toMatch(message);
  });

  test('a Terraform reference inside an expression stands for a name', () => {
    const stack = newStack();
    const v = new TerraformVariable(stack, 'v', { type: 'string' });
    expect(jsonataProblem(`{% $states.input.x & '${v.stringValue}' %}`)).toBeUndefined();
    expect(jsonataProblem(`{% ${v.stringValue} + 1 %}`)).toBeUndefined();
    expect(jsonataProblem(`{% $states.input.${v.stringValue} %}`)).toBeUndefined();
    expect(jsonataProblem(`{% ${v.stringValue} + %}`)).toMatch(/Unexpected end of expression/);
  });
});

describe('JSONata expressions are checked where they are given', () => {
  const FN = { arn: 'arn:aws:lambda:us-east-1:123456789012:function:work' };
  const BAD = '{% $x + %}';

  test.each<[string, (s: Construct) => unknown, RegExp]>([
    ['Pass outputs', (s) => sfn.Pass.jsonata(s, 'S', { outputs: { a: { b: BAD } } }), /^test\/S: 'outputs'.a.b is not a valid JSONata expression/],
    ['Pass assign', (s) => sfn.Pass.jsonata(s, 'S', { assign: { v: BAD } }), /^test\/S: 'assign'.v is not a valid JSONata expression/],
    ['JSONPath assign', (s) => new sfn.Pass(s, 'S', { assign: { v: BAD } }), /^test\/S: 'assign'.v is not a valid JSONata expression/],
    ['task arguments', (s) => tasks.LambdaInvoke.jsonata(s, 'S', { lambdaFunction: FN, payload: sfn.TaskInput.fromObject({ list: [BAD] }) }), /^test\/S: 'payload'.list\[0\] is not a valid JSONata expression/],
    ['task outputs', (s) => tasks.LambdaInvoke.jsonata(s, 'S', { lambdaFunction: FN, outputs: '{% $x' }), /^test\/S: 'outputs' must be a JSONata expression wrapped in \{% %\}: it starts with/],
    ['task timeout', (s) => tasks.LambdaInvoke.jsonata(s, 'S', { lambdaFunction: FN, taskTimeout: sfn.Timeout.jsonata(BAD) }), /^Timeout.jsonata\(jsonataExpression\) is not a valid JSONata expression/],
    ['Parallel arguments', (s) => sfn.Parallel.jsonata(s, 'S', { arguments: { x: BAD } }), /^test\/S: 'arguments'.x is not a valid JSONata expression/],
    ['Fail cause', (s) => sfn.Fail.jsonata(s, 'S', { cause: BAD }), /^test\/S: 'cause' is not a valid JSONata expression/],
    ['a catcher', (s) => sfn.Parallel.jsonata(s, 'S').branch(sfn.Pass.jsonata(s, 'B')).addCatch(sfn.Pass.jsonata(s, 'H'), { outputs: BAD }), /^test\/S: addCatch outputs is not a valid JSONata expression/],
    ['a Choice rule', (s) => sfn.Choice.jsonata(s, 'S').when(sfn.Condition.jsonata('{% true %}'), sfn.Pass.jsonata(s, 'Y'), { outputs: BAD }), /^test\/S: when\(1\) 'outputs' is not a valid JSONata expression/],
    ['a condition', () => sfn.Condition.jsonata('{% $states.input.n > %}'), /^Condition.jsonata\(condition\) is not a valid JSONata expression/],
    ['a wait', () => sfn.WaitTime.seconds('{% $states.input.n'), /^WaitTime.seconds\(jsonataExpression\) must be a JSONata expression wrapped in \{% %\}: it starts with/],
    ['a timestamp', () => sfn.WaitTime.timestamp(BAD), /^WaitTime.timestamp\(timestamp\) is not a valid JSONata expression/],
    ['Map items', () => sfn.ProvideItems.jsonata(BAD), /^ProvideItems.jsonata\(jsonataExpression\) is not a valid JSONata expression/],
    ['Map item selector', (s) => sfn.Map.jsonata(s, 'S', { jsonataItemSelector: BAD }), /^test\/S: 'jsonataItemSelector' is not a valid JSONata expression/],
    ['a DynamoDB value', () => tasks.DynamoAttributeValue.listFromJsonata(BAD), /^DynamoAttributeValue.listFromJsonata\(value\) is not a valid JSONata expression/],
    ['an item reader bucket', (s) => new sfn.DistributedMap(s, 'S', { itemReader: new sfn.S3JsonItemReader({ bucketNamePath: BAD, key: 'k' }) }), /S3JsonItemReader: 'bucketNamePath' is not a valid JSONata expression/],
  ])('fails for a bad expression in %s', (_name, build, message) => {
    expect(() => build(newStack())).toThrow(message);
  });

  test('a JSONata state machine with valid expressions synthesizes', () => {
    const stack = newStack();
    const fn = new LambdaFunction(stack, 'Fn', { functionName: 'f', role: 'r' });
    const invoke = tasks.LambdaInvoke.jsonata(stack, 'Invoke', { lambdaFunction: fn, payload: sfn.TaskInput.fromObject({ arn: `{% '${fn.arn}' %}` }), outputs: '{% $states.result.Payload %}' });
    const pass = sfn.Pass.jsonata(stack, 'P', { outputs: { pct: '{% "50%}" %}' }, assign: { n: '{% $count($states.input) %}' } });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(invoke.next(pass)), queryLanguage: sfn.QueryLanguage.JSONATA });
    const { definition } = synthMachine(stack);
    expect(definition.States.Invoke.Arguments.Payload).toEqual({ arn: "{% '${aws_lambda_function.Fn.arn}' %}" });
    expect(definition.States.P.Output).toEqual({ pct: '{% "50%}" %}' });
  });
});

describe('loading jsonata', () => {
  test('happens only when an expression is checked, and each expression text is parsed once', () => {
    jest.isolateModules(() => {
      let loads = 0;
      let parses = 0;
      jest.doMock('jsonata', () => {
        loads++;
        const real = jest.requireActual('jsonata');
        return (expression: string) => {
          parses++;
          return real(expression);
        };
      });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const lib = require('../../src') as typeof Lib;
      const stack = newStack();
      new lib.sfn.Pass(stack, 'Plain', { parameters: { a: '$.not.jsonata' } });
      expect(loads).toBe(0);
      lib.sfn.Pass.jsonata(stack, 'A', { outputs: '{% $states.input %}' });
      lib.sfn.Pass.jsonata(stack, 'B', { outputs: '{% $states.input %}' });
      expect(loads).toBe(1);
      expect(parses).toBe(1);
    });
  });
});
