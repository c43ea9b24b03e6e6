// Every example workflow of a service integration, run locally through its main path and its error paths.
import { entered, error, exampleRunner, fromFunction, result, sequence } from './run-example';

const LAMBDA_RETRY = ['Lambda.ServiceException', 'boom'] as const;

describe('example lambda (Orders)', () => {
  const runner = exampleRunner('lambda', 'Orders');
  const order = { order: { id: 'o-1', total: 12 } };

  test('main path: the payload, ResultSelector and ResultPath carry the order to Summarize', async () => {
    const run = await runner.run(order, {
      mocks: {
        'Enrich order': fromFunction((input) => ({ StatusCode: 200, Payload: { ...input.Payload.order, tier: 'gold' } })),
        'Ask for approval': result({ approved: true }),
        'Summarize': fromFunction((input) => ({ summary: input.approval.approved ? 'approved' : 'rejected' })),
      },
    });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.path).toEqual(['Enrich order', 'Ask for approval', 'Summarize']);
    expect(entered(run, 'Enrich order').output).toEqual({ ...order, enrichment: { enriched: { id: 'o-1', total: 12, tier: 'gold' }, status: 200 } });
    expect(run.output).toEqual({ summary: 'approved' });
  });

  test('the task gets its effective input: Parameters with the context object (entered time, task token)', async () => {
    const inputs: Record<string, any> = {};
    const recordInput = (name: string, answer: unknown) => fromFunction((input) => {
      inputs[name] = input;
      return answer;
    });
    await runner.run(order, {
      mocks: { 'Enrich order': recordInput('enrich', { Payload: {}, StatusCode: 200 }), 'Ask for approval': recordInput('ask', {}), 'Summarize': result({}) },
      startTime: '2025-05-01T10:00:00.000Z',
    });
    expect(inputs.enrich).toEqual({ FunctionName: '${aws_lambda_function.EnrichFunction.arn}', Payload: { order: order.order, requestedAt: '2025-05-01T10:00:00.000Z' } });
    expect(inputs.ask.Payload).toEqual({ token: 'local-task-token', order: order.order });
  });

  test('error path: Lambda service errors are retried 6 times with back-off 2, 4, 8, ... recorded, then the run fails', async () => {
    const run = await runner.run(order, { mocks: { 'Enrich order': error(...LAMBDA_RETRY) } });
    expect(run.status).toBe('FAILED');
    expect(run).toMatchObject({ error: 'Lambda.ServiceException', cause: 'boom' });
    const enrich = entered(run, 'Enrich order');
    expect(enrich.attempts).toBe(7);
    expect(enrich.retryDelaySeconds).toEqual([2, 4, 8, 16, 32, 64]);
  });

  test('error path: a retried error that then succeeds goes on, later states entered on the moved clock', async () => {
    const run = await runner.run(order, {
      mocks: {
        'Enrich order': sequence([error(...LAMBDA_RETRY), result({ Payload: {}, StatusCode: 200 })]),
        'Ask for approval': result({ approved: false }),
        'Summarize': result({ summary: 'rejected' }),
      },
    });
    expect(run.status).toBe('SUCCEEDED');
    expect(entered(run, 'Enrich order').attempts).toBe(2);
    expect(entered(run, 'Ask for approval').enteredTime).toBe('2024-01-01T00:00:02.000Z');
  });

  test('error path: an error the Retry does not name fails at once; a heartbeat timeout of the callback too', async () => {
    const run = await runner.run(order, { mocks: { 'Enrich order': error('OrderInvalid', 'no items') } });
    expect(run).toMatchObject({ status: 'FAILED', error: 'OrderInvalid', cause: 'no items' });
    expect(entered(run, 'Enrich order').attempts).toBe(1);
    const timedOut = await runner.run(order, {
      mocks: { 'Enrich order': result({ Payload: {}, StatusCode: 200 }), 'Ask for approval': error('States.HeartbeatTimeout') },
    });
    expect(timedOut).toMatchObject({ status: 'FAILED', error: 'States.HeartbeatTimeout' });
  });

  test('a Task state without a mock fails the run, naming the state', async () => {
    const run = await runner.run(order, { mocks: { 'Enrich order': result({ Payload: {}, StatusCode: 200 }) } });
    expect(run.status).toBe('FAILED');
    expect(run.error).toBe('States.Runtime');
    expect(run.cause).toContain('no mock for the Task state "Ask for approval"');
  });
});

describe('example dynamodb (MessageFlow)', () => {
  const runner = exampleRunner('dynamodb', 'MessageFlow');
  const input = { messageId: 'm-1', text: 'hello' };

  test('main path: ResultPath null keeps the input, ResultSelector picks the text', async () => {
    const run = await runner.run(input, {
      mocks: {
        'Put message': result({}),
        'Count view': result({ Attributes: { TotalCount: { N: '1' } } }),
        'Get message': fromFunction((i) => ({ Item: { Text: { S: `text of ${i.Key.MessageId.S}` } } })),
        'Delete message': result({}),
      },
    });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.path).toEqual(['Put message', 'Count view', 'Get message', 'Delete message']);
    expect(entered(run, 'Put message').output).toEqual(input);
    expect(run.output).toEqual({ ...input, updated: { Attributes: { TotalCount: { N: '1' } } }, message: { text: 'text of m-1' } });
  });

  test('error path: a failed condition fails the run; a missing Item fails ResultSelector with States.Runtime', async () => {
    const failed = await runner.run(input, { mocks: { 'Put message': error('DynamoDB.ConditionalCheckFailedException', 'exists') } });
    expect(failed).toMatchObject({ status: 'FAILED', error: 'DynamoDB.ConditionalCheckFailedException' });
    const missing = await runner.run(input, { mocks: { 'Put message': result({}), 'Count view': result({}), 'Get message': result({}) } });
    expect(missing).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(missing.cause).toContain('$.Item.Text.S');
  });
});

describe('example messaging (Messaging)', () => {
  const runner = exampleRunner('messaging', 'Messaging');
  const input = { message: 'hi', place: 'Paris', order: { id: 'o-7' } };

  test('main path: JSONPath tasks, then a JSONata task whose Arguments and Output use $states', async () => {
    const published: any[] = [];
    const run = await runner.run(input, {
      mocks: {
        'Publish message': result({ MessageId: 'sns-1' }),
        'Send to queue': fromFunction((i) => ({ MessageId: `sqs-${i.MessageBody.order.id}`, note: i.MessageBody.note })),
        // ResultPath $.worker: the worker's answer goes beside the input, the order stays for the next state
        'Wait for worker': fromFunction((i) => ({ done: true, orderId: i.MessageBody.order.id })),
        'Notify (JSONata)': fromFunction((i) => {
          published.push(i);
          return { MessageId: 'sns-2' };
        }),
      },
    });
    expect(run.status).toBe('SUCCEEDED');
    expect(entered(run, 'Send to queue').output.sqs).toEqual({ MessageId: 'sqs-o-7', note: 'literal ${text} and %{ directive } survive' });
    expect(entered(run, 'Wait for worker').output).toEqual({ ...input, sns: { MessageId: 'sns-1' }, sqs: { MessageId: 'sqs-o-7', note: 'literal ${text} and %{ directive } survive' }, worker: { done: true, orderId: 'o-7' } });
    expect(published[0]).toEqual({ TopicArn: '${aws_sns_topic.Notifications.arn}', Message: 'Order o-7 done' });
    expect(run.output).toEqual({ notified: 'sns-2' });
  });

  test('error path: the callback task fails', async () => {
    const run = await runner.run(input, {
      mocks: { 'Publish message': result({}), 'Send to queue': result({}), 'Wait for worker': error('Worker.Rejected', 'bad order') },
    });
    expect(run).toMatchObject({ status: 'FAILED', error: 'Worker.Rejected', cause: 'bad order' });
    expect(run.path).toEqual(['Publish message', 'Send to queue', 'Wait for worker']);
  });
});

describe('example stepfunctions (Parent, Child)', () => {
  test('Child: a Pass with a Result', async () => {
    const run = await exampleRunner('stepfunctions', 'Child').run({ any: 1 });
    expect(run).toMatchObject({ status: 'SUCCEEDED', output: { done: true } });
  });

  test('Parent main path: StringToJson in ResultSelector reads the child output', async () => {
    const run = await exampleRunner('stepfunctions', 'Parent').run({ orderId: 'o-3' }, {
      mocks: { 'Run child': result({ Output: '{"done":true}', Status: 'SUCCEEDED' }), 'Manual review': fromFunction((i) => ({ reviewed: i.orderId })) },
    });
    expect(run.status).toBe('SUCCEEDED');
    expect(entered(run, 'Run child').output).toEqual({ orderId: 'o-3', child: { output: { done: true } } });
    expect(run.output).toEqual({ reviewed: 'o-3' });
  });

  test('Parent error paths: a child that fails, and a child output that is not JSON (States.IntrinsicFailure)', async () => {
    const runner = exampleRunner('stepfunctions', 'Parent');
    const failed = await runner.run({ orderId: 'o-3' }, { mocks: { 'Run child': error('States.TaskFailed', 'child failed') } });
    expect(failed).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed' });
    const bad = await runner.run({ orderId: 'o-3' }, { mocks: { 'Run child': result({ Output: 'not json' }) } });
    expect(bad).toMatchObject({ status: 'FAILED', error: 'States.IntrinsicFailure' });
  });
});

describe('example apigateway (ApiCalls)', () => {
  const runner = exampleRunner('apigateway', 'ApiCalls');

  test('main path through the REST, callback and HTTP calls to the JSONata read', async () => {
    const run = await runner.run({ order: { id: 'o-1' } }, {
      mocks: {
        'Call REST API': result({ ResponseBody: [{ id: 1 }] }),
        'Endpoint': result({ ok: true }),
        'Call HTTP API': result({ StatusCode: 201 }),
        'Read order (JSONata)': result({ ResponseBody: { id: 'o-1' } }),
      },
    });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.path).toEqual(['Call REST API', 'Endpoint', 'Call HTTP API', 'Read order (JSONata)']);
    expect(entered(run, 'Call HTTP API').output).toEqual({ order: { id: 'o-1' }, pets: { ResponseBody: [{ id: 1 }] }, created: { StatusCode: 201 } });
    expect(run.output).toEqual({ order: { id: 'o-1' } });
  });

  test('error path: the API answers with an error', async () => {
    const run = await runner.run({}, { mocks: { 'Call REST API': error('ApiGateway.403', 'Forbidden') } });
    expect(run).toMatchObject({ status: 'FAILED', error: 'ApiGateway.403', cause: 'Forbidden' });
  });
});

describe('example aws-sdk (AwsSdk)', () => {
  const runner = exampleRunner('aws-sdk', 'AwsSdk');

  test('main path: SDK calls in JSONPath, then JSONata Arguments from the context object', async () => {
    let logStream: any;
    const run = await runner.run({ key: 'a.png' }, {
      executionName: 'exec-42',
      mocks: {
        'GetObject': result({ Body: 'bytes', ContentType: 'image/png' }),
        'ListBuckets': result({ Buckets: [] }),
        'DetectLabels': result({ Labels: [{ Name: 'Cat' }] }),
        'DescribeExecution': fromFunction((i) => ({ arn: i.ExecutionArn })),
        'CreateLogStream': fromFunction((i) => {
          logStream = i;
          return {};
        }),
      },
    });
    expect(run.status).toBe('SUCCEEDED');
    expect(logStream).toEqual({ LogGroupName: '${aws_cloudwatch_log_group.WorkflowLogs.name}', LogStreamName: 'exec-42' });
    expect(run.output).toEqual({
      key: 'a.png',
      object: { body: 'bytes' },
      labels: { Labels: [{ Name: 'Cat' }] },
      execution: { arn: 'arn:aws:states:us-east-1:123456789012:execution:local:exec-42' },
    });
  });

  test('error path: S3 NoSuchKey', async () => {
    const run = await runner.run({ key: 'missing' }, { mocks: { GetObject: error('S3.NoSuchKeyException', 'The specified key does not exist.') } });
    expect(run).toMatchObject({ status: 'FAILED', error: 'S3.NoSuchKeyException' });
  });
});

describe('example aws-sdk-cross-region', () => {
  const runner = exampleRunner('aws-sdk-cross-region', 'StateMachine');

  test('main path, and the Lambda retry of the cross-region handler', async () => {
    const run = await runner.run({ key: 'k' }, {
      mocks: { GetObject: sequence([error('Lambda.SdkClientException'), result({ Body: 'x' })]), HeadObject: result({ ContentLength: 42 }) },
    });
    expect(run).toMatchObject({ status: 'SUCCEEDED', output: { size: 42 } });
    expect(entered(run, 'GetObject').retryDelaySeconds).toEqual([2]);
  });

  test('error path: the call fails in the other region', async () => {
    const run = await runner.run({ key: 'k' }, { mocks: { GetObject: error('S3.AccessDenied', 'denied') } });
    expect(run).toMatchObject({ status: 'FAILED', error: 'S3.AccessDenied' });
  });
});

describe('example eventbridge (EventBridge, Scheduler)', () => {
  test('EventBridge main path: the JSONata task reads the approval the callback placed', async () => {
    let entries: any;
    const run = await exampleRunner('eventbridge', 'EventBridge').run({ order: { id: 'o-9' }, audit: { by: 'me' } }, {
      mocks: {
        'Send an event to EventBridge': result({ Entries: [{ EventId: 'e1' }] }),
        'Wait for approval': result({ approved: true }),
        'Notify (JSONata)': fromFunction((i) => {
          entries = i.Entries;
          return { FailedEntryCount: 0 };
        }),
      },
    });
    expect(run.status).toBe('SUCCEEDED');
    expect(entries[0].Detail).toEqual({ orderId: 'o-9', approved: true });
  });

  test('EventBridge error path: putEvents fails', async () => {
    const run = await exampleRunner('eventbridge', 'EventBridge').run({ order: { id: 'o-9' }, audit: { by: 'me' } }, {
      mocks: { 'Send an event to EventBridge': error('EventBridge.InternalException') },
    });
    expect(run).toMatchObject({ status: 'FAILED', error: 'EventBridge.InternalException' });
  });

  test('Scheduler: main path, and a schedule that already exists', async () => {
    const runner = exampleRunner('eventbridge', 'Scheduler');
    const ok = { 'Create an hourly schedule': result({}), 'Create a weekday schedule': result({}), 'Create a one-time schedule': fromFunction((i) => ({ name: i.Name })) };
    const run = await runner.run({}, { mocks: ok, executionName: 'e1' });
    expect(run).toMatchObject({ status: 'SUCCEEDED', output: { name: 'example-once-e1' } });
    const conflict = await runner.run({}, { mocks: { ...ok, 'Create a weekday schedule': error('Scheduler.ConflictException', 'exists') } });
    expect(conflict).toMatchObject({ status: 'FAILED', error: 'Scheduler.ConflictException' });
  });
});

describe('example batch, eks, http', () => {
  test('batch: the job result is selected; a failed job fails the run', async () => {
    const runner = exampleRunner('batch', 'Reports');
    const run = await runner.run({ month: '2025-01' }, { mocks: { 'Submit report job': result({ JobId: 'j-1', Status: 'SUCCEEDED', Attempts: [] }) } });
    expect(run).toMatchObject({ status: 'SUCCEEDED', output: { month: '2025-01', job: { jobId: 'j-1', status: 'SUCCEEDED' } } });
    const failed = await runner.run({ month: '2025-01' }, { mocks: { 'Submit report job': error('States.TaskFailed', 'Essential container exited') } });
    expect(failed).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed' });
  });

  test('eks: a wildcard path in ResultSelector selects every pod name; the API may refuse', async () => {
    const runner = exampleRunner('eks', 'Kubernetes');
    const run = await runner.run({}, {
      mocks: {
        'List pods': result({ ResponseBody: { items: [{ metadata: { name: 'a' } }, { metadata: { name: 'b' } }] } }),
        'Create config map': result({ ResponseBody: { kind: 'ConfigMap' } }),
      },
    });
    expect(run.status).toBe('SUCCEEDED');
    expect(entered(run, 'List pods').output.pods).toEqual({ pods: ['a', 'b'] });
    const refused = await runner.run({}, { mocks: { 'List pods': error('EKS.401', 'Unauthorized') } });
    expect(refused).toMatchObject({ status: 'FAILED', error: 'EKS.401' });
  });

  test('http HttpCalls: the endpoint built with States.Format, the body selected; a 500 fails', async () => {
    const runner = exampleRunner('http', 'HttpCalls');
    let endpoint: string | undefined;
    const run = await runner.run({ resourcePath: 'items/1' }, {
      mocks: { 'Invoke HTTP API': result({ StatusCode: 200 }), 'Get resource': fromFunction((i) => (endpoint = i.ApiEndpoint, { ResponseBody: { id: 1 } })) },
    });
    expect(endpoint).toBe('https://api.example.com/items/1');
    expect(run).toMatchObject({ status: 'SUCCEEDED', output: { body: { id: 1 } } });
    const failed = await runner.run({ resourcePath: 'x' }, { mocks: { 'Invoke HTTP API': error('States.Http.StatusCode.500', 'server error') } });
    expect(failed).toMatchObject({ status: 'FAILED', error: 'States.Http.StatusCode.500' });
  });
});
