import type { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { validateFields } from '../../render/json-path';
import { validateJsonataFields } from '../../render/jsonata';
import { Chain } from '../chain';
import type { StateGraph } from '../state-graph';
import type { Condition } from '../condition';
import { effectiveLanguage, renderPath, renderPayload, renderQueryLanguage } from '../private/render-state';
import type { IChainable, INextable } from '../types';
import { QueryLanguage } from '../types';
import type { AssignableStateOptions, JsonataCommonOptions, JsonPathCommonOptions, StateBaseProps } from './state';
import { State } from './state';
import { validateStatePath } from '../private/validate';
import { propLanguageFields, type LanguageField } from '../private/language-check';

/** Options of one Choice rule (`when`). */
export interface ChoiceTransitionOptions extends AssignableStateOptions {
  /**
   * A comment on the rule.
   * @default - none
   */
  readonly comment?: string;
  /**
   * The state's output when this rule matches (`Output`); JSONata states only.
   * @default - the state input
   */
  readonly outputs?: any;
}

/** Options of `Choice.afterwards`. */
export interface AfterwardsOptions {
  /**
   * Whether states reached through error handlers count as branch ends too.
   * @default false
   */
  readonly includeErrorHandlers?: boolean;
  /**
   * Whether the Choice's default transition is what comes next: the state chained after `afterwards()`
   * becomes the Choice's `otherwise`. The Choice must not have one yet.
   * @default false
   */
  readonly includeOtherwise?: boolean;
}

/** Props of a Choice state written in JSONPath. */
export interface ChoiceJsonPathProps extends StateBaseProps, AssignableStateOptions, JsonPathCommonOptions {}

/** Props of a Choice state written in JSONata. */
export interface ChoiceJsonataProps extends StateBaseProps, AssignableStateOptions, JsonataCommonOptions {}

/** Props of a Choice state. */
export interface ChoiceProps extends StateBaseProps, AssignableStateOptions, JsonPathCommonOptions, JsonataCommonOptions {}

interface ChoiceRule {
  readonly condition: Condition;
  readonly next: State;
  readonly options: ChoiceTransitionOptions;
}

/** Lets `afterwards({ includeOtherwise: true })` wire the chain's next state as the default. */
class OtherwiseAsNext implements INextable {
  constructor(private readonly choice: Choice) {}

  public next(state: IChainable): Chain {
    this.choice.otherwise(state);
    return Chain.sequence(this.choice, state);
  }
}

/**
 * Goes to the first state whose condition matches, else to the `otherwise` state. Without `otherwise`
 * an execution where nothing matches fails with `States.NoChoiceMatched`.
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * const express = new sfn.Pass(stack, 'Ship express');
 * const standard = new sfn.Pass(stack, 'Ship standard');
 * const shipping = new sfn.Choice(stack, 'Which shipping?')
 *   .when(sfn.Condition.stringEquals('$.shipping', 'express'), express)
 *   .when(sfn.Condition.numberGreaterThan('$.total', 500), express)
 *   .otherwise(standard);
 * // both branches go on with the same state
 * shipping.afterwards().next(new sfn.Succeed(stack, 'Shipped'));
 */
export class Choice extends State {
  /** A Choice state written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: ChoiceJsonPathProps = {}): Choice {
    return new Choice(scope, id, props);
  }

  /** A Choice state written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: ChoiceJsonataProps = {}): Choice {
    return new Choice(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  /** A Choice cannot be followed directly; use `afterwards()` to continue after its branches. */
  public readonly endStates: INextable[] = [];

  private readonly props: ChoiceProps;
  private readonly rules: ChoiceRule[] = [];
  private defaultState?: State;

  constructor(scope: Construct, id: string, props: ChoiceProps = {}) {
    super(scope, id, props);
    this.props = props;
    const jsonata = props.queryLanguage === QueryLanguage.JSONATA;
    if (props.inputPath !== undefined) validateStatePath(props.inputPath, "'inputPath'", this);
    if (props.outputPath !== undefined) validateStatePath(props.outputPath, "'outputPath'", this);
    if (jsonata && (props.inputPath ?? props.outputPath) !== undefined) {
      throw new ValidationError("'inputPath' and 'outputPath' are JSONPath fields; a JSONata Choice shapes its output with 'outputs'", this);
    }
    if (props.queryLanguage === QueryLanguage.JSON_PATH && props.outputs !== undefined) {
      throw new ValidationError("'outputs' is a JSONata field; a JSONPath Choice shapes its output with 'outputPath'", this);
    }
    if (props.assign !== undefined && !jsonata) validateFields(props.assign, "'assign'", this);
  }

  /** Goes to `next` when `condition` holds. Rules are tried in the order they were added. */
  public when(condition: Condition, next: IChainable, options: ChoiceTransitionOptions = {}): Choice {
    const language = condition._language;
    if (this.queryLanguage !== undefined && this.queryLanguage !== language) {
      throw new ValidationError(`when(condition): this Choice is written in ${this.queryLanguage} but the condition is ${language}; use ${this.queryLanguage === QueryLanguage.JSONATA ? "Condition.jsonata('{% ... %}')" : 'Condition.stringEquals(...) and the other JSONPath factories'}`, this);
    }
    const other = this.rules.find((r) => r.condition._language !== language);
    if (other) {
      throw new ValidationError(`when(condition): a ${language} condition cannot join ${other.condition._language} conditions in one Choice (rule ${this.rules.length + 1})`, this);
    }
    if (options.assign !== undefined && language === QueryLanguage.JSON_PATH) validateFields(options.assign, `when(${this.rules.length + 1}) 'assign'`, this);
    else validateJsonataFields(options.assign, `when(${this.rules.length + 1}) 'assign'`, this);
    validateJsonataFields(options.outputs, `when(${this.rules.length + 1}) 'outputs'`, this);
    this.rules.push({ condition, next: next.startState, options });
    return this;
  }

  /** Goes to `def` when no rule matches (`Default`). */
  public otherwise(def: IChainable): Choice {
    if (this.defaultState !== undefined) {
      throw new ValidationError(`Choice '${this.stateId}' already has an otherwise() state ('${this.defaultState.stateId}'); it cannot also go to '${def.startState.stateId}'`, this);
    }
    this.defaultState = def.startState;
    return this;
  }

  /**
   * A chain whose end states are the end states reachable from the Choice's branches, so that the
   * branches can join again: `choice.afterwards().next(join)`.
   */
  public afterwards(options: AfterwardsOptions = {}): Chain {
    const reachable = State.findReachableEndStates(this, { includeErrorHandlers: options.includeErrorHandlers ?? false });
    const ends: INextable[] = reachable.filter(isNextable);
    if (options.includeOtherwise) {
      if (this.defaultState !== undefined) {
        throw new ValidationError(`afterwards({ includeOtherwise: true }): Choice '${this.stateId}' already has an otherwise() state ('${this.defaultState.stateId}')`, this);
      }
      ends.push(new OtherwiseAsNext(this));
    }
    return Chain.custom(this, ends, this);
  }

  /** @internal */
  public _outgoing(_includeErrorHandlers: boolean): State[] {
    const out = this.rules.map((r) => r.next);
    if (this.defaultState) out.push(this.defaultState);
    return out;
  }

  // A Choice never ends the workflow by itself. Without a default, an execution in which no rule matches
  // fails with States.NoChoiceMatched, but Step Functions' validation (and asl-validator's
  // MISSING_TERMINAL_STATE) still wants a path to a state with End, Succeed or Fail.
  /** @internal */
  public _canEnd(): boolean {
    return false;
  }

  /** @internal */
  public _languageFields(): LanguageField[] {
    const out = propLanguageFields(this.props);
    this.rules.forEach((r, i) => {
      const rule = `when(${i + 1})`;
      const jsonata = r.condition._language === QueryLanguage.JSONATA;
      out.push({
        name: `condition of ${rule}`,
        value: r.condition,
        language: r.condition._language,
        instead: jsonata ? 'Condition.stringEquals(...) and the other JSONPath conditions' : "Condition.jsonata('{% ... %}')",
      });
      if (r.options.outputs !== undefined) out.push({ name: `'outputs' of ${rule}`, value: r.options.outputs, language: QueryLanguage.JSONATA, instead: "the Choice state's 'outputPath'" });
      if (r.options.assign !== undefined) out.push({ name: `'assign' of ${rule}`, value: r.options.assign });
    });
    return out;
  }

  public toStateJson(topLevelQueryLanguage?: QueryLanguage): object {
    const language = effectiveLanguage(this.queryLanguage, topLevelQueryLanguage);
    const jsonPath = language === QueryLanguage.JSON_PATH;
    const p = this.props;
    return {
      Type: 'Choice',
      ...renderQueryLanguage(this.queryLanguage, topLevelQueryLanguage),
      Comment: this._comment,
      InputPath: jsonPath ? renderPath(p.inputPath) : undefined,
      OutputPath: jsonPath ? renderPath(p.outputPath) : undefined,
      Output: jsonPath ? undefined : p.outputs,
      Choices: this.rules.map((r) => ({
        ...r.condition.renderCondition(),
        Next: r.next.stateId,
        Comment: r.options.comment,
        Output: jsonPath ? undefined : r.options.outputs,
        Assign: renderPayload(r.options.assign, language),
      })),
      Default: this.defaultState?.stateId,
      Assign: renderPayload(p.assign, language),
    };
  }

  protected whenBoundToGraph(_graph: StateGraph): void {
    if (this.rules.length === 0) {
      throw new ValidationError(`Choice state '${this.stateId}' has no rules; add at least one with when()`, this);
    }
  }
}

function isNextable(state: State): state is State & INextable {
  return typeof (state as unknown as Partial<INextable>).next === 'function';
}
