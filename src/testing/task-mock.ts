import { ValidationError, describeValue } from '../core/errors';

/** What a mocked task returns for one call: a result, or an error with its cause. @internal */
export interface _MockOutcome {
  readonly result?: unknown;
  readonly error?: string;
  readonly cause?: string;
}

/**
 * Computes a mocked task's result from the input the task receives (its effective input: after InputPath
 * and Parameters, or its JSONata Arguments). Implement it in any jsii language; in TypeScript and
 * JavaScript `TaskMock.fromFunction` takes a plain function instead.
 */
export interface ITaskMockHandler {
  /**
   * The task's result for `input`, or a `TaskMock` (`TaskMock.error(...)`, ...) to say how the call ends.
   * @param input the task's effective input
   * @param call the number of this call of the task in the run, from 0
   */
  handle(input: any, call: number): any;
}

const TASK_MOCK = Symbol.for('cdktf-stepfunctions.testing.TaskMock');

/**
 * What a Task state does in a local run, in place of calling its service: return a result, fail with
 * an error and cause, do one or the other by call, or compute the result from the task's input.
 *
 * @example
 * import type { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
 * import type { Construct } from 'constructs';
 * import { Duration, sfn, tasks, testing } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const stockFn: LambdaFunction;
 * declare const notifyFn: LambdaFunction;
 *
 * const reserve = new tasks.LambdaInvoke(stack, 'Reserve stock', { lambdaFunction: stockFn, payloadResponseOnly: true, resultPath: '$.stock' })
 *   .addRetry({ errors: ['Stock.Busy'], interval: Duration.seconds(5), maxAttempts: 3 });
 * const notify = new tasks.LambdaInvoke(stack, 'Notify', { lambdaFunction: notifyFn, payloadResponseOnly: true });
 * const machine = new sfn.StateMachine(stack, 'Stock', { definitionBody: sfn.DefinitionBody.fromChainable(reserve.next(notify)) });
 *
 * const mocks = {
 *   // busy twice, then reserved: the Retry gets through, after back-offs of 5 s and 10 s (not slept)
 *   'Reserve stock': testing.TaskMock.sequence([
 *     testing.TaskMock.error('Stock.Busy', 'try again'),
 *     testing.TaskMock.error('Stock.Busy', 'try again'),
 *     testing.TaskMock.result({ reserved: true }),
 *   ]),
 *   // computed from the task's effective input (TypeScript; other languages use fromHandler)
 *   'Notify': testing.TaskMock.fromFunction((input: any) => ({ messageId: `m-${input.orderId}` })),
 * };
 * testing.LocalRunner.fromStateMachine(machine).run({ orderId: 'o-1' }, { mocks }).then((run) => {
 *   // run.states[0].retryDelaySeconds: [5, 10]; run.output: { messageId: 'm-o-1' }
 *   if (run.output.messageId !== 'm-o-1') throw new Error(`unexpected output ${JSON.stringify(run.output)}`);
 * });
 * // other outcomes: testing.TaskMock.timeout(), testing.TaskMock.heartbeatTimeout()
 */
export class TaskMock {
  /** Whether `x` is a TaskMock of any copy of this library. */
  public static isTaskMock(x: unknown): x is TaskMock {
    return typeof x === 'object' && x !== null && TASK_MOCK in x;
  }

  /** The task succeeds with `result` (what the service returns, before ResultSelector and ResultPath). */
  public static result(result: any): TaskMock {
    return new TaskMock(async () => ({ result }));
  }

  /** The task fails with the error `error` (the name Retry and Catch match) and `cause`. */
  public static error(error: string, cause?: string): TaskMock {
    if (typeof error !== 'string' || error === '') throw new ValidationError(`TaskMock.error(error): must be a non-empty error name, got ${describeValue(error)}`);
    return new TaskMock(async () => ({ error, cause: cause ?? '' }));
  }

  /** The task runs longer than its TimeoutSeconds: it fails with `States.Timeout`. */
  public static timeout(): TaskMock {
    return TaskMock.error('States.Timeout', 'the task did not finish within its TimeoutSeconds');
  }

  /** The task sends no heartbeat within its HeartbeatSeconds: it fails with `States.HeartbeatTimeout`. */
  public static heartbeatTimeout(): TaskMock {
    return TaskMock.error('States.HeartbeatTimeout', 'the task sent no heartbeat within its HeartbeatSeconds');
  }

  /**
   * One mock per call, in order (the first for the first attempt, the next for the retry or the next
   * time the state is entered, ...); the last one answers every call after it.
   */
  public static sequence(mocks: TaskMock[]): TaskMock {
    if (!Array.isArray(mocks) || mocks.length === 0 || !mocks.every((m) => TaskMock.isTaskMock(m))) {
      throw new ValidationError(`TaskMock.sequence(mocks): must be a non-empty list of TaskMock, got ${describeValue(mocks)}`);
    }
    return new TaskMock((input, call) => mocks[Math.min(call, mocks.length - 1)]._call(input, call));
  }

  /** The result computed by `handler` from the task's input (any jsii language). */
  public static fromHandler(handler: ITaskMockHandler): TaskMock {
    if (!handler || typeof handler.handle !== 'function') {
      throw new ValidationError(`TaskMock.fromHandler(handler): must have a handle(input, call) method, got ${describeValue(handler)}`);
    }
    return new TaskMock(answeredBy((input, call) => handler.handle(input, call)));
  }

  /**
   * TypeScript and JavaScript: the result computed by a function `(input, call) => result` (or a
   * Promise of it) of the task's effective input. The function may return a TaskMock to fail
   * (`TaskMock.error(...)`); an exception it throws fails the task with the exception's `name` as the
   * error and its `message` as the cause. Other languages use `fromHandler`.
   *
   * @param fn `(input: any, call: number) => any`
   */
  public static fromFunction(fn: any): TaskMock {
    if (typeof fn !== 'function') throw new ValidationError(`TaskMock.fromFunction(fn): must be a function (input, call) => result, got ${describeValue(fn)}`);
    return new TaskMock(answeredBy((input, call) => fn(input, call)));
  }

  private constructor(private readonly outcome: (input: unknown, call: number) => Promise<_MockOutcome>) {
    Object.defineProperty(this, TASK_MOCK, { value: true });
  }

  /** How call number `call` (from 0) with `input` ends. @internal */
  public _call(input: unknown, call: number): Promise<_MockOutcome> {
    return this.outcome(input, call);
  }
}

// The outcome of a user's function: its value is the result, a TaskMock it returns says how the call
// ends, an exception it throws is the task's error (its name) and cause (its message).
function answeredBy(fn: (input: unknown, call: number) => unknown): (input: unknown, call: number) => Promise<_MockOutcome> {
  return async (input, call) => {
    let answer: unknown;
    try {
      answer = await fn(input, call);
    } catch (e) {
      const err = e as { name?: unknown; message?: unknown };
      return { error: typeof err?.name === 'string' ? err.name : 'Error', cause: typeof err?.message === 'string' ? err.message : String(e) };
    }
    if (TaskMock.isTaskMock(answer)) return answer._call(input, call);
    return { result: answer === undefined ? null : answer };
  };
}
