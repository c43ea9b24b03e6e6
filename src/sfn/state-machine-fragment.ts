import { Construct } from 'constructs';
import { Chain } from './chain';
import { Parallel, type ParallelProps } from './states/parallel';
import { State } from './states/state';
import type { IChainable, INextable } from './types';

/** Options of `StateMachineFragment.toSingleState`. */
export interface SingleStateOptions extends ParallelProps {
  /**
   * Construct id of the Parallel state that wraps the fragment, and its state name unless `stateName`
   * is set.
   * @default - the fragment's construct id
   */
  readonly stateId?: string;
  /**
   * Prefix for the names of the fragment's states (an empty string also gives the default).
   * @default - the Parallel's construct id followed by `: `
   */
  readonly prefixStates?: string;
}

/**
 * A reusable piece of a workflow, defined as a construct.
 * @example
 * import type { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * class Notify extends sfn.StateMachineFragment {
 *   public readonly startState: sfn.State;
 *   public readonly endStates: sfn.INextable[];
 *   constructor(scope: Construct, id: string, topic: SnsTopic) {
 *     super(scope, id);
 *     const publish = new tasks.SnsPublish(this, 'Publish', { topic, message: sfn.TaskInput.fromJsonPathAt('$.message') });
 *     this.startState = publish;
 *     this.endStates = publish.endStates;
 *   }
 * }
 *
 * declare const stack: Construct;
 * declare const customers: SnsTopic;
 * declare const staff: SnsTopic;
 * // prefixed, the states are named 'Customers: Publish' and 'Staff: Publish'
 * new Notify(stack, 'Customers', customers).prefixStates().next(new Notify(stack, 'Staff', staff).prefixStates());
 */
export abstract class StateMachineFragment extends Construct implements IChainable {
  /** The first state of the fragment. */
  public abstract readonly startState: State;
  /** The states that continue the chain after the fragment. */
  public abstract readonly endStates: INextable[];

  /** The construct id. */
  public get id(): string {
    return this.node.id;
  }

  /**
   * Prefixes the name of every state the fragment holds, those of its branches and item processors
   * included, so that several copies of it can live in one state machine.
   * @param prefix - the prefix; by default the construct id followed by `: `
   */
  public prefixStates(prefix?: string): StateMachineFragment {
    State.prefixStates(this, prefix || `${this.id}: `);
    return this;
  }

  /**
   * Wraps the fragment in a Parallel state with one branch, to which retries and error handlers can be
   * added. The fragment's states are prefixed first. The Parallel's output is an array holding the
   * fragment's output: adjust paths after it (`outputPath: '$[0]'`).
   */
  public toSingleState(options: SingleStateOptions = {}): Parallel {
    const { stateId: givenId, prefixStates, ...parallelProps } = options;
    const stateId = givenId || this.id;
    this.prefixStates(prefixStates || `${stateId}: `);
    return new Parallel(this, stateId, parallelProps).branch(this);
  }

  /** Continues the fragment with `next`. */
  public next(next: IChainable): Chain {
    return Chain.start(this).next(next);
  }
}
