/** What a state machine logs. */
export enum LogLevel {
  /** Nothing. */
  OFF = 'OFF',
  /** Every event. */
  ALL = 'ALL',
  /** Errors only. */
  ERROR = 'ERROR',
  /** Fatal errors only. */
  FATAL = 'FATAL',
}

/** A CloudWatch log group: `{ arn }`, satisfied by `CloudwatchLogGroup`. */
export interface LogGroupRef {
  /** ARN of the log group (without the `:*` suffix, as the provider's `arn` attribute). */
  readonly arn: string;
}

/** Logging of a state machine. */
export interface LogOptions {
  /**
   * The log group to write to; needed unless `level` is `LogLevel.OFF`.
   * @default - no log group (only with `LogLevel.OFF`)
   */
  readonly destination?: LogGroupRef;
  /**
   * Whether to log input, output and state data.
   * @default false
   */
  readonly includeExecutionData?: boolean;
  /**
   * What to log.
   * @default LogLevel.ERROR
   */
  readonly level?: LogLevel;
}
