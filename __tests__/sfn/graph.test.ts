import { type Construct } from 'constructs';
import { Duration, sfn } from '../../src';
import { newStack, renderState, synthMachine } from '../util/synth';

const build = (stack: Construct, chain: sfn.IChainable, props: Partial<sfn.StateMachineProps> = {}) =>
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(chain), ...props });

describe('state graph', () => {
  test('fails when two states share a name', () => {
    const stack = newStack();
    const a = new sfn.Pass(stack, 'A');
    const b = new sfn.Pass(stack, 'B', { stateName: 'A' });
    expect(() => build(stack, a.next(b))).toThrow(/test\/B: state name 'A' is used by both test\/A and test\/B/);
  });

  test('fails when two states in different branches share a name', () => {
    const stack = newStack();
    const par = new sfn.Parallel(stack, 'Par').branch(new sfn.Pass(stack, 'X')).branch(new sfn.Pass(stack, 'Y', { stateName: 'X' }));
    expect(() => build(stack, par)).toThrow(/state name 'X' is used by both/);
  });

  test('fails when a branch continues with a state of the outer graph', () => {
    const stack = newStack();
    const after = new sfn.Pass(stack, 'After');
    const inner = new sfn.Pass(stack, 'Inner');
    inner.next(after);
    const par = new sfn.Parallel(stack, 'Par').branch(inner);
    expect(() => build(stack, par.next(after))).toThrow(/state 'After' is reached from .* but already belongs to/);
  });

  test('fails when a state is used by two state machines', () => {
    const stack = newStack();
    const p = new sfn.Pass(stack, 'P');
    build(stack, p);
    expect(() => new sfn.StateMachine(stack, 'SM2', { definitionBody: sfn.DefinitionBody.fromChainable(p) })).toThrow(/already belongs to state machine test\/SM/);
  });

  test('fails when a state name is longer than 80 characters or empty', () => {
    const stack = newStack();
    expect(() => new sfn.Pass(stack, 'A', { stateName: 'n'.repeat(81) })).toThrow(/test\/A: state name must be 1 to 80 characters long, got 81/);
    expect(() => new sfn.Pass(stack, 'B', { stateName: '' })).toThrow(/got 0 characters/);
    expect(() => new sfn.Pass(stack, 'C', { stateName: 'n'.repeat(80) })).not.toThrow();
    const d = new sfn.Pass(stack, 'D', { stateName: 'n'.repeat(78) });
    expect(() => d.addPrefix('xyz')).toThrow(/got 81 characters/);
  });

  test('fails when a state already has a next state', () => {
    const stack = newStack();
    const a = new sfn.Pass(stack, 'A');
    a.next(new sfn.Pass(stack, 'B'));
    expect(() => a.next(new sfn.Pass(stack, 'C'))).toThrow(/test\/A: state 'A' already continues with 'B'/);
  });

  test('fails when a loop has no way out, accepts one with an error exit', () => {
    const stack = newStack();
    const a = new sfn.Pass(stack, 'A');
    const b = new sfn.Pass(stack, 'B');
    a.next(b);
    b.next(a);
    expect(() => build(stack, a)).toThrow(/has a cycle with no way out: from 'A', 'B' no path reaches an end state/);

    const stack2 = newStack();
    const c = new sfn.Parallel(stack2, 'C').branch(new sfn.Pass(stack2, 'Body'));
    const d = new sfn.Pass(stack2, 'D');
    c.next(d);
    d.next(c);
    c.addCatch(new sfn.Fail(stack2, 'Failed'));
    expect(() => build(stack2, c)).not.toThrow();
  });

  test('fails when the chain cannot continue', () => {
    const stack = newStack();
    const chain = sfn.Chain.start(new sfn.Pass(stack, 'A')).next(new sfn.Succeed(stack, 'Done'));
    expect(() => chain.next(new sfn.Pass(stack, 'B'))).toThrow(/cannot continue the chain after 'Done'/);
  });

  test('states are rendered in the order they are reached, with Next and End', () => {
    const stack = newStack();
    const chain = sfn.Chain.start(new sfn.Pass(stack, 'One')).next(new sfn.Pass(stack, 'Two')).next(new sfn.Succeed(stack, 'Three'));
    build(stack, chain);
    const m = synthMachine(stack);
    expect(Object.keys(m.definition.States)).toEqual(['One', 'Two', 'Three']);
    expect(m.definition.States.One.Next).toBe('Two');
    expect(m.definition.States.Two.Next).toBe('Three');
    expect(m.definition.StartAt).toBe('One');
  });
});

describe('retry and catch', () => {
  test('render with catch-alls last, and handlers join the graph', () => {
    const stack = newStack();
    const par = new sfn.Parallel(stack, 'Par').branch(new sfn.Pass(stack, 'Body'));
    const failed = new sfn.Fail(stack, 'Failed', { error: 'E', cause: 'C' });
    par.addRetry({ errors: [sfn.Errors.ALL], maxAttempts: 2 });
    par.addRetry({ errors: ['Custom'], interval: Duration.seconds(3), backoffRate: 1.5, maxDelay: Duration.seconds(30), jitterStrategy: sfn.JitterType.FULL });
    par.addCatch(failed, { resultPath: '$.error' });
    par.addCatch(failed, { errors: [sfn.Errors.TIMEOUT] });
    build(stack, par);
    const m = synthMachine(stack);
    expect(m.definition.States.Par.Retry).toEqual([
      { ErrorEquals: ['Custom'], IntervalSeconds: 3, BackoffRate: 1.5, MaxDelaySeconds: 30, JitterStrategy: 'FULL' },
      { ErrorEquals: ['States.ALL'], MaxAttempts: 2 },
    ]);
    expect(m.definition.States.Par.Catch).toEqual([
      { ErrorEquals: ['States.Timeout'], Next: 'Failed' },
      { ErrorEquals: ['States.ALL'], Next: 'Failed', ResultPath: '$.error' },
    ]);
    expect(m.definition.States.Failed).toEqual({ Type: 'Fail', Error: 'E', Cause: 'C' });
  });

  test.each([
    [{ errors: [] }, /must name at least one error/],
    [{ errors: ['States.ALL', 'X'] }, /States.ALL must appear alone/],
    [{ maxAttempts: -1 }, /'maxAttempts' must be a whole number >= 0, got -1/],
    [{ maxAttempts: 1.5 }, /'maxAttempts'/],
    [{ backoffRate: 0.5 }, /'backoffRate' must be >= 1, got 0.5/],
    [{ interval: Duration.seconds(0) }, /addRetry 'interval' must be a whole number of seconds greater than 0/],
  ])('addRetry fails for %j', (props, message) => {
    const stack = newStack();
    expect(() => new sfn.Parallel(stack, 'P').addRetry(props as sfn.RetryProps)).toThrow(message);
  });

  test('addCatch fails for a result path that is not a JSONPath', () => {
    const stack = newStack();
    expect(() => new sfn.Parallel(stack, 'P').addCatch(new sfn.Pass(stack, 'H'), { resultPath: 'error' })).toThrow(/addCatch resultPath must be a JSONPath starting with '\$'/);
  });
});

describe('Pass', () => {
  test('renders every JSONPath field', () => {
    const stack = newStack();
    const p = new sfn.Pass(stack, 'P', {
      comment: 'c', inputPath: '$.in', outputPath: sfn.JsonPath.DISCARD, resultPath: '$.r',
      result: sfn.Result.fromArray([1, 'a']), parameters: { a: sfn.JsonPath.stringAt('$.a') }, assign: { v: sfn.JsonPath.stringAt('$.v') },
    });
    expect(renderState(p)).toEqual({
      Type: 'Pass', Comment: 'c', InputPath: '$.in', OutputPath: null, ResultPath: '$.r', Result: [1, 'a'],
      Parameters: { 'a.$': '$.a' }, Assign: { 'v.$': '$.v' }, End: true,
    });
  });

  test('renders JSONata fields', () => {
    const stack = newStack();
    const p = sfn.Pass.jsonata(stack, 'P', { outputs: { x: '{% $states.input.x %}' }, assign: { y: '{% 1 %}' } });
    expect(renderState(p)).toEqual({ Type: 'Pass', QueryLanguage: 'JSONata', Output: { x: '{% $states.input.x %}' }, Assign: { y: '{% 1 %}' }, End: true });
  });

  test.each([
    [{ inputPath: 'a' }, /'inputPath' must be a JSONPath starting with '\$'/],
    [{ outputPath: 'a' }, /'outputPath'/],
    [{ resultPath: 'a' }, /'resultPath'/],
    [{ resultPath: sfn.JsonPath.format('{}', sfn.JsonPath.stringAt('$.a')) }, /'resultPath' must be a reference path such as '\$.items', not an intrinsic function/],
    [{ parameters: { a: [sfn.JsonPath.stringAt('$.a')] } }, /'parameters'.a\[0\]: JsonPath references cannot be array elements/],
  ])('fails for %j', (props, message) => {
    expect(() => new sfn.Pass(newStack(), 'P', props as sfn.PassProps)).toThrow(message);
  });
});

describe('Wait', () => {
  test.each([
    [sfn.WaitTime.duration(Duration.minutes(1)), { Seconds: 60 }],
    [sfn.WaitTime.timestamp('2026-11-23T10:00:00Z'), { Timestamp: '2026-11-23T10:00:00Z' }],
    [sfn.WaitTime.secondsPath('$.s'), { SecondsPath: '$.s' }],
    [sfn.WaitTime.timestampPath('$.t'), { TimestampPath: '$.t' }],
  ])('renders %#', (time, fields) => {
    expect(renderState(new sfn.Wait(newStack(), 'W', { time }))).toEqual({ Type: 'Wait', ...fields, End: true });
  });

  test('JSONata waits', () => {
    const w = sfn.Wait.jsonata(newStack(), 'W', { time: sfn.WaitTime.seconds('{% $states.input.s %}') });
    expect(renderState(w)).toEqual({ Type: 'Wait', QueryLanguage: 'JSONata', Seconds: '{% $states.input.s %}', End: true });
    expect(() => sfn.Wait.jsonata(newStack(), 'X', { time: sfn.WaitTime.secondsPath('$.s') })).toThrow(/uses a JSONPath/);
  });

  test('inputPath and outputPath: rendered in JSONPath, checked, refused in a JSONata state', () => {
    const time = sfn.WaitTime.duration(Duration.seconds(1));
    const w = sfn.Wait.jsonPath(newStack(), 'W', { time, inputPath: '$.in', outputPath: sfn.JsonPath.DISCARD });
    expect(renderState(w)).toEqual({ Type: 'Wait', Seconds: 1, InputPath: '$.in', OutputPath: null, End: true });
    expect(() => sfn.Wait.jsonPath(newStack(), 'X', { time, inputPath: 'in' })).toThrow(/test\/X: 'inputPath' must be a JSONPath .*got "in"/);
    expect(() => sfn.Wait.jsonata(newStack(), 'Y', { time, outputPath: '$.out' } as sfn.WaitJsonataProps)).toThrow(/'outputPath' is a field of JSONPath states; this state is written in JSONata/);
  });

  test('fails for malformed times', () => {
    expect(() => sfn.WaitTime.timestamp('tomorrow')).toThrow(/ISO 8601/);
    expect(() => sfn.WaitTime.secondsPath('s')).toThrow(/WaitTime.secondsPath\(path\)/);
    expect(() => sfn.WaitTime.seconds('$.s')).toThrow(/wrapped in \{% %\}/);
    expect(() => new sfn.Wait(newStack(), 'W', { time: sfn.WaitTime.duration(Duration.millis(1500)) })).toThrow(/^WaitTime.duration\(duration\) must be a whole number of seconds, got 1500 millis$/);
  });
});

describe('Fail and Succeed', () => {
  test('render', () => {
    const stack = newStack();
    expect(renderState(new sfn.Fail(stack, 'F', { errorPath: '$.e', causePath: sfn.JsonPath.format('{}', sfn.JsonPath.stringAt('$.c')) }))).toEqual({ Type: 'Fail', ErrorPath: '$.e', CausePath: "States.Format('{}', $.c)" });
    expect(renderState(sfn.Fail.jsonata(stack, 'F2', { error: '{% "E" %}' }))).toEqual({ Type: 'Fail', QueryLanguage: 'JSONata', Error: '{% "E" %}' });
    expect(renderState(new sfn.Succeed(stack, 'S', { outputPath: '$.o' }))).toEqual({ Type: 'Succeed', OutputPath: '$.o' });
  });

  test('fails for conflicting fields', () => {
    expect(() => new sfn.Fail(newStack(), 'F', { error: 'a', errorPath: '$.a' })).toThrow(/'error' and 'errorPath' are mutually exclusive/);
    expect(() => new sfn.Fail(newStack(), 'F', { cause: 'a', causePath: '$.a' })).toThrow(/'cause' and 'causePath'/);
    expect(() => new sfn.Fail(newStack(), 'F', { errorPath: 'a' })).toThrow(/'errorPath'/);
  });
});

describe('Parallel, CustomState, fragments', () => {
  test('Parallel renders its branches and IO fields', () => {
    const stack = newStack();
    const par = new sfn.Parallel(stack, 'Par', { resultSelector: { first: sfn.JsonPath.stringAt('$[0]') }, resultPath: '$.r', parameters: { a: 1 } })
      .branch(new sfn.Pass(stack, 'A'))
      .branch(sfn.Chain.start(new sfn.Pass(stack, 'B')).next(new sfn.Succeed(stack, 'C')));
    build(stack, par);
    const m = synthMachine(stack);
    expect(m.definition.States.Par).toEqual({
      Type: 'Parallel',
      Branches: [
        { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
        { StartAt: 'B', States: { B: { Type: 'Pass', Next: 'C' }, C: { Type: 'Succeed' } } },
      ],
      Parameters: { a: 1 },
      ResultSelector: { 'first.$': '$[0]' },
      ResultPath: '$.r',
      End: true,
    });
  });

  test('fails when a Parallel has no branch', () => {
    const stack = newStack();
    expect(() => build(stack, new sfn.Parallel(stack, 'Par'))).toThrow(/Parallel state 'Par' has no branches/);
  });

  test('CustomState keeps its JSON and gets Next, retries and catches', () => {
    const stack = newStack();
    const custom = new sfn.CustomState(stack, 'Custom', { stateJson: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:putItem', Parameters: { TableName: 't' }, Retry: [{ ErrorEquals: ['X'] }] } });
    custom.addRetry({ errors: ['Y'] });
    custom.addCatch(new sfn.Fail(stack, 'Failed'));
    build(stack, custom.next(new sfn.Succeed(stack, 'Done')));
    const m = synthMachine(stack);
    expect(m.definition.States.Custom).toEqual({
      Type: 'Task', Resource: 'arn:aws:states:::dynamodb:putItem', Parameters: { TableName: 't' },
      Retry: [{ ErrorEquals: ['X'] }, { ErrorEquals: ['Y'] }], Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Failed' }], Next: 'Done',
    });
  });

  test('a fragment can be prefixed and wrapped in a single state', () => {
    class Steps extends sfn.StateMachineFragment {
      public readonly startState: sfn.State;
      public readonly endStates: sfn.INextable[];
      constructor(scope: Construct, id: string) {
        super(scope, id);
        const first = new sfn.Pass(this, 'First');
        const second = new sfn.Pass(this, 'Second');
        first.next(second);
        this.startState = first;
        this.endStates = [second];
      }
    }
    const stack = newStack();
    const one = new Steps(stack, 'One').prefixStates();
    const two = new Steps(stack, 'Two').toSingleState({ prefixStates: 'two-', resultPath: sfn.JsonPath.DISCARD });
    build(stack, sfn.Chain.start(one).next(two));
    const m = synthMachine(stack);
    expect(Object.keys(m.definition.States)).toEqual(['One: First', 'One: Second', 'Two']);
    expect(m.definition.States.Two.Branches[0].StartAt).toBe('two-First');
    expect(m.definition.States.Two.ResultPath).toBeNull();
  });

  test('Chain.toSingleState wraps a chain in a Parallel', () => {
    const stack = newStack();
    const single = sfn.Chain.start(new sfn.Pass(stack, 'A')).next(new sfn.Pass(stack, 'B')).toSingleState('Wrapped');
    expect(renderState(single).Type).toBe('Parallel');
  });
});
