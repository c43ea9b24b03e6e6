import type { Construct } from 'constructs';
import { sfn } from '../../../src';
import { newStack, renderState, synthMachine } from '../../util/synth';

const { Choice, Condition, Pass, Succeed, Fail, Wait, WaitTime, StateMachine, DefinitionBody, QueryLanguage } = sfn;

function machine(scope: Construct, chain: sfn.IChainable, props: Partial<sfn.StateMachineProps> = {}): sfn.StateMachine {
  return new StateMachine(scope, 'SM', { definitionBody: DefinitionBody.fromChainable(chain), ...props });
}

describe('Choice rendering', () => {
  test('JSONPath rules with comment, assign, default, input/output paths', () => {
    const stack = newStack();
    const choice = new Choice(stack, 'Pick', { comment: 'pick one', inputPath: '$.in', outputPath: '$.out', assign: { seen: sfn.JsonPath.stringAt('$.id') } });
    choice
      .when(Condition.stringEquals('$.kind', 'a'), new Pass(stack, 'A'), { comment: 'first', assign: { n: 1, from: sfn.JsonPath.stringAt('$.kind') } })
      .when(Condition.and(Condition.isPresent('$.n'), Condition.numberGreaterThan('$.n', 3)), new Pass(stack, 'B'))
      .otherwise(new Fail(stack, 'None', { error: 'NoMatch' }));
    machine(stack, choice);
    const m = synthMachine(stack);
    expect(m.definition.StartAt).toBe('Pick');
    expect(m.definition.States.Pick).toEqual({
      Type: 'Choice',
      Comment: 'pick one',
      InputPath: '$.in',
      OutputPath: '$.out',
      Choices: [
        { Variable: '$.kind', StringEquals: 'a', Next: 'A', Comment: 'first', Assign: { 'n': 1, 'from.$': '$.kind' } },
        { And: [{ Variable: '$.n', IsPresent: true }, { Variable: '$.n', NumericGreaterThan: 3 }], Next: 'B' },
      ],
      Default: 'None',
      Assign: { 'seen.$': '$.id' },
    });
  });

  test('JSONata rules render Condition, Output and Assign; QueryLanguage only when it differs', () => {
    const stack = newStack();
    const choice = Choice.jsonata(stack, 'Pick', { outputs: '{% $states.input.x %}', assign: { a: '{% 1 %}' } });
    choice.when(Condition.jsonata('{% $states.input.n = 1 %}'), new Pass(stack, 'A'), { comment: 'one', outputs: { x: 1 }, assign: { b: '{% 2 %}' } });
    choice.otherwise(new Succeed(stack, 'Done'));
    machine(stack, choice);
    const m = synthMachine(stack);
    expect(m.definition.States.Pick).toEqual({
      Type: 'Choice',
      QueryLanguage: 'JSONata',
      Output: '{% $states.input.x %}',
      Choices: [{ Condition: '{% $states.input.n = 1 %}', Next: 'A', Comment: 'one', Output: { x: 1 }, Assign: { b: '{% 2 %}' } }],
      Default: 'Done',
      Assign: { a: '{% 1 %}' },
    });
  });

  test('a Choice without its own language in a JSONata state machine renders JSONata fields and no QueryLanguage', () => {
    const stack = newStack();
    const choice = new Choice(stack, 'Pick', { outputs: { y: '{% $states.input.y %}' } });
    choice.when(Condition.jsonata('{% $states.input.n = 1 %}'), new Pass(stack, 'A'));
    machine(stack, choice, { queryLanguage: QueryLanguage.JSONATA });
    const m = synthMachine(stack);
    expect(m.definition.QueryLanguage).toBe('JSONata');
    expect(m.definition.States.Pick).toEqual({
      Type: 'Choice',
      Output: { y: '{% $states.input.y %}' },
      Choices: [{ Condition: '{% $states.input.n = 1 %}', Next: 'A' }],
    });
  });

  test('Choice.jsonPath is the plain constructor; renderState works on an unbound choice', () => {
    const stack = newStack();
    const choice = Choice.jsonPath(stack, 'Pick').when(Condition.booleanEquals('$.ok', true), new Pass(stack, 'A'));
    expect(choice.queryLanguage).toBeUndefined();
    expect(renderState(choice)).toEqual({ Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'A' }] });
  });
});

describe('Choice in a graph', () => {
  test('afterwards() joins the branches', () => {
    const stack = newStack();
    const a = new Pass(stack, 'A');
    const b1 = new Pass(stack, 'B1');
    const b2 = new Pass(stack, 'B2');
    const choice = new Choice(stack, 'Pick').when(Condition.isPresent('$.a'), a).otherwise(Chain(b1, b2));
    const join = new Succeed(stack, 'Join');
    choice.afterwards().next(join);
    machine(stack, choice);
    const m = synthMachine(stack);
    expect(m.definition.States.A.Next).toBe('Join');
    expect(m.definition.States.B1.Next).toBe('B2');
    expect(m.definition.States.B2.Next).toBe('Join');
    expect(m.definition.States.Pick.Default).toBe('B1');
  });

  test('afterwards({ includeOtherwise: true }) makes the next state the default', () => {
    const stack = newStack();
    const choice = new Choice(stack, 'Pick').when(Condition.isPresent('$.a'), new Pass(stack, 'A'));
    const chain = choice.afterwards({ includeOtherwise: true }).next(new Succeed(stack, 'Join'));
    machine(stack, chain);
    const m = synthMachine(stack);
    expect(m.definition.States.Pick.Default).toBe('Join');
    expect(m.definition.States.A.Next).toBe('Join');
  });

  test('afterwards() leaves out error handlers unless asked, and Succeed/Fail ends', () => {
    const stack = newStack();
    const handler = new Pass(stack, 'Handler');
    const par = new sfn.Parallel(stack, 'Par').branch(new Pass(stack, 'P')).addCatch(handler);
    const choice = new Choice(stack, 'Pick').when(Condition.isPresent('$.a'), par).otherwise(new Fail(stack, 'F'));
    expect(choice.afterwards().endStates).toEqual([par]);
    // With error handlers followed, the Parallel continues into its handler, which becomes the end.
    expect(choice.afterwards({ includeErrorHandlers: true }).endStates).toEqual([handler]);
    expect(choice.endStates).toEqual([]);
  });

  test('a loop with a Choice exit is accepted', () => {
    const stack = newStack();
    const work = new Pass(stack, 'Work');
    const wait = new Wait(stack, 'Wait', { time: WaitTime.secondsPath('$.delay') });
    const check = new Choice(stack, 'Done?');
    check.when(Condition.booleanEquals('$.done', true), new Succeed(stack, 'Finished')).otherwise(wait);
    wait.next(work);
    work.next(check);
    machine(stack, work);
    const m = synthMachine(stack);
    expect(m.definition.States['Done?']).toEqual({
      Type: 'Choice',
      Choices: [{ Variable: '$.done', BooleanEquals: true, Next: 'Finished' }],
      Default: 'Wait',
    });
    expect(m.definition.States.Work.Next).toBe('Done?');
  });

  // A Choice without otherwise is not an exit: no match fails the execution, but Step Functions (and
  // asl-validator's MISSING_TERMINAL_STATE) want a path to End, Succeed or Fail.
  test('fails when a loop leaves only through a Choice without otherwise', () => {
    const stack = newStack();
    const work = new Pass(stack, 'Work');
    const check = new Choice(stack, 'Again?').when(Condition.booleanEquals('$.again', true), work);
    work.next(check);
    expect(() => machine(stack, work)).toThrow(/cycle with no way out: from 'Work', 'Again\?'/);
  });

  test('fails when a loop has no exit', () => {
    const stack = newStack();
    const work = new Pass(stack, 'Work');
    const check = new Choice(stack, 'Again?').when(Condition.booleanEquals('$.again', true), work).otherwise(work);
    work.next(check);
    expect(() => machine(stack, work)).toThrow(/cycle with no way out/);
  });
});

describe('Choice validation', () => {
  test('fails when the Choice has no rules', () => {
    const stack = newStack();
    const choice = new Choice(stack, 'Pick').otherwise(new Pass(stack, 'A'));
    expect(() => machine(stack, choice)).toThrow(/Choice state 'Pick' has no rules; add at least one with when\(\)/);
  });

  test('fails when otherwise() is called twice', () => {
    const stack = newStack();
    const choice = new Choice(stack, 'Pick').otherwise(new Pass(stack, 'A'));
    expect(() => choice.otherwise(new Pass(stack, 'B'))).toThrow(/already has an otherwise\(\) state \('A'\)/);
  });

  test('fails when afterwards({ includeOtherwise }) meets an existing otherwise', () => {
    const stack = newStack();
    const choice = new Choice(stack, 'Pick').when(Condition.isNull('$.a'), new Pass(stack, 'B')).otherwise(new Pass(stack, 'A'));
    expect(() => choice.afterwards({ includeOtherwise: true })).toThrow(/includeOtherwise.*already has an otherwise/);
  });

  test('fails when a JSONata Choice gets a JSONPath condition, and the reverse', () => {
    const stack = newStack();
    expect(() => Choice.jsonata(stack, 'J').when(Condition.isPresent('$.a'), new Pass(stack, 'A'))).toThrow(/written in JSONata but the condition is JSONPath/);
    expect(() => new Choice(stack, 'P', { queryLanguage: QueryLanguage.JSON_PATH }).when(Condition.jsonata('{% true %}'), new Pass(stack, 'B'))).toThrow(/written in JSONPath but the condition is JSONata/);
  });

  test('fails when one Choice mixes JSONPath and JSONata conditions', () => {
    const stack = newStack();
    const choice = new Choice(stack, 'Pick').when(Condition.isPresent('$.a'), new Pass(stack, 'A'));
    expect(() => choice.when(Condition.jsonata('{% true %}'), new Pass(stack, 'B'))).toThrow(/cannot join JSONPath conditions/);
  });

  test('fails when a JSONata Choice gets JSONPath fields, or a JSONPath Choice gets outputs', () => {
    const stack = newStack();
    expect(() => new Choice(stack, 'J', { queryLanguage: QueryLanguage.JSONATA, inputPath: '$.a' })).toThrow(/'inputPath' and 'outputPath' are JSONPath fields/);
    expect(() => new Choice(stack, 'P', { queryLanguage: QueryLanguage.JSON_PATH, outputs: {} })).toThrow(/'outputs' is a JSONata field/);
    expect(() => Choice.jsonata(stack, 'OK', { outputs: { a: 1 } })).not.toThrow();
  });

  test('fails when inputPath is not a path', () => {
    const stack = newStack();
    expect(() => new Choice(stack, 'P', { inputPath: 'in' })).toThrow(/'inputPath' must be a JSONPath starting with '\$'/);
    expect(() => new Choice(stack, 'Q', { inputPath: '$.in', outputPath: sfn.JsonPath.DISCARD })).not.toThrow();
  });

  test('fails when a rule assigns a concatenated JsonPath reference', () => {
    const stack = newStack();
    const choice = new Choice(stack, 'Pick');
    expect(() => choice.when(Condition.isPresent('$.a'), new Pass(stack, 'A'), { assign: { x: `id-${sfn.JsonPath.stringAt('$.id')}` } })).toThrow(/when\(1\) 'assign'.*whole string value/);
    expect(() => choice.when(Condition.isPresent('$.a'), new Pass(stack, 'B'), { assign: { x: sfn.JsonPath.stringAt('$.id') } })).not.toThrow();
  });

  test('fails when a Choice is continued with next() directly', () => {
    const stack = newStack();
    const choice = new Choice(stack, 'Pick').when(Condition.isPresent('$.a'), new Pass(stack, 'A'));
    expect(() => sfn.Chain.start(choice).next(new Pass(stack, 'B'))).toThrow(/no end state that can be followed/);
  });
});

function Chain(first: sfn.IChainable, ...rest: sfn.IChainable[]): sfn.Chain {
  let c = sfn.Chain.start(first);
  for (const r of rest) c = c.next(r);
  return c;
}

describe('Choice data flow (aws-local-stepfunctions)', () => {
  test('a counting loop leaves through the Choice', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { StateMachine: LocalMachine } = require('aws-local-stepfunctions');
    const stack = newStack();
    const inc = new Pass(stack, 'Inc', { parameters: { n: sfn.JsonPath.mathAdd(sfn.JsonPath.numberAt('$.n'), 1) } });
    const check = new Choice(stack, 'Enough?')
      .when(Condition.numberGreaterThanEquals('$.n', 3), new Succeed(stack, 'Done'))
      .otherwise(inc);
    inc.next(check);
    machine(stack, check);
    // aws-local-stepfunctions writes into the definition it gets (QueryLanguage on every state): hand it a copy.
    const local = new LocalMachine(JSON.parse(JSON.stringify(synthMachine(stack).definition)));
    const { result } = local.run({ n: 0 });
    await expect(result).resolves.toEqual({ n: 3 });
  });
});
