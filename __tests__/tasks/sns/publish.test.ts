import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import type { TerraformStack } from 'cdktf';
import { TerraformVariable } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { newStack, renderState } from '../../util/synth';
import { integrationArn, machineOf } from '../util';

const TOPIC = '${aws_sns_topic.Topic.arn}';
const { MessageAttributeDataType: T } = tasks;

describe('SnsPublish', () => {
  let stack: TerraformStack;
  let topic: SnsTopic;
  beforeEach(() => {
    stack = newStack();
    topic = new SnsTopic(stack, 'Topic', { name: 'topic' });
  });

  test('default settings', () => {
    const task = new tasks.SnsPublish(stack, 'Publish', { topic, message: sfn.TaskInput.fromText('hello') });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      Resource: integrationArn('sns:publish'),
      Parameters: { TopicArn: TOPIC, Message: 'hello' },
      End: true,
    });
  });

  test('publish and wait for the task token (G.2)', () => {
    const task = new tasks.SnsPublish(stack, 'Publish', {
      topic,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      message: sfn.TaskInput.fromObject({ Input: 'Publish this message', Token: sfn.JsonPath.taskToken }),
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      Resource: integrationArn('sns:publish.waitForTaskToken'),
      Parameters: { TopicArn: TOPIC, Message: { 'Input': 'Publish this message', 'Token.$': '$$.Task.Token' } },
      End: true,
    });
  });

  test('IAM: sns:Publish on the topic', () => {
    const m = machineOf(stack, new tasks.SnsPublish(stack, 'Publish', { topic, message: sfn.TaskInput.fromJsonPathAt('$.msg') }));
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'sns:Publish', Resource: TOPIC }]);
    expect(m.definition.States.Publish.Parameters).toEqual({ 'TopicArn': TOPIC, 'Message.$': '$.msg' });
  });

  test('renders every parameter', () => {
    const task = new tasks.SnsPublish(stack, 'Publish', {
      topic,
      message: sfn.TaskInput.fromObject({ default: 'x', email: 'y' }),
      messagePerSubscriptionType: true,
      subject: 'Hi',
      messageGroupId: 'g',
      messageDeduplicationId: 'd',
    });
    expect(renderState(task).Parameters).toEqual({
      TopicArn: TOPIC,
      Message: { default: 'x', email: 'y' },
      MessageStructure: 'json',
      Subject: 'Hi',
      MessageGroupId: 'g',
      MessageDeduplicationId: 'd',
    });
  });

  test.each([
    [undefined, 'sns:publish'],
    [sfn.IntegrationPattern.REQUEST_RESPONSE, 'sns:publish'],
  ])('pattern %s gives Resource %s', (integrationPattern, api) => {
    expect(renderState(new tasks.SnsPublish(stack, 'Publish', { topic, integrationPattern, message: sfn.TaskInput.fromText('m') })).Resource).toBe(integrationArn(api));
  });

  test('fails when the pattern is RUN_JOB', () => {
    expect(() => new tasks.SnsPublish(stack, 'Publish', { topic, integrationPattern: sfn.IntegrationPattern.RUN_JOB, message: sfn.TaskInput.fromText('m') }))
      .toThrow(/test\/Publish: 'integrationPattern' RUN_JOB is not supported/);
  });

  test('fails when WAIT_FOR_TASK_TOKEN message lacks the token', () => {
    expect(() => new tasks.SnsPublish(stack, 'Publish', { topic, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, message: sfn.TaskInput.fromText('m') }))
      .toThrow(/test\/Publish: 'message' must hold the task token/);
  });

  test('jsonata() renders Arguments, with the JSONata task token', () => {
    const task = tasks.SnsPublish.jsonata(stack, 'Publish', {
      topic,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      message: sfn.TaskInput.fromText('{% $string({"token": $states.context.Task.Token}) %}'),
      messageAttributes: { n: { value: '{% $states.input.n %}', dataType: T.NUMBER } },
    });
    expect(renderState(task)).toMatchObject({
      QueryLanguage: 'JSONata',
      Arguments: {
        TopicArn: TOPIC,
        Message: '{% $string({"token": $states.context.Task.Token}) %}',
        MessageAttributes: { n: { DataType: 'Number', StringValue: '{% $states.input.n %}' } },
      },
    });
  });

  test('jsonPath() renders Parameters', () => {
    expect(renderState(tasks.SnsPublish.jsonPath(stack, 'Publish', { topic, message: sfn.TaskInput.fromText('m') })).Parameters).toEqual({ TopicArn: TOPIC, Message: 'm' });
  });

  describe('subject', () => {
    const publish = (id: string, subject: string) => new tasks.SnsPublish(stack, id, { topic, message: sfn.TaskInput.fromText('m'), subject });

    test('accepts 100 characters, references and JSONata expressions of any length', () => {
      expect(renderState(publish('Ok', 's'.repeat(100))).Parameters.Subject).toHaveLength(100);
      const variable = new TerraformVariable(stack, 'subject', { type: 'string' }).stringValue;
      expect(() => publish('Ref', variable)).not.toThrow();
      expect(() => publish('Path', sfn.JsonPath.stringAt('$.subject'))).not.toThrow();
      expect(() => publish('Expr', `{% $states.input.subject & '${'x'.repeat(120)}' %}`)).not.toThrow();
    });

    test('fails over 100 characters, as the SNS Publish API does', () => {
      expect(() => publish('Long', 's'.repeat(101))).toThrow(/^test\/Long: 'subject' must be at most 100 characters long, got 101: "s{10}/);
    });

    test('fails with a line break', () => {
      expect(() => publish('Lines', 'first\nsecond')).toThrow(/^test\/Lines: 'subject' must not hold line breaks or control characters \(SNS refuses them\), got "first\\nsecond"$/);
    });
  });

  test('fails when a JsonPath reference is concatenated into the subject', () => {
    expect(() => new tasks.SnsPublish(stack, 'Publish', { topic, message: sfn.TaskInput.fromText('m'), subject: `Re: ${sfn.JsonPath.stringAt('$.s')}` }))
      .toThrow(/test\/Publish: 'subject': a JsonPath reference must be the whole string/);
  });

  test('fails when a JsonPath reference is an array element of the message', () => {
    expect(() => new tasks.SnsPublish(stack, 'Publish', { topic, message: sfn.TaskInput.fromObject({ a: [sfn.JsonPath.stringAt('$.s')] }) }))
      .toThrow(/'message'.a\[0\]: JsonPath references cannot be array elements/);
  });

  describe('message attributes', () => {
    function attributes(messageAttributes: { [key: string]: tasks.MessageAttribute }): any {
      return renderState(new tasks.SnsPublish(stack, 'Publish', { topic, message: sfn.TaskInput.fromText('m'), messageAttributes })).Parameters.MessageAttributes;
    }

    test('types are inferred from the values', () => {
      expect(attributes({
        str: { value: 'a' },
        num: { value: 4 },
        bool: { value: true },
        arr: { value: ['a', 1, true, null] },
        path: { value: sfn.JsonPath.stringAt('$.p') },
        input: { value: sfn.TaskInput.fromJsonPathAt('$.i') },
      })).toEqual({
        str: { DataType: 'String', StringValue: 'a' },
        num: { DataType: 'Number', StringValue: '4' },
        bool: { DataType: 'String', StringValue: 'true' },
        arr: { DataType: 'String.Array', StringValue: '["a",1,true,null]' },
        path: { 'DataType': 'String', 'StringValue.$': '$.p' },
        input: { 'DataType': 'String', 'StringValue.$': '$.i' },
      });
    });

    test('explicit types', () => {
      expect(attributes({
        arr: { value: ['a', 'b'], dataType: T.STRING_ARRAY },
        num: { value: 4, dataType: T.NUMBER },
        numText: { value: '4.5', dataType: T.NUMBER },
        bin: { value: 'AQI=', dataType: T.BINARY },
        binPath: { value: sfn.TaskInput.fromJsonPathAt('$.b'), dataType: T.BINARY },
        pathNum: { value: sfn.JsonPath.stringAt('$.n'), dataType: T.NUMBER },
        list: { value: sfn.JsonPath.listAt('$.l'), dataType: T.STRING_ARRAY },
      })).toEqual({
        arr: { DataType: 'String.Array', StringValue: '["a","b"]' },
        num: { DataType: 'Number', StringValue: '4' },
        numText: { DataType: 'Number', StringValue: '4.5' },
        bin: { DataType: 'Binary', BinaryValue: 'AQI=' },
        binPath: { 'DataType': 'Binary', 'BinaryValue.$': '$.b' },
        pathNum: { 'DataType': 'Number', 'StringValue.$': '$.n' },
        list: { 'DataType': 'String.Array', 'StringValue.$': '$.l' },
      });
    });

    test('STRING_ARRAY accepts arrays of strings, numbers, booleans and nulls (aws-cdk-lib rejects them)', () => {
      expect(attributes({ a: { value: ['x', 2, false, null], dataType: T.STRING_ARRAY } })).toEqual({ a: { DataType: 'String.Array', StringValue: '["x",2,false,null]' } });
    });

    test.each([
      ['an array with NUMBER', { value: [1], dataType: T.NUMBER }, /an array needs MessageAttributeDataType.STRING_ARRAY/],
      ['an array of objects', { value: [{ a: 1 }] }, /array elements must be strings, numbers, booleans or null/],
      ['a number with STRING', { value: 1, dataType: T.STRING }, /a number needs MessageAttributeDataType.NUMBER/],
      ['a boolean with NUMBER', { value: true, dataType: T.NUMBER }, /a boolean is sent as a String attribute/],
      ['a non-numeric string with NUMBER', { value: 'abc', dataType: T.NUMBER }, /a Number attribute takes a number or a numeric string/],
      ['a string with STRING_ARRAY', { value: 'abc', dataType: T.STRING_ARRAY }, /a String.Array attribute takes an array/],
      ['an object', { value: { a: 1 } }, /allowed values are strings, numbers, booleans/],
      ['undefined', { value: undefined }, /'messageAttributes.attr' must be a MessageAttribute \(\{ value, ... \}\), but it has no 'value'/],
      ['a JsonPath reference in an array', { value: ['a', sfn.JsonPath.stringAt('$.x')] }, /JsonPath references cannot be array elements/],
    ])('fails at construction when given %s', (_name, attr, message) => {
      expect(() => new tasks.SnsPublish(stack, 'Publish', { topic, message: sfn.TaskInput.fromText('m'), messageAttributes: { attr } }))
        .toThrow(message);
      expect(() => new tasks.SnsPublish(stack, 'P2', { topic, message: sfn.TaskInput.fromText('m'), messageAttributes: { attr } }))
        .toThrow(/test\/P2: 'messageAttributes.attr'/);
    });
  });

  describe('FIFO topics', () => {
    let fifo: SnsTopic;
    beforeEach(() => {
      fifo = new SnsTopic(stack, 'Fifo', { name: 't.fifo', fifoTopic: true });
    });

    test('accepts a group id and a deduplication id', () => {
      const task = new tasks.SnsPublish(stack, 'Publish', { topic: fifo, message: sfn.TaskInput.fromText('m'), messageGroupId: 'g', messageDeduplicationId: 'd' });
      expect(renderState(task).Parameters).toMatchObject({ MessageGroupId: 'g', MessageDeduplicationId: 'd' });
    });

    test('accepts no deduplication id with content-based deduplication', () => {
      const topicWithDedup = new SnsTopic(stack, 'Dedup', { name: 'd.fifo', fifoTopic: true, contentBasedDeduplication: true });
      expect(() => new tasks.SnsPublish(stack, 'Publish', { topic: topicWithDedup, message: sfn.TaskInput.fromText('m'), messageGroupId: 'g' })).not.toThrow();
    });

    test('fails when the group id is missing', () => {
      expect(() => new tasks.SnsPublish(stack, 'Publish', { topic: fifo, message: sfn.TaskInput.fromText('m'), messageDeduplicationId: 'd' }))
        .toThrow(/test\/Publish: 'messageGroupId' is required when publishing to a FIFO topic/);
    });

    test('fails when the deduplication id is missing without content-based deduplication', () => {
      expect(() => new tasks.SnsPublish(stack, 'Publish', { topic: fifo, message: sfn.TaskInput.fromText('m'), messageGroupId: 'g' }))
        .toThrow(/'messageDeduplicationId' is required when publishing to a FIFO topic without content-based deduplication/);
    });

    test('a literal struct with a .fifo name is FIFO', () => {
      expect(() => new tasks.SnsPublish(stack, 'Publish', { topic: { arn: 'arn:aws:sns:us-east-1:123456789012:x.fifo', nameInput: 'x.fifo' }, message: sfn.TaskInput.fromText('m') }))
        .toThrow(/'messageGroupId' is required/);
    });

    test('a literal ARN ending in .fifo needs a group id; it says nothing of deduplication', () => {
      const literal = { arn: 'arn:aws:sns:us-east-1:123456789012:orders.fifo' };
      expect(() => new tasks.SnsPublish(stack, 'Publish', { topic: literal, message: sfn.TaskInput.fromText('m') }))
        .toThrow(/^test\/Publish: 'messageGroupId' is required when publishing to a FIFO topic \(its name ends in '\.fifo'\); got none$/);
      const task = new tasks.SnsPublish(stack, 'Ok', { topic: literal, message: sfn.TaskInput.fromText('m'), messageGroupId: sfn.JsonPath.stringAt('$.group') });
      expect(renderState(task).Parameters['MessageGroupId.$']).toBe('$.group');
      expect(() => new tasks.SnsPublish(stack, 'Standard', { topic: { arn: 'arn:aws:sns:us-east-1:123456789012:orders' }, message: sfn.TaskInput.fromText('m') })).not.toThrow();
    });

    test('FIFO rules are skipped when the configuration is a token', () => {
      const v = new TerraformVariable(stack, 'fifo', { type: 'bool' });
      const tokenTopic = new SnsTopic(stack, 'Tok', { name: 'tok', fifoTopic: v.booleanValue });
      expect(() => new tasks.SnsPublish(stack, 'Publish', { topic: tokenTopic, message: sfn.TaskInput.fromText('m') })).not.toThrow();
    });

    test.each(['messageGroupId', 'messageDeduplicationId'])('%s accepts 128 characters and fails at 129', (prop) => {
      const ok = { messageGroupId: 'g', messageDeduplicationId: 'd', [prop]: 'x'.repeat(128) };
      expect(() => new tasks.SnsPublish(stack, 'Ok', { topic: fifo, message: sfn.TaskInput.fromText('m'), ...ok })).not.toThrow();
      const bad = { messageGroupId: 'g', messageDeduplicationId: 'd', [prop]: 'x'.repeat(129) };
      expect(() => new tasks.SnsPublish(stack, 'Bad', { topic: fifo, message: sfn.TaskInput.fromText('m'), ...bad }))
        .toThrow(new RegExp(`test/Bad: '${prop}' must be at most 128 characters long, got 129`));
    });
  });
});
