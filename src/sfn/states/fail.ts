import type { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { validateJsonPath } from '../../render/json-path';
import { validateJsonataFields } from '../../render/jsonata';
import { effectiveLanguage, renderQueryLanguage } from '../private/render-state';
import type { INextable } from '../types';
import { QueryLanguage } from '../types';
import type { StateBaseProps } from './state';
import { State } from './state';
import { propLanguageFields, type LanguageField } from '../private/language-check';

/** Props of a Fail state written in JSONata: `error` and `cause` may be `{% %}` expressions. */
export interface FailJsonataProps extends StateBaseProps {
  /**
   * Error name.
   * @default - none
   */
  readonly error?: string;
  /**
   * Human-readable cause.
   * @default - none
   */
  readonly cause?: string;
}

/** Props of a Fail state written in JSONPath. */
export interface FailJsonPathProps extends FailJsonataProps {
  /**
   * JSONPath (or intrinsic function) giving the error name at run time.
   * @default - none
   */
  readonly errorPath?: string;
  /**
   * JSONPath (or intrinsic function) giving the cause at run time.
   * @default - none
   */
  readonly causePath?: string;
}

/** Props of a Fail state. */
export interface FailProps extends FailJsonPathProps {}

/**
 * Ends the execution (or branch) with an error.
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * // the cause is read from the input when the state runs
 * const declined = new sfn.Fail(stack, 'Payment declined', { error: 'PaymentDeclined', causePath: '$.decline.reason' });
 * // JSONata: error and cause may be expressions
 * const expired = sfn.Fail.jsonata(stack, 'Order expired', {
 *   error: 'OrderExpired',
 *   cause: "{% 'order ' & $states.input.orderId & ' was not paid in time' %}",
 * });
 */
export class Fail extends State {
  /** A Fail state written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: FailJsonPathProps = {}): Fail {
    return new Fail(scope, id, props);
  }

  /** A Fail state written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: FailJsonataProps = {}): Fail {
    return new Fail(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  public readonly endStates: INextable[] = [];
  private readonly props: FailProps;

  constructor(scope: Construct, id: string, props: FailProps = {}) {
    super(scope, id, props);
    this.props = props;
    if (props.error !== undefined && props.errorPath !== undefined) {
      throw new ValidationError("'error' and 'errorPath' are mutually exclusive; set one of them", this);
    }
    if (props.cause !== undefined && props.causePath !== undefined) {
      throw new ValidationError("'cause' and 'causePath' are mutually exclusive; set one of them", this);
    }
    if (props.errorPath !== undefined) validateJsonPath(props.errorPath, "'errorPath'", this);
    if (props.causePath !== undefined) validateJsonPath(props.causePath, "'causePath'", this);
    validateJsonataFields(props.error, "'error'", this);
    validateJsonataFields(props.cause, "'cause'", this);
    if (props.queryLanguage === QueryLanguage.JSONATA && (props.errorPath !== undefined || props.causePath !== undefined)) {
      throw new ValidationError("'errorPath' and 'causePath' are JSONPath fields; in a JSONata state write 'error' and 'cause' as {% %} expressions", this);
    }
  }

  /** @internal */
  public _languageFields(): LanguageField[] {
    return propLanguageFields(this.props);
  }

  public toStateJson(topLevelQueryLanguage?: QueryLanguage): object {
    const jsonPath = effectiveLanguage(this.queryLanguage, topLevelQueryLanguage) === QueryLanguage.JSON_PATH;
    return {
      Type: 'Fail',
      ...renderQueryLanguage(this.queryLanguage, topLevelQueryLanguage),
      Comment: this._comment,
      Error: this.props.error,
      ErrorPath: jsonPath ? this.props.errorPath : undefined,
      Cause: this.props.cause,
      CausePath: jsonPath ? this.props.causePath : undefined,
    };
  }
}
