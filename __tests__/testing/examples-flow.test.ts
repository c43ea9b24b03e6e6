// The example workflows with control flow (loops, Choice, Parallel, Map, Wait, variables), run locally
// through their main paths and their error paths.
import { entered, error, exampleRunner, fromFunction, result, sequence } from './run-example';

describe('example paths (Paths)', () => {
  const runner = exampleRunner('paths', 'Paths');

  test('InputPath, Parameters with the context object and States.Format, ResultPath, OutputPath; the Wait is recorded', async () => {
    const run = await runner.run({ order: { id: 'o-1', customer: 'Ada', items: [1, 2] } }, { executionName: 'e-1' });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.path).toEqual(['Shape input', 'Pause', 'Done']);
    expect(run.output).toEqual({
      id: 'o-1',
      execution: 'arn:aws:states:us-east-1:123456789012:execution:local:e-1',
      greeting: 'Hello Ada, ${literal} %{stays}',
      items: [1, 2],
      note: 'quotes " backslash \\ newline \n tab \t unicode ✓',
    });
    expect(entered(run, 'Pause').waitSeconds).toBe(3);
    expect(entered(run, 'Done').enteredTime).toBe('2024-01-01T00:00:03.000Z');
  });

  test('error path: an input without the order fails InputPath with States.Runtime', async () => {
    const run = await runner.run({ other: true });
    expect(run).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(run.cause).toContain('"$.order"');
  });
});

describe('example job-poller (JobPoller)', () => {
  const runner = exampleRunner('job-poller', 'JobPoller');
  const input = { jobId: 'j-1', waitSeconds: 30, items: ['a', 'b'] };
  const submitted = result({ Payload: input, StatusCode: 200 });

  test('main path: polls until SUCCEEDED, then the Parallel report with its Map; waits recorded', async () => {
    const run = await runner.run({ request: 1 }, {
      mocks: {
        'Submit Job': submitted,
        'Get Job Status': sequence([result({ Payload: { status: 'RUNNING' } }), result({ Payload: { status: 'RUNNING' } }), result({ Payload: { status: 'SUCCEEDED' } })]),
      },
    });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.path).toEqual([
      'Submit Job',
      'Wait X Seconds', 'Get Job Status', 'Job Complete?',
      'Wait X Seconds', 'Get Job Status', 'Job Complete?',
      'Wait X Seconds', 'Get Job Status', 'Job Complete?',
      'Report', 'Log', 'Per item', 'Item', 'Item', 'Done',
    ]);
    expect(run.states.filter((s) => s.name === 'Wait X Seconds').map((s) => s.waitSeconds)).toEqual([30, 30, 30]);
    expect(entered(run, 'Report[0]/Log').output).toEqual({ message: 'Job j-1 finished' });
    expect(entered(run, 'Report[1]/Per item[1]/Item').input).toBe('b');
    expect(entered(run, 'Report').output).toEqual({ ...input, job: { status: 'SUCCEEDED' } });
    expect(run.output).toEqual({ ...input, job: { status: 'SUCCEEDED' } });
  });

  test('error path: the job FAILED status goes to the Fail state', async () => {
    const run = await runner.run({}, { mocks: { 'Submit Job': submitted, 'Get Job Status': result({ Payload: { status: 'FAILED' } }) } });
    expect(run).toMatchObject({ status: 'FAILED', error: 'JobFailed', cause: 'The job failed' });
    expect(run.path.slice(-2)).toEqual(['Job Complete?', 'Job Failed']);
  });

  test('error path: a submit error is caught by States.ALL into $.error and ends in the Fail state', async () => {
    const run = await runner.run({ request: 1 }, { mocks: { 'Submit Job': error('Job.Rejected', 'quota') } });
    expect(run.path).toEqual(['Submit Job', 'Job Failed']);
    const submit = entered(run, 'Submit Job');
    expect(submit).toMatchObject({ error: 'Job.Rejected', caughtBy: 'Job Failed', output: { request: 1, error: { Error: 'Job.Rejected', Cause: 'quota' } } });
    expect(run).toMatchObject({ status: 'FAILED', error: 'JobFailed' });
  });

  test('error path: a status that never settles is stopped by maxStates', async () => {
    const run = await runner.run({}, { mocks: { 'Submit Job': submitted, 'Get Job Status': result({ Payload: { status: 'RUNNING' } }) }, maxStates: 50 });
    expect(run).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(run.cause).toContain('more than 50 states');
  });
});

describe('example http (IssueLabeller, JSONata with variables)', () => {
  const runner = exampleRunner('http', 'IssueLabeller');
  const input = { hostname: 'git.example.com', issue: { id: 7 } };

  test('main path: Assign from the result, variables read by later states and by the Choice', async () => {
    let endpoint: string | undefined;
    const run = await runner.run(input, {
      mocks: { 'Get Issue': fromFunction((i) => (endpoint = i.ApiEndpoint, { ResponseBody: JSON.stringify({ id: 7, title: 'bug: crash' }) })) },
    });
    expect(endpoint).toBe('https://git.example.com/issues/7');
    expect(run.status).toBe('SUCCEEDED');
    // The example's title pattern, /(\w)\:*/, has one capture group: `groups[1]` is never there, so
    // $component stays unset and every issue takes the default (a finding of this run; the workflow
    // is aws-cdk's README example, ported as is).
    expect(run.path).toEqual(['Get Issue', 'Parse Title', 'Match Title Template?', 'Not Match Title Template']);
  });

  test('the labelling branch, when both variables are set', async () => {
    const { testing } = await import('../../src');
    const definition = JSON.parse(JSON.stringify(runner.definition));
    definition.States['Parse Title'].Assign = { type: "{% $substringBefore($issue.title, ':') %}", component: "{% $trim($substringAfter($issue.title, ':')) %}" };
    let update: any;
    const run = await testing.LocalRunner.fromDefinition(definition).run(input, {
      mocks: {
        'Get Issue': result({ ResponseBody: JSON.stringify({ id: 7, title: 'bug: parser' }) }),
        'Update Issue Labels': fromFunction((i) => (update = i, { StatusCode: 200 })),
      },
    });
    expect(run.path).toEqual(['Get Issue', 'Parse Title', 'Match Title Template?', 'Update Issue Labels']);
    expect(update.ApiEndpoint).toBe('https://git.example.com/issues/7/labels');
    expect(update.RequestBody).toEqual({ labels: ['bug', 'parser'] });
  });

  test('the other branch: a title without the template goes to the default', async () => {
    const run = await runner.run(input, { mocks: { 'Get Issue': result({ ResponseBody: JSON.stringify({ id: 7, title: '???' }) }) } });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.path).toEqual(['Get Issue', 'Parse Title', 'Match Title Template?', 'Not Match Title Template']);
  });

  test('error path: a body that is not JSON fails $parse with States.QueryEvaluationError', async () => {
    const run = await runner.run(input, { mocks: { 'Get Issue': result({ ResponseBody: '<html>' }) } });
    expect(run).toMatchObject({ status: 'FAILED', error: 'States.QueryEvaluationError' });
  });
});

describe('example evaluate-expression (StateMachine)', () => {
  const runner = exampleRunner('evaluate-expression', 'StateMachine');

  test('main path: the computed seconds drive the Wait; the JSONata task gets its input', async () => {
    let graviton: any;
    const run = await runner.run({ waitMilliseconds: 5000, prices: [3, 9, 4] }, {
      mocks: {
        'Convert to seconds': fromFunction((i) => i.expressionAttributeValues['$.waitMilliseconds'] / 1000),
        'Create message': fromFunction((i) => `Now waiting ${i.expressionAttributeValues['$.waitSeconds']} seconds...`),
        'Publish message': result({ MessageId: 'm' }),
        'Highest price on Graviton': fromFunction((i) => {
          graviton = i;
          return Math.max(...i.input.prices);
        }),
      },
    });
    expect(run.status).toBe('SUCCEEDED');
    expect(entered(run, 'Wait').waitSeconds).toBe(5);
    expect(entered(run, 'Publish message').input.message).toBe('Now waiting 5 seconds...');
    expect(graviton.expression).toBe('Math.max(...$.prices)');
    expect(run.output).toEqual({ highest: 9 });
  });

  test('error path: a negative wait fails the Wait state', async () => {
    const run = await runner.run({ waitMilliseconds: -1000 }, {
      mocks: { 'Convert to seconds': result(-1), 'Create message': result('x'), 'Publish message': result({}) },
    });
    expect(run).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(run.path[run.path.length - 1]).toBe('Wait');
  });
});
