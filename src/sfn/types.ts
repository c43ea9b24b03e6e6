import type { Duration } from '../core/duration';
import type { Chain } from './chain';
import type { State } from './states/state';

/** Something that can be chained: a state, a chain or a fragment. */
export interface IChainable {
  /** Descriptive identifier. */
  readonly id: string;
  /** The first state of this chainable. */
  readonly startState: State;
  /** The states to chain onto when this chainable is followed by another. */
  readonly endStates: INextable[];
}

/** A state or chain that can be followed by another state. */
export interface INextable {
  /** Go to `state` next. */
  next(state: IChainable): Chain;
}

/** The language of the fields of a state. */
export enum QueryLanguage {
  /** JSONPath: `InputPath`, `Parameters`, `ResultSelector`, `ResultPath`, `OutputPath`. */
  JSON_PATH = 'JSONPath',
  /** JSONata: `Arguments`, `Output` and `{% %}` expressions. */
  JSONATA = 'JSONata',
}

/** How a task state calls a service. */
export enum IntegrationPattern {
  /** Call the service and go on as soon as it answers. */
  REQUEST_RESPONSE = 'REQUEST_RESPONSE',
  /** Call the service and wait for the job to finish (`.sync`). */
  RUN_JOB = 'RUN_JOB',
  /** Call the service with a task token and wait until the token comes back (`.waitForTaskToken`). */
  WAIT_FOR_TASK_TOKEN = 'WAIT_FOR_TASK_TOKEN',
}

/** How a retry spreads its waits. */
export enum JitterType {
  /** Randomise the wait between 0 and the computed interval. */
  FULL = 'FULL',
  /** Wait exactly the computed interval. */
  NONE = 'NONE',
}

/** Retry policy of a state. */
export interface RetryProps {
  /**
   * Errors to retry.
   * @default [Errors.ALL]
   */
  readonly errors?: string[];
  /**
   * Wait before the first retry.
   * @default Duration.seconds(1)
   */
  readonly interval?: Duration;
  /**
   * How many times to retry; 0 never retries.
   * @default 3
   */
  readonly maxAttempts?: number;
  /**
   * Factor by which the wait grows after each retry.
   * @default 2
   */
  readonly backoffRate?: number;
  /**
   * Longest wait between retries.
   * @default - no limit
   */
  readonly maxDelay?: Duration;
  /**
   * Whether to randomise the waits.
   * @default - JitterType.NONE (not rendered)
   */
  readonly jitterStrategy?: JitterType;
}

/** Error handler of a state. */
export interface CatchProps {
  /**
   * Errors to catch.
   * @default [Errors.ALL]
   */
  readonly errors?: string[];
  /**
   * JSONPath where the error is put in the input of the handler.
   * @default $
   */
  readonly resultPath?: string;
  /**
   * JSONata `Output` of the catcher.
   * @default - the error output
   */
  readonly outputs?: any;
  /**
   * Variables to assign when the error is caught.
   * @default - none
   */
  readonly assign?: { [name: string]: any };
}

/** Predefined error names. */
export class Errors {
  /** Matches any error. */
  public static readonly ALL = 'States.ALL';
  /** A task did not send a heartbeat in time. */
  public static readonly HEARTBEAT_TIMEOUT = 'States.HeartbeatTimeout';
  /** A task ran longer than its timeout. */
  public static readonly TIMEOUT = 'States.Timeout';
  /** A task failed. */
  public static readonly TASKS_FAILED = 'States.TaskFailed';
  /** The state machine lacks a permission. */
  public static readonly PERMISSIONS = 'States.Permissions';
  /** The ResultPath cannot be applied to the input. */
  public static readonly RESULT_PATH_MATCH_FAILURE = 'States.ResultPathMatchFailure';
  /** A parameter path did not match the input. */
  public static readonly PARAMETER_PATH_FAILURE = 'States.ParameterPathFailure';
  /** A branch of a Parallel state failed. */
  public static readonly BRANCH_FAILED = 'States.BranchFailed';
  /** No Choice rule matched and there is no default. */
  public static readonly NO_CHOICE_MATCHED = 'States.NoChoiceMatched';
  /** An intrinsic function failed. */
  public static readonly INTRINSIC_FAILURE = 'States.IntrinsicFailure';
  /** The result of a state exceeds the size limit. */
  public static readonly EXCEED_TOLERATED_FAILURE_THRESHOLD = 'States.ExceedToleratedFailureThreshold';
  /** An item reader failed. */
  public static readonly ITEM_READER_FAILED = 'States.ItemReaderFailed';
  /** A result writer failed. */
  public static readonly RESULT_WRITER_FAILED = 'States.ResultWriterFailed';
  /** A JSONata query failed. */
  public static readonly QUERY_EVALUATION_ERROR = 'States.QueryEvaluationError';

  private constructor() {}
}

/** Type of a state machine. */
export enum StateMachineType {
  /** Long-running, exactly-once workflows. */
  STANDARD = 'STANDARD',
  /** High-volume, short, at-least-once workflows. */
  EXPRESS = 'EXPRESS',
}
