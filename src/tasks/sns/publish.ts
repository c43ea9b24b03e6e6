import type { Construct } from 'constructs';
import { ValidationError, describeValue } from '../../core/errors';
import type { PolicyStatement } from '../../iam/policy-statement';
import { sharedStatements } from '../private/statements';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskInput } from '../../sfn/input';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { isJsonataExpression } from '../../render/jsonata';
import { validateFifoMessage } from '../private/fifo';
import { isLiteral, requireTaskToken, validateMaxLength, validateUserFields } from '../private/task-utils';
import type { SnsTopicRef } from '../refs';
import { renderMessageAttribute, validateMessageAttribute } from './private/message-attributes';
import { cachedRef } from '../../core/refs';

/**
 * Data type of an SNS message attribute.
 * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html
 */
export enum MessageAttributeDataType {
  /** UTF-8 text. */
  STRING = 'String',
  /** A JSON array of strings, numbers, booleans and nulls. */
  STRING_ARRAY = 'String.Array',
  /** A number, sent as its text. */
  NUMBER = 'Number',
  /** Base64-encoded binary data. */
  BINARY = 'Binary',
}

/** One SNS message attribute. */
export interface MessageAttribute {
  /**
   * The value: a string, number, boolean, array of those, a JsonPath reference, or a TaskInput.
   */
  readonly value: any;
  /**
   * The data type.
   * @default - inferred: String.Array for an array, Number for a number, String otherwise
   */
  readonly dataType?: MessageAttributeDataType;
}

/** What an SnsPublish task does, in either query language. */
export interface SnsPublishOptions {
  /** The topic to publish to. */
  readonly topic: SnsTopicRef;
  /** The message (`Message`). */
  readonly message: TaskInput;
  /**
   * Message attributes, for subscription filter policies.
   * @default - none
   */
  readonly messageAttributes?: { [key: string]: MessageAttribute };
  /**
   * Send a different message per protocol: `message` is then a JSON object with a `default` key and
   * one key per protocol (`MessageStructure: json`).
   * @default false
   */
  readonly messagePerSubscriptionType?: boolean;
  /**
   * Subject of email messages (`Subject`): at most 100 characters, no line breaks.
   * @default - none
   */
  readonly subject?: string;
  /**
   * Deduplication id of a FIFO topic message, at most 128 characters. Required for a FIFO topic
   * without content-based deduplication.
   * @default - none
   */
  readonly messageDeduplicationId?: string;
  /**
   * Message group of a FIFO topic message, at most 128 characters. Required for a FIFO topic.
   * @default - none
   */
  readonly messageGroupId?: string;
}

/** Props of an SnsPublish task written in JSONPath. */
export interface SnsPublishJsonPathProps extends TaskStateJsonPathBaseProps, SnsPublishOptions {}

/** Props of an SnsPublish task written in JSONata. */
export interface SnsPublishJsonataProps extends TaskStateJsonataBaseProps, SnsPublishOptions {}

/** Props of an SnsPublish task. */
export interface SnsPublishProps extends TaskStateBaseProps, SnsPublishOptions {}

const MAX_FIFO_ID_LENGTH = 128;
const MAX_SUBJECT_LENGTH = 100;
// Line breaks and the other control characters, which SNS refuses in a subject.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/**
 * Publishes a message to an SNS topic.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sns.html
 * @see https://docs.aws.amazon.com/sns/latest/api/API_Publish.html
 * @example
 * import type { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const shipments: SnsTopic;
 *
 * new tasks.SnsPublish(stack, 'Announce shipment', {
 *   topic: shipments,
 *   subject: 'Your order has shipped',
 *   message: sfn.TaskInput.fromObject({ orderId: sfn.JsonPath.stringAt('$.orderId'), carrier: sfn.JsonPath.stringAt('$.carrier') }),
 *   // subscriptions can filter on the carrier
 *   messageAttributes: { carrier: { value: sfn.JsonPath.stringAt('$.carrier') } },
 *   resultPath: sfn.JsonPath.DISCARD,
 * });
 */
export class SnsPublish extends TaskStateBase {
  /** An SnsPublish task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: SnsPublishJsonPathProps): SnsPublish {
    return new SnsPublish(scope, id, props);
  }

  /** An SnsPublish task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: SnsPublishJsonataProps): SnsPublish {
    return new SnsPublish(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [
    IntegrationPattern.REQUEST_RESPONSE,
    IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: SnsPublishProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: SnsPublishProps) {
    super(scope, id, props);
    props = { ...props, topic: cachedRef(props.topic) };
    this.props = props;
    const pattern = props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE;
    validatePatternSupported(this, pattern, SnsPublish.SUPPORTED_INTEGRATION_PATTERNS);
    validateUserFields(this, { message: props.message.value, subject: props.subject, messageGroupId: props.messageGroupId, messageDeduplicationId: props.messageDeduplicationId });
    requireTaskToken(this, pattern, props.message.value, 'message');
    for (const [name, attr] of Object.entries(props.messageAttributes ?? {})) validateMessageAttribute(this, name, attr);
    validateMaxLength(this, props.messageGroupId, MAX_FIFO_ID_LENGTH, 'messageGroupId');
    validateMaxLength(this, props.messageDeduplicationId, MAX_FIFO_ID_LENGTH, 'messageDeduplicationId');
    validateSubject(this, props.subject);
    const { arn, fifoTopicInput, nameInput, contentBasedDeduplicationInput } = props.topic;
    validateFifoMessage(this, {
      noun: 'topic',
      verb: 'publishing to',
      fifoInput: fifoTopicInput,
      contentBasedDeduplicationInput,
      nameInput,
      identifiers: [arn],
      messageGroupId: props.messageGroupId,
      messageDeduplicationId: props.messageDeduplicationId,
    });

    this.resourceArn = integrationResourceArn(this, 'sns', 'publish', pattern);
    const topic = props.topic;
    this.taskPolicies = sharedStatements(topic, ['sns:Publish'], () => [topic.arn]);
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    const p = this.props;
    const attributes = p.messageAttributes === undefined ? undefined : Object.fromEntries(
      Object.entries(p.messageAttributes).map(([name, attr]) => [name, renderMessageAttribute(attr)]),
    );
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        TopicArn: p.topic.arn,
        Message: p.message.value,
        MessageDeduplicationId: p.messageDeduplicationId,
        MessageGroupId: p.messageGroupId,
        MessageStructure: p.messagePerSubscriptionType ? 'json' : undefined,
        MessageAttributes: attributes,
        Subject: p.subject,
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}

/**
 * SNS limits a subject to 100 characters, without line breaks or control characters. Checked on literal
 * subjects only: a reference or a JSONata expression is known at run time.
 */
function validateSubject(scope: Construct, subject: string | undefined): void {
  if (!isLiteral(subject) || isJsonataExpression(subject)) return;
  validateMaxLength(scope, subject, MAX_SUBJECT_LENGTH, 'subject');
  if (CONTROL_CHARACTER.test(subject)) {
    throw new ValidationError(`'subject' must not hold line breaks or control characters (SNS refuses them), got ${describeValue(subject)}`, scope);
  }
}
