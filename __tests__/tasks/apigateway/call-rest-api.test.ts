import { ApiGatewayRestApi } from '@cdktf/provider-aws/lib/api-gateway-rest-api';
import type { TerraformStack } from 'cdktf';
import { TerraformVariable } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { newStack, renderState } from '../../util/synth';
import { integrationArn, machineOf } from '../util';

const ID = '${aws_api_gateway_rest_api.Api.id}';
const EXEC = '${aws_api_gateway_rest_api.Api.execution_arn}';
const REGION_OF_EXEC = '${element(split(":", aws_api_gateway_rest_api.Api.execution_arn), 3)}';
const DNS = '${data.aws_partition.current_partition.dns_suffix}';
const LITERAL = { id: 'abc123', executionArn: 'arn:aws:execute-api:eu-west-1:111122223333:abc123' };

describe('CallApiGatewayRestApiEndpoint', () => {
  let stack: TerraformStack;
  let api: ApiGatewayRestApi;
  beforeEach(() => {
    stack = newStack();
    api = new ApiGatewayRestApi(stack, 'Api', { name: 'api' });
  });
  const call = (props: Partial<tasks.CallApiGatewayRestApiEndpointProps> = {}, id = 'Call') =>
    new tasks.CallApiGatewayRestApiEndpoint(stack, id, { api, stageName: 'prod', method: tasks.HttpMethod.GET, ...props });

  test('default settings: the API host in the region of its execution ARN, AuthType NO_AUTH', () => {
    expect(renderState(call())).toEqual({
      Type: 'Task',
      Resource: integrationArn('apigateway:invoke'),
      Parameters: { ApiEndpoint: `${ID}.execute-api.${REGION_OF_EXEC}.${DNS}`, Method: 'GET', Stage: 'prod', AuthType: 'NO_AUTH' },
      End: true,
    });
  });

  test('a literal API: host and ARN from its execution ARN, `region` overrides the host region', () => {
    expect(renderState(call({ api: LITERAL })).Parameters.ApiEndpoint).toBe(`abc123.execute-api.eu-west-1.${DNS}`);
    expect(renderState(call({ api: LITERAL, region: 'us-west-2' }, 'Other')).Parameters.ApiEndpoint).toBe(`abc123.execute-api.us-west-2.${DNS}`);
  });

  test('renders every parameter', () => {
    const task = call({
      method: tasks.HttpMethod.POST,
      apiPath: '/pets',
      headers: sfn.TaskInput.fromObject({ 'Content-Type': ['application/json'], 'X-Id': sfn.JsonPath.array(sfn.JsonPath.stringAt('$.id')) }),
      queryParameters: sfn.TaskInput.fromObject({ limit: ['10'] }),
      requestBody: sfn.TaskInput.fromObject({ name: sfn.JsonPath.stringAt('$.name') }),
      authType: tasks.AuthType.IAM_ROLE,
    });
    expect(renderState(task).Parameters).toEqual({
      'ApiEndpoint': `${ID}.execute-api.${REGION_OF_EXEC}.${DNS}`,
      'Method': 'POST',
      'Headers': { 'Content-Type': ['application/json'], 'X-Id.$': 'States.Array($.id)' },
      'Stage': 'prod',
      'Path': '/pets',
      'QueryParameters': { limit: ['10'] },
      'RequestBody': { 'name.$': '$.name' },
      'AuthType': 'IAM_ROLE',
    });
  });

  test.each([
    [undefined, 'apigateway:invoke'],
    [sfn.IntegrationPattern.REQUEST_RESPONSE, 'apigateway:invoke'],
  ])('pattern %s gives Resource %s', (integrationPattern, arn) => {
    expect(renderState(call({ integrationPattern })).Resource).toBe(integrationArn(arn));
  });

  test('WAIT_FOR_TASK_TOKEN with the token in the headers (JsonPath.array)', () => {
    const task = call({
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      headers: sfn.TaskInput.fromObject({ TaskToken: sfn.JsonPath.array(sfn.JsonPath.taskToken) }),
    });
    expect(renderState(task)).toMatchObject({
      Resource: integrationArn('apigateway:invoke.waitForTaskToken'),
      Parameters: { Headers: { 'TaskToken.$': 'States.Array($$.Task.Token)' } },
    });
  });

  test('fails for WAIT_FOR_TASK_TOKEN without the token in the headers', () => {
    expect(() => call({ integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, requestBody: sfn.TaskInput.fromObject({ t: sfn.JsonPath.taskToken }) }))
      .toThrow(/^test\/Call: 'headers' must hold the task token when 'integrationPattern' is WAIT_FOR_TASK_TOKEN/);
  });

  test('fails for RUN_JOB', () => {
    expect(() => call({ integrationPattern: sfn.IntegrationPattern.RUN_JOB }))
      .toThrow(/^test\/Call: 'integrationPattern' RUN_JOB is not supported by this task; supported: REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN/);
  });

  test('jsonata() renders Arguments; the JSONata task token in the headers', () => {
    const task = tasks.CallApiGatewayRestApiEndpoint.jsonata(stack, 'Call', {
      api: LITERAL, stageName: 'prod', method: tasks.HttpMethod.PUT,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      apiPath: '{% "/pets/" & $states.input.id %}',
      headers: sfn.TaskInput.fromObject({ TaskToken: '{% [$states.context.Task.Token] %}' }),
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      Resource: integrationArn('apigateway:invoke.waitForTaskToken'),
      Arguments: {
        ApiEndpoint: `abc123.execute-api.eu-west-1.${DNS}`, Method: 'PUT', Stage: 'prod', AuthType: 'NO_AUTH',
        Path: '{% "/pets/" & $states.input.id %}', Headers: { TaskToken: '{% [$states.context.Task.Token] %}' },
      },
      End: true,
    });
  });

  test('jsonPath() renders Parameters', () => {
    expect(renderState(tasks.CallApiGatewayRestApiEndpoint.jsonPath(stack, 'Call', { api, stageName: 'prod', method: tasks.HttpMethod.GET })).Parameters.Method).toBe('GET');
  });

  describe('IAM: execute-api:Invoke exactly when the call is signed with the role (IAM_ROLE)', () => {
    test('on the API execution ARN, stage, method and path', () => {
      const m = machineOf(stack, call({ authType: tasks.AuthType.IAM_ROLE, method: tasks.HttpMethod.DELETE, apiPath: '/pets/1' }));
      expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'execute-api:Invoke', Resource: `${EXEC}/prod/DELETE/pets/1` }]);
      // Terraform reads the region out of the execution ARN
      expect(m.definition.States.Call.Parameters.ApiEndpoint).toBe(`${ID}.execute-api.${REGION_OF_EXEC}.${DNS}`);
    });

    test('a missing path, or one decided at run time, is /*; a literal API keeps its own region and account', () => {
      const m = machineOf(stack, call({ authType: tasks.AuthType.IAM_ROLE, api: LITERAL })
        .next(call({ authType: tasks.AuthType.IAM_ROLE, api: LITERAL, method: tasks.HttpMethod.POST, apiPath: sfn.JsonPath.stringAt('$.path') }, 'Dyn')));
      expect(m.statements).toEqual([{
        Effect: 'Allow',
        Action: 'execute-api:Invoke',
        Resource: [`${LITERAL.executionArn}/prod/GET/*`, `${LITERAL.executionArn}/prod/POST/*`],
      }]);
      expect(JSON.stringify(m.statements)).not.toContain('undefined');
    });

    test.each([undefined, tasks.AuthType.NO_AUTH, tasks.AuthType.RESOURCE_POLICY])('none for authType %s', (authType) => {
      expect(machineOf(stack, call({ authType })).statements).toEqual([]);
    });
  });

  describe('validation', () => {
    test('apiPath: a literal must start with /; references and expressions are accepted', () => {
      expect(() => call({ apiPath: 'pets' })).toThrow(/^test\/Call: 'apiPath' must start with '\/' \(it follows the stage in the URL\), got "pets"$/);
      const variable = new TerraformVariable(stack, 'path', { type: 'string' }).stringValue;
      expect(() => call({ apiPath: variable }, 'Var')).not.toThrow();
      expect(() => call({ apiPath: sfn.JsonPath.stringAt('$.p') }, 'Path')).not.toThrow();
      expect(() => call({ apiPath: '/' }, 'Root')).not.toThrow();
    });

    test('header and query values must be lists', () => {
      expect(() => call({ headers: sfn.TaskInput.fromObject({ 'Content-Type': 'application/json' }) }))
        .toThrow(/^test\/Call: 'headers'.Content-Type must be a list of strings \(API Gateway takes every value as a list\), got "application\/json"/);
      expect(() => call({ queryParameters: sfn.TaskInput.fromObject({ limit: 10 }) }, 'Q'))
        .toThrow(/^test\/Q: 'queryParameters'.limit must be a list of strings/);
      expect(() => call({ headers: sfn.TaskInput.fromText('a: b') }, 'Text'))
        .toThrow(/^test\/Text: 'headers' must be an object of lists of strings \(TaskInput.fromObject\), a JsonPath reference or a JSONata expression, got the text "a: b"$/);
    });

    test('header and query values may be lists, references and expressions', () => {
      expect(() => call({ headers: sfn.TaskInput.fromJsonPathAt('$.headers'), queryParameters: sfn.TaskInput.fromObject({ a: ['1'], b: sfn.JsonPath.listAt('$.b') }) })).not.toThrow();
      expect(() => tasks.CallApiGatewayRestApiEndpoint.jsonata(stack, 'J', { api, stageName: 'prod', method: tasks.HttpMethod.GET, headers: sfn.TaskInput.fromText('{% $states.input.h %}'), queryParameters: sfn.TaskInput.fromObject({ a: '{% [$states.input.a] %}' }) })).not.toThrow();
    });

    test('stageName: letters, digits, hyphens and underscores', () => {
      expect(() => call({ stageName: 'my stage' })).toThrow(/^test\/Call: 'stageName' must be 1 to 128 letters, digits, hyphens and underscores, got "my stage"$/);
      expect(() => call({ stageName: '$default' }, 'Default')).toThrow(/'stageName' must be 1 to 128/);
      expect(() => call({ stageName: 'prod_v-2' }, 'Ok')).not.toThrow();
    });

    test('a literal execution ARN must be an execute-api ARN', () => {
      expect(() => call({ api: { id: 'abc', executionArn: 'arn:aws:lambda:us-east-1:111122223333:function:f' } }))
        .toThrow(/^test\/Call: 'api.executionArn' must be an execute-api ARN, arn:<partition>:execute-api:<region>:<account>:<api id>, got "arn:aws:lambda/);
    });

    test('a JsonPath reference concatenated into the path fails', () => {
      expect(() => call({ apiPath: `/pets/${sfn.JsonPath.stringAt('$.id')}` })).toThrow(/test\/Call: 'apiPath': a JsonPath reference must be the whole string/);
    });
  });

  test('a JSONata API call inside a JSONata machine renders Arguments; a JsonPath value there is refused', () => {
    const m = machineOf(stack, call({ api: LITERAL, apiPath: '{% $states.input.p %}' }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    expect(m.definition.States.Call.Arguments.Path).toBe('{% $states.input.p %}');
    const other = newStack();
    const bad = new tasks.CallApiGatewayRestApiEndpoint(other, 'Call', { api: LITERAL, stageName: 'prod', method: tasks.HttpMethod.GET, apiPath: sfn.JsonPath.stringAt('$.p') });
    expect(() => machineOf(other, bad, { queryLanguage: sfn.QueryLanguage.JSONATA })).toThrow(/'apiPath' holds the JsonPath reference "\$.p"/);
  });
});
