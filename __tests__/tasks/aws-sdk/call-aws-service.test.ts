import type { TerraformStack } from 'cdktf';
import { TerraformVariable } from 'cdktf';
import { iam, sfn, tasks } from '../../../src';
import { newStack, renderState } from '../../util/synth';
import { integrationArn, machineOf } from '../util';

describe('CallAwsService', () => {
  let stack: TerraformStack;
  beforeEach(() => {
    stack = newStack();
  });

  const getObject = (extra: Partial<tasks.CallAwsServiceProps> = {}, id = 'GetObject') => new tasks.CallAwsService(stack, id, {
    service: 's3',
    action: 'getObject',
    parameters: { Bucket: 'my-bucket', Key: sfn.JsonPath.stringAt('$.key') },
    iamResources: ['*'],
    ...extra,
  });

  test('renders the aws-sdk Resource and the parameters (G.3)', () => {
    expect(renderState(getObject())).toEqual({
      Type: 'Task',
      Resource: integrationArn('aws-sdk:s3:getObject'),
      Parameters: { 'Bucket': 'my-bucket', 'Key.$': '$.key' },
      End: true,
    });
  });

  test('IAM: <service>:<action> on iamResources (G.3)', () => {
    const m = machineOf(stack, getObject());
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 's3:getObject', Resource: '*' }]);
  });

  test('without parameters it renders Parameters: {}', () => {
    const task = new tasks.CallAwsService(stack, 'List', { service: 'sns', action: 'listTopics', iamResources: ['*'] });
    expect(renderState(task).Parameters).toEqual({});
  });

  test('the service is lower-cased in the Resource and in the IAM action alike (C.21)', () => {
    const m = machineOf(stack, new tasks.CallAwsService(stack, 'Get', { service: 'S3', action: 'getObject', iamResources: ['arn:aws:s3:::b/*'] }));
    expect(m.definition.States.Get.Resource).toBe(integrationArn('aws-sdk:s3:getObject'));
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 's3:getObject', Resource: 'arn:aws:s3:::b/*' }]);
  });

  test.each([
    ['sfn', 'startExecution', 'states:startExecution'],
    ['cloudwatchlogs', 'createLogStream', 'logs:createLogStream'],
    ['sesv2', 'sendEmail', 'ses:sendEmail'],
    ['cognitoidentityprovider', 'adminGetUser', 'cognito-idp:adminGetUser'],
    ['eventbridge', 'putEvents', 'events:putEvents'],
  ])('service %s: the IAM action %s becomes %s', (service, action, iamAction) => {
    const m = machineOf(stack, new tasks.CallAwsService(stack, 'Call', { service, action, iamResources: ['*'] }));
    expect(m.definition.States.Call.Resource).toBe(integrationArn(`aws-sdk:${service}:${action}`));
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: iamAction, Resource: '*' }]);
  });

  test('iamAction and additionalIamStatements', () => {
    const m = machineOf(stack, new tasks.CallAwsService(stack, 'Detect', {
      service: 'rekognition',
      action: 'detectLabels',
      iamAction: 'rekognition:DetectLabels',
      iamResources: ['*'],
      additionalIamStatements: [new iam.PolicyStatement({ actions: ['s3:getObject'], resources: ['arn:aws:s3:::my-bucket/*'] })],
    }));
    expect(m.statements).toEqual([
      { Effect: 'Allow', Action: 'rekognition:DetectLabels', Resource: '*' },
      { Effect: 'Allow', Action: 's3:getObject', Resource: 'arn:aws:s3:::my-bucket/*' },
    ]);
  });

  test('a service from a Terraform variable is kept as it is', () => {
    const service = new TerraformVariable(stack, 'service', { type: 'string' }).stringValue;
    const m = machineOf(stack, new tasks.CallAwsService(stack, 'Call', { service, action: 'listTopics', iamResources: ['*'] }));
    expect(m.definition.States.Call.Resource).toBe(integrationArn('aws-sdk:${var.service}:listTopics'));
    expect(m.statements[0].Action).toBe('${var.service}:listTopics');
  });

  test.each([
    [undefined, 'aws-sdk:s3:getObject'],
    [sfn.IntegrationPattern.REQUEST_RESPONSE, 'aws-sdk:s3:getObject'],
  ])('pattern %s gives Resource %s', (integrationPattern, api) => {
    expect(renderState(getObject({ integrationPattern })).Resource).toBe(integrationArn(api));
  });

  test('WAIT_FOR_TASK_TOKEN appends .waitForTaskToken', () => {
    const task = new tasks.CallAwsService(stack, 'Send', {
      service: 'sqs',
      action: 'sendMessage',
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      parameters: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/q', MessageBody: sfn.JsonPath.taskToken },
      iamResources: ['arn:aws:sqs:us-east-1:123456789012:q'],
    });
    expect(renderState(task)).toMatchObject({
      Resource: integrationArn('aws-sdk:sqs:sendMessage.waitForTaskToken'),
      Parameters: { 'MessageBody.$': '$$.Task.Token' },
    });
  });

  test('fails when WAIT_FOR_TASK_TOKEN parameters do not hand the token on', () => {
    expect(() => getObject({ integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow(/^test\/GetObject: 'parameters' must hold the task token when 'integrationPattern' is WAIT_FOR_TASK_TOKEN/);
  });

  test('fails when the pattern is RUN_JOB', () => {
    expect(() => getObject({ integrationPattern: sfn.IntegrationPattern.RUN_JOB }))
      .toThrow(/^test\/GetObject: 'integrationPattern' RUN_JOB is not supported by this task; supported: REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN/);
  });

  test('jsonata() renders Arguments, with the JSONata task token', () => {
    const task = tasks.CallAwsService.jsonata(stack, 'Send', {
      service: 'sqs',
      action: 'sendMessage',
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      parameters: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/q', MessageBody: '{% $states.context.Task.Token %}' },
      iamResources: ['*'],
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      Resource: integrationArn('aws-sdk:sqs:sendMessage.waitForTaskToken'),
      Arguments: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/q', MessageBody: '{% $states.context.Task.Token %}' },
      End: true,
    });
  });

  test('jsonPath() renders Parameters', () => {
    const task = tasks.CallAwsService.jsonPath(stack, 'Get', { service: 's3', action: 'getObject', parameters: { Bucket: 'b' }, iamResources: ['*'] });
    expect(renderState(task).Parameters).toEqual({ Bucket: 'b' });
  });

  test('a JSONPath reference in a JSONata state machine is refused at bind time', () => {
    expect(() => machineOf(stack, getObject(), { queryLanguage: sfn.QueryLanguage.JSONATA })).toThrow(/GetObject/);
  });

  describe('validation', () => {
    test('accepts camelCase actions, PascalCase parameters and alphanumeric services', () => {
      expect(() => new tasks.CallAwsService(stack, 'A', { service: 'elasticloadbalancingv2', action: 'describeTargetGroups', parameters: { Names: ['a'] }, iamResources: ['*'] })).not.toThrow();
      expect(() => new tasks.CallAwsService(stack, 'B', { service: 'ec2', action: 'describeInstances', parameters: { 'Filters.$': '$.filters' }, iamResources: ['*'] })).not.toThrow();
    });

    test('fails on an action that is not camelCase', () => {
      expect(() => getObject({ action: 'GetObject' })).toThrow(/^test\/GetObject: 'action' must be an API action in camelCase \(getObject, not GetObject\), got "GetObject"/);
      expect(() => getObject({ action: 'get-object' }, 'Dashed')).toThrow(/'action' must be an API action in camelCase.*got "get-object"/);
    });

    test('an action from a Terraform variable is not checked', () => {
      const action = new TerraformVariable(stack, 'action', { type: 'string' }).stringValue;
      expect(() => getObject({ action })).not.toThrow();
    });

    test('fails on parameter names that are not PascalCase, naming each', () => {
      expect(() => getObject({ parameters: { bucket: 'b', Key: 'k', 'name.$': '$.n' } }))
        .toThrow(/^test\/GetObject: 'parameters' names must be PascalCase \(Bucket, not bucket\), got "bucket", "name\.\$"$/);
    });

    test('fails on a service name that is not letters and digits', () => {
      expect(() => getObject({ service: 'cloudwatch-logs' })).toThrow(/^test\/GetObject: 'service' must be an AWS SDK service name of letters and digits.*got "cloudwatch-logs"/);
      expect(() => getObject({ service: '' }, 'Empty')).toThrow(/'service' must be an AWS SDK service name.*got ""/);
    });

    test('fails on empty iamResources', () => {
      expect(() => getObject({ iamResources: [] })).toThrow(/^test\/GetObject: 'iamResources' must hold at least one resource ARN.*got \[\]$/);
    });
  });
});
