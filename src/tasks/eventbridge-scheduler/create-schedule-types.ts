// The value types of EventBridgeSchedulerCreateScheduleTask: when a schedule runs (Schedule) and what it
// invokes (EventBridgeSchedulerTarget).
import { Token } from '../../core/cdktf';
import type { Duration } from '../../core/duration';
import { ValidationError, describeValue } from '../../core/errors';
import type { IamRoleRef } from '../../iam/refs';
import type { SqsQueueRef } from '../refs';

/**
 * The fields of a cron expression, as strings so that ranges and lists (`MON-FRI`, `0/15`) fit.
 * @see https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html#cron-based
 */
export interface CronOptions {
  /**
   * Minute of the hour.
   * @default - every minute
   */
  readonly minute?: string;
  /**
   * Hour of the day.
   * @default - every hour
   */
  readonly hour?: string;
  /**
   * Day of the month; not with `weekDay`.
   * @default - every day of the month (`?` when `weekDay` is set)
   */
  readonly day?: string;
  /**
   * Month.
   * @default - every month
   */
  readonly month?: string;
  /**
   * Day of the week; not with `day`.
   * @default - any day of the week (`?`)
   */
  readonly weekDay?: string;
  /**
   * Year.
   * @default - every year
   */
  readonly year?: string;
}

const MILLIS_PER_MINUTE = 60_000;
const RATE_UNITS: Array<[string, number]> = [['days', 1440], ['hours', 60], ['minutes', 1]];

/**
 * When an EventBridge Scheduler schedule runs: at a rate, on a cron expression, or once.
 * @see https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html
 */
export class Schedule {
  /**
   * Once, at `time`: `at(yyyy-mm-ddThh:mm:ss)`, the time written in UTC (pass `timezone` to the task to
   * have Scheduler read it in another zone).
   */
  public static oneTime(time: Date): Schedule {
    if (Number.isNaN(time.getTime())) {
      throw new ValidationError(`Schedule.oneTime needs a valid Date, got ${String(time)}`);
    }
    return new Schedule(`at(${time.toISOString().slice(0, 19)})`);
  }

  /** Every `duration`: a whole number of minutes, at least 1, written in the largest whole unit. */
  public static rate(duration: Duration): Schedule {
    if (duration.isUnresolved()) {
      return new Schedule(`rate(${duration._convertFor('minutes', 'Schedule.rate')} minutes)`);
    }
    const millis = duration.toMilliseconds();
    if (millis < MILLIS_PER_MINUTE || millis % MILLIS_PER_MINUTE !== 0) {
      throw new ValidationError(`Schedule.rate needs a whole number of minutes, at least 1 (EventBridge Scheduler's smallest unit), got ${duration.toHumanString()}`);
    }
    const minutes = millis / MILLIS_PER_MINUTE;
    const [unit, size] = RATE_UNITS.find(([, n]) => minutes % n === 0)!;
    const value = minutes / size;
    // a value of 1 takes the singular unit (`rate(1 hour)`): the plural is refused there
    return new Schedule(`rate(${value} ${value === 1 ? unit.slice(0, -1) : unit})`);
  }

  /** On a cron expression: `cron(minute hour day month weekDay year)`. */
  public static cron(options: CronOptions): Schedule {
    if (options.day !== undefined && options.weekDay !== undefined) {
      throw new ValidationError(`Schedule.cron takes 'day' or 'weekDay', not both, got day ${describeValue(options.day)} and weekDay ${describeValue(options.weekDay)}`);
    }
    const day = options.day ?? (options.weekDay === undefined ? '*' : '?');
    const fields = [options.minute ?? '*', options.hour ?? '*', day, options.month ?? '*', options.weekDay ?? '?', options.year ?? '*'];
    return new Schedule(`cron(${fields.join(' ')})`);
  }

  /** The schedule expression (`ScheduleExpression`). */
  public readonly expressionString: string;

  private constructor(expression: string) {
    this.expressionString = expression;
  }
}

/** What EventBridge Scheduler does with a schedule once it has invoked its target for the last time. */
export enum ActionAfterCompletion {
  /** Keep the schedule. */
  NONE = 'NONE',
  /** Delete the schedule. */
  DELETE = 'DELETE',
}

/** How EventBridge Scheduler retries a target invocation that fails. */
export interface RetryPolicy {
  /** Retries before giving up: an integer from 0 to 185. */
  readonly maximumRetryAttempts: number;
  /** How long to keep retrying an event: 60 seconds to 24 hours. */
  readonly maximumEventAge: Duration;
}

/**
 * Props of an EventBridgeSchedulerTarget.
 * @see https://docs.aws.amazon.com/scheduler/latest/APIReference/API_Target.html
 */
export interface EventBridgeSchedulerTargetProps {
  /** ARN of the target: a templated target (`arn:aws:scheduler:::aws-sdk:sqs:sendMessage`, a queue, a function, ...). */
  readonly arn: string;
  /** The role EventBridge Scheduler assumes to invoke the target: `IamRole`, `DataAwsIamRole` or `{ arn, name }`. */
  readonly role: IamRoleRef;
  /**
   * Input passed to the target, at least 1 character.
   * @default - EventBridge Scheduler's default notification
   */
  readonly input?: string;
  /**
   * Retries of failed invocations.
   * @default - EventBridge Scheduler's default (185 attempts over 24 hours)
   */
  readonly retryPolicy?: RetryPolicy;
  /**
   * Queue for events that could not be delivered.
   * @default - none
   */
  readonly deadLetterQueue?: SqsQueueRef;
}

const MAX_RETRY_ATTEMPTS = 185;
const MIN_EVENT_AGE_SECONDS = 60;
const MAX_EVENT_AGE_SECONDS = 86_400;

/** The target an EventBridge Scheduler schedule invokes. */
export class EventBridgeSchedulerTarget {
  /** ARN of the target. */
  public readonly arn: string;
  /** The role EventBridge Scheduler invokes the target with. */
  public readonly role: IamRoleRef;
  /** Input passed to the target. */
  public readonly input?: string;
  /** Retries of failed invocations. */
  public readonly retryPolicy?: RetryPolicy;
  /** Queue for events that could not be delivered. */
  public readonly deadLetterQueue?: SqsQueueRef;

  constructor(props: EventBridgeSchedulerTargetProps) {
    this.arn = props.arn;
    this.role = props.role;
    this.input = props.input;
    this.retryPolicy = props.retryPolicy;
    this.deadLetterQueue = props.deadLetterQueue;
    validateTarget(props);
  }

  /** The target as the CreateSchedule API takes it (`Target`). */
  public renderTargetObject(): any {
    const retry = this.retryPolicy;
    return {
      Arn: this.arn,
      RoleArn: this.role.arn,
      Input: this.input,
      RetryPolicy: retry === undefined ? undefined : {
        MaximumEventAgeInSeconds: retry.maximumEventAge.toSeconds(),
        MaximumRetryAttempts: retry.maximumRetryAttempts,
      },
      DeadLetterConfig: this.deadLetterQueue === undefined ? undefined : { Arn: this.deadLetterQueue.arn },
    };
  }
}

function validateTarget(props: EventBridgeSchedulerTargetProps): void {
  if (props.input !== undefined && !Token.isUnresolved(props.input) && props.input.length < 1) {
    throw new ValidationError("EventBridgeSchedulerTarget 'input' must be at least 1 character long, got \"\"");
  }
  const retry = props.retryPolicy;
  if (retry === undefined) return;
  const attempts = retry.maximumRetryAttempts;
  if (!Token.isUnresolved(attempts) && (!Number.isInteger(attempts) || attempts < 0 || attempts > MAX_RETRY_ATTEMPTS)) {
    throw new ValidationError(`EventBridgeSchedulerTarget 'retryPolicy.maximumRetryAttempts' must be an integer from 0 to ${MAX_RETRY_ATTEMPTS}, got ${attempts}`);
  }
  if (retry.maximumEventAge.isUnresolved()) return;
  const age = retry.maximumEventAge._convertFor('seconds', "EventBridgeSchedulerTarget 'retryPolicy.maximumEventAge'");
  if (age < MIN_EVENT_AGE_SECONDS || age > MAX_EVENT_AGE_SECONDS) {
    throw new ValidationError(`EventBridgeSchedulerTarget 'retryPolicy.maximumEventAge' must be from ${MIN_EVENT_AGE_SECONDS} seconds to ${MAX_EVENT_AGE_SECONDS} seconds (24 hours), got ${retry.maximumEventAge.toHumanString()}`);
  }
}
