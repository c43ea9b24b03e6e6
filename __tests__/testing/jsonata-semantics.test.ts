// JSONata semantics (Arguments, Output, Assign, $states, variables and their scopes), and Retry and
// Catch, against the behaviour the Step Functions documentation describes.
import { testing } from '../../src';

const { TaskMock } = testing;

function run(definition: any, input: unknown, mocks: Record<string, testing.TaskMock> = {}, options: testing.LocalRunOptions = {}) {
  return testing.LocalRunner.fromDefinition({ QueryLanguage: 'JSONata', ...definition }).run(input, { mocks, ...options });
}

const task = (extra: Record<string, unknown> = {}) => ({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', ...('Next' in extra ? {} : { End: true }), ...extra });

describe('JSONata states', () => {
  test('Task: Arguments from $states.input, Output from $states.result, the task sees the Arguments', async () => {
    const seen: unknown[] = [];
    const r = await run({
      StartAt: 'T',
      States: { T: task({ Arguments: { id: '{% $states.input.order.id %}', count: '{% $count($states.input.order.items) %}', fixed: 'x' }, Output: { total: '{% $sum($states.result.Payload.prices) %}' } }) },
    }, { order: { id: 'o', items: [1, 2, 3] } }, { T: TaskMock.fromFunction((i: any) => (seen.push(i), { Payload: { prices: [1.5, 2.5] } })) });
    expect(seen).toEqual([{ id: 'o', count: 3, fixed: 'x' }]);
    expect(r.output).toEqual({ total: 4 });
  });

  test('without Output a Task outputs its result and a Pass its input', async () => {
    const r = await run({ StartAt: 'P', States: { P: { Type: 'Pass', Next: 'T' }, T: task() } }, { a: 1 }, { T: TaskMock.result({ r: 2 }) });
    expect(r.states.map((s) => s.output)).toEqual([{ a: 1 }, { r: 2 }]);
  });

  test('Assign and Output of one state both see the variables as they were before it', async () => {
    const r = await run({
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Assign: { count: 1 }, Next: 'Bump' },
        Bump: { Type: 'Pass', Assign: { count: '{% $count + 1 %}' }, Output: { before: '{% $count %}' }, Next: 'Show' },
        Show: { Type: 'Pass', Output: { after: '{% $count %}' }, End: true },
      },
    }, {});
    expect(r.states[1].output).toEqual({ before: 1 });
    expect(r.output).toEqual({ after: 2 });
  });

  test('Assign of a Task reads $states.result; $states.context has the execution', async () => {
    const r = await run({
      StartAt: 'T',
      States: { T: task({ Assign: { user: '{% $states.result.name %}', exec: '{% $states.context.Execution.Name %}' }, Next: 'Show' }), Show: { Type: 'Pass', Output: '{% $user & "@" & $exec %}', End: true } },
    }, {}, { T: TaskMock.result({ name: 'ada' }) }, { executionName: 'e9' });
    expect(r.output).toBe('ada@e9');
  });

  test('Choice: Condition in order, the Output and Assign of the rule taken, the Default otherwise', async () => {
    const definition = {
      StartAt: 'C',
      States: {
        C: {
          Type: 'Choice',
          Choices: [
            { Condition: '{% $states.input.n > 10 %}', Assign: { size: 'big' }, Output: { n: '{% $states.input.n %}' }, Next: 'Done' },
            { Condition: '{% $states.input.n > 5 %}', Assign: { size: 'medium' }, Next: 'Done' },
          ],
          Default: 'Done',
          Assign: { size: 'small' },
        },
        Done: { Type: 'Pass', Output: { size: '{% $size %}', input: '{% $states.input %}' }, End: true },
      },
    };
    expect((await run(definition, { n: 20 })).output).toEqual({ size: 'big', input: { n: 20 } });
    expect((await run(definition, { n: 7 })).output).toEqual({ size: 'medium', input: { n: 7 } });
    expect((await run(definition, { n: 1 })).output).toEqual({ size: 'small', input: { n: 1 } });
    const notBoolean = await run({ StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Condition: '{% $states.input.n %}', Next: 'D' }], Default: 'D' }, D: { Type: 'Succeed' } } }, { n: 1 });
    expect(notBoolean.error).toBe('States.QueryEvaluationError');
  });

  test('Wait Seconds and Fail Error/Cause as expressions; Succeed Output', async () => {
    const r = await run({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: '{% $states.input.s * 2 %}', Next: 'S' }, S: { Type: 'Succeed', Output: '{% $states.input.s %}' } } }, { s: 4 });
    expect(r.states[0].waitSeconds).toBe(8);
    expect(r.output).toBe(4);
    const f = await run({ StartAt: 'F', States: { F: { Type: 'Fail', Error: "{% 'E.' & $states.input.code %}", Cause: '{% $string($states.input) %}' } } }, { code: 'X' });
    expect(f).toMatchObject({ status: 'FAILED', error: 'E.X', cause: '{"code":"X"}' });
  });

  test("Step Functions' own functions: $partition, $range, $hash, $parse, $uuid", async () => {
    const r = await run({
      StartAt: 'P',
      States: { P: { Type: 'Pass', Output: { p: '{% $partition([1,2,3], 2) %}', r: '{% $range(0, 6, 3) %}', h: "{% $hash('input data', 'SHA-1') %}", j: "{% $parse('{\"a\":1}') %}", u: '{% $uuid() %}' }, End: true } },
    }, {});
    expect(r.output).toMatchObject({ p: [[1, 2], [3]], r: [0, 3, 6], h: 'aaff4a450a104cd177d28d18d74485e8cae074b7', j: { a: 1 } });
    expect(r.output.u).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('Map: Items and ItemSelector with $states.context.Map.Item; Output of the results', async () => {
    const r = await run({
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map', Items: '{% $states.input.xs %}', ItemSelector: { i: '{% $states.context.Map.Item.Index %}', v: '{% $states.context.Map.Item.Value * 10 %}' },
          ItemProcessor: { StartAt: 'Id', States: { Id: { Type: 'Pass', End: true } } }, Output: '{% $states.result.v %}', End: true,
        },
      },
    }, { xs: [1, 2] });
    expect(r.output).toEqual([10, 20]);
    expect(r.states[1].input).toEqual({ i: 0, v: 10 });
  });

  test('a query that fails is States.QueryEvaluationError, which a Catch can handle with $states.errorOutput', async () => {
    const r = await run({
      StartAt: 'T',
      States: {
        T: task({ Arguments: { x: '{% $number("abc") %}' }, Catch: [{ ErrorEquals: ['States.QueryEvaluationError'], Output: { why: '{% $states.errorOutput.Error %}', was: '{% $states.input %}' }, Assign: { failed: true }, Next: 'H' }], Next: 'H' }),
        H: { Type: 'Pass', Output: { failed: '{% $failed %}', from: '{% $states.input %}' }, End: true },
      },
    }, { a: 1 }, { T: TaskMock.result({}) });
    expect(r.output).toEqual({ failed: true, from: { why: 'States.QueryEvaluationError', was: { a: 1 } } });
  });
});

describe('query languages', () => {
  test("a state without QueryLanguage takes the machine's, also inside a Parallel of the other language", async () => {
    const r = await testing.LocalRunner.fromDefinition({
      StartAt: 'Par',
      States: {
        Par: {
          Type: 'Parallel', QueryLanguage: 'JSONata', Arguments: { v: '{% $states.input.v + 1 %}' }, Output: '{% $states.result[0] %}', End: true,
          Branches: [{ StartAt: 'InBranch', States: { InBranch: { Type: 'Pass', Parameters: { 'doubled.$': 'States.MathAdd($.v, $.v)' }, End: true } } }],
        },
      },
    }).run({ v: 1 });
    expect(r.output).toEqual({ doubled: 4 });
  });
});

describe('variable scopes', () => {
  test('a Parallel branch reads outer variables; what it assigns stays in the branch', async () => {
    const r = await run({
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Assign: { greeting: 'hi' }, Next: 'Par' },
        Par: {
          Type: 'Parallel', Next: 'After',
          Branches: [{ StartAt: 'B', States: { B: { Type: 'Pass', Assign: { inner: 1 }, Next: 'B2' }, B2: { Type: 'Pass', Output: { g: '{% $greeting %}', inner: '{% $inner %}' }, End: true } } }],
        },
        After: { Type: 'Pass', Output: { inner: '{% $inner %}', greeting: '{% $greeting %}' }, End: true },
      },
    }, {});
    expect(r.states.find((s) => s.name === 'B2')!.output).toEqual({ g: 'hi', inner: 1 });
    expect(r.output).toEqual({ greeting: 'hi' });
  });

  test('a Distributed Map iteration does not see the outer variables; an inline one does', async () => {
    const definition = (mode: string) => ({
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Assign: { outer: 'o' }, Next: 'M' },
        M: { Type: 'Map', Items: [1], End: true, ItemProcessor: { ProcessorConfig: { Mode: mode }, StartAt: 'In', States: { In: { Type: 'Pass', Output: { seen: '{% $outer %}' }, End: true } } } },
      },
    });
    expect((await run(definition('INLINE'), {})).output).toEqual([{ seen: 'o' }]);
    expect((await run(definition('DISTRIBUTED'), {})).output).toEqual([{}]);
  });

  test('JSONPath states assign and read variables too ($name in paths)', async () => {
    const r = await testing.LocalRunner.fromDefinition({
      StartAt: 'A',
      States: { A: { Type: 'Pass', Result: { id: 7 }, Assign: { 'picked.$': '$.id', 'fixed': 'f' }, Next: 'B' }, B: { Type: 'Pass', Parameters: { 'p.$': '$picked', 'f.$': '$fixed' }, End: true } },
    }).run({});
    expect(r.output).toEqual({ p: 7, f: 'f' });
  });
});

describe('Retry and Catch', () => {
  const flaky = (retry: object[], catchers: object[] = []) => ({ StartAt: 'T', States: { T: task({ Retry: retry, Catch: catchers, Next: 'Done' }), Done: { Type: 'Succeed' }, Handle: { Type: 'Pass', End: true } } });

  test('back-off: IntervalSeconds x BackoffRate^n, capped by MaxDelaySeconds; defaults 1 s, rate 2, 3 attempts', async () => {
    const always = { T: TaskMock.error('E') };
    const capped = await run(flaky([{ ErrorEquals: ['E'], IntervalSeconds: 3, BackoffRate: 3, MaxAttempts: 4, MaxDelaySeconds: 30 }]), {}, always);
    expect(capped.states[0].retryDelaySeconds).toEqual([3, 9, 27, 30]);
    const defaults = await run(flaky([{ ErrorEquals: ['E'] }]), {}, always);
    expect(defaults.states[0].retryDelaySeconds).toEqual([1, 2, 4]);
    expect(defaults.states[0].attempts).toBe(4);
    const none = await run(flaky([{ ErrorEquals: ['E'], MaxAttempts: 0 }]), {}, always);
    expect(none.states[0].attempts).toBe(1);
  });

  test('the first matching retrier decides; once spent the error goes to Catch, not to a later retrier', async () => {
    const r = await run(flaky([{ ErrorEquals: ['E'], MaxAttempts: 1 }, { ErrorEquals: ['States.ALL'], MaxAttempts: 5 }], [{ ErrorEquals: ['States.ALL'], Next: 'Handle' }]), {}, { T: TaskMock.error('E', 'c') });
    expect(r.states[0]).toMatchObject({ attempts: 2, caughtBy: 'Handle' });
    expect(r.output).toEqual({ Error: 'E', Cause: 'c' });
  });

  test('States.TaskFailed matches task errors but not a timeout; States.Timeout matches a heartbeat timeout', async () => {
    const catchers = [{ ErrorEquals: ['States.TaskFailed'], Output: 'task failed', Next: 'Handle' }, { ErrorEquals: ['States.Timeout'], Output: 'timed out', Next: 'Handle' }];
    expect((await run(flaky([], catchers), {}, { T: TaskMock.error('Any.Error') })).output).toBe('task failed');
    expect((await run(flaky([], catchers), {}, { T: TaskMock.timeout() })).output).toBe('timed out');
    expect((await run(flaky([], catchers), {}, { T: TaskMock.heartbeatTimeout() })).output).toBe('timed out');
  });

  test('catchers are tried in order; JSONPath ResultPath places the error output in the input', async () => {
    const r = await testing.LocalRunner.fromDefinition(flaky([], [{ ErrorEquals: ['Other'], Next: 'Done' }, { ErrorEquals: ['E'], ResultPath: '$.error', Next: 'Handle' }, { ErrorEquals: ['States.ALL'], Next: 'Done' }]))
      .run({ keep: true }, { mocks: { T: TaskMock.error('E', 'why') } });
    expect(r.path).toEqual(['T', 'Handle']);
    expect(r.output).toEqual({ keep: true, error: { Error: 'E', Cause: 'why' } });
  });

  test('a thrown exception of a mock function is the error (name) and cause (message)', async () => {
    class PaymentDeclined extends Error {
      constructor(m: string) {
        super(m);
        this.name = 'PaymentDeclined';
      }
    }
    const r = await run(flaky([]), {}, { T: TaskMock.fromFunction(() => { throw new PaymentDeclined('card expired'); }) });
    expect(r).toMatchObject({ status: 'FAILED', error: 'PaymentDeclined', cause: 'card expired' });
  });
});

describe('LocalRunner and TaskMock validation', () => {
  const definition = { StartAt: 'T', States: { T: task() } };

  test('accepts a definition and mocks of its Task states; refuses other mocks, other values and bad definitions', async () => {
    const runner = testing.LocalRunner.fromDefinition(definition);
    expect((await runner.run({}, { mocks: { T: TaskMock.result(1) } })).output).toBe(1);
    await expect(runner.run({}, { mocks: { X: TaskMock.result(1) } })).rejects.toThrow(/"X", which is no Task state of the definition; its Task states are "T"/);
    await expect(runner.run({}, { mocks: { T: { result: 1 } as any } })).rejects.toThrow(/mocks\["T"\] must be a TaskMock/);
    await expect(runner.run({}, { itemReaders: { T: [] } })).rejects.toThrow(/"T", which is no Map state with an ItemReader/);
    await expect(runner.run({}, { startTime: 'yesterday' })).rejects.toThrow(/startTime must be an ISO 8601 timestamp, got "yesterday"/);
    expect(() => testing.LocalRunner.fromDefinition({ States: {} })).toThrow(/must be an Amazon States Language object with 'StartAt' and 'States'/);
  });

  test('TaskMock factories check their arguments', () => {
    expect(TaskMock.isTaskMock(TaskMock.sequence([TaskMock.result(1)]))).toBe(true);
    expect(() => TaskMock.sequence([])).toThrow(/must be a non-empty list of TaskMock/);
    expect(() => TaskMock.error('')).toThrow(/must be a non-empty error name/);
    expect(() => TaskMock.fromFunction(42)).toThrow(/must be a function/);
    expect(() => TaskMock.fromHandler({} as any)).toThrow(/must have a handle\(input, call\) method/);
    expect(TaskMock.isTaskMock(TaskMock.fromHandler({ handle: (i: any) => i }))).toBe(true);
  });

  test('references: Terraform expressions replaced by the values given, a whole string keeping its type', async () => {
    const runner = testing.LocalRunner.fromDefinition({
      StartAt: 'P',
      States: { P: { Type: 'Pass', Result: { arn: 'arn:${data.aws_partition.p.partition}:sns:x', n: '${var.count}', other: '${aws_x.y.z}' }, End: true } },
    }, { references: { 'data.aws_partition.p.partition': 'aws-cn', 'var.count': 3 } });
    expect((await runner.run({})).output).toEqual({ arn: 'arn:aws-cn:sns:x', n: 3, other: '${aws_x.y.z}' });
  });
});
