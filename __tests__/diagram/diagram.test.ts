// The diagram of a definition: the words on nodes and edges, how states nest, the definitions it refuses,
// and reading a definition back from what synthesis wrote.
import { sfn, tasks } from '../../src';
import { ValidationError } from '../../src/core/errors';
import { readDefinitionAttribute } from '../../src/diagram/definition-reader';
import { choiceRuleText, retryLines, taskAction } from '../../src/diagram/labels';
import { newStack } from '../util/synth';
import { mermaidErrors, missingFromDiagram, readMermaid } from './structure';

const diagramOf = (definition: object) => sfn.StateMachineDiagram.fromDefinition(definition);

describe('labels', () => {
  test.each([
    ['arn:${data.aws_partition.p.partition}:states:::lambda:invoke', 'lambda:invoke'],
    ['arn:aws:states:::sqs:sendMessage.waitForTaskToken', 'sqs:sendMessage (wait for task token)'],
    ['arn:aws:states:::batch:submitJob.sync', 'batch:submitJob (run job)'],
    ['arn:aws:states:::states:startExecution.sync:2', 'states:startExecution (run job)'],
    ['arn:aws:states:::aws-sdk:s3:listBuckets', 'aws-sdk s3:listBuckets'],
    ['arn:aws:states:us-east-1:123456789012:activity:review', 'activity review'],
    ['${aws_sfn_activity.Review_1234.arn}', 'activity Review_1234'],
    ['arn:aws:lambda:us-east-1:123456789012:function:charge', 'lambda function charge'],
  ])('task %s is labelled %s', (resource, label) => {
    expect(taskAction(resource)).toBe(label);
  });

  test.each([
    [{ Variable: '$.status', StringEquals: 'paid' }, '$.status == "paid"'],
    [{ Variable: '$.n', NumericLessThanEqualsPath: '$.max' }, '$.n <= $.max'],
    [{ Variable: '$.n', NumericGreaterThan: 5 }, '$.n > 5'],
    [{ Variable: '$.name', StringMatches: 'log-*' }, '$.name matches "log-*"'],
    [{ Variable: '$.x', IsPresent: false }, '$.x is not present'],
    [{ Variable: '$.x', IsNull: true }, '$.x is null'],
    [{ And: [{ Variable: '$.a', BooleanEquals: true }, { Not: { Variable: '$.b', IsPresent: true } }] }, '$.a == true and not $.b is present'],
    [{ Or: [{ Variable: '$.a', NumericEquals: 1 }, { And: [{ Variable: '$.b', NumericEquals: 2 }, { Variable: '$.c', NumericEquals: 3 }] }] }, '$.a == 1 or ($.b == 2 and $.c == 3)'],
    [{ Condition: '{% $states.input.total > 100 %}' }, '$states.input.total > 100'],
  ])('choice rule %j reads %s', (rule, text) => {
    expect(choiceRuleText(rule)).toBe(text);
  });

  test('retries are noted with their errors, attempts, interval and back-off (defaults as Step Functions has them)', () => {
    expect(retryLines([{ ErrorEquals: ['States.Timeout'] }, { ErrorEquals: ['A.VeryLongErrorName', 'B.AnotherLongErrorName'], MaxAttempts: 6, IntervalSeconds: 2, BackoffRate: 1.5 }]))
      .toEqual(['retry States.Timeout ×3, 1 s, backoff 2', 'retry 2 errors ×6, 2 s, backoff 1.5']);
  });
});

describe('StateMachineDiagram', () => {
  const definition = {
    StartAt: 'Check',
    States: {
      Check: { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'Fan out' }], Default: 'Broken' },
      'Fan out': {
        Type: 'Parallel',
        Branches: [
          { StartAt: 'Left', States: { Left: { Type: 'Pass', End: true } } },
          { StartAt: 'Right', States: { Right: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Retry: [{ ErrorEquals: ['States.ALL'] }], End: true } } },
        ],
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Broken' }],
        Next: 'Each',
      },
      Each: { Type: 'Map', ItemsPath: '$.items', ItemProcessor: { StartAt: 'Item', States: { Item: { Type: 'Wait', Seconds: 1, End: true } } }, Next: 'Done' },
      Done: { Type: 'Succeed' },
      Broken: { Type: 'Fail', Error: 'Broken' },
    },
  };

  test('draws every state, nests branches and processors, marks start and end, catches dashed', () => {
    const chart = diagramOf(definition).toMermaid();
    const read = readMermaid(chart);
    expect(missingFromDiagram(definition, read)).toEqual([]);
    const idOf = (title: string) => [...read.titles].find(([, t]) => t === title)![0];
    const groupOf = (title: string) => read.groupOf.get(idOf(title));
    expect(groupOf('Left')).not.toBe(groupOf('Right'));
    expect(chart).toMatch(/subgraph g\d+\["Parallel: Fan out"\]/);
    expect(chart).toMatch(/subgraph g\d+\["Map: Each"\]/);
    expect(read.edges).toContainEqual({ from: 'start', to: idOf('Check'), arrow: '-->', label: undefined });
    expect(read.edges).toContainEqual({ from: idOf('Done'), to: 'finish', arrow: '-->', label: undefined });
    expect(read.edges.filter((e) => e.arrow === '-.->')).toEqual([expect.objectContaining({ to: idOf('Broken'), label: 'catch States.ALL' })]);
    expect(read.edges).toContainEqual({ from: idOf('Check'), to: idOf('Broken'), arrow: '==>', label: 'default' });
    expect(read.edges).toContainEqual({ from: idOf('Check'), to: idOf('Fan out'), arrow: '-->', label: '$.ok == true' });
    expect(chart).toContain('retry States.ALL ×3, 1 s, backoff 2');
    expect(mermaidErrors([chart])).toEqual({});
  });

  test('the structural check fails when an edge is missing (it can fail)', () => {
    const chart = diagramOf(definition).toMermaid().split('\n').filter((l) => !l.includes('-.->')).join('\n');
    expect(missingFromDiagram(definition, readMermaid(chart))).toEqual(['no catch edge Fan out -> Broken']);
  });

  test('labels with quotes, # and angle brackets are escaped so that Mermaid parses them', () => {
    const chart = diagramOf({ StartAt: 'A "quoted" <b>#1</b>', States: { 'A "quoted" <b>#1</b>': { Type: 'Pass', End: true } } }).toMermaid();
    expect(readMermaid(chart).titles.get('s0')).toBe('A "quoted" <b>#1</b>');
    expect(mermaidErrors([chart])).toEqual({});
  });

  test.each([
    [{ StartAt: 'Nope', States: { A: { Type: 'Pass', End: true } } }, /StartAt "Nope" names no state/],
    [{ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' } } }, /state "A" goes to "B", which is no state of this scope/],
    [{ StartAt: 'A', States: { A: { Type: 'Teleport', End: true } } }, /Type "Teleport", which is no state type/],
    [{ StartAt: 'A' }, /has no States/],
  ])('refuses %j', (bad, message) => {
    expect(() => diagramOf(bad)).toThrow(ValidationError);
    expect(() => diagramOf(bad)).toThrow(message);
  });

  test('refuses a definition that is no object', () => {
    expect(() => sfn.StateMachineDiagram.fromDefinition('StartAt')).toThrow(/definition: expected an Amazon States Language object, got string/);
  });

  test('a StateMachine draws itself, with Terraform references in its labels resolved', async () => {
    const stack = newStack();
    const fn = { arn: 'arn:aws:lambda:us-east-1:123456789012:function:charge' };
    const machine = new sfn.StateMachine(stack, 'Orders', {
      definitionBody: sfn.DefinitionBody.fromChainable(new tasks.LambdaInvoke(stack, 'Charge', { lambdaFunction: fn }).next(new sfn.Succeed(stack, 'Paid'))),
    });
    const read = readMermaid(machine.toMermaid());
    expect([...read.titles.values()].filter(Boolean)).toEqual(['Charge', 'Paid']);
    expect(machine.toMermaid()).toContain('Charge<br/>lambda:invoke');
    expect(machine.toMermaid()).not.toContain('TfToken');
    const svg = await machine.toSvg();
    expect(svg).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*<\/svg>\s*$/);
    expect(svg).toContain('>Charge</text>');
  });
});

describe('reading a synthesized definition', () => {
  const expected = { StartAt: 'A', States: { A: { Type: 'Pass', Parameters: { 'x.$': '$.x', s: 'a ${literal} b' }, TimeoutSeconds: 5, End: true } } };

  test('from the JSON synthesis (${jsonencode(...)})', () => {
    expect(readDefinitionAttribute('${jsonencode({"StartAt":"A","States":{"A":{"Type":"Pass","Parameters":{"x.$":"$.x","s":"a $${literal} b"},"TimeoutSeconds":5,"End":true}}})}')).toEqual(expected);
  });

  test('from the HCL synthesis (jsonencode({ k = v }))', () => {
    const hcl = 'jsonencode({\n  "StartAt" = "A"\n  "States" = { "A" = { "Type" = "Pass", "Parameters" = { "x.$" = "$.x", "s" = "a $${literal} b" }, "TimeoutSeconds" = 5, "End" = true } }\n})';
    expect(readDefinitionAttribute(hcl)).toEqual(expected);
  });

  test('a bare reference becomes `${<expression>}`, as a reference inside a string is', () => {
    expect(readDefinitionAttribute('jsonencode({ "StartAt" = "A", "TimeoutSeconds" = var.timeout, "Resource" = element(split(":", var.arn), 3), "States" = {} })'))
      .toEqual({ StartAt: 'A', TimeoutSeconds: '${var.timeout}', Resource: '${element(split(":", var.arn), 3)}', States: {} });
  });

  test('a definition written as a JSON string', () => {
    expect(readDefinitionAttribute(JSON.stringify(JSON.stringify({ StartAt: 'A', States: {} })))).toEqual({ StartAt: 'A', States: {} });
  });

  test('refuses what is no definition', () => {
    expect(() => readDefinitionAttribute('"just text"')).toThrow(/neither an ASL object nor a jsonencode/);
  });
});
