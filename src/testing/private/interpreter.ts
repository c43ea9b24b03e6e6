// Runs a definition: states one after the other from StartAt, each through its Retry and Catch fields,
// nested Parallel branches and Map iterations one at a time (concurrency does not change what a run
// computes). Time is a clock of the run: Wait states and retry back-off move it, nothing sleeps.
import { catcherOutput } from './data-flow';
import { StatesFailure, errorMatches, runtimeFailure } from './failure';
import type { PathData } from './json-path';
import { Scope } from './scope';
import { runStateBody } from './states';
import type { _MockOutcome } from '../task-mock';

/** What a run records about one state it entered. */
export interface StateRecord {
  name: string;
  type: string;
  path: string;
  input: unknown;
  output?: unknown;
  error?: string;
  cause?: string;
  attempts: number;
  retryDelaySeconds: number[];
  waitSeconds?: number;
  caughtBy?: string;
  enteredTime: string;
}

export interface RunSettings {
  readonly mock: (state: string, resource: string) => ((input: unknown, call: number) => Promise<_MockOutcome>) | undefined;
  readonly items: (state: string) => unknown[] | undefined;
  readonly context: Record<string, any>;
  readonly startTime: number;
  readonly maxStates: number;
}

export interface RunOutcome {
  readonly status: 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT';
  readonly output?: unknown;
  readonly error?: string;
  readonly cause?: string;
  readonly states: StateRecord[];
}

/** What a state's body gets to work with. */
export interface StateCall {
  readonly name: string;
  readonly state: Record<string, any>;
  readonly input: unknown;
  readonly language: 'JSONPath' | 'JSONata';
  readonly scope: Scope;
  readonly record: StateRecord;
  readonly run: Execution;
  readonly prefix: string;
  /** The context object for this state (Map.Item added by the Map state where it applies). */
  context(extra?: Record<string, unknown>): Record<string, unknown>;
  /** The JSONPath view of `input` with the context object and the variables. */
  pathData(input: unknown, extra?: Record<string, unknown>): PathData;
}

/** A state's result: its output and where the run goes next (undefined: the end of this machine). */
export interface StateResult {
  readonly output: unknown;
  readonly next?: string;
}

export class Execution {
  public readonly states: StateRecord[] = [];
  /** The clock of the run, in milliseconds since the epoch. */
  public now: number;
  /** The language of every state that names none, nested ones too: the machine's. */
  public readonly topLanguage: 'JSONPath' | 'JSONata';
  private readonly calls = new Map<string, number>();

  constructor(public readonly settings: RunSettings, private readonly definition: Record<string, any>) {
    this.now = settings.startTime;
    this.topLanguage = definition.QueryLanguage ?? 'JSONPath';
  }

  public async run(input: unknown): Promise<RunOutcome> {
    const limit = this.definition.TimeoutSeconds;
    try {
      const output = await this.machine(this.definition, input, new Scope(), '');
      if (typeof limit === 'number' && this.now - this.settings.startTime > limit * 1000) return this.timedOut(limit);
      return { status: 'SUCCEEDED', output, states: this.states };
    } catch (e) {
      if (!(e instanceof StatesFailure)) throw e;
      if (e.error === 'States.Timeout' && e.cause === TIMED_OUT) return this.timedOut(limit);
      return { status: 'FAILED', error: e.error, cause: e.cause, states: this.states };
    }
  }

  private timedOut(limit: number): RunOutcome {
    return { status: 'TIMED_OUT', error: 'States.Timeout', cause: `the execution ran longer than its TimeoutSeconds (${limit})`, states: this.states };
  }

  /** Runs the States of a machine, a Parallel branch or a Map processor from StartAt; returns its output. */
  public async machine(graph: Record<string, any>, input: unknown, scope: Scope, prefix: string): Promise<unknown> {
    let name: string | undefined = graph.StartAt;
    let data = input;
    const lang = this.topLanguage;
    while (name !== undefined) {
      const state = graph.States?.[name];
      if (!state) throw runtimeFailure(`the definition has no state named ${JSON.stringify(name)}`);
      const result = await this.state(name, state, data, scope, prefix, state.QueryLanguage ?? lang);
      data = result.output;
      name = result.next;
    }
    return data;
  }

  /** The number of the next call of the Task state `name` in this run, from 0. */
  public nextCall(name: string): number {
    const n = this.calls.get(name) ?? 0;
    this.calls.set(name, n + 1);
    return n;
  }

  private async state(name: string, state: Record<string, any>, input: unknown, scope: Scope, prefix: string, language: 'JSONPath' | 'JSONata'): Promise<StateResult> {
    if (this.states.length >= this.settings.maxStates) {
      throw new StatesFailure('States.Runtime', `the run entered more than ${this.settings.maxStates} states (maxStates): a loop that never ends? Last state: ${name}`);
    }
    const limit = this.definition.TimeoutSeconds;
    if (typeof limit === 'number' && this.now - this.settings.startTime > limit * 1000) throw new StatesFailure('States.Timeout', TIMED_OUT);
    const record: StateRecord = { name, type: state.Type, path: `${prefix}${name}`, input, attempts: 0, retryDelaySeconds: [], enteredTime: new Date(this.now).toISOString() };
    this.states.push(record);
    const retryCounts = new Map<number, number>();
    for (;;) {
      record.attempts++;
      const call = this.stateCall(name, state, input, scope, prefix, language, record, retryCounts);
      try {
        const result = await runStateBody(call);
        record.output = result.output;
        return { output: result.output, next: result.next ?? state.Next };
      } catch (e) {
        if (!(e instanceof StatesFailure)) throw e;
        const delay = this.retryDelay(state, e, retryCounts);
        if (delay !== undefined) {
          record.retryDelaySeconds.push(delay);
          this.now += delay * 1000;
          continue;
        }
        record.error = e.error;
        record.cause = e.cause;
        const caught = await this.caught(call, e);
        if (!caught) throw e;
        record.caughtBy = caught.next;
        record.output = caught.output;
        return caught;
      }
    }
  }

  private stateCall(name: string, state: Record<string, any>, input: unknown, scope: Scope, prefix: string, language: 'JSONPath' | 'JSONata',
    record: StateRecord, retryCounts: Map<number, number>): StateCall {
    const retries = [...retryCounts.values()].reduce((a, b) => a + b, 0);
    const context = (extra: Record<string, unknown> = {}) => ({
      ...this.settings.context,
      State: { Name: name, EnteredTime: record.enteredTime, RetryCount: retries },
      ...extra,
    });
    return {
      name, state, input, language, scope, record, run: this, prefix,
      context,
      pathData: (data, extra) => ({ input: data, context: context(extra), variable: (v) => scope.lookup(v) }),
    };
  }

  // The back-off before the next attempt, when the first retrier matching the error has attempts left.
  private retryDelay(state: Record<string, any>, failure: StatesFailure, counts: Map<number, number>): number | undefined {
    const retriers: any[] = Array.isArray(state.Retry) ? state.Retry : [];
    const index = retriers.findIndex((r) => errorMatches(r.ErrorEquals ?? [], failure, state.Type));
    if (index < 0) return undefined;
    const r = retriers[index];
    const done = counts.get(index) ?? 0;
    if (done >= (r.MaxAttempts ?? 3)) return undefined;
    counts.set(index, done + 1);
    const delay = (r.IntervalSeconds ?? 1) * Math.pow(r.BackoffRate ?? 2, done);
    return typeof r.MaxDelaySeconds === 'number' ? Math.min(delay, r.MaxDelaySeconds) : delay;
  }

  private async caught(call: StateCall, failure: StatesFailure): Promise<StateResult | undefined> {
    const catchers: any[] = Array.isArray(call.state.Catch) ? call.state.Catch : [];
    const catcher = catchers.find((c) => errorMatches(c.ErrorEquals ?? [], failure, call.state.Type));
    if (!catcher) return undefined;
    const errorOutput = { Error: failure.error, Cause: failure.cause };
    const output = await catcherOutput(call, catcher, errorOutput);
    return { output, next: catcher.Next };
  }
}

const TIMED_OUT = 'execution timeout';
