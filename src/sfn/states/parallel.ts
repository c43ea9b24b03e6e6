import type { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import type { PolicyStatement } from '../../iam/policy-statement';
import { validateFields } from '../../render/json-path';
import { validateJsonataFields } from '../../render/jsonata';
import { Chain } from '../chain';
import { effectiveLanguage, renderNextEnd, renderPath, renderPayload, renderQueryLanguage, renderRetryCatch } from '../private/render-state';
import { StateGraph } from '../state-graph';
import type { CatchProps, IChainable, INextable, RetryProps } from '../types';
import { QueryLanguage } from '../types';
import type { AssignableStateOptions, JsonataCommonOptions, JsonPathCommonOptions, StateBaseProps } from './state';
import { State } from './state';
import { validateStatePath } from '../private/validate';
import { propLanguageFields, type LanguageField } from '../private/language-check';

/** Props of a Parallel state written in JSONPath. */
export interface ParallelJsonPathProps extends StateBaseProps, AssignableStateOptions, JsonPathCommonOptions {
  /**
   * JSONPath where the branches' results go in the input.
   * @default $
   */
  readonly resultPath?: string;
  /**
   * Reshapes the branches' results (`ResultSelector`).
   * @default - the results as they are
   */
  readonly resultSelector?: { [key: string]: any };
  /**
   * The input of each branch, built from the state input (`Parameters`).
   * @default - the state input
   */
  readonly parameters?: { [key: string]: any };
}

/** Props of a Parallel state written in JSONata. */
export interface ParallelJsonataProps extends StateBaseProps, AssignableStateOptions, JsonataCommonOptions {
  /**
   * The input of each branch (`Arguments`).
   * @default - the state input
   */
  readonly arguments?: any;
}

/** Props of a Parallel state. */
export interface ParallelProps extends ParallelJsonPathProps, JsonataCommonOptions {
  /**
   * The input of each branch (`Arguments`), JSONata only.
   * @default - the state input
   */
  readonly arguments?: any;
}

/**
 * Runs branches side by side and collects their results in an array.
 * @example
 * import type { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const reserveFn: LambdaFunction;
 * declare const chargeFn: LambdaFunction;
 *
 * // $.results becomes [reserve's result, charge's result]
 * const reserveAndCharge = new sfn.Parallel(stack, 'Reserve and charge', { resultPath: '$.results' })
 *   .branch(new tasks.LambdaInvoke(stack, 'Reserve stock', { lambdaFunction: reserveFn }))
 *   .branch(new tasks.LambdaInvoke(stack, 'Charge card', { lambdaFunction: chargeFn }))
 *   .addCatch(new sfn.Fail(stack, 'Order rejected', { error: 'OrderRejected' }), { resultPath: '$.error' });
 */
export class Parallel extends State implements INextable {
  /** A Parallel state written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: ParallelJsonPathProps = {}): Parallel {
    return new Parallel(scope, id, props);
  }

  /** A Parallel state written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: ParallelJsonataProps = {}): Parallel {
    return new Parallel(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  public readonly endStates: INextable[];
  private readonly props: ParallelProps;
  private readonly branches: IChainable[] = [];
  private branchGraphs: StateGraph[] = [];

  constructor(scope: Construct, id: string, props: ParallelProps = {}) {
    super(scope, id, props);
    this.props = props;
    this.endStates = [this];
    if (props.inputPath !== undefined) validateStatePath(props.inputPath, "'inputPath'", this);
    if (props.outputPath !== undefined) validateStatePath(props.outputPath, "'outputPath'", this);
    if (props.resultPath !== undefined) validateStatePath(props.resultPath, "'resultPath'", this);
    if (props.parameters !== undefined) validateFields(props.parameters, "'parameters'", this);
    if (props.resultSelector !== undefined) validateFields(props.resultSelector, "'resultSelector'", this);
    validateJsonataFields(props.arguments, "'arguments'", this);
  }

  /** Adds branches. */
  public branch(...branches: IChainable[]): Parallel {
    this.branches.push(...branches);
    return this;
  }

  /** Retries the whole state on errors. */
  public addRetry(props: RetryProps = {}): Parallel {
    this._addRetry(props);
    return this;
  }

  /** Handles errors of the state with `handler`. */
  public addCatch(handler: IChainable, props: CatchProps = {}): Parallel {
    this._addCatch(handler.startState, props);
    return this;
  }

  /** Continues with `next`. */
  public next(next: IChainable): Chain {
    this._makeNext(next.startState);
    return Chain.sequence(this, next);
  }

  /** @internal */
  public _policyStatements(): PolicyStatement[] {
    return this.branchGraphs.flatMap((g) => g.policyStatements);
  }

  /** @internal */
  public _languageFields(): LanguageField[] {
    return [...super._languageFields(), ...propLanguageFields(this.props)];
  }

  public toStateJson(topLevelQueryLanguage?: QueryLanguage): object {
    const language = effectiveLanguage(this.queryLanguage, topLevelQueryLanguage);
    const p = this.props;
    const jsonPath = language === QueryLanguage.JSON_PATH;
    return {
      Type: 'Parallel',
      ...renderQueryLanguage(this.queryLanguage, topLevelQueryLanguage),
      Comment: this._comment,
      Branches: this.branchGraphs.map((g) => g.toGraphJson(topLevelQueryLanguage)),
      InputPath: jsonPath ? renderPath(p.inputPath) : undefined,
      Parameters: jsonPath ? renderPayload(p.parameters, language) : undefined,
      Arguments: jsonPath ? undefined : p.arguments,
      ResultSelector: jsonPath ? renderPayload(p.resultSelector, language) : undefined,
      ResultPath: jsonPath ? renderPath(p.resultPath) : undefined,
      OutputPath: jsonPath ? renderPath(p.outputPath) : undefined,
      Output: jsonPath ? undefined : p.outputs,
      Assign: renderPayload(p.assign, language),
      ...renderNextEnd(this._nextState),
      ...renderRetryCatch(this._retries, this._catches, language),
    };
  }

  protected whenBoundToGraph(graph: StateGraph): void {
    if (this.branches.length === 0) {
      throw new ValidationError(`Parallel state '${this.stateId}' has no branches; add at least one with branch()`, this);
    }
    this.branchGraphs = this.branches.map((b, i) => new StateGraph(b.startState, `branch ${i + 1} of Parallel state '${this.stateId}'`, graph));
  }
}
