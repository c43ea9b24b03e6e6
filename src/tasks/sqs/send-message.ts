import type { Construct } from 'constructs';
import { Token } from '../../core/cdktf';
import { secondsFor, type Duration } from '../../core/duration';
import { ValidationError } from '../../core/errors';
import { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskInput } from '../../sfn/input';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { kmsKeyStatement } from '../private/kms';
import { validateFifoMessage } from '../private/fifo';
import { isLiteral, requireTaskToken, validateMaxLength, validateUserFields } from '../private/task-utils';
import type { SqsQueueRef } from '../refs';
import { cachedRef } from '../../core/refs';

/** What an SqsSendMessage task does, in either query language. */
export interface SqsSendMessageOptions {
  /** The queue to send to. */
  readonly queue: SqsQueueRef;
  /** The message body (`MessageBody`). */
  readonly messageBody: TaskInput;
  /**
   * How long the message stays invisible after it is sent, 0 to 900 seconds (`DelaySeconds`). Not for
   * FIFO queues, whose delay is the queue's.
   * @default - the queue's delay
   */
  readonly delay?: Duration;
  /**
   * Deduplication id of a FIFO queue message, at most 128 characters. Required for a FIFO queue
   * without content-based deduplication.
   * @default - none
   */
  readonly messageDeduplicationId?: string;
  /**
   * Message group of a FIFO queue message, at most 128 characters. Required for a FIFO queue.
   * @default - none
   */
  readonly messageGroupId?: string;
}

/** Props of an SqsSendMessage task written in JSONPath. */
export interface SqsSendMessageJsonPathProps extends TaskStateJsonPathBaseProps, SqsSendMessageOptions {}

/** Props of an SqsSendMessage task written in JSONata. */
export interface SqsSendMessageJsonataProps extends TaskStateJsonataBaseProps, SqsSendMessageOptions {}

/** Props of an SqsSendMessage task. */
export interface SqsSendMessageProps extends TaskStateBaseProps, SqsSendMessageOptions {}

const MAX_DELAY_SECONDS = 900;
const MAX_FIFO_ID_LENGTH = 128;
const AWS_MANAGED_KEY = /(^|:)alias\/aws\/sqs$/;

/**
 * Sends a message to an SQS queue.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sqs.html
 * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html
 * @example
 * import type { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks, Duration } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const approvals: SqsQueue;
 *
 * // waits until the worker that reads the message sends the token back (SendTaskSuccess)
 * new tasks.SqsSendMessage(stack, 'Ask for approval', {
 *   queue: approvals,
 *   integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
 *   messageBody: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken, orderId: sfn.JsonPath.stringAt('$.orderId') }),
 *   taskTimeout: sfn.Timeout.duration(Duration.days(2)),
 * });
 */
export class SqsSendMessage extends TaskStateBase {
  /** An SqsSendMessage task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: SqsSendMessageJsonPathProps): SqsSendMessage {
    return new SqsSendMessage(scope, id, props);
  }

  /** An SqsSendMessage task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: SqsSendMessageJsonataProps): SqsSendMessage {
    return new SqsSendMessage(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [
    IntegrationPattern.REQUEST_RESPONSE,
    IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: SqsSendMessageProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: SqsSendMessageProps) {
    super(scope, id, props);
    props = { ...props, queue: cachedRef(props.queue) };
    this.props = props;
    const pattern = props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE;
    validatePatternSupported(this, pattern, SqsSendMessage.SUPPORTED_INTEGRATION_PATTERNS);
    validateUserFields(this, { messageBody: props.messageBody.value, messageGroupId: props.messageGroupId, messageDeduplicationId: props.messageDeduplicationId });
    requireTaskToken(this, pattern, props.messageBody.value, 'messageBody');
    validateMaxLength(this, props.messageGroupId, MAX_FIFO_ID_LENGTH, 'messageGroupId');
    validateMaxLength(this, props.messageDeduplicationId, MAX_FIFO_ID_LENGTH, 'messageDeduplicationId');
    const delay = props.delay && secondsFor(props.delay, "'delay'", this);
    if (delay !== undefined && !Token.isUnresolved(delay) && (delay < 0 || delay > MAX_DELAY_SECONDS || !Number.isInteger(delay))) {
      throw new ValidationError(`'delay' must be a whole number of seconds from 0 to ${MAX_DELAY_SECONDS}, got ${delay} seconds`, this);
    }
    const { url, arn, fifoQueueInput, nameInput, contentBasedDeduplicationInput } = props.queue;
    const fifo = validateFifoMessage(this, {
      noun: 'queue',
      verb: 'sending to',
      fifoInput: fifoQueueInput,
      contentBasedDeduplicationInput,
      nameInput,
      identifiers: [url, arn],
      messageGroupId: props.messageGroupId,
      messageDeduplicationId: props.messageDeduplicationId,
    });
    if (fifo && props.delay !== undefined) {
      throw new ValidationError(`'delay' cannot be set per message on a FIFO queue (SQS takes the delay of a FIFO queue from the queue's own 'delay_seconds'); got ${props.delay.toHumanString()}`, this);
    }

    this.resourceArn = integrationResourceArn(this, 'sqs', 'sendMessage', pattern);
    const policies = [new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [props.queue.arn] })];
    const key = props.queue.kmsMasterKeyIdInput;
    if (key !== undefined && !(isLiteral(key) && AWS_MANAGED_KEY.test(key))) {
      policies.push(kmsKeyStatement(this, key, ['kms:Decrypt', 'kms:GenerateDataKey*']));
    }
    this.taskPolicies = policies;
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    const p = this.props;
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        QueueUrl: p.queue.url,
        MessageBody: p.messageBody.value,
        DelaySeconds: p.delay?.toSeconds(),
        MessageDeduplicationId: p.messageDeduplicationId,
        MessageGroupId: p.messageGroupId,
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}
