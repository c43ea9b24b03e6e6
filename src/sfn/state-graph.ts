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
    // depth first, in the order the transitions are listed; each state's transitions are kept for the
    // exit check below
    const transitions: State[][] = [];
    const stack: State[] = [startState];
    while (stack.length > 0) {
      const state = stack.pop()!;
      if (!state._bindTo(this)) continue;
      this.register(state);
      const next = state._outgoing(true);
      transitions.push(next);
      for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
    }
    this.validateExits(transitions);
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

  // Every state must be able to reach a state where the workflow ends (End, Succeed or Fail); otherwise
  // executions loop forever. Reverse reachability from the states that end, over predecessor lists kept
  // as index chains (no array per state): linear in states and transitions.
  private validateExits(transitions: State[][]): void {
    const n = this.states.length;
    const index = new Map<State, number>();
    this.states.forEach((s, i) => index.set(s, i));
    const head = new Array<number>(n).fill(-1);
    const edgeFrom: number[] = [];
    const edgeNext: number[] = [];
    const work: number[] = [];
    const canExit = new Array<boolean>(n).fill(false);
    for (let i = 0; i < n; i++) {
      for (const target of transitions[i]) {
        const t = index.get(target)!;
        edgeFrom.push(i);
        edgeNext.push(head[t]);
        head[t] = edgeFrom.length - 1;
      }
      if (this.states[i]._canEnd()) {
        canExit[i] = true;
        work.push(i);
      }
    }
    while (work.length > 0) {
      for (let e = head[work.pop()!]; e >= 0; e = edgeNext[e]) {
        const from = edgeFrom[e];
        if (!canExit[from]) {
          canExit[from] = true;
          work.push(from);
        }
      }
    }
    const stuck = this.states.filter((_, i) => !canExit[i]);
    if (stuck.length > 0) {
      throw new ValidationError(`${this.description} has a cycle with no way out: from ${stuck.map((s) => `'${s.stateId}'`).join(', ')} no path reaches an end state (End, Succeed, Fail); add an exit, e.g. a Choice with a condition that leaves the loop`, stuck[0]);
    }
  }
}
