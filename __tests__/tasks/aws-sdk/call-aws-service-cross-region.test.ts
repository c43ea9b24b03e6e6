import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import * as cdk from 'aws-cdk-lib';
import * as cdkSfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cdkTasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { type App, TerraformStack } from 'cdktf';
import { iam, sfn, tasks } from '../../../src';
import { newStack, synth } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn } from '../util';

const FN = '${aws_lambda_function.CallAwsServiceCrossRegionHandler.arn}';
const RETRY = {
  ErrorEquals: ['Lambda.ClientExecutionTimeoutException', 'Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException'],
  IntervalSeconds: 2, MaxAttempts: 6, BackoffRate: 2,
};
const BASE = { service: 's3', action: 'getObject', region: 'us-west-2', iamResources: ['arn:aws:s3:::bucket/*'] };

function machine(build: (stack: ReturnType<typeof newStack>) => sfn.IChainable, props: Partial<sfn.StateMachineProps> = {}) {
  const stack = newStack();
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(build(stack)), ...props });
  const s = synth(stack);
  return { stack, json: s.json, machine: s.machines[0] };
}

const documentOf = (attribute: string) => JSON.parse(attribute.replace(/^\$\{jsonencode\((.*)\)\}$/s, '$1'));

describe('CallAwsServiceCrossRegion', () => {
  test('JSONPath: the function ARN, the call as lower-case keys, the Lambda retry', () => {
    const { machine: m } = machine((s) => new tasks.CallAwsServiceCrossRegion(s, 'Get', { ...BASE, parameters: { Bucket: 'bucket', Key: sfn.JsonPath.stringAt('$.key') } }));
    expect(m.definition.States.Get).toEqual({
      Type: 'Task',
      Resource: FN,
      Parameters: { region: 'us-west-2', action: 'getObject', service: 's3', parameters: { Bucket: 'bucket', 'Key.$': '$.key' } },
      Retry: [RETRY],
      End: true,
    });
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: [FN, `${FN}:*`] }]);
  });

  test('JSONata: Arguments, with expressions and the endpoint', () => {
    const { machine: m } = machine((s) => tasks.CallAwsServiceCrossRegion.jsonata(s, 'Get', {
      ...BASE, endpoint: 'https://s3.us-west-2.amazonaws.com', parameters: { Bucket: 'bucket', Key: '{% $states.input.key %}' }, retryOnServiceExceptions: false,
    }));
    expect(m.definition.States.Get).toEqual({
      Type: 'Task', QueryLanguage: 'JSONata', Resource: FN,
      Arguments: { region: 'us-west-2', endpoint: 'https://s3.us-west-2.amazonaws.com', action: 'getObject', service: 's3', parameters: { Bucket: 'bucket', Key: '{% $states.input.key %}' } },
      End: true,
    });
  });

  test('WAIT_FOR_TASK_TOKEN: lambda:invoke.waitForTaskToken with the call as Payload', () => {
    const { machine: m } = machine((s) => new tasks.CallAwsServiceCrossRegion(s, 'Send', {
      service: 'sqs', action: 'sendMessage', region: 'eu-west-1', iamResources: ['arn:aws:sqs:eu-west-1:123456789012:q'],
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      parameters: { QueueUrl: 'https://sqs.eu-west-1.amazonaws.com/123456789012/q', MessageBody: sfn.JsonPath.taskToken },
    }));
    expect(m.definition.States.Send).toMatchObject({
      Resource: integrationArn('lambda:invoke.waitForTaskToken'),
      Parameters: { FunctionName: FN, Payload: { region: 'eu-west-1', action: 'sendMessage', service: 'sqs', parameters: { QueueUrl: 'https://sqs.eu-west-1.amazonaws.com/123456789012/q', 'MessageBody.$': '$$.Task.Token' } } },
    });
  });

  test("one function per stack; its role holds the logs statement and exactly the tasks' actions", () => {
    const extra = new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['arn:aws:kms:us-west-2:123456789012:key/k'] });
    const { json } = machine((s) => new tasks.CallAwsServiceCrossRegion(s, 'A', { ...BASE, additionalIamStatements: [extra] })
      .next(new tasks.CallAwsServiceCrossRegion(s, 'B', { service: 'sfn', action: 'startExecution', region: 'eu-west-1', iamResources: ['arn:aws:states:eu-west-1:123456789012:stateMachine:x'] }))
      .next(new tasks.CallAwsServiceCrossRegion(s, 'C', { service: 's3', action: 'listBuckets', iamAction: 's3:ListAllMyBuckets', region: 'eu-west-1', iamResources: ['*'] })));
    const fns = json.resource.aws_lambda_function;
    expect(Object.keys(fns)).toEqual(['CallAwsServiceCrossRegionHandler']);
    const fn = fns.CallAwsServiceCrossRegionHandler;
    expect(fn).toMatchObject({ handler: 'index.handler', runtime: 'nodejs24.x', timeout: 30, role: '${aws_iam_role.CallAwsServiceCrossRegionRole.arn}' });
    expect(fn.filename).toMatch(/^assets\/CallAwsServiceCrossRegionCode\/[0-9A-F]+\/archive\.zip$/);
    expect(documentOf(json.resource.aws_iam_role.CallAwsServiceCrossRegionRole.assume_role_policy).Statement).toEqual([
      { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
    ]);
    const group = `arn:${PARTITION}:logs:${REGION}:${ACCOUNT}:log-group:/aws/lambda/\${aws_lambda_function.CallAwsServiceCrossRegionHandler.function_name}`;
    expect(documentOf(json.resource.aws_iam_role_policy.CallAwsServiceCrossRegionRolePolicy.policy).Statement).toEqual([
      { Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], Resource: [group, `${group}:*`] },
      { Effect: 'Allow', Action: 's3:getObject', Resource: 'arn:aws:s3:::bucket/*' },
      { Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:us-west-2:123456789012:key/k' },
      { Effect: 'Allow', Action: 'states:startExecution', Resource: 'arn:aws:states:eu-west-1:123456789012:stateMachine:x' },
      { Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' },
    ]);
  });

  test('an endpoint from the state input gets the SSRF warning; a literal one does not', () => {
    const warnings = (endpoint: string, language?: sfn.QueryLanguage) => {
      const stack = newStack();
      const task = new tasks.CallAwsServiceCrossRegion(stack, 'Get', { ...BASE, endpoint, queryLanguage: language });
      return task.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
    };
    expect(warnings(sfn.JsonPath.stringAt('$.endpoint'))).toEqual([expect.stringMatching(/^\[@aws-cdk\/aws-stepfunctions-tasks:crossRegionEndpointSsrfRisk\] 'endpoint' is read from the state input/)]);
    expect(warnings('{% $states.input.endpoint %}', sfn.QueryLanguage.JSONATA)).toHaveLength(1);
    expect(warnings('https://s3.us-west-2.amazonaws.com')).toEqual([]);
  });

  describe('validation', () => {
    const build = (props: Partial<tasks.CallAwsServiceCrossRegionProps>) => () => new tasks.CallAwsServiceCrossRegion(newStack(), 'Call', { ...BASE, ...props });

    test('integrationPattern: RUN_JOB refused', () => {
      expect(build({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })).not.toThrow();
      expect(build({ integrationPattern: sfn.IntegrationPattern.RUN_JOB })).toThrow("test/Call: 'integrationPattern' RUN_JOB is not supported by this task; supported: REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN");
    });

    test('WAIT_FOR_TASK_TOKEN needs the token in the parameters', () => {
      expect(build({ integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, parameters: { MessageBody: sfn.JsonPath.taskToken } })).not.toThrow();
      expect(build({ integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, parameters: { MessageBody: 'x' } })).toThrow(/test\/Call: 'parameters' must hold the task token when 'integrationPattern' is WAIT_FOR_TASK_TOKEN/);
    });

    test('action in camelCase', () => {
      expect(build({ action: 'listObjectsV2' })).not.toThrow();
      expect(build({ action: 'GetObject' })).toThrow("test/Call: 'action' must be the API action in camelCase (e.g. 'getObject'); got \"GetObject\"");
    });

    test('service: an SDK v3 package name', () => {
      expect(build({ service: 'cloudwatch-logs' })).not.toThrow();
      expect(build({ service: 'S3' })).toThrow("test/Call: 'service' must be the name of an AWS SDK v3 package without '@aws-sdk/client-' (lower case words joined by '-', e.g. 's3', 'cloudwatch-logs'); got \"S3\"");
      expect(build({ service: '@aws-sdk/client-s3' })).toThrow(/'service' must be the name of an AWS SDK v3 package/);
    });

    test('region: a region code, or a value from the state', () => {
      expect(build({ region: 'ap-southeast-2' })).not.toThrow();
      expect(build({ region: 'us-gov-west-1' })).not.toThrow();
      expect(build({ region: sfn.JsonPath.stringAt('$.region') })).not.toThrow();
      expect(build({ region: 'Frankfurt' })).toThrow("test/Call: 'region' must be an AWS region code (e.g. 'us-east-1'); got \"Frankfurt\"");
    });

    test('endpoint: an http(s) URL', () => {
      expect(build({ endpoint: 'http://localhost:4566' })).not.toThrow();
      expect(build({ endpoint: 's3.amazonaws.com' })).toThrow("test/Call: 'endpoint' must be an http(s) URL (e.g. 'https://s3.us-west-2.amazonaws.com'); got \"s3.amazonaws.com\"");
      expect(build({ endpoint: 'ftp://host' })).toThrow(/'endpoint' must be an http\(s\) URL/);
    });
  });
});

describe('CallAwsServiceCrossRegion: same state as aws-cdk-lib 2.276 (but for the function ARN)', () => {
  const cdkState = (props: cdkTasks.CallAwsServiceCrossRegionProps) => {
    const stack = new cdk.Stack(new cdk.App(), 'Cdk', { env: { account: ACCOUNT, region: 'us-east-1' } });
    const task = new cdkTasks.CallAwsServiceCrossRegion(stack, 'Call', props);
    new cdkSfn.StateMachine(stack, 'SM', { definitionBody: cdkSfn.DefinitionBody.fromChainable(task) });
    return stack.resolve(task.toStateJson());
  };
  const ours = (props: tasks.CallAwsServiceCrossRegionProps) => machine((s) => new tasks.CallAwsServiceCrossRegion(s, 'Call', props)).machine.definition.States.Call;
  const withoutFn = (state: any) => JSON.parse(JSON.stringify(state, (k, v) => (k === 'Resource' && typeof v !== 'string') || k === 'FunctionName' || (k === 'Resource' && v.startsWith('${')) ? 'fn' : v));

  test.each([
    ['request-response', { ...BASE, parameters: { Bucket: 'bucket', Key: 'k' }, endpoint: 'https://example.com' }],
    ['no retry', { ...BASE, retryOnServiceExceptions: false }],
  ])('%s', (_name, props) => {
    const theirs = withoutFn(cdkState(props as any));
    expect(withoutFn(ours(props as any))).toEqual(theirs);
  });

  test('a JsonPath parameter', () => {
    const props = { ...BASE, parameters: { Bucket: 'bucket', Key: 'k' } };
    const theirs = withoutFn(cdkState({ ...props, parameters: { Key: cdkSfn.JsonPath.stringAt('$.key') } }));
    expect(withoutFn(ours({ ...props, parameters: { Key: sfn.JsonPath.stringAt('$.key') } }))).toEqual(theirs);
  });
});

describe('Lambda-backed tasks across state machines and stacks', () => {
  test('shared per stack, not across stacks: one cross-region function and one evaluation role in each', () => {
    const first = newStack('first');
    const stacks = [first, newStackIn(first.node.root as App, 'second')];
    for (const stack of stacks) {
      for (const name of ['One', 'Two']) {
        const call = new tasks.CallAwsServiceCrossRegion(stack, `Call${name}`, { ...BASE, retryOnServiceExceptions: false });
        const evaluate = new tasks.EvaluateExpression(stack, `Eval${name}`, { expression: '$.a' });
        new sfn.StateMachine(stack, `SM${name}`, { definitionBody: sfn.DefinitionBody.fromChainable(call.next(evaluate)) });
      }
    }
    const names = new Set<string>();
    for (const stack of stacks) {
      const { json } = synth(stack);
      const fns = json.resource.aws_lambda_function;
      expect(Object.keys(fns).filter((k) => k.startsWith('CallAwsServiceCrossRegion'))).toEqual(['CallAwsServiceCrossRegionHandler']);
      expect(Object.keys(fns)).toHaveLength(3);
      expect(Object.keys(json.resource.aws_iam_role).filter((k) => !k.startsWith('SM'))).toEqual(['CallAwsServiceCrossRegionRole', 'EvaluateExpressionRole']);
      for (const f of Object.values<any>(fns)) names.add(f.function_name);
      const statements = documentOf(json.resource.aws_iam_role_policy.CallAwsServiceCrossRegionRolePolicy.policy).Statement;
      expect(statements.filter((s: any) => s.Action === 's3:getObject')).toHaveLength(1);
    }
    expect(names.size).toBe(6);
  });
});

function newStackIn(app: App, id: string): TerraformStack {
  const stack = new TerraformStack(app, id);
  new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  return stack;
}
