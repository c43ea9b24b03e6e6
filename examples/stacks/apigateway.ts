import { ApiGatewayRestApi } from '@cdktf/provider-aws/lib/api-gateway-rest-api';
import { Apigatewayv2Api } from '@cdktf/provider-aws/lib/apigatewayv2-api';
import type { Construct } from 'constructs';
import { sfn, tasks } from '../../src';
import { ExampleStack } from './common';

/** The API Gateway examples of the aws-cdk README, ported: REST and HTTP APIs, a callback, JSONata. */
export class ApiGatewayStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const restApi = new ApiGatewayRestApi(this, 'MyRestApi', { name: 'example-rest-api' });
    const httpApi = new Apigatewayv2Api(this, 'MyHttpApi', { name: 'example-http-api', protocolType: 'HTTP' });

    const callRest = new tasks.CallApiGatewayRestApiEndpoint(this, 'Call REST API', {
      api: restApi,
      stageName: 'prod',
      method: tasks.HttpMethod.GET,
      apiPath: '/pets',
      queryParameters: sfn.TaskInput.fromObject({ limit: ['10'] }),
      authType: tasks.AuthType.IAM_ROLE,
      resultPath: '$.pets',
    });
    const waitForCallback = new tasks.CallApiGatewayRestApiEndpoint(this, 'Endpoint', {
      api: restApi,
      stageName: 'Stage',
      method: tasks.HttpMethod.PUT,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      headers: sfn.TaskInput.fromObject({ TaskToken: sfn.JsonPath.array(sfn.JsonPath.taskToken) }),
      resultPath: sfn.JsonPath.DISCARD,
    });
    const callHttp = new tasks.CallApiGatewayHttpApiEndpoint(this, 'Call HTTP API', {
      api: httpApi,
      method: tasks.HttpMethod.POST,
      apiPath: '/orders',
      requestBody: sfn.TaskInput.fromJsonPathAt('$.order'),
      authType: tasks.AuthType.IAM_ROLE,
      resultPath: '$.created',
    });
    const readJsonata = tasks.CallApiGatewayHttpApiEndpoint.jsonata(this, 'Read order (JSONata)', {
      api: httpApi,
      method: tasks.HttpMethod.GET,
      apiPath: '{% "/orders/" & $states.input.created.ResponseBody.id %}',
      outputs: { order: '{% $states.result.ResponseBody %}' },
    });

    new sfn.StateMachine(this, 'ApiCalls', {
      definitionBody: sfn.DefinitionBody.fromChainable(callRest.next(waitForCallback).next(callHttp).next(readJsonata)),
    });
  }
}
