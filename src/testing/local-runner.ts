import { resolveValue } from '../core/cdktf';
import { ValidationError, describeValue } from '../core/errors';
import type { StateMachine } from '../sfn/state-machine';
import { TaskMock } from './task-mock';
import type * as engine from './private/interpreter';

/** How a local run ended: the status Step Functions gives an execution. */
export enum ExecutionStatus {
  /** The run reached a Succeed state or the end of the machine. */
  SUCCEEDED = 'SUCCEEDED',
  /** A state failed and no Catch handled it (or a Fail state was reached). */
  FAILED = 'FAILED',
  /** The run's clock passed the machine's TimeoutSeconds. */
  TIMED_OUT = 'TIMED_OUT',
}

/** Options of a local runner. */
export interface LocalRunnerProps {
  /**
   * Values for the Terraform references in the definition, by expression: `{ 'data.aws_region.region.region':
   * 'eu-west-1' }` replaces `${data.aws_region.region.region}`. A value replacing a whole string keeps its
   * type (a number stays a number); inside a longer string it is written as text.
   * @default - references stay in the definition as the text `${expression}`
   */
  readonly references?: { [expression: string]: any };
}

/** What to run with. */
export interface LocalRunOptions {
  /**
   * What each Task state does, by state name (states of Parallel branches and Map processors too). A
   * Task state entered without a mock fails the run with `States.Runtime`, naming the state.
   * @default - no mocks (a run that enters a Task state fails)
   */
  readonly mocks?: { [stateName: string]: TaskMock };
  /**
   * The items a Distributed Map's ItemReader reads (from S3 in AWS), by Map state name.
   * @default - none (a Map state with an ItemReader fails the run)
   */
  readonly itemReaders?: { [stateName: string]: any[] };
  /**
   * The execution's name, in the context object (`$$.Execution.Name`) and its ARN.
   * @default 'local-run'
   */
  readonly executionName?: string;
  /**
   * When the run starts, an ISO 8601 timestamp: the clock that Wait states and retries move forward.
   * @default '2024-01-01T00:00:00.000Z'
   */
  readonly startTime?: string;
  /**
   * The most states the run may enter before it fails (a loop whose mocks never let it end).
   * @default 10000
   */
  readonly maxStates?: number;
}

/** One state the run entered, in the order entered. */
export interface StateRun {
  /** The state's name. */
  readonly name: string;
  /** Where it is: its name, after the Parallel branch or Map item it runs in (`Fan out[1]/Check`). */
  readonly path: string;
  /** Its type (Task, Pass, Choice, ...). */
  readonly type: string;
  /** The input it received (before InputPath or Arguments). */
  readonly input: any;
  /**
   * Its output (after OutputPath, or its JSONata Output; for a caught error the catcher's output).
   * @default - none: the state failed
   */
  readonly output?: any;
  /**
   * The error it ended with, whether a Catch handled it or not.
   * @default - none
   */
  readonly error?: string;
  /**
   * The cause of that error.
   * @default - none
   */
  readonly cause?: string;
  /**
   * The state a Catch sent the run to.
   * @default - none
   */
  readonly caughtBy?: string;
  /** How many times it ran: 1, plus one per retry. */
  readonly attempts: number;
  /** The back-off before each retry, in seconds (recorded, not slept). */
  readonly retryDelaySeconds: number[];
  /**
   * How long a Wait state waited, in seconds (recorded, not slept).
   * @default - not a Wait state
   */
  readonly waitSeconds?: number;
  /** When it was entered, on the run's clock (ISO 8601). */
  readonly enteredTime: string;
}

/** The outcome of a local run. */
export interface LocalRunResult {
  /** SUCCEEDED, FAILED or TIMED_OUT. */
  readonly status: ExecutionStatus;
  /**
   * The execution's output.
   * @default - none: the run did not succeed
   */
  readonly output?: any;
  /**
   * The error the run failed with.
   * @default - none: the run succeeded
   */
  readonly error?: string;
  /**
   * The cause of that error.
   * @default - none: the run succeeded
   */
  readonly cause?: string;
  /** Every state entered, in order, with its input and output. */
  readonly states: StateRun[];
  /** The names of the states entered, in order (the path the run took). */
  readonly path: string[];
}

/**
 * Runs a state machine's definition locally, with a mock in place of every Task state, and reports the
 * path it took and the data at every step. The definition is the one synthesis writes; the semantics are
 * Step Functions' own, for JSONPath and JSONata states (see docs/TESTING.md). Time does not pass: Wait
 * states and retry back-off are recorded, not slept. The engine loads on the first run, never at synth.
 *
 * @example
 * import type { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks, testing } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const chargeFn: LambdaFunction;
 *
 * const charge = new tasks.LambdaInvoke(stack, 'Charge', { lambdaFunction: chargeFn, payloadResponseOnly: true, resultPath: '$.charge' });
 * const paid = new sfn.Choice(stack, 'Paid?')
 *   .when(sfn.Condition.stringEquals('$.charge.status', 'PAID'), new sfn.Succeed(stack, 'Done'))
 *   .otherwise(new sfn.Fail(stack, 'Declined', { error: 'Payment.Declined' }));
 * const machine = new sfn.StateMachine(stack, 'Orders', { definitionBody: sfn.DefinitionBody.fromChainable(charge.next(paid)) });
 *
 * // in a unit test (jest: `const run = await ...; expect(run.path).toEqual([...])`)
 * testing.LocalRunner.fromStateMachine(machine)
 *   .run({ orderId: 'o-1' }, { mocks: { Charge: testing.TaskMock.result({ status: 'PAID' }) } })
 *   .then((run) => {
 *     // run.status: 'SUCCEEDED'; run.path: ['Charge', 'Paid?', 'Done']
 *     // run.output: { orderId: 'o-1', charge: { status: 'PAID' } }
 *     if (run.status !== testing.ExecutionStatus.SUCCEEDED) throw new Error(`${run.error}: ${run.cause}`);
 *   });
 */
export class LocalRunner {
  /**
   * A runner for a state machine construct: its definition as synthesis renders it, Terraform references
   * as `${expression}` text unless `references` gives them values.
   */
  public static fromStateMachine(machine: StateMachine, props: LocalRunnerProps = {}): LocalRunner {
    const definition = resolveValue(machine, machine.definition());
    return new LocalRunner(definition, props, machine.node.path);
  }

  /** A runner for an Amazon States Language definition (an object, as `JSON.parse` of the file gives). */
  public static fromDefinition(definition: any, props: LocalRunnerProps = {}): LocalRunner {
    return new LocalRunner(definition, props, 'LocalRunner.fromDefinition(definition)');
  }

  /** The definition that runs (references filled in where `references` gave values). */
  public readonly definition: any;
  private readonly taskStates = new Set<string>();
  private readonly readerStates = new Set<string>();

  private constructor(definition: any, props: LocalRunnerProps, private readonly origin: string) {
    if (typeof definition !== 'object' || definition === null || typeof definition.StartAt !== 'string' || typeof definition.States !== 'object') {
      throw new ValidationError(`${origin}: must be an Amazon States Language object with 'StartAt' and 'States', got ${describeValue(definition)}`);
    }
    this.definition = fillReferences(JSON.parse(JSON.stringify(definition)), props.references ?? {});
    this.indexStates(this.definition);
  }

  /** Runs the definition with `input`; resolves to how the run ended, the path taken and the data. */
  public async run(input: any, options: LocalRunOptions = {}): Promise<LocalRunResult> {
    const mocks = options.mocks ?? {};
    for (const [name, mock] of Object.entries(mocks)) {
      if (!this.taskStates.has(name)) {
        throw new ValidationError(`${this.origin}: LocalRunOptions.mocks has ${JSON.stringify(name)}, which is no Task state of the definition; its Task states are ${[...this.taskStates].map((n) => JSON.stringify(n)).join(', ') || 'none'}`);
      }
      if (!TaskMock.isTaskMock(mock)) throw new ValidationError(`${this.origin}: LocalRunOptions.mocks[${JSON.stringify(name)}] must be a TaskMock, got ${describeValue(mock)}`);
    }
    for (const name of Object.keys(options.itemReaders ?? {})) {
      if (!this.readerStates.has(name)) throw new ValidationError(`${this.origin}: LocalRunOptions.itemReaders has ${JSON.stringify(name)}, which is no Map state with an ItemReader; those are ${[...this.readerStates].map((n) => JSON.stringify(n)).join(', ') || 'none'}`);
    }
    const startTime = Date.parse(options.startTime ?? '2024-01-01T00:00:00.000Z');
    if (Number.isNaN(startTime)) throw new ValidationError(`${this.origin}: LocalRunOptions.startTime must be an ISO 8601 timestamp, got ${describeValue(options.startTime)}`);
    const name = options.executionName ?? 'local-run';
    const machineArn = 'arn:aws:states:us-east-1:123456789012:stateMachine:local';
    // the engine loads here, on the first run, so that a plain `cdktf synth` never loads it
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Execution } = require('./private/interpreter') as typeof engine;
    const execution = new Execution({
      mock: (state) => (mocks[state] ? (i, call) => mocks[state]._call(i, call) : undefined),
      items: (state) => options.itemReaders?.[state],
      context: {
        Execution: { Id: `arn:aws:states:us-east-1:123456789012:execution:local:${name}`, Input: input, Name: name, RoleArn: 'arn:aws:iam::123456789012:role/local', StartTime: new Date(startTime).toISOString(), RedriveCount: 0 },
        StateMachine: { Id: machineArn, Name: 'local' },
        Task: { Token: 'local-task-token' },
      },
      startTime,
      maxStates: options.maxStates ?? 10_000,
    }, this.definition);
    const outcome = await execution.run(input);
    return {
      status: outcome.status as ExecutionStatus,
      output: outcome.output,
      error: outcome.error,
      cause: outcome.cause,
      states: outcome.states,
      path: outcome.states.map((s) => s.name),
    };
  }

  private indexStates(graph: any): void {
    for (const [name, state] of Object.entries<any>(graph?.States ?? {})) {
      if (state?.Type === 'Task') this.taskStates.add(name);
      if (state?.Type === 'Map' && state.ItemReader) this.readerStates.add(name);
      for (const branch of state?.Branches ?? []) this.indexStates(branch);
      if (state?.ItemProcessor ?? state?.Iterator) this.indexStates(state.ItemProcessor ?? state.Iterator);
    }
  }
}

const REFERENCE = /\$\{([^{}]+)\}/g;

function fillReferences(value: unknown, references: Record<string, unknown>): unknown {
  if (Object.keys(references).length === 0) return value;
  if (typeof value === 'string') {
    const whole = /^\$\{([^{}]+)\}$/.exec(value);
    if (whole && whole[1] in references) return references[whole[1]];
    return value.replace(REFERENCE, (m, expression: string) => (expression in references ? String(references[expression]) : m));
  }
  if (Array.isArray(value)) return value.map((v) => fillReferences(v, references));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillReferences(v, references)]));
  return value;
}
