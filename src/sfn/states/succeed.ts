import type { Construct } from 'constructs';
import { effectiveLanguage, renderPath, renderQueryLanguage } from '../private/render-state';
import type { INextable } from '../types';
import { QueryLanguage } from '../types';
import type { JsonataCommonOptions, JsonPathCommonOptions, StateBaseProps } from './state';
import { State } from './state';
import { validateStatePath } from '../private/validate';
import { propLanguageFields, type LanguageField } from '../private/language-check';

/** Props of a Succeed state written in JSONPath. */
export interface SucceedJsonPathProps extends StateBaseProps, JsonPathCommonOptions {}

/** Props of a Succeed state written in JSONata. */
export interface SucceedJsonataProps extends StateBaseProps, JsonataCommonOptions {}

/** Props of a Succeed state. */
export interface SucceedProps extends SucceedJsonPathProps, JsonataCommonOptions {}

/**
 * Ends the execution (or branch) successfully.
 * @example
 * import type { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const saveFn: LambdaFunction;
 *
 * const save = new tasks.LambdaInvoke(stack, 'Save order', { lambdaFunction: saveFn });
 * // the execution's output is the function's response alone
 * save.next(new sfn.Succeed(stack, 'Saved', { outputPath: '$.Payload' }));
 */
export class Succeed extends State {
  /** A Succeed state written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: SucceedJsonPathProps = {}): Succeed {
    return new Succeed(scope, id, props);
  }

  /** A Succeed state written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: SucceedJsonataProps = {}): Succeed {
    return new Succeed(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  public readonly endStates: INextable[] = [];
  private readonly props: SucceedProps;

  constructor(scope: Construct, id: string, props: SucceedProps = {}) {
    super(scope, id, props);
    this.props = props;
    if (props.inputPath !== undefined) validateStatePath(props.inputPath, "'inputPath'", this);
    if (props.outputPath !== undefined) validateStatePath(props.outputPath, "'outputPath'", this);
  }

  /** @internal */
  public _languageFields(): LanguageField[] {
    return propLanguageFields(this.props);
  }

  public toStateJson(topLevelQueryLanguage?: QueryLanguage): object {
    const jsonPath = effectiveLanguage(this.queryLanguage, topLevelQueryLanguage) === QueryLanguage.JSON_PATH;
    return {
      Type: 'Succeed',
      ...renderQueryLanguage(this.queryLanguage, topLevelQueryLanguage),
      Comment: this._comment,
      InputPath: jsonPath ? renderPath(this.props.inputPath) : undefined,
      OutputPath: jsonPath ? renderPath(this.props.outputPath) : undefined,
      Output: jsonPath ? undefined : this.props.outputs,
    };
  }
}
