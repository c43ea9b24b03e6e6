import { ValidationError } from '../core/errors';
import type { Duration } from '../core/duration';
import type { PolicyStatement } from '../iam/policy-statement';
import type { State } from './states/state';
import type { QueryLanguage } from './types';

/**
 * The states reachable from a start state, each bound to this graph only. A state machine has one root
 * graph; every Parallel branch and Map item processor has a child graph. State names are unique across
 * the root graph and all its children.
 */
export class StateGraph {
  /** The states of this graph, in the order they were reached (depth first). */
  public readonly states: State[] = [];
  /** `TimeoutSeconds` of the graph (state machine level only). */
  public timeout?: Duration;
  /**
   * Name of the state machine that owns the root graph, set by StateMachine. States that need ARNs of
   * their own state machine or its executions (DistributedMap) read it from `root` when rendering IAM.
   */
  public stateMachineName?: string;

  private readonly names: Map<string, State>;
  private readonly children: StateGraph[] = [];

  constructor(public readonly startState: State, public readonly description: string, private readonly parent?: StateGraph) {
    this.names = parent ? parent.names : new Map();
    parent?.children.push(this);
    const stack: State[] = [startState];
    while (stack.length > 0) {
      const state = stack.pop()!;
      if (!state._bindTo(this)) continue;
      this.register(state);
      const next = state._outgoing(true);
      for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
    }
    this.validateExits();
  }

  /** The root graph (the state machine's). */
  public get root(): StateGraph {
    return this.parent ? this.parent.root : this;
  }

  /** The graphs of nested branches and item processors. */
  public get childGraphs(): StateGraph[] {
    return [...this.children];
  }

  /** The Amazon States Language object: `StartAt`, `States` and, when set, `TimeoutSeconds`. */
  public toGraphJson(topLevelQueryLanguage?: QueryLanguage): Record<string, unknown> {
    const states: Record<string, unknown> = {};
    for (const s of this.states) states[s.stateId] = s.toStateJson(topLevelQueryLanguage);
    return {
      StartAt: this.startState.stateId,
      States: states,
      TimeoutSeconds: this.timeout?.toSeconds(),
    };
  }

  /** IAM statements of every state of this graph and its children, in state order. */
  public get policyStatements(): PolicyStatement[] {
    const out: PolicyStatement[] = [];
    for (const s of this.states) out.push(...s._policyStatements());
    return out;
  }

  private register(state: State): void {
    const existing = this.names.get(state.stateId);
    if (existing !== undefined && existing !== state) {
      throw new ValidationError(`state name '${state.stateId}' is used by both ${existing.node.path} and ${state.node.path}; state names must be unique within a state machine (set 'stateName' or use StateMachineFragment.prefixStates)`, state);
    }
    this.names.set(state.stateId, state);
    this.states.push(state);
  }

  // Every state must be able to reach a state where the workflow ends (End, Succeed, Fail, or a Choice
  // without a default, which fails when nothing matches); otherwise executions loop forever.
  private validateExits(): void {
    const incoming = new Map<State, State[]>();
    const canExit = new Set<State>();
    const work: State[] = [];
    for (const s of this.states) {
      for (const t of s._outgoing(true)) {
        const list = incoming.get(t);
        if (list) list.push(s);
        else incoming.set(t, [s]);
      }
      if (s._canEnd()) {
        canExit.add(s);
        work.push(s);
      }
    }
    while (work.length > 0) {
      const s = work.pop()!;
      for (const p of incoming.get(s) ?? []) {
        if (!canExit.has(p)) {
          canExit.add(p);
          work.push(p);
        }
      }
    }
    const stuck = this.states.filter((s) => !canExit.has(s));
    if (stuck.length > 0) {
      throw new ValidationError(`${this.description} has a cycle with no way out: from ${stuck.map((s) => `'${s.stateId}'`).join(', ')} no path reaches an end state (End, Succeed, Fail); add an exit, e.g. a Choice with a condition that leaves the loop`, stuck[0]);
    }
  }
}
