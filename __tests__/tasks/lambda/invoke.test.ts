import { LambdaAlias } from '@cdktf/provider-aws/lib/lambda-alias';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { newStack, renderState } from '../../util/synth';
import { integrationArn, machineOf } from '../util';

const FN = '${aws_lambda_function.Fn.arn}';
const LITERAL = 'arn:aws:lambda:us-east-1:123456789012:function:literal';
const DEFAULT_RETRY = {
  ErrorEquals: ['Lambda.ClientExecutionTimeoutException', 'Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException'],
  IntervalSeconds: 2,
  MaxAttempts: 6,
  BackoffRate: 2,
};

describe('LambdaInvoke', () => {
  let stack: TerraformStack;
  let fn: LambdaFunction;
  beforeEach(() => {
    stack = newStack();
    fn = new LambdaFunction(stack, 'Fn', { functionName: 'f', role: 'r' });
  });

  test('default settings', () => {
    const task = new tasks.LambdaInvoke(stack, 'Task', { lambdaFunction: fn });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      Resource: integrationArn('lambda:invoke'),
      Parameters: { 'FunctionName': FN, 'Payload.$': '$' },
      Retry: [DEFAULT_RETRY],
      End: true,
    });
  });

  test('IAM: the function and its versions and aliases', () => {
    const m = machineOf(stack, new tasks.LambdaInvoke(stack, 'Task', { lambdaFunction: fn }));
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: [FN, `${FN}:*`] }]);
    expect(m.definition.States.Task.Parameters.FunctionName).toBe(FN);
  });

  test('IAM: only the alias for a LambdaAlias', () => {
    const alias = new LambdaAlias(stack, 'Live', { functionName: fn.functionName, functionVersion: '1', name: 'live' });
    const m = machineOf(stack, new tasks.LambdaInvoke(stack, 'Task', { lambdaFunction: alias }));
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: '${aws_lambda_alias.Live.arn}' }]);
  });

  test('IAM: a literal qualified ARN is granted alone, an unqualified one with its qualifiers', () => {
    const a = new tasks.LambdaInvoke(stack, 'A', { lambdaFunction: { arn: `${LITERAL}:live` } });
    const b = new tasks.LambdaInvoke(stack, 'B', { lambdaFunction: { arn: LITERAL } });
    const m = machineOf(stack, a.next(b));
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: [`${LITERAL}:live`, LITERAL, `${LITERAL}:*`] }]);
  });

  test.each([
    [undefined, 'lambda:invoke'],
    [sfn.IntegrationPattern.REQUEST_RESPONSE, 'lambda:invoke'],
    [sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, 'lambda:invoke.waitForTaskToken'],
  ])('pattern %s gives Resource %s', (integrationPattern, api) => {
    const task = new tasks.LambdaInvoke(stack, 'Task', {
      lambdaFunction: fn,
      integrationPattern,
      payload: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }),
    });
    expect(renderState(task).Resource).toBe(integrationArn(api));
  });

  test('fails when the pattern is RUN_JOB', () => {
    expect(() => new tasks.LambdaInvoke(stack, 'Task', { lambdaFunction: fn, integrationPattern: sfn.IntegrationPattern.RUN_JOB }))
      .toThrow(/test\/Task: 'integrationPattern' RUN_JOB is not supported/);
  });

  test('renders every parameter', () => {
    const task = new tasks.LambdaInvoke(stack, 'Task', {
      lambdaFunction: fn,
      payload: sfn.TaskInput.fromObject({ a: 1, b: sfn.JsonPath.stringAt('$.b'), nested: [{ c: sfn.JsonPath.numberAt('$.c') }] }),
      invocationType: tasks.LambdaInvocationType.EVENT,
      clientContext: 'eyJhIjoxfQ==',
      qualifier: 'live',
      retryOnServiceExceptions: false,
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      Resource: integrationArn('lambda:invoke'),
      Parameters: {
        FunctionName: FN,
        Payload: { 'a': 1, 'b.$': '$.b', 'nested': [{ 'c.$': '$.c' }] },
        InvocationType: 'Event',
        ClientContext: 'eyJhIjoxfQ==',
        Qualifier: 'live',
      },
      End: true,
    });
  });

  test('a payload from a path', () => {
    const task = new tasks.LambdaInvoke(stack, 'Task', { lambdaFunction: fn, payload: sfn.TaskInput.fromJsonPathAt('$.input') });
    expect(renderState(task).Parameters).toEqual({ 'FunctionName': FN, 'Payload.$': '$.input' });
  });

  test('payloadResponseOnly calls the function directly and keeps the retry', () => {
    const task = new tasks.LambdaInvoke(stack, 'Task', {
      lambdaFunction: fn,
      payloadResponseOnly: true,
      payload: sfn.TaskInput.fromObject({ id: sfn.JsonPath.stringAt('$.id') }),
    });
    expect(renderState(task)).toEqual({ Type: 'Task', Resource: FN, Parameters: { 'id.$': '$.id' }, Retry: [DEFAULT_RETRY], End: true });
  });

  test('payloadResponseOnly without a payload has no Parameters', () => {
    const task = new tasks.LambdaInvoke(stack, 'Task', { lambdaFunction: fn, payloadResponseOnly: true, retryOnServiceExceptions: false });
    expect(renderState(task)).toEqual({ Type: 'Task', Resource: FN, End: true });
  });

  test.each([
    ['integrationPattern', { integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }],
    ['invocationType', { invocationType: tasks.LambdaInvocationType.DRY_RUN }],
    ['clientContext', { clientContext: 'e30=' }],
    ['qualifier', { qualifier: '1' }],
  ])('fails when payloadResponseOnly is combined with %s', (prop, extra) => {
    expect(() => new tasks.LambdaInvoke(stack, 'Task', { lambdaFunction: fn, payloadResponseOnly: true, ...extra }))
      .toThrow(new RegExp(`'payloadResponseOnly' cannot be combined with '${prop}'`));
  });

  test('fails when payloadResponseOnly gets a text payload in JSONPath', () => {
    expect(() => new tasks.LambdaInvoke(stack, 'Task', { lambdaFunction: fn, payloadResponseOnly: true, payload: sfn.TaskInput.fromJsonPathAt('$.x') }))
      .toThrow(/'payload' must be TaskInput.fromObject/);
  });

  test('payloadResponseOnly accepts a JSONata expression payload in a JSONata state', () => {
    const task = tasks.LambdaInvoke.jsonata(stack, 'Task', { lambdaFunction: fn, payloadResponseOnly: true, payload: sfn.TaskInput.fromText('{% $states.input.body %}') });
    expect(renderState(task).Arguments).toBe('{% $states.input.body %}');
  });

  test('retryOnServiceExceptions: false drops the default retry, user retries stay', () => {
    const task = new tasks.LambdaInvoke(stack, 'Task', { lambdaFunction: fn, retryOnServiceExceptions: false });
    task.addRetry({ errors: ['Custom'], maxAttempts: 1 });
    expect(renderState(task).Retry).toEqual([{ ErrorEquals: ['Custom'], MaxAttempts: 1 }]);
  });

  test('jsonPath() factory is the constructor', () => {
    const task = tasks.LambdaInvoke.jsonPath(stack, 'Task', { lambdaFunction: fn, resultPath: '$.out' });
    expect(renderState(task)).toMatchObject({ Parameters: { 'FunctionName': FN, 'Payload.$': '$' }, ResultPath: '$.out' });
  });

  test('jsonata() renders Arguments with the JSONata default payload', () => {
    const task = tasks.LambdaInvoke.jsonata(stack, 'Task', { lambdaFunction: fn, outputs: { r: '{% $states.result.Payload %}' } });
    const state = renderState(task);
    expect(state).toMatchObject({
      QueryLanguage: 'JSONata',
      Resource: integrationArn('lambda:invoke'),
      Arguments: { FunctionName: FN, Payload: '{% $states.input %}' },
      Output: { r: '{% $states.result.Payload %}' },
    });
    expect(state.Parameters).toBeUndefined();
  });

  test('a JSONata state machine renders Arguments for a task without its own language', () => {
    const task = new tasks.LambdaInvoke(stack, 'Task', { lambdaFunction: fn });
    const m = machineOf(stack, task, { queryLanguage: sfn.QueryLanguage.JSONATA });
    expect(m.definition.QueryLanguage).toBe('JSONata');
    expect(m.definition.States.Task.Arguments).toEqual({ FunctionName: FN, Payload: '{% $states.input %}' });
    expect(m.definition.States.Task.QueryLanguage).toBeUndefined();
  });

  describe('task token', () => {
    test('WAIT_FOR_TASK_TOKEN accepts JsonPath.taskToken in the payload', () => {
      const task = new tasks.LambdaInvoke(stack, 'Task', {
        lambdaFunction: fn,
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        payload: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }),
      });
      expect(renderState(task).Parameters.Payload).toEqual({ 'token.$': '$$.Task.Token' });
    });

    test('WAIT_FOR_TASK_TOKEN accepts the JSONata token', () => {
      const task = tasks.LambdaInvoke.jsonata(stack, 'Task', {
        lambdaFunction: fn,
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        payload: sfn.TaskInput.fromObject({ token: '{% $states.context.Task.Token %}' }),
      });
      expect(renderState(task).Resource).toBe(integrationArn('lambda:invoke.waitForTaskToken'));
    });

    test('fails when WAIT_FOR_TASK_TOKEN has no payload', () => {
      expect(() => new tasks.LambdaInvoke(stack, 'Task', { lambdaFunction: fn, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
        .toThrow(/test\/Task: 'payload' must hold the task token.*it is not set/);
    });

    test('fails when WAIT_FOR_TASK_TOKEN payload lacks the token', () => {
      expect(() => new tasks.LambdaInvoke(stack, 'Task', {
        lambdaFunction: fn,
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        payload: sfn.TaskInput.fromObject({ id: sfn.JsonPath.executionId, ctx: '{% $states.context.Execution.Id %}' }),
      })).toThrow(/'payload' must hold the task token/);
    });
  });

  describe('payload fields', () => {
    test('fails when a JsonPath reference is an array element', () => {
      expect(() => new tasks.LambdaInvoke(stack, 'Task', { lambdaFunction: fn, payload: sfn.TaskInput.fromObject({ list: ['a', sfn.JsonPath.stringAt('$.b')] }) }))
        .toThrow(/test\/Task: 'payload'.list\[1\]: JsonPath references cannot be array elements/);
    });

    test('fails when a JsonPath reference is concatenated into a string', () => {
      expect(() => new tasks.LambdaInvoke(stack, 'Task', { lambdaFunction: fn, payload: sfn.TaskInput.fromObject({ s: `id-${sfn.JsonPath.stringAt('$.id')}` }) }))
        .toThrow(/test\/Task: 'payload'.s: a JsonPath reference must be the whole string value/);
    });
  });

  describe('lambdaFunction', () => {
    test('accepts a literal function ARN', () => {
      const task = new tasks.LambdaInvoke(stack, 'Task', { lambdaFunction: { arn: `${LITERAL}:$LATEST` } });
      expect(renderState(task).Parameters.FunctionName).toBe(`${LITERAL}:$LATEST`);
    });

    test('fails when a literal ARN is not a Lambda function ARN', () => {
      expect(() => new tasks.LambdaInvoke(stack, 'Task', { lambdaFunction: { arn: 'my-function' } }))
        .toThrow(/'lambdaFunction.arn' must be a Lambda function ARN.*"my-function"/);
    });
  });
});
