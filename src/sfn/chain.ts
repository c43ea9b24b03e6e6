import { ValidationError } from '../core/errors';
import { Parallel, type ParallelProps } from './states/parallel';
import type { State } from './states/state';
import type { IChainable, INextable } from './types';

/**
 * A sequence of states, built with `Chain.start(a).next(b).next(c)`.
 * @example
 * import type { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const validateFn: LambdaFunction;
 * declare const storeFn: LambdaFunction;
 *
 * const steps = sfn.Chain.start(new tasks.LambdaInvoke(stack, 'Validate', { lambdaFunction: validateFn }))
 *   .next(new tasks.LambdaInvoke(stack, 'Store', { lambdaFunction: storeFn }));
 * // one error handler for both: the chain as a single Parallel state
 * const guarded = steps.toSingleState('Process order', { outputPath: '$[0]' })
 *   .addCatch(new sfn.Fail(stack, 'Processing failed'));
 */
export class Chain implements IChainable {
  /** A chain that starts (and for now ends) with `state`. */
  public static start(state: IChainable): Chain {
    return new Chain(state.startState, state.endStates, state);
  }

  /** A chain from `start`'s first state to `next`'s end states (the caller has linked them). */
  public static sequence(start: IChainable, next: IChainable): Chain {
    return new Chain(start.startState, next.endStates, next);
  }

  /** A chain with explicit start and end states. */
  public static custom(startState: State, endStates: INextable[], lastAdded: IChainable): Chain {
    return new Chain(startState, endStates, lastAdded);
  }

  /** Identifier of the last chainable added. */
  public readonly id: string;

  private constructor(public readonly startState: State, public readonly endStates: INextable[], private readonly lastAdded: IChainable) {
    this.id = lastAdded.id;
  }

  /** Continues every end state of the chain with `next`. */
  public next(next: IChainable): Chain {
    if (this.endStates.length === 0) {
      throw new ValidationError(`cannot continue the chain after '${this.lastAdded.id}': it has no end state that can be followed (it ends in Succeed, Fail, or a Choice without afterwards())`, this.startState);
    }
    for (const end of this.endStates) end.next(next);
    return new Chain(this.startState, next.endStates, next);
  }

  /**
   * Wraps the chain in a Parallel state with one branch, so that retries and error handlers can cover
   * it as a whole. The Parallel is created in the scope of the chain's first state. Its output is an
   * array holding the chain's output: adjust paths after it (`outputPath: '$[0]'`).
   */
  public toSingleState(id: string, props: ParallelProps = {}): Parallel {
    return new Parallel(this.startState, id, props).branch(this);
  }
}
