import type { Construct } from 'constructs';
import { formatArn } from '../../core/arn';
import { ValidationError, describeValue } from '../../core/errors';
import { PolicyStatement } from '../../iam/policy-statement';
import { containsTaskToken } from '../../render/json-path';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskInput } from '../../sfn/input';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { isLiteral, validateUserFields } from '../private/task-utils';
import type { EventBusRef } from '../refs';

/**
 * One event of an EventBridgePutEvents task.
 * @see https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEventsRequestEntry.html
 */
export interface EventBridgePutEventsEntry {
  /** The event's detail (`Detail`): a JSON object, a JSON string, or a reference to one. */
  readonly detail: TaskInput;
  /** The kind of event (`DetailType`), which rules match together with `source`. */
  readonly detailType: string;
  /**
   * The bus to send the event to (`EventBusName`, given as the bus ARN).
   * @default - the account's default event bus
   */
  readonly eventBus?: EventBusRef;
  /**
   * Who sent the event (`Source`), e.g. `com.example.orders`. Sources starting with `aws.` are
   * reserved for AWS services.
   */
  readonly source: string;
}

/** What an EventBridgePutEvents task does, in either query language. */
export interface EventBridgePutEventsOptions {
  /** The events to send: 1 to 10 entries (the PutEvents limit). */
  readonly entries: EventBridgePutEventsEntry[];
}

/** Props of an EventBridgePutEvents task written in JSONPath. */
export interface EventBridgePutEventsJsonPathProps extends TaskStateJsonPathBaseProps, EventBridgePutEventsOptions {}

/** Props of an EventBridgePutEvents task written in JSONata. */
export interface EventBridgePutEventsJsonataProps extends TaskStateJsonataBaseProps, EventBridgePutEventsOptions {}

/** Props of an EventBridgePutEvents task. */
export interface EventBridgePutEventsProps extends TaskStateBaseProps, EventBridgePutEventsOptions {}

// PutEvents takes at most 10 entries per call.
const MAX_ENTRIES = 10;
const RESERVED_SOURCE_PREFIX = 'aws.';

/**
 * Sends events to EventBridge event buses.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eventbridge.html
 * @see https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html
 * @example
 * import type { CloudwatchEventBus } from '@cdktf/provider-aws/lib/cloudwatch-event-bus';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const ordersBus: CloudwatchEventBus;
 *
 * new tasks.EventBridgePutEvents(stack, 'Order placed', {
 *   entries: [{
 *     eventBus: ordersBus,
 *     source: 'shop.orders',
 *     detailType: 'OrderPlaced',
 *     detail: sfn.TaskInput.fromObject({ orderId: sfn.JsonPath.stringAt('$.orderId') }),
 *   }],
 * });
 */
export class EventBridgePutEvents extends TaskStateBase {
  /** An EventBridgePutEvents task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: EventBridgePutEventsJsonPathProps): EventBridgePutEvents {
    return new EventBridgePutEvents(scope, id, props);
  }

  /** An EventBridgePutEvents task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: EventBridgePutEventsJsonataProps): EventBridgePutEvents {
    return new EventBridgePutEvents(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [
    IntegrationPattern.REQUEST_RESPONSE,
    IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: EventBridgePutEventsProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: EventBridgePutEventsProps) {
    super(scope, id, props);
    this.props = props;
    const pattern = props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE;
    validatePatternSupported(this, pattern, EventBridgePutEvents.SUPPORTED_INTEGRATION_PATTERNS);
    validateEntries(this, props.entries, pattern);

    this.resourceArn = integrationResourceArn(this, 'events', 'putEvents', pattern);
    // the buses the entries name, the default bus once for all the entries without one
    const buses = props.entries.map((e) => e.eventBus?.arn ?? formatArn(this, { service: 'events', resource: 'event-bus', resourceName: 'default' }));
    this.taskPolicies = [new PolicyStatement({ actions: ['events:PutEvents'], resources: buses })];
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        Entries: this.props.entries.map((e) => ({
          Detail: e.detail.value,
          DetailType: e.detailType,
          EventBusName: e.eventBus?.arn,
          Source: e.source,
        })),
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}

function validateEntries(scope: Construct, entries: EventBridgePutEventsEntry[], pattern: IntegrationPattern): void {
  if (entries.length < 1 || entries.length > MAX_ENTRIES) {
    throw new ValidationError(`'entries' must hold 1 to ${MAX_ENTRIES} events (the PutEvents limit), got ${entries.length}`, scope);
  }
  entries.forEach((entry, i) => {
    validateUserFields(scope, { [`entries[${i}].detail`]: entry.detail.value, [`entries[${i}].detailType`]: entry.detailType, [`entries[${i}].source`]: entry.source });
    const source = entry.source;
    if (isLiteral(source) && source.startsWith(RESERVED_SOURCE_PREFIX)) {
      throw new ValidationError(`'entries[${i}].source' must not start with "${RESERVED_SOURCE_PREFIX}" (reserved for events of AWS services), got ${describeValue(source)}`, scope);
    }
  });
  if (pattern === IntegrationPattern.WAIT_FOR_TASK_TOKEN && !entries.some((e) => containsTaskToken(e.detail.value))) {
    throw new ValidationError(
      "the 'detail' of one of the 'entries' must hold the task token when 'integrationPattern' is WAIT_FOR_TASK_TOKEN: add JsonPath.taskToken (JSONPath) or '{% $states.context.Task.Token %}' (JSONata)",
      scope,
    );
  }
}
