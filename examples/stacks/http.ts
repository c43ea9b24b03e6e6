import { CloudwatchEventConnection } from '@cdktf/provider-aws/lib/cloudwatch-event-connection';
import { TerraformVariable } from 'cdktf';
import type { Construct } from 'constructs';
import { sfn, tasks } from '../../src';
import { ExampleStack } from './common';

/** The HTTP Task examples of the aws-cdk README, ported: a form post and a JSONata issue labeller. */
export class HttpStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const password = new TerraformVariable(this, 'api_password', { type: 'string', sensitive: true, description: 'Password of the example API' });
    const connection = new CloudwatchEventConnection(this, 'Connection', {
      name: 'example-api',
      authorizationType: 'BASIC',
      authParameters: { basic: { username: 'username', password: password.stringValue } },
    });

    const invoke = new tasks.HttpInvoke(this, 'Invoke HTTP API', {
      apiRoot: 'https://api.example.com',
      apiEndpoint: sfn.TaskInput.fromText('path/to/resource'),
      body: sfn.TaskInput.fromObject({ foo: 'bar' }),
      connection,
      headers: sfn.TaskInput.fromObject({ 'X-Source': 'step-functions' }),
      method: sfn.TaskInput.fromText('POST'),
      queryStringParameters: sfn.TaskInput.fromObject({ id: '123' }),
      urlEncodingFormat: tasks.URLEncodingFormat.BRACKETS,
      resultPath: sfn.JsonPath.DISCARD,
    });
    const byPath = new tasks.HttpInvoke(this, 'Get resource', {
      apiRoot: 'https://api.example.com',
      apiEndpoint: sfn.TaskInput.fromJsonPathAt('$.resourcePath'),
      connection,
      method: sfn.TaskInput.fromText('GET'),
      resultSelector: { body: sfn.JsonPath.stringAt('$.ResponseBody') },
    });
    new sfn.StateMachine(this, 'HttpCalls', { definitionBody: sfn.DefinitionBody.fromChainable(invoke.next(byPath)) });

    const getIssue = tasks.HttpInvoke.jsonata(this, 'Get Issue', {
      connection,
      apiRoot: "{% 'https://' & $states.input.hostname %}",
      apiEndpoint: sfn.TaskInput.fromText("{% 'issues/' & $states.input.issue.id %}"),
      method: sfn.TaskInput.fromText('GET'),
      assign: {
        hostname: '{% $states.input.hostname %}',
        issue: '{% $parse($states.result.ResponseBody) %}',
      },
    });
    const updateLabels = tasks.HttpInvoke.jsonata(this, 'Update Issue Labels', {
      connection,
      apiRoot: "{% 'https://' & $hostname %}",
      apiEndpoint: sfn.TaskInput.fromText("{% 'issues/' & $issue.id & '/labels' %}"),
      method: sfn.TaskInput.fromText('POST'),
      body: sfn.TaskInput.fromObject({ labels: '{% [$type, $component] %}' }),
    });
    const notMatchTitleTemplate = sfn.Pass.jsonata(this, 'Not Match Title Template');
    const definition = getIssue
      .next(sfn.Pass.jsonata(this, 'Parse Title', {
        assign: {
          type: '{% $match($issue.title, /(\\w)\\:*/).groups[0] %}',
          component: '{% $match($issue.title, /(\\w)\\:*/).groups[1] %}',
        },
      }))
      .next(sfn.Choice.jsonata(this, 'Match Title Template?')
        .when(sfn.Condition.jsonata('{% $type != null and $component != null %}'), updateLabels)
        .otherwise(notMatchTitleTemplate));
    new sfn.StateMachine(this, 'IssueLabeller', { queryLanguage: sfn.QueryLanguage.JSONATA, definitionBody: sfn.DefinitionBody.fromChainable(definition) });
  }
}
