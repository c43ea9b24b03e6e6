import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { TerraformVariable, type TerraformStack } from 'cdktf';
import { Duration, sfn, tasks } from '../../../src';
import { newStack, renderState } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn, machineOf } from '../util';

const URL = '${aws_sqs_queue.Queue.url}';
const ARN = '${aws_sqs_queue.Queue.arn}';
const SEND = { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: ARN };
const KMS_ACTIONS = ['kms:Decrypt', 'kms:GenerateDataKey*'];

describe('SqsSendMessage', () => {
  let stack: TerraformStack;
  let queue: SqsQueue;
  beforeEach(() => {
    stack = newStack();
    queue = new SqsQueue(stack, 'Queue', { name: 'q' });
  });

  test('default settings', () => {
    const task = new tasks.SqsSendMessage(stack, 'Send', { queue, messageBody: sfn.TaskInput.fromText('hello') });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      Resource: integrationArn('sqs:sendMessage'),
      Parameters: { QueueUrl: URL, MessageBody: 'hello' },
      End: true,
    });
  });

  test('renders every parameter', () => {
    const task = new tasks.SqsSendMessage(stack, 'Send', {
      queue,
      messageBody: sfn.TaskInput.fromObject({ id: sfn.JsonPath.stringAt('$.id') }),
      delay: Duration.minutes(1),
      messageDeduplicationId: 'd',
      messageGroupId: sfn.JsonPath.stringAt('$.group'),
    });
    expect(renderState(task).Parameters).toEqual({
      'QueueUrl': URL,
      'MessageBody': { 'id.$': '$.id' },
      'DelaySeconds': 60,
      'MessageDeduplicationId': 'd',
      'MessageGroupId.$': '$.group',
    });
  });

  test('WAIT_FOR_TASK_TOKEN with the token in the body', () => {
    const task = new tasks.SqsSendMessage(stack, 'Send', {
      queue,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      messageBody: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }),
    });
    expect(renderState(task)).toMatchObject({ Resource: integrationArn('sqs:sendMessage.waitForTaskToken'), Parameters: { MessageBody: { 'token.$': '$$.Task.Token' } } });
  });

  test('fails when WAIT_FOR_TASK_TOKEN body lacks the token', () => {
    expect(() => new tasks.SqsSendMessage(stack, 'Send', { queue, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, messageBody: sfn.TaskInput.fromJsonPathAt('$.body') }))
      .toThrow(/test\/Send: 'messageBody' must hold the task token/);
  });

  test('REQUEST_RESPONSE explicitly', () => {
    expect(renderState(new tasks.SqsSendMessage(stack, 'Send', { queue, integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE, messageBody: sfn.TaskInput.fromText('m') })).Resource)
      .toBe(integrationArn('sqs:sendMessage'));
  });

  test('fails when the pattern is RUN_JOB', () => {
    expect(() => new tasks.SqsSendMessage(stack, 'Send', { queue, integrationPattern: sfn.IntegrationPattern.RUN_JOB, messageBody: sfn.TaskInput.fromText('m') }))
      .toThrow(/'integrationPattern' RUN_JOB is not supported/);
  });

  test('jsonata() renders Arguments', () => {
    const task = tasks.SqsSendMessage.jsonata(stack, 'Send', { queue, messageBody: sfn.TaskInput.fromText('{% $string($states.input) %}'), delay: Duration.seconds(5) });
    expect(renderState(task)).toMatchObject({ QueryLanguage: 'JSONata', Arguments: { QueueUrl: URL, MessageBody: '{% $string($states.input) %}', DelaySeconds: 5 } });
  });

  test('jsonPath() renders Parameters', () => {
    expect(renderState(tasks.SqsSendMessage.jsonPath(stack, 'Send', { queue, messageBody: sfn.TaskInput.fromText('m') })).Parameters).toEqual({ QueueUrl: URL, MessageBody: 'm' });
  });

  test.each([0, 900])('accepts a delay of %s seconds', (s) => {
    expect(renderState(new tasks.SqsSendMessage(stack, 'Send', { queue, messageBody: sfn.TaskInput.fromText('m'), delay: Duration.seconds(s) })).Parameters.DelaySeconds).toBe(s);
  });

  test.each([901, 1.5])('fails when the delay is %s seconds', (s) => {
    expect(() => new tasks.SqsSendMessage(stack, 'Send', { queue, messageBody: sfn.TaskInput.fromText('m'), delay: Duration.seconds(s) }))
      .toThrow(new RegExp(`test/Send: 'delay' must be a whole number of seconds from 0 to 900, got ${s}`));
  });

  test.each(['messageGroupId', 'messageDeduplicationId'])('fails when %s is longer than 128 characters', (prop) => {
    expect(() => new tasks.SqsSendMessage(stack, 'Send', { queue, messageBody: sfn.TaskInput.fromText('m'), [prop]: 'x'.repeat(129) }))
      .toThrow(new RegExp(`'${prop}' must be at most 128 characters long`));
  });

  test('fails when a JsonPath reference is concatenated into the body object', () => {
    expect(() => new tasks.SqsSendMessage(stack, 'Send', { queue, messageBody: sfn.TaskInput.fromObject({ s: `a${sfn.JsonPath.stringAt('$.a')}` }) }))
      .toThrow(/test\/Send: 'messageBody'.s: a JsonPath reference must be the whole string/);
  });

  describe('IAM', () => {
    function statements(kmsMasterKeyId?: string, q?: tasks.SqsQueueRef): any[] {
      const target = q ?? new SqsQueue(stack, 'Q2', { name: 'q2', kmsMasterKeyId });
      return machineOf(stack, new tasks.SqsSendMessage(stack, 'Send', { queue: target, messageBody: sfn.TaskInput.fromText('m') })).statements;
    }

    test('sqs:SendMessage on the queue', () => {
      expect(statements(undefined, queue)).toEqual([SEND]);
    });

    test('no KMS statement for the AWS managed key', () => {
      expect(statements('alias/aws/sqs')).toEqual([{ ...SEND, Resource: '${aws_sqs_queue.Q2.arn}' }]);
    });

    test('a key reference is used as it is', () => {
      const key = new KmsKey(stack, 'Key', {});
      expect(statements(key.arn)[1]).toEqual({ Effect: 'Allow', Action: KMS_ACTIONS, Resource: '${aws_kms_key.Key.arn}' });
    });

    test('a key ARN is used as it is', () => {
      const arn = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
      expect(statements(arn)[1]).toEqual({ Effect: 'Allow', Action: KMS_ACTIONS, Resource: arn });
    });

    test('a key id becomes a key ARN of the stack', () => {
      expect(statements('1234abcd-12ab')[1]).toEqual({ Effect: 'Allow', Action: KMS_ACTIONS, Resource: `arn:${PARTITION}:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab` });
    });

    test('an alias grants the keys carrying it (IAM cannot match a key by its alias ARN)', () => {
      expect(statements('alias/my-key')[1]).toEqual({
        Effect: 'Allow',
        Action: KMS_ACTIONS,
        Resource: `arn:${PARTITION}:kms:${REGION}:${ACCOUNT}:key/*`,
        Condition: { 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': 'alias/my-key' } },
      });
    });

    test('an alias ARN keeps its account and region', () => {
      expect(statements('arn:aws:kms:eu-west-1:123456789012:alias/my-key')[1]).toEqual({
        Effect: 'Allow',
        Action: KMS_ACTIONS,
        Resource: 'arn:aws:kms:eu-west-1:123456789012:key/*',
        Condition: { 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': 'alias/my-key' } },
      });
    });

    test('a literal queue struct', () => {
      const arn = 'arn:aws:sqs:us-east-1:123456789012:q';
      expect(statements(undefined, { url: 'https://sqs.us-east-1.amazonaws.com/123456789012/q', arn })).toEqual([{ ...SEND, Resource: arn }]);
    });
  });

  describe('FIFO queues', () => {
    const send = (id: string, q: tasks.SqsQueueRef, extra: Partial<tasks.SqsSendMessageProps> = {}) =>
      new tasks.SqsSendMessage(stack, id, { queue: q, messageBody: sfn.TaskInput.fromText('m'), ...extra });

    test('an SqsQueue configured as FIFO needs a group id, and a deduplication id without content-based deduplication', () => {
      const fifo = new SqsQueue(stack, 'Fifo', { name: 'orders.fifo', fifoQueue: true });
      expect(() => send('NoGroup', fifo, { messageDeduplicationId: 'd' }))
        .toThrow(/^test\/NoGroup: 'messageGroupId' is required when sending to a FIFO queue \(its name ends in '\.fifo'\); got none$/);
      expect(() => send('NoDedup', fifo, { messageGroupId: 'g' }))
        .toThrow(/^test\/NoDedup: 'messageDeduplicationId' is required when sending to a FIFO queue without content-based deduplication/);
      expect(renderState(send('Ok', fifo, { messageGroupId: 'g', messageDeduplicationId: 'd' })).Parameters).toMatchObject({ MessageGroupId: 'g', MessageDeduplicationId: 'd' });
      const dedup = new SqsQueue(stack, 'Dedup', { name: 'd.fifo', fifoQueue: true, contentBasedDeduplication: true });
      expect(() => send('ContentDedup', dedup, { messageGroupId: 'g' })).not.toThrow();
    });

    test('a literal URL, ARN or name ending in .fifo is FIFO', () => {
      const url = 'https://sqs.us-east-1.amazonaws.com/123456789012/orders.fifo';
      const arn = 'arn:aws:sqs:us-east-1:123456789012:orders.fifo';
      const ref = '${aws_sqs_queue.q.url}';
      for (const [i, q] of [{ url, arn: ref }, { url: ref, arn }, { url: ref, arn: ref, nameInput: 'orders.fifo' }].entries()) {
        expect(() => send(`Q${i}`, q)).toThrow(/'messageGroupId' is required when sending to a FIFO queue/);
      }
      // a URL says nothing of deduplication: the group id is enough
      expect(() => send('Ok', { url, arn }, { messageGroupId: 'g' })).not.toThrow();
    });

    test('a per-message delay is refused for a FIFO queue', () => {
      const fifo = new SqsQueue(stack, 'Fifo', { name: 'orders.fifo', fifoQueue: true, contentBasedDeduplication: true });
      expect(() => send('Delay', fifo, { messageGroupId: 'g', delay: Duration.seconds(5) }))
        .toThrow(/^test\/Delay: 'delay' cannot be set per message on a FIFO queue .*; got 5 seconds$/);
      expect(renderState(send('Standard', queue, { delay: Duration.seconds(5) })).Parameters.DelaySeconds).toBe(5);
    });

    test('standard queues and token configurations are not checked', () => {
      const v = new TerraformVariable(stack, 'fifo', { type: 'bool' });
      const tokenQueue = new SqsQueue(stack, 'Tok', { name: 'tok', fifoQueue: v.booleanValue });
      expect(() => send('Token', tokenQueue)).not.toThrow();
      expect(() => send('Standard', queue)).not.toThrow();
    });
  });
});
