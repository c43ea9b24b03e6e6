import type { Construct } from 'constructs';
import { secondsFor, type Duration } from '../../core/duration';
import { Token } from '../../core/cdktf';
import { ValidationError, describeValue } from '../../core/errors';
import { validateJsonPath } from '../../render/json-path';
import { isJsonataExpression, validateJsonataExpression } from '../../render/jsonata';
import { Chain } from '../chain';
import { effectiveLanguage, renderNextEnd, renderPath, renderPayload, renderQueryLanguage } from '../private/render-state';
import { validateStatePath } from '../private/validate';
import type { IChainable, INextable } from '../types';
import { QueryLanguage } from '../types';
import type { AssignableStateOptions, JsonataCommonOptions, JsonPathCommonOptions, StateBaseProps } from './state';
import { State } from './state';
import { propLanguageFields, validateLanguageFields, type LanguageField } from '../private/language-check';

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * How long a Wait state waits.
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn, Duration } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * const coolDown = new sfn.Wait(stack, 'Cool down', { time: sfn.WaitTime.duration(Duration.minutes(10)) });
 * const untilDue = new sfn.Wait(stack, 'Until due', { time: sfn.WaitTime.timestampPath('$.dueAt') });
 * const untilLaunch = new sfn.Wait(stack, 'Until launch', { time: sfn.WaitTime.timestamp('2026-12-24T18:00:00Z') });
 * coolDown.next(untilDue).next(untilLaunch);
 */
export class WaitTime {
  /** A fixed duration (`Seconds`). */
  public static duration(duration: Duration): WaitTime {
    return new WaitTime({ Seconds: secondsFor(duration, 'WaitTime.duration(duration)') });
  }

  /** Until a fixed time, ISO 8601 (`2026-11-23T10:00:00Z`), or a JSONata expression (`Timestamp`). */
  public static timestamp(timestamp: string): WaitTime {
    if (timestamp.startsWith('{%')) {
      validateJsonataExpression(timestamp, 'WaitTime.timestamp(timestamp)');
    } else if (!Token.isUnresolved(timestamp) && !ISO_TIMESTAMP.test(timestamp)) {
      throw new ValidationError(`WaitTime.timestamp(timestamp) must be an ISO 8601 time such as 2026-11-23T10:00:00Z, or a JSONata expression in {% %}, got ${describeValue(timestamp)}`);
    }
    return new WaitTime({ Timestamp: timestamp });
  }

  /** A number of seconds read from the input (`SecondsPath`). */
  public static secondsPath(path: string): WaitTime {
    validateJsonPath(path, 'WaitTime.secondsPath(path)');
    return new WaitTime({ SecondsPath: path });
  }

  /** A timestamp read from the input (`TimestampPath`). */
  public static timestampPath(path: string): WaitTime {
    validateJsonPath(path, 'WaitTime.timestampPath(path)');
    return new WaitTime({ TimestampPath: path });
  }

  /** A number of seconds given by a JSONata expression (`Seconds`). */
  public static seconds(jsonataExpression: string): WaitTime {
    validateJsonataExpression(jsonataExpression, 'WaitTime.seconds(jsonataExpression)');
    return new WaitTime({ Seconds: jsonataExpression });
  }

  private constructor(private readonly json: Record<string, unknown>) {}

  /** The fields this wait time renders. @internal */
  public get _json(): Record<string, unknown> {
    return this.json;
  }
}

// Paths are JSONPath; a `{% %}` number of seconds or timestamp is JSONata; a fixed time is either.
function waitTimeLanguage(time: WaitTime): QueryLanguage | undefined {
  const json = time._json;
  if ('SecondsPath' in json || 'TimestampPath' in json) return QueryLanguage.JSON_PATH;
  return isJsonataExpression(json.Seconds) || isJsonataExpression(json.Timestamp) ? QueryLanguage.JSONATA : undefined;
}

/** Props of a Wait state in either language. */
export interface WaitOptions {
  /** How long to wait. */
  readonly time: WaitTime;
}

/** Props of a Wait state written in JSONPath. */
export interface WaitJsonPathProps extends StateBaseProps, AssignableStateOptions, WaitOptions, JsonPathCommonOptions {}

/** Props of a Wait state written in JSONata. */
export interface WaitJsonataProps extends StateBaseProps, AssignableStateOptions, WaitOptions, JsonataCommonOptions {}

/** Props of a Wait state. */
export interface WaitProps extends WaitJsonPathProps, JsonataCommonOptions {}

/**
 * Waits for a duration or until a time.
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn, Duration } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * const pause = new sfn.Wait(stack, 'Pause', { time: sfn.WaitTime.duration(Duration.seconds(30)) });
 * // JSONata: as long as the input says, in seconds
 * const backOff = sfn.Wait.jsonata(stack, 'Back off', {
 *   time: sfn.WaitTime.seconds('{% $states.input.retryAfter %}'),
 * });
 * pause.next(backOff);
 */
export class Wait extends State implements INextable {
  /** A Wait state written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: WaitJsonPathProps): Wait {
    return new Wait(scope, id, props);
  }

  /** A Wait state written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: WaitJsonataProps): Wait {
    return new Wait(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  public readonly endStates: INextable[];
  private readonly props: WaitProps;

  constructor(scope: Construct, id: string, props: WaitProps) {
    super(scope, id, props);
    this.props = props;
    this.endStates = [this];
    const seconds = props.time._json.Seconds;
    if (typeof seconds === 'number' && !Token.isUnresolved(seconds) && (!Number.isInteger(seconds) || seconds < 0 || seconds > 99_999_999)) {
      throw new ValidationError(`'time' must be a whole number of seconds from 0 to 99999999, got ${seconds}`, this);
    }
    validateLanguageFields(props, props.queryLanguage, this);
    if (props.inputPath !== undefined) validateStatePath(props.inputPath, "'inputPath'", this);
    if (props.outputPath !== undefined) validateStatePath(props.outputPath, "'outputPath'", this);
    const usesPath = 'SecondsPath' in props.time._json || 'TimestampPath' in props.time._json;
    if (usesPath && props.queryLanguage === QueryLanguage.JSONATA) {
      throw new ValidationError("'time' uses a JSONPath (secondsPath/timestampPath) in a JSONata state; use WaitTime.seconds('{% ... %}') or WaitTime.timestamp('{% ... %}')", this);
    }
  }

  /** Continues with `next`. */
  public next(next: IChainable): Chain {
    this._makeNext(next.startState);
    return Chain.sequence(this, next);
  }

  /** @internal */
  public _languageFields(): LanguageField[] {
    return propLanguageFields(this.props, { time: waitTimeLanguage(this.props.time) });
  }

  public toStateJson(topLevelQueryLanguage?: QueryLanguage): object {
    const language = effectiveLanguage(this.queryLanguage, topLevelQueryLanguage);
    const jsonPath = language === QueryLanguage.JSON_PATH;
    return {
      Type: 'Wait',
      ...renderQueryLanguage(this.queryLanguage, topLevelQueryLanguage),
      Comment: this._comment,
      ...this.props.time._json,
      InputPath: jsonPath ? renderPath(this.props.inputPath) : undefined,
      OutputPath: jsonPath ? renderPath(this.props.outputPath) : undefined,
      Output: jsonPath ? undefined : this.props.outputs,
      Assign: renderPayload(this.props.assign, language),
      ...renderNextEnd(this._nextState),
    };
  }
}
