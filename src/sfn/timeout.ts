import type { Duration } from '../core/duration';
import { validateJsonPath } from '../render/json-path';
import { validateJsonataExpression } from '../render/jsonata';

/**
 * A task timeout or heartbeat: a fixed duration, a path, or a JSONata expression.
 * @example
 * import type { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks, Duration } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const reportFn: LambdaFunction;
 *
 * new tasks.LambdaInvoke(stack, 'Build report', {
 *   lambdaFunction: reportFn,
 *   taskTimeout: sfn.Timeout.duration(Duration.minutes(10)),
 *   // the caller says how long the report may take, in seconds
 *   heartbeatTimeout: sfn.Timeout.at('$.heartbeatSeconds'),
 * });
 */
export abstract class Timeout {
  /** A fixed duration (`TimeoutSeconds`). */
  public static duration(duration: Duration): Timeout {
    return new FixedTimeout(duration);
  }

  /** A JSONata expression evaluating to the number of seconds. */
  public static jsonata(jsonataExpression: string): Timeout {
    validateJsonataExpression(jsonataExpression, 'Timeout.jsonata(jsonataExpression)');
    return new ExpressionTimeout(jsonataExpression);
  }

  /** A path of the state input holding the number of seconds (`TimeoutSecondsPath`). */
  public static at(path: string): Timeout {
    validateJsonPath(path, 'Timeout.at(path)');
    return new PathTimeout(path);
  }

  /** Seconds, for a fixed duration. */
  public abstract readonly seconds?: number;
  /** JSONata expression, for `Timeout.jsonata`. */
  public abstract readonly jsonataExpression?: string;
  /** Path, for `Timeout.at`. */
  public abstract readonly path?: string;
  /** The duration, for `Timeout.duration`: the task converts it, so that an error names the task and the prop. @internal */
  public abstract readonly _duration?: Duration;
}

class FixedTimeout extends Timeout {
  public readonly jsonataExpression = undefined;
  public readonly path = undefined;
  constructor(public readonly _duration: Duration) {
    super();
  }

  public get seconds(): number {
    return this._duration.toSeconds();
  }
}

class ExpressionTimeout extends Timeout {
  public readonly seconds = undefined;
  public readonly path = undefined;
  public readonly _duration = undefined;
  constructor(public readonly jsonataExpression: string) {
    super();
  }
}

class PathTimeout extends Timeout {
  public readonly seconds = undefined;
  public readonly jsonataExpression = undefined;
  public readonly _duration = undefined;
  constructor(public readonly path: string) {
    super();
  }
}
