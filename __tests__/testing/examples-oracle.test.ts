// The JSONPath example workflows, run by the local runner and by aws-local-stepfunctions with the same
// task results: both must give the same output.
import { exampleRunner, fromFunction } from './run-example';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { StateMachine: OracleMachine } = require('aws-local-stepfunctions');

type Answer = (input: any, call: number) => unknown;

// Every state name of a kind, nested ones too.
function statesOf(graph: any, type: string): string[] {
  return Object.entries<any>(graph.States ?? {}).flatMap(([name, s]) => [
    ...(s.Type === type ? [name] : []),
    ...(s.Branches ?? []).flatMap((b: any) => statesOf(b, type)),
    ...(s.ItemProcessor ?? s.Iterator ? statesOf(s.ItemProcessor ?? s.Iterator, type) : []),
  ]);
}

async function oracleOutput(definition: any, input: unknown, answers: Record<string, Answer>): Promise<unknown> {
  const calls: Record<string, number> = {};
  const taskResourceLocalHandlers = Object.fromEntries(Object.entries(answers).map(([name, answer]) => [name, async (i: unknown) => {
    calls[name] = (calls[name] ?? 0) + 1;
    return answer(i, calls[name] - 1);
  }]));
  const zero = (names: string[]) => Object.fromEntries(names.map((n) => [n, 0]));
  // its schema wants a Resource that looks like an ARN: a reference stands for a sample one
  const text = JSON.stringify(definition).replace(/"Resource":"\$\{[^}"]+\}"/g, '"Resource":"arn:aws:lambda:us-east-1:123456789012:function:sample"');
  const machine = new OracleMachine(JSON.parse(text), { validationOptions: { checkArn: false, checkPaths: false } });
  const context = { Execution: { Id: 'arn:aws:states:us-east-1:123456789012:execution:local:local-run', Name: 'local-run' }, State: { EnteredTime: '2024-01-01T00:00:00.000Z' }, Task: { Token: 'local-task-token' } };
  const overrides = { taskResourceLocalHandlers, waitTimeOverrides: zero(statesOf(definition, 'Wait')), retryIntervalOverrides: zero(statesOf(definition, 'Task')) };
  return machine.run(JSON.parse(JSON.stringify(input)), { overrides, context }).result;
}

const CASES: Array<[string, string, unknown, Record<string, Answer>]> = [
  ['paths', 'Paths', { order: { id: 'o', customer: 'Ada', items: [1] } }, {}],
  ['lambda', 'Orders', { order: { id: 'o' } }, {
    'Enrich order': () => ({ StatusCode: 200, Payload: { tier: 'gold' } }),
    'Ask for approval': () => ({ approved: true }),
    'Summarize': (i) => ({ seen: i.approval }),
  }],
  ['dynamodb', 'MessageFlow', { messageId: 'm', text: 't' }, {
    'Put message': () => ({}),
    'Count view': () => ({ Attributes: { TotalCount: { N: '1' } } }),
    'Get message': () => ({ Item: { Text: { S: 'hello' } } }),
    'Delete message': () => ({}),
  }],
  ['stepfunctions', 'Parent', { orderId: 'o' }, { 'Run child': () => ({ Output: '{"done":true}' }), 'Manual review': (i) => ({ reviewed: i.orderId }) }],
  ['job-poller', 'JobPoller', { request: 1 }, {
    'Submit Job': () => ({ Payload: { jobId: 'j', waitSeconds: 5, items: ['a', 'b'] } }),
    'Get Job Status': (_i, call) => ({ Payload: { status: call < 2 ? 'RUNNING' : 'SUCCEEDED' } }),
  }],
  ['http', 'HttpCalls', { resourcePath: 'x' }, { 'Invoke HTTP API': () => ({}), 'Get resource': (i) => ({ ResponseBody: { endpoint: i.ApiEndpoint } }) }],
  ['batch', 'Reports', { month: '2025-01' }, { 'Submit report job': () => ({ JobId: 'j', Status: 'SUCCEEDED' }) }],
];

describe('JSONPath examples: the local runner and aws-local-stepfunctions agree', () => {
  test.each(CASES)('%s/%s', async (example, machine, input, answers) => {
    const runner = exampleRunner(example as any, machine);
    const mocks = Object.fromEntries(Object.entries(answers).map(([name, answer]) => [name, fromFunction(answer)]));
    const ours = await runner.run(input, { mocks });
    expect(ours.status).toBe('SUCCEEDED');
    expect(ours.output).toEqual(await oracleOutput(runner.definition, input, answers));
  });
});
