import type { Construct } from 'constructs';
import { validateFields } from '../../render/json-path';
import { Chain } from '../chain';
import { effectiveLanguage, renderNextEnd, renderPath, renderPayload, renderQueryLanguage } from '../private/render-state';
import type { IChainable, INextable, QueryLanguage } from '../types';
import { QueryLanguage as QL } from '../types';
import type { AssignableStateOptions, JsonataCommonOptions, JsonPathCommonOptions, StateBaseProps } from './state';
import { State } from './state';
import { validateStatePath } from '../private/validate';
import { propLanguageFields, type LanguageField } from '../private/language-check';

// A fixed result is data, in whatever text it holds.
const PASS_LITERALS: ReadonlySet<string> = new Set(['result']);

/** A fixed value for a Pass state's `Result`. */
export class Result {
  /** A string. */
  public static fromString(value: string): Result {
    return new Result(value);
  }

  /** A number. */
  public static fromNumber(value: number): Result {
    return new Result(value);
  }

  /** A boolean. */
  public static fromBoolean(value: boolean): Result {
    return new Result(value);
  }

  /** An object. */
  public static fromObject(value: { [key: string]: any }): Result {
    return new Result(value);
  }

  /** An array. */
  public static fromArray(value: any[]): Result {
    return new Result(value);
  }

  /** @param value the result value */
  protected constructor(public readonly value: any) {}
}

/** Props of a Pass state written in JSONPath. */
export interface PassJsonPathProps extends StateBaseProps, AssignableStateOptions, JsonPathCommonOptions {
  /**
   * JSONPath where the result goes in the input.
   * @default $
   */
  readonly resultPath?: string;
  /**
   * A fixed result.
   * @default - the input is passed on
   */
  readonly result?: Result;
  /**
   * The state's output, built from the input (`Parameters`).
   * @default - the input
   */
  readonly parameters?: { [key: string]: any };
}

/** Props of a Pass state written in JSONata. */
export interface PassJsonataProps extends StateBaseProps, AssignableStateOptions, JsonataCommonOptions {}

/** Props of a Pass state. */
export interface PassProps extends PassJsonPathProps, JsonataCommonOptions {}

/**
 * Passes its input on, optionally transformed or replaced by a fixed result.
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * // adds fixed settings under $.settings and keeps the rest of the input
 * const defaults = new sfn.Pass(stack, 'Defaults', {
 *   result: sfn.Result.fromObject({ currency: 'EUR', maxRetries: 3 }),
 *   resultPath: '$.settings',
 * });
 * // keeps only what the next states need
 * const slim = sfn.Pass.jsonata(stack, 'Slim', {
 *   outputs: { orderId: '{% $states.input.order.id %}', settings: '{% $states.input.settings %}' },
 * });
 * defaults.next(slim);
 */
export class Pass extends State implements INextable {
  /** A Pass state written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: PassJsonPathProps = {}): Pass {
    return new Pass(scope, id, props);
  }

  /** A Pass state written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: PassJsonataProps = {}): Pass {
    return new Pass(scope, id, { ...props, queryLanguage: QL.JSONATA });
  }

  public readonly endStates: INextable[];
  private readonly props: PassProps;

  constructor(scope: Construct, id: string, props: PassProps = {}) {
    super(scope, id, props);
    this.props = props;
    this.endStates = [this];
    if (props.inputPath !== undefined) validateStatePath(props.inputPath, "'inputPath'", this);
    if (props.outputPath !== undefined) validateStatePath(props.outputPath, "'outputPath'", this);
    if (props.resultPath !== undefined) validateStatePath(props.resultPath, "'resultPath'", this);
    if (props.parameters !== undefined) validateFields(props.parameters, "'parameters'", this);
    if (props.assign !== undefined && props.queryLanguage !== QL.JSONATA) validateFields(props.assign, "'assign'", this);
  }

  /** Continues with `next`. */
  public next(next: IChainable): Chain {
    this._makeNext(next.startState);
    return Chain.sequence(this, next);
  }

  /** @internal */
  public _languageFields(): LanguageField[] {
    return propLanguageFields(this.props, undefined, PASS_LITERALS);
  }

  public toStateJson(topLevelQueryLanguage?: QueryLanguage): object {
    const language = effectiveLanguage(this.queryLanguage, topLevelQueryLanguage);
    const p = this.props;
    const jsonPath = language === QL.JSON_PATH;
    return {
      Type: 'Pass',
      ...renderQueryLanguage(this.queryLanguage, topLevelQueryLanguage),
      Comment: this._comment,
      InputPath: jsonPath ? renderPath(p.inputPath) : undefined,
      Parameters: jsonPath ? renderPayload(p.parameters, language) : undefined,
      Result: jsonPath ? p.result?.value : undefined,
      ResultPath: jsonPath ? renderPath(p.resultPath) : undefined,
      OutputPath: jsonPath ? renderPath(p.outputPath) : undefined,
      Output: jsonPath ? undefined : p.outputs,
      Assign: renderPayload(p.assign, language),
      ...renderNextEnd(this._nextState),
    };
  }
}
