// Differential test against aws-cdk-lib 2.276 for the API Gateway and HTTP tasks: the same workflows, over
// literal resources, must give the same definition and grants, but for the documented differences
// (docs/DIFFERENCES.md), which the last cases pin down.
import * as cdk from 'aws-cdk-lib';
import * as cdkApigw from 'aws-cdk-lib/aws-apigateway';
import * as cdkEvents from 'aws-cdk-lib/aws-events';
import * as cdkSfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cdkTasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import { sfn, tasks } from '../../src';
import { ACCOUNT, evaluateCfn, grantPairs } from '../util/compat';
import { newStack, synthMachine } from '../util/synth';

const API_ID = 'abc123';
const REST_API = { id: API_ID, executionArn: `arn:aws:execute-api:us-east-1:${ACCOUNT}:${API_ID}` };

interface Result { readonly definition: any; readonly grants: string[] }

// Fills in what the CloudFormation pseudo parameters would be; AWS::URLSuffix is the one evaluateCfn lacks.
function cdkEval(value: unknown): any {
  return evaluateCfn(JSON.parse(JSON.stringify(value).replace(/\{"Ref":"AWS::URLSuffix"\}/g, '"amazonaws.com"')));
}

function theirs(build: (stack: cdk.Stack) => cdkSfn.IChainable): Result {
  const app = new cdk.App();
  const stack = new cdk.Stack(app, 'Cdk', { env: { account: ACCOUNT, region: 'us-east-1' } });
  const sm = new cdkSfn.StateMachine(stack, 'SM', { definitionBody: cdkSfn.DefinitionBody.fromChainable(build(stack)) });
  const definition = JSON.parse(cdkEval(stack.resolve((sm.node.defaultChild as cdkSfn.CfnStateMachine).definitionString)));
  const template = app.synth().getStackByName('Cdk').template;
  const policies = Object.values<any>(template.Resources).filter((r) => r.Type === 'AWS::IAM::Policy');
  return { definition, grants: grantPairs(policies.flatMap((p) => cdkEval(p.Properties.PolicyDocument.Statement)), true) };
}

function ours(build: (stack: Construct) => sfn.IChainable): Result {
  const stack = newStack();
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(build(stack)) });
  const m = synthMachine(stack);
  const fill = (v: unknown) => JSON.parse(JSON.stringify(v)
    .replace(/\$\{data\.aws_partition\.[^}]+\.dns_suffix\}/g, 'amazonaws.com')
    .replace(/\$\{data\.aws_partition\.[^}]+\}/g, 'aws')
    .replace(/\$\{data\.aws_region\.[^}]+\}/g, 'us-east-1')
    .replace(/\$\{data\.aws_caller_identity\.[^}]+\}/g, ACCOUNT));
  return { definition: fill(m.definition), grants: grantPairs(fill(m.statements), true) };
}

const cdkRestApi = (s: cdk.Stack) => (s.node.tryFindChild('Api') as cdkApigw.IRestApi | undefined) ?? cdkApigw.RestApi.fromRestApiAttributes(s, 'Api', { restApiId: API_ID, rootResourceId: 'root' });

describe('API Gateway tasks: same definition and grants as aws-cdk-lib 2.276', () => {
  test('REST API: IAM auth, path, headers, query parameters, body; a callback', () => {
    const a = ours((s) => new tasks.CallApiGatewayRestApiEndpoint(s, 'Call', {
      api: REST_API, stageName: 'prod', method: tasks.HttpMethod.POST, apiPath: '/pets', authType: tasks.AuthType.IAM_ROLE,
      headers: sfn.TaskInput.fromObject({ Accept: ['application/json'] }),
      queryParameters: sfn.TaskInput.fromObject({ limit: ['10'] }),
      requestBody: sfn.TaskInput.fromObject({ name: sfn.JsonPath.stringAt('$.name') }),
    }).next(new tasks.CallApiGatewayRestApiEndpoint(s, 'Wait', {
      api: REST_API, stageName: 'prod', method: tasks.HttpMethod.PUT, apiPath: '/cb', authType: tasks.AuthType.IAM_ROLE,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      headers: sfn.TaskInput.fromObject({ TaskToken: sfn.JsonPath.array(sfn.JsonPath.taskToken) }),
    })));
    const b = theirs((s) => new cdkTasks.CallApiGatewayRestApiEndpoint(s, 'Call', {
      api: cdkRestApi(s), stageName: 'prod', method: cdkTasks.HttpMethod.POST, apiPath: '/pets', authType: cdkTasks.AuthType.IAM_ROLE,
      headers: cdkSfn.TaskInput.fromObject({ Accept: ['application/json'] }),
      queryParameters: cdkSfn.TaskInput.fromObject({ limit: ['10'] }),
      requestBody: cdkSfn.TaskInput.fromObject({ name: cdkSfn.JsonPath.stringAt('$.name') }),
    }).next(new cdkTasks.CallApiGatewayRestApiEndpoint(s, 'Wait', {
      api: cdkRestApi(s), stageName: 'prod', method: cdkTasks.HttpMethod.PUT, apiPath: '/cb', authType: cdkTasks.AuthType.IAM_ROLE,
      integrationPattern: cdkSfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      headers: cdkSfn.TaskInput.fromObject({ TaskToken: cdkSfn.JsonPath.array(cdkSfn.JsonPath.taskToken) }),
    })));
    expect(a).toEqual(b);
  });

  test('HTTP API by apiId with a stage and a path; a JSONata REST call without auth', () => {
    const a = ours((s) => new tasks.CallApiGatewayHttpApiEndpoint(s, 'Http', {
      apiId: API_ID, apiStack: s, stageName: 'v1', apiPath: '/orders', method: tasks.HttpMethod.GET, authType: tasks.AuthType.IAM_ROLE,
    }).next(tasks.CallApiGatewayRestApiEndpoint.jsonata(s, 'Rest', {
      api: REST_API, stageName: 'prod', method: tasks.HttpMethod.DELETE, authType: tasks.AuthType.NO_AUTH,
      apiPath: '{% "/pets/" & $states.input.id %}', requestBody: sfn.TaskInput.fromText('{% $states.input %}'),
    })));
    const b = theirs((s) => new cdkTasks.CallApiGatewayHttpApiEndpoint(s, 'Http', {
      apiId: API_ID, apiStack: s, stageName: 'v1', apiPath: '/orders', method: cdkTasks.HttpMethod.GET, authType: cdkTasks.AuthType.IAM_ROLE,
    }).next(cdkTasks.CallApiGatewayRestApiEndpoint.jsonata(s, 'Rest', {
      api: cdkRestApi(s), stageName: 'prod', method: cdkTasks.HttpMethod.DELETE, authType: cdkTasks.AuthType.NO_AUTH,
      apiPath: '{% "/pets/" & $states.input.id %}', requestBody: cdkSfn.TaskInput.fromText('{% $states.input %}'),
    })));
    expect(a).toEqual(b);
  });
});

describe('API Gateway tasks: where we differ from aws-cdk-lib 2.276 on purpose (docs/DIFFERENCES.md)', () => {
  test('an HTTP API call without stageName or apiPath is granted on $default and /* (aws-cdk-lib: undefined, C.5)', () => {
    const build = { apiId: API_ID, method: 'GET', authType: 'IAM_ROLE' } as const;
    const a = ours((s) => new tasks.CallApiGatewayHttpApiEndpoint(s, 'Http', { ...build, apiStack: s, method: tasks.HttpMethod.GET, authType: tasks.AuthType.IAM_ROLE }));
    const b = theirs((s) => new cdkTasks.CallApiGatewayHttpApiEndpoint(s, 'Http', { ...build, apiStack: s, method: cdkTasks.HttpMethod.GET, authType: cdkTasks.AuthType.IAM_ROLE }));
    expect(a.definition).toEqual(b.definition);
    expect(b.grants).toEqual([`execute-api:Invoke arn:aws:execute-api:us-east-1:${ACCOUNT}:${API_ID}/undefined/GETundefined`]);
    expect(a.grants).toEqual([`execute-api:Invoke arn:aws:execute-api:us-east-1:${ACCOUNT}:${API_ID}/$default/GET/*`]);
  });

  test('no execute-api:Invoke when authType is omitted, as the rendered NO_AUTH says (aws-cdk-lib grants it, C.6)', () => {
    const a = ours((s) => new tasks.CallApiGatewayRestApiEndpoint(s, 'Call', { api: REST_API, stageName: 'prod', method: tasks.HttpMethod.GET }));
    const b = theirs((s) => new cdkTasks.CallApiGatewayRestApiEndpoint(s, 'Call', { api: cdkRestApi(s), stageName: 'prod', method: cdkTasks.HttpMethod.GET }));
    expect(a.definition).toEqual(b.definition);
    expect(a.definition.States.Call.Parameters.AuthType).toBe('NO_AUTH');
    expect(b.grants).toEqual([`execute-api:Invoke arn:aws:execute-api:us-east-1:${ACCOUNT}:${API_ID}/prod/GET/*`]);
    expect(a.grants).toEqual([]);
  });
});

const CONNECTION = { arn: `arn:aws:events:us-east-1:${ACCOUNT}:connection/api/1`, secretArn: `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:events!connection/api/1-abc` };
const ROOT = 'https://api.example.com';
const cdkConnection = (s: cdk.Stack) => (s.node.tryFindChild('Conn') as cdkEvents.IConnection | undefined)
  ?? cdkEvents.Connection.fromConnectionAttributes(s, 'Conn', { connectionArn: CONNECTION.arn, connectionName: 'api', connectionSecretArn: CONNECTION.secretArn });

describe('HttpInvoke: same definition as aws-cdk-lib 2.276', () => {
  test('an endpoint read from the input, headers, query parameters and a URL-encoded body', () => {
    const a = ours((s) => new tasks.HttpInvoke(s, 'Invoke', {
      connection: CONNECTION, apiRoot: ROOT, apiEndpoint: sfn.TaskInput.fromJsonPathAt('$.path'), method: sfn.TaskInput.fromText('POST'),
      headers: sfn.TaskInput.fromObject({ 'X-Id': sfn.JsonPath.stringAt('$.id') }), queryStringParameters: sfn.TaskInput.fromObject({ q: '1' }),
      body: sfn.TaskInput.fromObject({ list: ['a', 'b'] }), urlEncodingFormat: tasks.URLEncodingFormat.BRACKETS,
    }).next(tasks.HttpInvoke.jsonata(s, 'Plain', {
      connection: CONNECTION, apiRoot: ROOT, apiEndpoint: sfn.TaskInput.fromText('{% $states.input.path %}'), method: sfn.TaskInput.fromText('GET'),
      body: sfn.TaskInput.fromText('{% $states.input %}'), urlEncodingFormat: tasks.URLEncodingFormat.DEFAULT,
    })));
    const b = theirs((s) => new cdkTasks.HttpInvoke(s, 'Invoke', {
      connection: cdkConnection(s), apiRoot: ROOT, apiEndpoint: cdkSfn.TaskInput.fromJsonPathAt('$.path'), method: cdkSfn.TaskInput.fromText('POST'),
      headers: cdkSfn.TaskInput.fromObject({ 'X-Id': cdkSfn.JsonPath.stringAt('$.id') }), queryStringParameters: cdkSfn.TaskInput.fromObject({ q: '1' }),
      body: cdkSfn.TaskInput.fromObject({ list: ['a', 'b'] }), urlEncodingFormat: cdkTasks.URLEncodingFormat.BRACKETS,
    }).next(cdkTasks.HttpInvoke.jsonata(s, 'Plain', {
      connection: cdkConnection(s), apiRoot: ROOT, apiEndpoint: cdkSfn.TaskInput.fromText('{% $states.input.path %}'), method: cdkSfn.TaskInput.fromText('GET'),
      body: cdkSfn.TaskInput.fromText('{% $states.input %}'), urlEncodingFormat: cdkTasks.URLEncodingFormat.DEFAULT,
    })));
    // aws-cdk-lib quotes the literal root with ' and leaves the expression unparenthesized: the same JSONata
    expect(b.definition.States.Plain.Arguments.ApiEndpoint).toBe(`{% '${ROOT}' & '/' & $states.input.path %}`);
    expect(a.definition.States.Plain.Arguments.ApiEndpoint).toBe(`{% "${ROOT}" & '/' & ($states.input.path) %}`);
    delete a.definition.States.Plain.Arguments.ApiEndpoint;
    delete b.definition.States.Plain.Arguments.ApiEndpoint;
    expect(a.definition).toEqual(b.definition);
  });
});

describe('HttpInvoke: where we differ from aws-cdk-lib 2.276 on purpose (docs/DIFFERENCES.md)', () => {
  const props = { connection: CONNECTION, apiRoot: ROOT, apiEndpoint: 'orders', method: 'GET' };
  const ourTask = (s: Construct, extra: Partial<tasks.HttpInvokeProps> = {}) => new tasks.HttpInvoke(s, 'Invoke', {
    ...props, apiEndpoint: sfn.TaskInput.fromText(props.apiEndpoint), method: sfn.TaskInput.fromText(props.method), ...extra,
  });
  const theirTask = (s: cdk.Stack, extra: Partial<cdkTasks.HttpInvokeProps> = {}) => new cdkTasks.HttpInvoke(s, 'Invoke', {
    ...props, connection: cdkConnection(s), apiEndpoint: cdkSfn.TaskInput.fromText(props.apiEndpoint), method: cdkSfn.TaskInput.fromText(props.method), ...extra,
  });

  test('a literal endpoint is one string; InvokeHTTPEndpoint is limited to the method and to URLs under apiRoot/', () => {
    const a = ours((s) => ourTask(s));
    const b = theirs((s) => theirTask(s));
    expect(b.definition.States.Invoke.Parameters['ApiEndpoint.$']).toBe(`States.Format('{}/{}', '${ROOT}', 'orders')`);
    expect(a.definition.States.Invoke.Parameters.ApiEndpoint).toBe(`${ROOT}/orders`);
    const connectionGrants = [
      `events:RetrieveConnectionCredentials ${CONNECTION.arn}`,
      `secretsmanager:DescribeSecret ${CONNECTION.secretArn}`,
      `secretsmanager:GetSecretValue ${CONNECTION.secretArn}`,
    ];
    expect(b.grants).toEqual([...connectionGrants, `states:InvokeHTTPEndpoint * {"StringLike":{"states:HTTPEndpoint":"${ROOT}*"}}`]);
    expect(a.grants).toEqual([...connectionGrants, `states:InvokeHTTPEndpoint * {"StringEquals":{"states:HTTPMethod":"GET"},"StringLike":{"states:HTTPEndpoint":"${ROOT}/*"}}`]);
  });

  test('in a JSONata machine, a task without its own language renders JSONata, not a States.Format text (C.3)', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', { queryLanguage: sfn.QueryLanguage.JSONATA, definitionBody: sfn.DefinitionBody.fromChainable(ourTask(stack, { apiEndpoint: sfn.TaskInput.fromText('{% $states.input.p %}') })) });
    expect(synthMachine(stack).definition.States.Invoke.Arguments.ApiEndpoint).toBe(`{% "${ROOT}" & '/' & ($states.input.p) %}`);
    const app = new cdk.App();
    const cdkStack = new cdk.Stack(app, 'Cdk', { env: { account: ACCOUNT, region: 'us-east-1' } });
    const sm = new cdkSfn.StateMachine(cdkStack, 'SM', {
      queryLanguage: cdkSfn.QueryLanguage.JSONATA,
      definitionBody: cdkSfn.DefinitionBody.fromChainable(theirTask(cdkStack, { apiEndpoint: cdkSfn.TaskInput.fromText('{% $states.input.p %}') })),
    });
    const theirDefinition = JSON.parse(cdkEval(cdkStack.resolve((sm.node.defaultChild as cdkSfn.CfnStateMachine).definitionString)));
    expect(theirDefinition.States.Invoke.Arguments.ApiEndpoint).toBe(`States.Format('{}/{}', '${ROOT}', '{% $states.input.p %}')`);
  });

  test('URL-encoded headers read from the input are merged, not spread into characters (C.4)', () => {
    const a = ours((s) => ourTask(s, { headers: sfn.TaskInput.fromJsonPathAt('$.h'), urlEncodingFormat: tasks.URLEncodingFormat.COMMAS }));
    const b = theirs((s) => theirTask(s, { headers: cdkSfn.TaskInput.fromJsonPathAt('$.h'), urlEncodingFormat: cdkTasks.URLEncodingFormat.COMMAS }));
    expect(b.definition.States.Invoke.Parameters.Headers).toMatchObject({ 0: '$', 1: '{', 2: 'T' }); // the characters of the token string
    expect(a.definition.States.Invoke.Parameters['Headers.$']).toMatch(/^States\.JsonMerge\(\$\.h, States\.StringToJson\(/);
  });
});
