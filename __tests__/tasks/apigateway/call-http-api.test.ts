import { Apigatewayv2Api } from '@cdktf/provider-aws/lib/apigatewayv2-api';
import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { newStack, renderState } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn, machineOf } from '../util';

const ID = '${aws_apigatewayv2_api.Api.id}';
const EXEC = '${aws_apigatewayv2_api.Api.execution_arn}';
const REGION_OF_EXEC = '${element(split(":", aws_apigatewayv2_api.Api.execution_arn), 3)}';
const DNS = '${data.aws_partition.current_partition.dns_suffix}';

describe('CallApiGatewayHttpApiEndpoint', () => {
  let stack: TerraformStack;
  let api: Apigatewayv2Api;
  beforeEach(() => {
    stack = newStack();
    api = new Apigatewayv2Api(stack, 'Api', { name: 'api', protocolType: 'HTTP' });
  });
  const call = (props: Partial<tasks.CallApiGatewayHttpApiEndpointProps> = {}, id = 'Call') =>
    new tasks.CallApiGatewayHttpApiEndpoint(stack, id, { api, method: tasks.HttpMethod.GET, ...props });

  test('default settings: the $default stage needs no Stage field', () => {
    expect(renderState(call())).toEqual({
      Type: 'Task',
      Resource: integrationArn('apigateway:invoke'),
      Parameters: { ApiEndpoint: `${ID}.execute-api.${REGION_OF_EXEC}.${DNS}`, Method: 'GET', AuthType: 'NO_AUTH' },
      End: true,
    });
  });

  test('a named stage, path, headers, query parameters and body', () => {
    const task = call({
      stageName: 'v1', apiPath: '/orders', method: tasks.HttpMethod.PATCH,
      headers: sfn.TaskInput.fromObject({ Accept: ['application/json'] }),
      queryParameters: sfn.TaskInput.fromJsonPathAt('$.query'),
      requestBody: sfn.TaskInput.fromJsonPathAt('$.order'),
    });
    expect(renderState(task).Parameters).toEqual({
      'ApiEndpoint': `${ID}.execute-api.${REGION_OF_EXEC}.${DNS}`,
      'Method': 'PATCH',
      'Stage': 'v1',
      'Path': '/orders',
      'Headers': { Accept: ['application/json'] },
      'QueryParameters.$': '$.query',
      'RequestBody.$': '$.order',
      'AuthType': 'NO_AUTH',
    });
  });

  test('IAM_ROLE: execute-api:Invoke on $default and /* without a stage or a path (C.5: no undefined)', () => {
    const m = machineOf(stack, call({ authType: tasks.AuthType.IAM_ROLE, method: tasks.HttpMethod.DELETE })
      .next(call({ authType: tasks.AuthType.IAM_ROLE, stageName: 'v1', apiPath: '/x' }, 'Staged')));
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'execute-api:Invoke', Resource: [`${EXEC}/$default/DELETE/*`, `${EXEC}/v1/GET/x`] }]);
    expect(JSON.stringify(m)).not.toContain('undefined');
    expect(m.definition.States.Call.Parameters).not.toHaveProperty('Stage');
  });

  test.each([undefined, tasks.AuthType.NO_AUTH, tasks.AuthType.RESOURCE_POLICY])('no statement for authType %s', (authType) => {
    expect(machineOf(stack, call({ authType })).statements).toEqual([]);
  });

  test('apiId (as aws-cdk-lib takes it) uses the stack region and account; apiStack is accepted and ignored', () => {
    const task = new tasks.CallApiGatewayHttpApiEndpoint(stack, 'Call', { apiId: 'abc123', apiStack: stack, method: tasks.HttpMethod.GET, authType: tasks.AuthType.IAM_ROLE });
    const m = machineOf(stack, task);
    expect(m.definition.States.Call.Parameters.ApiEndpoint).toBe(`abc123.execute-api.${REGION}.${DNS}`);
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'execute-api:Invoke', Resource: `arn:${PARTITION}:execute-api:${REGION}:${ACCOUNT}:abc123/$default/GET/*` }]);
  });

  test('WAIT_FOR_TASK_TOKEN with the token in the headers', () => {
    const task = call({ integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, headers: sfn.TaskInput.fromObject({ TaskToken: sfn.JsonPath.array(sfn.JsonPath.taskToken) }) });
    expect(renderState(task).Resource).toBe(integrationArn('apigateway:invoke.waitForTaskToken'));
    expect(() => call({ integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }, 'NoToken')).toThrow(/^test\/NoToken: 'headers' must hold the task token/);
    expect(() => call({ integrationPattern: sfn.IntegrationPattern.RUN_JOB }, 'Job')).toThrow(/^test\/Job: 'integrationPattern' RUN_JOB is not supported/);
  });

  test('jsonata() and jsonPath()', () => {
    const j = tasks.CallApiGatewayHttpApiEndpoint.jsonata(stack, 'J', { api, method: tasks.HttpMethod.POST, requestBody: sfn.TaskInput.fromText('{% $states.input %}') });
    expect(renderState(j)).toMatchObject({ QueryLanguage: 'JSONata', Arguments: { Method: 'POST', RequestBody: '{% $states.input %}' } });
    expect(renderState(tasks.CallApiGatewayHttpApiEndpoint.jsonPath(stack, 'P', { api, method: tasks.HttpMethod.HEAD })).Parameters.Method).toBe('HEAD');
  });

  describe('validation', () => {
    test('api or apiId, exactly one', () => {
      expect(() => new tasks.CallApiGatewayHttpApiEndpoint(stack, 'None', { method: tasks.HttpMethod.GET }))
        .toThrow(/^test\/None: give the HTTP API as 'api' \(Apigatewayv2Api or \{ id, executionArn \}\) or as 'apiId', not neither$/);
      expect(() => call({ apiId: 'abc' }, 'Both')).toThrow(/^test\/Both: give the HTTP API as 'api'.* not both$/);
    });

    test('stageName: $default or letters, digits, hyphens and underscores', () => {
      expect(() => call({ stageName: '$default' })).not.toThrow();
      expect(() => call({ stageName: 'a/b' }, 'Bad')).toThrow(/^test\/Bad: 'stageName' must be '\$default' or 1 to 128 letters, digits, hyphens and underscores, got "a\/b"$/);
    });

    test('apiPath and header values', () => {
      expect(() => call({ apiPath: 'x' })).toThrow(/^test\/Call: 'apiPath' must start with '\/'/);
      expect(() => call({ headers: sfn.TaskInput.fromObject({ a: 'b' }) }, 'H')).toThrow(/^test\/H: 'headers'.a must be a list of strings/);
    });
  });
});
