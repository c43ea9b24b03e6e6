// JSONPath semantics, state type by state type, against the behaviour the Step Functions documentation
// describes, and against aws-local-stepfunctions running the same definition.
import { testing } from '../../src';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { StateMachine: OracleMachine } = require('aws-local-stepfunctions');

const { TaskMock } = testing;

function run(definition: any, input: unknown, mocks: Record<string, testing.TaskMock> = {}, options: testing.LocalRunOptions = {}) {
  return testing.LocalRunner.fromDefinition(definition).run(input, { mocks, ...options });
}

// Runs with aws-local-stepfunctions (results from `results`, by state name); its output, or the error.
async function oracle(definition: any, input: unknown, results: Record<string, unknown> = {}): Promise<{ output?: unknown; error?: string }> {
  const handlers = Object.fromEntries(Object.entries(results).map(([name, r]) => [name, async () => r]));
  const machine = new OracleMachine(JSON.parse(JSON.stringify(definition)), { validationOptions: { checkArn: false, checkPaths: false } });
  const overrides = { taskResourceLocalHandlers: handlers, waitTimeOverrides: waitsOf(definition), retryIntervalOverrides: {} };
  try {
    return { output: await machine.run(JSON.parse(JSON.stringify(input)), { overrides }).result };
  } catch (e: any) {
    return { error: e.cause?.name ?? e.name };
  }
}

function waitsOf(definition: any): Record<string, number> {
  return Object.fromEntries(Object.entries<any>(definition.States).filter(([, s]) => s.Type === 'Wait').map(([n]) => [n, 0]));
}

// Our run and the oracle's agree on the output.
async function agree(definition: any, input: unknown, results: Record<string, unknown> = {}) {
  const mocks = Object.fromEntries(Object.entries(results).map(([n, r]) => [n, TaskMock.result(r)]));
  const ours = await run(definition, input, mocks);
  const theirs = await oracle(definition, input, results);
  expect(ours.status).toBe('SUCCEEDED');
  expect(ours.output).toEqual(theirs.output);
  return ours;
}

const task = (extra: Record<string, unknown> = {}) => ({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', ...('Next' in extra ? {} : { End: true }), ...extra });

describe('Task data flow (InputPath, Parameters, ResultSelector, ResultPath, OutputPath)', () => {
  test("the documentation's InputPath/ResultPath/OutputPath example", async () => {
    const input = { comment: 'An input comment.', data: { val1: 23, val2: 17 }, extra: 'foo', lambda: { who: 'AWS Step Functions' } };
    const definition = { StartAt: 'Hello', States: { Hello: task({ InputPath: '$.lambda', ResultPath: '$.data.lambdaresult', OutputPath: '$.data' }) } };
    const seen: unknown[] = [];
    const result = await run(definition, input, { Hello: TaskMock.fromFunction((i: any) => (seen.push(i), `Hello, ${i.who}!`)) });
    expect(seen).toEqual([{ who: 'AWS Step Functions' }]);
    expect(result.output).toEqual({ val1: 23, val2: 17, lambdaresult: 'Hello, AWS Step Functions!' });
    await agree(definition, input, { Hello: 'Hello, AWS Step Functions!' });
  });

  // docs: "Specifying state output using ResultPath in Step Functions"
  const docInput = { comment: 'This is a test', details: 'Default example', who: 'Step Functions' };
  test.each([
    ['replaces the input (no ResultPath)', {}, 'Hello, Step Functions!'],
    ['$ replaces the input', { ResultPath: '$' }, 'Hello, Step Functions!'],
    ['null keeps the input', { ResultPath: null }, docInput],
    ['$.taskresult adds the result', { ResultPath: '$.taskresult' }, { ...docInput, taskresult: 'Hello, Step Functions!' }],
    ['$.strings.lambdaresult adds it in a child node it creates', { ResultPath: '$.strings.lambdaresult' }, { ...docInput, strings: { lambdaresult: 'Hello, Step Functions!' } }],
  ])("the documentation's ResultPath cases: %s", async (_name, fields, expected) => {
    const definition = { StartAt: 'Hello', States: { Hello: task(fields) } };
    const r = await run(definition, docInput, { Hello: TaskMock.result('Hello, Step Functions!') });
    expect(r.output).toEqual(expected);
    const theirs = (await oracle(definition, docInput, { Hello: 'Hello, Step Functions!' })).output;
    // aws-local-stepfunctions 3.0.0 writes a ResultPath of '$' as a member named '$'
    if ((fields as any).ResultPath === '$') expect(theirs).toEqual({ ...docInput, $: 'Hello, Step Functions!' });
    else expect(theirs).toEqual(expected);
  });

  test("the documentation's Catch with ResultPath: the error output kept with the original input", async () => {
    const definition = {
      StartAt: 'Task',
      States: { Task: task({ Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Recovery' }], Next: 'Recovery' }), Recovery: { Type: 'Pass', End: true } },
    };
    const r = await run(definition, { foo: 'bar' }, { Task: TaskMock.error('CustomError', 'This is a custom error!') });
    expect(r.output).toEqual({ foo: 'bar', error: { Error: 'CustomError', Cause: 'This is a custom error!' } });
  });

  test("the documentation's Parameters example: static values, paths, nested objects", async () => {
    const input = { comment: 'Example for Parameters.', product: { details: { color: 'blue', size: 'small', material: 'cotton' }, availability: 'in stock', sku: '2317', cost: '$23' } };
    const definition = {
      StartAt: 'P',
      States: { P: task({ Parameters: { comment: 'Selecting what I care about.', MyDetails: { 'size.$': '$.product.details.size', 'exists.$': '$.product.availability', 'StaticValue': 'foo' } } }) },
    };
    const seen: unknown[] = [];
    await run(definition, input, { P: TaskMock.fromFunction((i: any) => (seen.push(i), {})) });
    expect(seen[0]).toEqual({ comment: 'Selecting what I care about.', MyDetails: { size: 'small', exists: 'in stock', StaticValue: 'foo' } });
  });

  test('ResultSelector shapes the result before ResultPath places it; ResultPath null discards it', async () => {
    const definition = {
      StartAt: 'A',
      States: {
        A: task({ ResultSelector: { 'code.$': '$.StatusCode', 'first.$': '$.Payload.items[0]', 'all.$': '$.Payload.items[*].id' }, ResultPath: '$.a', Next: 'B' }),
        B: task({ ResultPath: null }),
      },
    };
    const r = await agree(definition, { keep: 1 }, { A: { StatusCode: 200, Payload: { items: [{ id: 'x' }, { id: 'y' }] } }, B: { ignored: true } });
    expect(r.output).toEqual({ keep: 1, a: { code: 200, first: { id: 'x' }, all: ['x', 'y'] } });
  });

  test('InputPath and OutputPath null give {}', async () => {
    const definition = { StartAt: 'A', States: { A: { Type: 'Pass', InputPath: null, Next: 'B' }, B: { Type: 'Pass', OutputPath: null, End: true } } };
    const r = await run(definition, { x: 1 });
    expect(r.states.map((s) => s.output)).toEqual([{}, {}]);
  });

  test('ResultPath into a value that is not an object is States.ResultPathMatchFailure (catchable)', async () => {
    const definition = {
      StartAt: 'A',
      States: { A: task({ ResultPath: '$.name.first', Catch: [{ ErrorEquals: ['States.ResultPathMatchFailure'], Next: 'Caught' }], Next: 'Caught' }), Caught: { Type: 'Pass', End: true } },
    };
    const r = await run(definition, { name: 'Ada' }, { A: TaskMock.result(1) });
    expect(r.states[0]).toMatchObject({ error: 'States.ResultPathMatchFailure', caughtBy: 'Caught' });
    expect(r.output).toEqual({ Error: 'States.ResultPathMatchFailure', Cause: expect.any(String) });
  });

  test('the context object: execution, state, task token, in Parameters', async () => {
    const definition = { StartAt: 'A', States: { A: { Type: 'Pass', Parameters: { 'name.$': '$$.Execution.Name', 'state.$': '$$.State.Name', 'input.$': '$$.Execution.Input.v', 'token.$': '$$.Task.Token' }, End: true } } };
    const r = await run(definition, { v: 5 }, {}, { executionName: 'exec' });
    expect(r.output).toEqual({ name: 'exec', state: 'A', input: 5, token: 'local-task-token' });
  });

  test('a path that finds nothing is States.Runtime, which no Catch handles', async () => {
    const definition = { StartAt: 'A', States: { A: task({ InputPath: '$.missing', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'B' }], Next: 'B' }), B: { Type: 'Pass', End: true } } };
    const r = await run(definition, {}, { A: TaskMock.result({}) });
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect((await oracle(definition, {}, { A: {} })).error).toBe('States.Runtime');
  });
});

describe('intrinsic functions', () => {
  const intrinsic = (expression: string, input: unknown = {}) =>
    run({ StartAt: 'P', States: { P: { Type: 'Pass', Parameters: { 'v.$': expression }, End: true } } }, input);

  test.each([
    ["States.Format('Hello {}, you have {} items', $.name, $.n)", { name: 'Ada', n: 3 }, 'Hello Ada, you have 3 items'],
    ["States.Format('\\{literal\\} {}', 'x')", {}, '{literal} x'],
    ["States.StringToJson('{\"a\":1}')", {}, { a: 1 }],
    ['States.JsonToString($.o)', { o: { a: [1] } }, '{"a":[1]}'],
    ["States.Array('a', 1, true, null, $.x)", { x: { y: 1 } }, ['a', 1, true, null, { y: 1 }]],
    ['States.ArrayPartition($.a, 2)', { a: [1, 2, 3, 4, 5] }, [[1, 2], [3, 4], [5]]],
    ['States.ArrayContains($.a, $.v)', { a: [1, { b: 2 }], v: { b: 2 } }, true],
    ['States.ArrayRange(1, 9, 2)', {}, [1, 3, 5, 7, 9]],
    ['States.ArrayGetItem($.a, 1)', { a: ['x', 'y'] }, 'y'],
    ['States.ArrayLength($.a)', { a: [1, 2, 3] }, 3],
    ['States.ArrayUnique($.a)', { a: [1, 2, 1, 'a', 'a'] }, [1, 2, 'a']],
    ["States.Base64Encode('Data to encode')", {}, 'RGF0YSB0byBlbmNvZGU='],
    ["States.Base64Decode('RGF0YSB0byBlbmNvZGU=')", {}, 'Data to encode'],
    ["States.Hash('input data', 'SHA-1')", {}, 'aaff4a450a104cd177d28d18d74485e8cae074b7'],
    ['States.JsonMerge($.a, $.b, false)', { a: { x: 1, y: { z: 1 } }, b: { y: { w: 2 } } }, { x: 1, y: { w: 2 } }],
    ['States.MathAdd($.n, -1)', { n: 111 }, 110],
    ["States.StringSplit('1,2, 3', ', ')", {}, ['1', '2', '3']],
    ['States.MathAdd(States.ArrayLength($.a), 10)', { a: [1, 2] }, 12],
  ])('%s', async (expression, input, expected) => {
    const r = await intrinsic(expression, input);
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual({ v: expected });
  });

  test('States.MathRandom is in range, States.UUID is a v4 UUID', async () => {
    const r = await run({ StartAt: 'P', States: { P: { Type: 'Pass', Parameters: { 'r.$': 'States.MathRandom(1, 10)', 'u.$': 'States.UUID()' }, End: true } } }, {});
    expect(r.output.r).toBeGreaterThanOrEqual(1);
    expect(r.output.r).toBeLessThan(10);
    expect(r.output.u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('bad arguments are States.IntrinsicFailure', async () => {
    expect(await intrinsic('States.ArrayGetItem($.a, 5)', { a: [1] })).toMatchObject({ status: 'FAILED', error: 'States.IntrinsicFailure' });
    expect(await intrinsic("States.Format('{} {}', 'one')")).toMatchObject({ status: 'FAILED', error: 'States.IntrinsicFailure' });
  });
});

describe('Choice rules', () => {
  const choice = (rule: object) => ({
    StartAt: 'C',
    States: { C: { Type: 'Choice', Choices: [{ ...rule, Next: 'Yes' }], Default: 'No' }, Yes: { Type: 'Pass', Result: 'yes', End: true }, No: { Type: 'Pass', Result: 'no', End: true } },
  });
  const input = { s: 'beta', n: 5, b: true, t: '2024-03-01T10:00:00Z', other: 7, nil: null, file: 'log-2024.txt' };

  test.each([
    [{ Variable: '$.s', StringEquals: 'beta' }, 'yes'],
    [{ Variable: '$.s', StringLessThan: 'gamma' }, 'yes'],
    [{ Variable: '$.s', StringGreaterThanEquals: 'zeta' }, 'no'],
    [{ Variable: '$.file', StringMatches: 'log-*.txt' }, 'yes'],
    [{ Variable: '$.n', NumericEquals: 5 }, 'yes'],
    [{ Variable: '$.n', NumericGreaterThan: 5 }, 'no'],
    [{ Variable: '$.n', NumericLessThanPath: '$.other' }, 'yes'],
    [{ Variable: '$.n', StringEquals: '5' }, 'no'],
    [{ Variable: '$.b', BooleanEquals: true }, 'yes'],
    [{ Variable: '$.t', TimestampLessThan: '2024-03-02T00:00:00Z' }, 'yes'],
    [{ Variable: '$.t', TimestampEquals: '2024-03-01T10:00:00+00:00' }, 'yes'],
    [{ Variable: '$.nil', IsNull: true }, 'yes'],
    [{ Variable: '$.n', IsNumeric: true }, 'yes'],
    [{ Variable: '$.s', IsString: false }, 'no'],
    [{ Variable: '$.t', IsTimestamp: true }, 'yes'],
    [{ And: [{ Variable: '$.n', NumericGreaterThanEquals: 1 }, { Not: { Variable: '$.s', StringEquals: 'alpha' } }] }, 'yes'],
    [{ Or: [{ Variable: '$.n', NumericEquals: 1 }, { Variable: '$.b', BooleanEquals: false }] }, 'no'],
  ])('%j -> %s', async (rule, expected) => {
    const r = await agree(choice(rule), input);
    expect(r.output).toBe(expected);
  });

  test('IsPresent: false matches a path that finds nothing (aws-local-stepfunctions 3.0.0 never matches it)', async () => {
    const definition = choice({ Variable: '$.gone', IsPresent: false });
    expect((await run(definition, input)).output).toBe('yes');
    expect((await oracle(definition, input)).output).toBe('no');
    expect((await run(choice({ Variable: '$.s', IsPresent: false }), input)).output).toBe('no');
  });

  test('no rule matches and no Default: States.NoChoiceMatched', async () => {
    const definition = { StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericEquals: 1, Next: 'X' }] }, X: { Type: 'Succeed' } } };
    expect(await run(definition, { n: 2 })).toMatchObject({ status: 'FAILED', error: 'States.NoChoiceMatched' });
  });
});

describe('Pass, Wait, Succeed, Fail', () => {
  test('Pass Result placed by ResultPath; Wait by SecondsPath and Timestamp, recorded on the clock', async () => {
    const definition = {
      StartAt: 'P',
      States: {
        P: { Type: 'Pass', Result: { x: 1 }, ResultPath: '$.r', Next: 'W1' },
        W1: { Type: 'Wait', SecondsPath: '$.delay', Next: 'W2' },
        W2: { Type: 'Wait', Timestamp: '2024-01-01T01:00:00Z', Next: 'S' },
        S: { Type: 'Succeed', OutputPath: '$.r' },
      },
    };
    const r = await run(definition, { delay: 600 });
    expect(r.output).toEqual({ x: 1 });
    expect(r.states.map((s) => s.waitSeconds)).toEqual([undefined, 600, 3000, undefined]);
    expect(r.states[3].enteredTime).toBe('2024-01-01T01:00:00.000Z');
    expect((await agree(definition, { delay: 600 })).output).toEqual({ x: 1 });
  });

  test('Fail with ErrorPath and CausePath (an intrinsic)', async () => {
    const definition = { StartAt: 'F', States: { F: { Type: 'Fail', ErrorPath: '$.code', CausePath: "States.Format('bad {}', $.id)" } } };
    expect(await run(definition, { code: 'Order.Bad', id: 3 })).toMatchObject({ status: 'FAILED', error: 'Order.Bad', cause: 'bad 3' });
  });

  test('a machine TimeoutSeconds passed by waits: TIMED_OUT', async () => {
    const definition = { StartAt: 'W', TimeoutSeconds: 60, States: { W: { Type: 'Wait', Seconds: 120, Next: 'P' }, P: { Type: 'Pass', End: true } } };
    expect(await run(definition, {})).toMatchObject({ status: 'TIMED_OUT', error: 'States.Timeout' });
  });
});

describe('Parallel and Map', () => {
  test('Parallel: each branch gets the effective input, the output is the list of branch outputs', async () => {
    const definition = {
      StartAt: 'Par',
      States: {
        Par: {
          Type: 'Parallel', Parameters: { 'v.$': '$.v' }, ResultSelector: { 'sum.$': 'States.MathAdd($[0].v, $[1])' }, ResultPath: '$.par', End: true,
          Branches: [
            { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
            { StartAt: 'B', States: { B: { Type: 'Pass', InputPath: '$.v', End: true } } },
          ],
        },
      },
    };
    const r = await agree(definition, { v: 2 });
    expect(r.output).toEqual({ v: 2, par: { sum: 4 } });
    expect(r.path).toEqual(['Par', 'A', 'B']);
  });

  test('Parallel: a failing branch fails the state with its error, which the Parallel can catch', async () => {
    const definition = {
      StartAt: 'Par',
      States: {
        Par: { Type: 'Parallel', Catch: [{ ErrorEquals: ['Boom'], ResultPath: '$.err', Next: 'After' }], Next: 'After', Branches: [{ StartAt: 'F', States: { F: { Type: 'Fail', Error: 'Boom', Cause: 'b' } } }] },
        After: { Type: 'Pass', End: true },
      },
    };
    expect((await run(definition, { a: 1 })).output).toEqual({ a: 1, err: { Error: 'Boom', Cause: 'b' } });
  });

  test('Map: ItemsPath, ItemSelector with $$.Map.Item, a Task per item, results by ResultPath', async () => {
    const definition = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map', ItemsPath: '$.orders', MaxConcurrency: 2, ItemSelector: { 'index.$': '$$.Map.Item.Index', 'order.$': '$$.Map.Item.Value', 'region.$': '$.region' }, ResultPath: '$.results', End: true,
          ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'Ship', States: { Ship: task({ ResultSelector: { 'id.$': '$.id' } }) } },
        },
      },
    };
    const ship = TaskMock.fromFunction((i: any) => ({ id: `${i.region}-${i.index}-${i.order.sku}` }));
    const r = await run(definition, { region: 'eu', orders: [{ sku: 'a' }, { sku: 'b' }] }, { Ship: ship });
    expect(r.output.results).toEqual([{ id: 'eu-0-a' }, { id: 'eu-1-b' }]);
    expect(r.states.map((s) => s.path)).toEqual(['M', 'M[0]/Ship', 'M[1]/Ship']);
    const theirs = await oracle({ StartAt: 'M', States: { M: { ...definition.States.M, ItemProcessor: { StartAt: 'Ship', States: { Ship: { Type: 'Pass', End: true } } } } } }, { region: 'eu', orders: [{ sku: 'a' }] });
    const ours = await run({ StartAt: 'M', States: { M: { ...definition.States.M, ItemProcessor: { StartAt: 'Ship', States: { Ship: { Type: 'Pass', End: true } } } } } }, { region: 'eu', orders: [{ sku: 'a' }] });
    expect(ours.output).toEqual(theirs.output);
  });

  test('Distributed Map: items from the mocked reader (MaxItems), batches, tolerated failures', async () => {
    const definition = {
      StartAt: 'D',
      States: {
        D: {
          Type: 'Map', End: true, ToleratedFailureCount: 1,
          ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'JSON', MaxItems: 4 }, Parameters: { Bucket: 'b', Key: 'k' } },
          ItemBatcher: { MaxItemsPerBatch: 2, BatchInput: { 'job.$': '$.job' } },
          ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'Work', States: { Work: task() } },
        },
      },
    };
    const work = TaskMock.fromFunction((i: any) => (i.Items.includes(3) ? TaskMock.error('Bad', 'item 3') : i.Items.length));
    const r = await run(definition, { job: 'j' }, { Work: work }, { itemReaders: { D: [1, 2, 3, 4, 5] } });
    expect(r.output).toEqual([2, { Error: 'Bad', Cause: 'item 3' }]);
    expect(r.states[1].input).toEqual({ Items: [1, 2], BatchInput: { job: 'j' } });
    const missing = await run(definition, {}, { Work: work });
    expect(missing.cause).toContain('give them in the run\'s itemReaders');
    const tooMany = await run({ ...definition, States: { D: { ...definition.States.D, ToleratedFailureCount: 0 } } }, { job: 'j' }, { Work: work }, { itemReaders: { D: [3] } });
    expect(tooMany.error).toBe('States.ExceedToleratedFailureThreshold');
  });
});
