import { Construct, type IConstruct } from 'constructs';
import { Token, isTokenString } from '../../core/cdktf';
import { secondsFor } from '../../core/duration';
import { ValidationError, describeValue } from '../../core/errors';
import { checkProps, checkStruct } from '../../core/private/prop-check';
import type { PolicyStatement } from '../../iam/policy-statement';
import { validateFields } from '../../render/json-path';
import { validateJsonataFields } from '../../render/jsonata';
import { validatePositiveDuration, validateStatePath } from '../private/validate';
import { catchLanguageFields, type LanguageField } from '../private/language-check';
import type { StateGraph } from '../state-graph';
import type { CatchProps, IChainable, INextable, RetryProps } from '../types';
import { Errors, type QueryLanguage } from '../types';

const STATE_BRAND = Symbol.for('cdktf-stepfunctions.State');
/** Step Functions' limit on state names. */
const MAX_STATE_NAME_LENGTH = 80;

// Most states have no retrier and no catcher: they share this empty list until they get one.
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** Props every state has. */
export interface StateBaseProps {
  /**
   * Name of the state in the definition.
   * @default - the construct id
   */
  readonly stateName?: string;
  /**
   * A comment.
   * @default - none
   */
  readonly comment?: string;
  /**
   * Query language of this state.
   * @default - the state machine's, else JSONPath
   */
  readonly queryLanguage?: QueryLanguage;
}

/** Input and output filtering of JSONPath states. */
export interface JsonPathCommonOptions {
  /**
   * JSONPath selecting the part of the input the state sees; `JsonPath.DISCARD` gives it `{}`.
   * @default $
   */
  readonly inputPath?: string;
  /**
   * JSONPath selecting the part of the state's output passed on; `JsonPath.DISCARD` passes `{}`.
   * @default $
   */
  readonly outputPath?: string;
}

/** Output of JSONata states. */
export interface JsonataCommonOptions {
  /**
   * The state's output (`Output`): a JSONata expression or an object holding some.
   * @default - the state's result
   */
  readonly outputs?: any;
}

/** States that can assign variables. */
export interface AssignableStateOptions {
  /**
   * Workflow variables to assign (`Assign`).
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html
   * @default - none
   */
  readonly assign?: { [name: string]: any };
}

/** A transition to an error handler. @internal */
export interface CatchTransition {
  readonly next: State;
  readonly props: CatchProps;
}

/** Options of `State.findReachableStates`. */
export interface FindStateOptions {
  /**
   * Whether to follow error handlers.
   * @default true
   */
  readonly includeErrorHandlers?: boolean;
}

/**
 * Base of every state: its name, its transitions, and its place in one state graph. Rendering lives in
 * the subclasses and in pure functions (`private/render-state.ts`), not here.
 */
export abstract class State extends Construct implements IChainable {
  /** Whether `x` is a state of this library. */
  public static isState(x: unknown): x is State {
    return typeof x === 'object' && x !== null && STATE_BRAND in x;
  }

  /** Every state reachable from `start` (itself included), in discovery order. */
  public static findReachableStates(start: State, options: FindStateOptions = {}): State[] {
    const seen = new Set<State>();
    const stack = [start];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (seen.has(s)) continue;
      seen.add(s);
      const next = s._outgoing(options.includeErrorHandlers ?? true);
      for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
    }
    return [...seen];
  }

  /** Every reachable state that ends the workflow or can be followed by another state. */
  public static findReachableEndStates(start: State, options: FindStateOptions = {}): State[] {
    return State.findReachableStates(start, options).filter((s) => s._outgoing(options.includeErrorHandlers ?? true).length === 0);
  }

  /**
   * Prefixes the names of every state in the construct tree under `root` (itself included): the states
   * a fragment creates, those of its Parallel branches and Map processors too, but not the states it is
   * chained to.
   */
  public static prefixStates(root: IConstruct, prefix: string): void {
    const queue: IConstruct[] = [root];
    for (let i = 0; i < queue.length; i++) {
      const c = queue[i];
      if (State.isState(c)) c.addPrefix(prefix);
      for (const child of c.node.children) queue.push(child);
    }
  }

  /** The construct id, as constructs stores it (each `/` replaced by `--`). */
  public readonly id: string;
  /** The first state: this one. */
  public readonly startState: State;
  /** The states that continue the chain after this one. */
  public abstract readonly endStates: INextable[];

  /** @internal */
  protected readonly _comment?: string;
  /** @internal */
  protected readonly _queryLanguage?: QueryLanguage;
  /** @internal */
  protected _retries: RetryProps[] = NONE;
  /** @internal */
  protected _catches: CatchTransition[] = NONE;
  /** @internal */
  protected _nextState?: State;

  private _stateId: string;
  private _graph?: StateGraph;

  constructor(scope: Construct, id: string, props: StateBaseProps) {
    super(scope, id);
    checkProps(this, props);
    this.id = this.node.id;
    this.startState = this;
    this._stateId = props.stateName ?? this.id;
    this._comment = props.comment;
    this._queryLanguage = props.queryLanguage;
    validateStateName(this._stateId, this);
    // JSONata fields most states have (JSONPath payloads are checked, JSONata included, by validateFields)
    validateJsonataFields((props as JsonataCommonOptions).outputs, "'outputs'", this);
    validateJsonataFields((props as AssignableStateOptions).assign, "'assign'", this);
  }

  /** The name of the state in the definition. */
  public get stateId(): string {
    return this._stateId;
  }

  /** The query language set on this state, if any. */
  public get queryLanguage(): QueryLanguage | undefined {
    return this._queryLanguage;
  }

  /** Prefixes the state name (used by StateMachineFragment.prefixStates). */
  public addPrefix(prefix: string): void {
    if (prefix === '') return;
    this._stateId = `${prefix}${this._stateId}`;
    validateStateName(this._stateId, this);
  }

  /** The state as Amazon States Language JSON. */
  public abstract toStateJson(topLevelQueryLanguage?: QueryLanguage): object;

  /** The graph this state belongs to, once bound. @internal */
  public get _containingGraph(): StateGraph | undefined {
    return this._graph;
  }

  /**
   * Binds the state to a graph. Returns false when it already belongs to it; throws when it belongs to
   * another one. @internal
   */
  public _bindTo(graph: StateGraph): boolean {
    if (this._graph === graph) return false;
    if (this._graph !== undefined) {
      throw new ValidationError(`state '${this.stateId}' is reached from ${graph.description} but already belongs to ${this._graph.description}; a Next, Catch or Choice target must be a state of the same state machine or branch (build a separate state for each)`, this);
    }
    this._graph = graph;
    this.whenBoundToGraph(graph);
    return true;
  }

  /** The states this one can go to. @internal */
  public _outgoing(includeErrorHandlers: boolean): State[] {
    const out: State[] = [];
    if (this._nextState) out.push(this._nextState);
    if (includeErrorHandlers) for (const c of this._catches) out.push(c.next);
    return out;
  }

  /** Whether the workflow (or branch) can end at this state. @internal */
  public _canEnd(): boolean {
    return this._nextState === undefined;
  }

  /** IAM statements this state needs (nested branches included). @internal */
  public _policyStatements(): PolicyStatement[] {
    return [];
  }

  /**
   * The fields this state holds, for the query language check the state machine runs once it knows
   * the state's effective language (`private/language-check.ts`). States add their props. @internal
   */
  public _languageFields(): LanguageField[] {
    return this._catches.length === 0 ? [] : catchLanguageFields(this._catches);
  }

  /** Hook for states with branches: they build their branch graphs here. */
  protected whenBoundToGraph(_graph: StateGraph): void {}

  /** Sets the next state. @internal */
  protected _makeNext(next: State): void {
    if (this._nextState !== undefined) {
      throw new ValidationError(`state '${this.stateId}' already continues with '${this._nextState.stateId}'; it cannot also continue with '${next.stateId}'`, this);
    }
    this._nextState = next;
  }

  /** Adds a retrier. @internal */
  protected _addRetry(props: RetryProps = {}): void {
    checkStruct('RetryProps', props, this, 'addRetry');
    validateErrors(props.errors, 'addRetry(errors)', this);
    if (props.maxAttempts !== undefined && !Token.isUnresolved(props.maxAttempts) && (!Number.isInteger(props.maxAttempts) || props.maxAttempts < 0)) {
      throw new ValidationError(`addRetry 'maxAttempts' must be a whole number >= 0, got ${props.maxAttempts}`, this);
    }
    if (props.backoffRate !== undefined && !Token.isUnresolved(props.backoffRate) && !(props.backoffRate >= 1)) {
      throw new ValidationError(`addRetry 'backoffRate' must be >= 1, got ${props.backoffRate}`, this);
    }
    if (props.interval) validatePositiveDuration(secondsFor(props.interval, "addRetry 'interval'", this), "addRetry 'interval'", this);
    if (props.maxDelay) validatePositiveDuration(secondsFor(props.maxDelay, "addRetry 'maxDelay'", this), "addRetry 'maxDelay'", this);
    if (this._retries === NONE) this._retries = [];
    this._retries.push({ ...props, errors: props.errors ?? [Errors.ALL] });
  }

  /** Adds an error handler. @internal */
  protected _addCatch(handler: State, props: CatchProps = {}): void {
    checkStruct('CatchProps', props, this, 'addCatch');
    validateErrors(props.errors, 'addCatch(errors)', this);
    if (props.resultPath !== undefined) validateStatePath(props.resultPath, 'addCatch resultPath', this);
    if (props.assign !== undefined) validateFields(props.assign, 'addCatch assign', this);
    validateJsonataFields(props.outputs, 'addCatch outputs', this);
    if (this._catches === NONE) this._catches = [];
    this._catches.push({ next: handler, props: { ...props, errors: props.errors ?? [Errors.ALL] } });
  }
}

function validateStateName(name: string, scope: Construct): void {
  if (isTokenString(name)) {
    throw new ValidationError(`a state name must be a literal string, not a Terraform reference (got ${describeValue(name)})`, scope);
  }
  if (name.length === 0 || name.length > MAX_STATE_NAME_LENGTH) {
    throw new ValidationError(`state name must be 1 to ${MAX_STATE_NAME_LENGTH} characters long, got ${name.length} characters: ${describeValue(name)}`, scope);
  }
}

function validateErrors(errors: string[] | undefined, where: string, scope: Construct): void {
  if (errors !== undefined && errors.length === 0) {
    throw new ValidationError(`${where} must name at least one error (or be omitted for [Errors.ALL])`, scope);
  }
  if (errors && errors.length > 1 && errors.includes(Errors.ALL)) {
    throw new ValidationError(`${where}: ${Errors.ALL} must appear alone in an error list, got ${describeValue(errors)}`, scope);
  }
}

// The brand lives on the prototype: one definition, not one per instance.
Object.defineProperty(State.prototype, STATE_BRAND, { value: true });
