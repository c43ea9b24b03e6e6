import { CloudwatchEventConnection } from '@cdktf/provider-aws/lib/cloudwatch-event-connection';
import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { newStack, renderState } from '../../util/synth';
import { integrationArn, machineOf } from '../util';

const CONN = '${aws_cloudwatch_event_connection.Conn.arn}';
const SECRET = '${aws_cloudwatch_event_connection.Conn.secret_arn}';
const ROOT = 'https://api.example.com';

describe('HttpInvoke', () => {
  let stack: TerraformStack;
  let connection: CloudwatchEventConnection;
  beforeEach(() => {
    stack = newStack();
    connection = new CloudwatchEventConnection(stack, 'Conn', {
      name: 'conn', authorizationType: 'API_KEY',
      authParameters: { apiKey: { key: 'x-api-key', value: 'secret' } },
    });
  });
  const invoke = (props: Partial<tasks.HttpInvokeProps> = {}, id = 'Invoke') => new tasks.HttpInvoke(stack, id, {
    connection, apiRoot: ROOT, apiEndpoint: sfn.TaskInput.fromText('orders'), method: sfn.TaskInput.fromText('GET'), ...props,
  });

  test('default settings: a literal endpoint is one string', () => {
    expect(renderState(invoke())).toEqual({
      Type: 'Task',
      Resource: integrationArn('http:invoke'),
      Parameters: { ApiEndpoint: `${ROOT}/orders`, Method: 'GET', Authentication: { ConnectionArn: CONN } },
      End: true,
    });
  });

  test('renders headers, query parameters and body', () => {
    const task = invoke({
      method: sfn.TaskInput.fromText('POST'),
      headers: sfn.TaskInput.fromObject({ 'Content-Type': 'application/json' }),
      queryStringParameters: sfn.TaskInput.fromObject({ id: sfn.JsonPath.stringAt('$.id') }),
      body: sfn.TaskInput.fromObject({ foo: 'bar' }),
    });
    expect(renderState(task).Parameters).toEqual({
      ApiEndpoint: `${ROOT}/orders`,
      Method: 'POST',
      Authentication: { ConnectionArn: CONN },
      Headers: { 'Content-Type': 'application/json' },
      QueryParameters: { 'id.$': '$.id' },
      RequestBody: { foo: 'bar' },
    });
  });

  describe('ApiEndpoint by the effective language (C.3)', () => {
    test('JSONPath: States.Format only when the endpoint is a path', () => {
      const task = invoke({ apiEndpoint: sfn.TaskInput.fromJsonPathAt('$.path') });
      expect(renderState(task).Parameters['ApiEndpoint.$']).toBe(`States.Format('{}/{}', '${ROOT}', $.path)`);
    });

    test('JSONata: a concatenation only when a side is an expression; literals quoted', () => {
      const task = tasks.HttpInvoke.jsonata(stack, 'J', {
        connection, apiRoot: "{% 'https://' & $states.input.host %}", apiEndpoint: sfn.TaskInput.fromText("it's/here"), method: sfn.TaskInput.fromText('GET'),
      });
      expect(renderState(task).Arguments.ApiEndpoint).toBe(`{% ('https://' & $states.input.host) & '/' & "it's/here" %}`);
      const literal = tasks.HttpInvoke.jsonata(stack, 'L', { connection, apiRoot: ROOT, apiEndpoint: sfn.TaskInput.fromText('a/b'), method: sfn.TaskInput.fromText('GET') });
      expect(renderState(literal).Arguments.ApiEndpoint).toBe(`${ROOT}/a/b`);
    });

    test('a task without a language of its own in a JSONata machine renders the JSONata form', () => {
      const task = invoke({ apiEndpoint: sfn.TaskInput.fromText('{% $states.input.path %}') });
      const m = machineOf(stack, task, { queryLanguage: sfn.QueryLanguage.JSONATA });
      expect(m.definition.States.Invoke.Arguments.ApiEndpoint).toBe(`{% "${ROOT}" & '/' & ($states.input.path) %}`);
    });
  });

  describe('urlEncodingFormat (C.4)', () => {
    test('adds the form content type and the Transform; DEFAULT has no array format', () => {
      const p = renderState(invoke({ headers: sfn.TaskInput.fromObject({ A: 'b' }), urlEncodingFormat: tasks.URLEncodingFormat.BRACKETS })).Parameters;
      expect(p.Headers).toEqual({ 'A': 'b', 'Content-Type': 'application/x-www-form-urlencoded' });
      expect(p.Transform).toEqual({ RequestBodyEncoding: 'URL_ENCODED', RequestEncodingOptions: { ArrayFormat: 'BRACKETS' } });
      expect(renderState(invoke({ urlEncodingFormat: tasks.URLEncodingFormat.DEFAULT }, 'D')).Parameters.Transform).toEqual({ RequestBodyEncoding: 'URL_ENCODED' });
      expect(renderState(invoke({ urlEncodingFormat: tasks.URLEncodingFormat.NONE }, 'N')).Parameters).not.toHaveProperty('Transform');
    });

    test('headers read at run time are merged with the content type, not spread into characters', () => {
      const p = renderState(invoke({ headers: sfn.TaskInput.fromJsonPathAt('$.headers'), urlEncodingFormat: tasks.URLEncodingFormat.COMMAS })).Parameters;
      expect(p['Headers.$']).toBe("States.JsonMerge($.headers, States.StringToJson('\\{\"Content-Type\":\"application/x-www-form-urlencoded\"\\}'), false)");
      const j = tasks.HttpInvoke.jsonata(stack, 'J', {
        connection, apiRoot: ROOT, apiEndpoint: sfn.TaskInput.fromText('x'), method: sfn.TaskInput.fromText('POST'),
        headers: sfn.TaskInput.fromText('{% $states.input.headers %}'), urlEncodingFormat: tasks.URLEncodingFormat.REPEAT,
      });
      expect(renderState(j).Arguments.Headers).toBe('{% $merge([($states.input.headers), {"Content-Type":"application/x-www-form-urlencoded"}]) %}');
    });
  });

  describe('IAM', () => {
    test('the connection, its secret, and InvokeHTTPEndpoint for the method and the URLs under apiRoot', () => {
      const m = machineOf(stack, invoke({ method: sfn.TaskInput.fromText('POST') }));
      expect(m.statements).toEqual([
        { Effect: 'Allow', Action: 'events:RetrieveConnectionCredentials', Resource: CONN },
        { Effect: 'Allow', Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'], Resource: SECRET },
        {
          Effect: 'Allow', Action: 'states:InvokeHTTPEndpoint', Resource: '*',
          Condition: { StringEquals: { 'states:HTTPMethod': 'POST' }, StringLike: { 'states:HTTPEndpoint': `${ROOT}/*` } },
        },
      ]);
    });

    test('a method or a root decided at run time has no condition; a literal connection is granted as it is', () => {
      const literal = { arn: 'arn:aws:events:us-east-1:111122223333:connection/c/1', secretArn: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:events!connection/c/1-abc' };
      const m = machineOf(stack, tasks.HttpInvoke.jsonata(stack, 'J', {
        connection: literal, apiRoot: "{% 'https://' & $states.input.host %}", apiEndpoint: sfn.TaskInput.fromText('x'), method: sfn.TaskInput.fromText('{% $states.input.method %}'),
      }));
      expect(m.statements).toEqual([
        { Effect: 'Allow', Action: 'events:RetrieveConnectionCredentials', Resource: literal.arn },
        { Effect: 'Allow', Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'], Resource: literal.secretArn },
        { Effect: 'Allow', Action: 'states:InvokeHTTPEndpoint', Resource: '*' },
      ]);
    });
  });

  test('jsonPath() renders Parameters; only REQUEST_RESPONSE is supported', () => {
    expect(renderState(tasks.HttpInvoke.jsonPath(stack, 'P', { connection, apiRoot: ROOT, apiEndpoint: sfn.TaskInput.fromText('x'), method: sfn.TaskInput.fromText('GET') })).Parameters.ApiEndpoint).toBe(`${ROOT}/x`);
    expect(renderState(invoke({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })).Resource).toBe(integrationArn('http:invoke'));
    for (const integrationPattern of [sfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN]) {
      expect(() => invoke({ integrationPattern }, `P${integrationPattern}`))
        .toThrow(new RegExp(`^test/P${integrationPattern}: 'integrationPattern' ${integrationPattern} is not supported by this task; supported: REQUEST_RESPONSE$`));
    }
  });

  describe('validation', () => {
    test('apiRoot: an https:// URL without a trailing slash', () => {
      expect(() => invoke({ apiRoot: 'http://api.example.com' })).toThrow(/^test\/Invoke: 'apiRoot' must be an https:\/\/ URL without a trailing '\/' \(the endpoint is appended after a '\/'\), got "http:\/\/api.example.com"$/);
      expect(() => invoke({ apiRoot: `${ROOT}/` }, 'Slash')).toThrow(/^test\/Slash: 'apiRoot' must be an https:\/\/ URL/);
      expect(() => invoke({ apiRoot: `${ROOT}/v1` }, 'Base')).not.toThrow();
      expect(() => invoke({ apiRoot: sfn.JsonPath.stringAt('$.root') }, 'Path')).not.toThrow();
    });

    test('apiEndpoint: relative, without a leading slash; a text', () => {
      expect(() => invoke({ apiEndpoint: sfn.TaskInput.fromText('/orders') })).toThrow(/^test\/Invoke: 'apiEndpoint' is the path after 'apiRoot' and its '\/': it must not start with '\/' or hold a whole URL, got "\/orders"$/);
      expect(() => invoke({ apiEndpoint: sfn.TaskInput.fromText(`${ROOT}/orders`) }, 'Url')).toThrow(/^test\/Url: 'apiEndpoint' is the path after/);
      expect(() => invoke({ apiEndpoint: sfn.TaskInput.fromObject({ a: 1 }) }, 'Obj')).toThrow(/^test\/Obj: 'apiEndpoint' must be a text \(TaskInput.fromText, a JsonPath reference or a JSONata expression\), got \{"a":1\}$/);
      expect(() => invoke({ apiEndpoint: sfn.TaskInput.fromText('') }, 'Empty')).not.toThrow();
    });

    test('method: one of the HTTP Task methods, or a reference', () => {
      expect(() => invoke({ method: sfn.TaskInput.fromText('get') })).toThrow(/^test\/Invoke: 'method' must be one of GET, POST, PUT, DELETE, PATCH, OPTIONS, HEAD, got "get"$/);
      expect(() => invoke({ method: sfn.TaskInput.fromJsonPathAt('$.method') }, 'Path')).not.toThrow();
      expect(() => invoke({ method: sfn.TaskInput.fromText('PATCH') }, 'Patch')).not.toThrow();
    });

    test('headers: an object, a reference or an expression', () => {
      expect(() => invoke({ headers: sfn.TaskInput.fromText('Accept: */*') })).toThrow(/^test\/Invoke: 'headers' must be an object \(TaskInput.fromObject\), a JsonPath reference or a JSONata expression, got "Accept: \*\/\*"$/);
    });

    test('a JsonPath reference in a JSONata task is refused at bind time', () => {
      const task = tasks.HttpInvoke.jsonata(stack, 'J', { connection, apiRoot: ROOT, apiEndpoint: sfn.TaskInput.fromJsonPathAt('$.p'), method: sfn.TaskInput.fromText('GET') });
      expect(() => machineOf(stack, task)).toThrow(/'apiEndpoint' holds the JsonPath reference "\$.p"/);
    });
  });
});
