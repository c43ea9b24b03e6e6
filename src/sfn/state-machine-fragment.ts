import { Construct } from 'constructs';
import { Chain } from './chain';
import { Parallel, type ParallelProps } from './states/parallel';
import { State } from './states/state';
import type { IChainable, INextable } from './types';

/** Options of `StateMachineFragment.toSingleState`. */
export interface SingleStateOptions extends ParallelProps {
  /**
   * Prefix for the names of the fragment's states.
   * @default - none
   */
  readonly prefixStates?: string;
}

/** A reusable piece of a workflow, defined as a construct. */
export abstract class StateMachineFragment extends Construct implements IChainable {
  /** The first state of the fragment. */
  public abstract readonly startState: State;
  /** The states that continue the chain after the fragment. */
  public abstract readonly endStates: INextable[];

  /** The construct id. */
  public get id(): string {
    return this.node.id;
  }

  /** Prefixes every state name of the fragment (default prefix: the construct id and `: `). */
  public prefixStates(prefix?: string): StateMachineFragment {
    State.prefixStates(this, prefix ?? `${this.id}: `);
    return this;
  }

  /** Wraps the fragment in a Parallel state with one branch. */
  public toSingleState(options: SingleStateOptions = {}): Parallel {
    const { prefixStates, ...parallelProps } = options;
    const stateId = parallelProps.stateName ?? this.id;
    if (prefixStates !== undefined) this.prefixStates(prefixStates);
    return new Parallel(this, `${this.id}Parallel`, { ...parallelProps, stateName: stateId }).branch(this);
  }

  /** Continues the fragment with `next`. */
  public next(next: IChainable): Chain {
    return Chain.start(this).next(next);
  }
}
