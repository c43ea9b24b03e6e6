import type { Construct } from 'constructs';
import type { Duration } from '../../core/duration';
import { Token } from '../../core/cdktf';
import { secondsFor } from '../../core/duration';
import { ValidationError } from '../../core/errors';
import type { PolicyStatement } from '../../iam/policy-statement';
import { validateFields } from '../../render/json-path';
import { validateJsonataExpression } from '../../render/jsonata';
import { Chain } from '../chain';
import type { Credentials } from '../credentials';
import { assumeRoleStatement } from '../private/task-credentials';
import { effectiveLanguage, renderNextEnd, renderPath, renderPayload, renderQueryLanguage, renderRetryCatch } from '../private/render-state';
import { Timeout } from '../timeout';
import type { CatchProps, IChainable, INextable, RetryProps } from '../types';
import { IntegrationPattern, QueryLanguage } from '../types';
import type { AssignableStateOptions, JsonataCommonOptions, JsonPathCommonOptions, StateBaseProps } from './state';
import { State } from './state';
import { validatePositiveDuration, validateStatePath } from '../private/validate';
import { propLanguageFields, timeoutLanguage, type FieldLanguages, type LanguageField } from '../private/language-check';

/** Props every task has, in either language. */
export interface TaskStateBaseOptions extends StateBaseProps {
  /**
   * Timeout of the task (`TimeoutSeconds`); replaces `taskTimeout` when both are set.
   * @deprecated use `taskTimeout`
   * @default - none
   */
  readonly timeout?: Duration;
  /**
   * Heartbeat timeout (`HeartbeatSeconds`); replaces `heartbeatTimeout` when both are set.
   * @deprecated use `heartbeatTimeout`
   * @default - none
   */
  readonly heartbeat?: Duration;
  /**
   * Timeout of the task (`TimeoutSeconds` / `TimeoutSecondsPath`).
   * @default - none (Step Functions' default of 60 seconds for activities, none for services)
   */
  readonly taskTimeout?: Timeout;
  /**
   * Heartbeat timeout (`HeartbeatSeconds` / `HeartbeatSecondsPath`).
   * @default - none
   */
  readonly heartbeatTimeout?: Timeout;
  /**
   * How the service is called.
   * @default - IntegrationPattern.REQUEST_RESPONSE for most tasks (see each task)
   */
  readonly integrationPattern?: IntegrationPattern;
  /**
   * Role to assume for the task (cross-account tasks).
   * @default - the state machine's role
   */
  readonly credentials?: Credentials;
}

/** Props of a task written in JSONPath. */
export interface TaskStateJsonPathBaseProps extends TaskStateBaseOptions, AssignableStateOptions, JsonPathCommonOptions {
  /**
   * JSONPath where the result goes in the input; `JsonPath.DISCARD` drops it.
   * @default $
   */
  readonly resultPath?: string;
  /**
   * Reshapes the service's result before `resultPath` (`ResultSelector`).
   * @default - the result as it is
   */
  readonly resultSelector?: { [key: string]: any };
}

/** Props of a task written in JSONata. */
export interface TaskStateJsonataBaseProps extends TaskStateBaseOptions, AssignableStateOptions, JsonataCommonOptions {}

/** Props of a task, in either language. */
export interface TaskStateBaseProps extends TaskStateJsonPathBaseProps, JsonataCommonOptions {}

/**
 * Base of every task: renders the fields all tasks share and collects the task's IAM statements.
 * A task class supplies `_renderTask` (its `Resource` and `Parameters`/`Arguments`) and `taskPolicies`.
 */
export abstract class TaskStateBase extends State implements INextable {
  public readonly endStates: INextable[];

  /** IAM statements the task needs; set by the task's constructor. */
  protected abstract readonly taskPolicies?: PolicyStatement[];

  /** The task's timeout: `taskTimeout`, or the deprecated `timeout` when given. @internal */
  protected readonly _timeout?: Timeout;
  /** The task's heartbeat: `heartbeatTimeout`, or the deprecated `heartbeat` when given. @internal */
  protected readonly _heartbeat?: Timeout;
  /** Whether the task hands its work to an activity's workers (StepFunctionsInvokeActivity). @internal */
  public readonly _invokesActivity: boolean = false;
  /** The pattern a task runs with when its props name none; a task whose default differs overrides it. @internal */
  protected readonly _defaultIntegrationPattern: IntegrationPattern = IntegrationPattern.REQUEST_RESPONSE;

  private readonly baseProps: TaskStateBaseProps;

  constructor(scope: Construct, id: string, props: TaskStateBaseProps) {
    super(scope, id, props);
    this.baseProps = props;
    this.endStates = [this];
    const jsonata = props.queryLanguage === QueryLanguage.JSONATA;
    if (props.inputPath !== undefined) validateStatePath(props.inputPath, "'inputPath'", this);
    if (props.outputPath !== undefined) validateStatePath(props.outputPath, "'outputPath'", this);
    if (props.resultPath !== undefined) validateStatePath(props.resultPath, "'resultPath'", this);
    if (props.resultSelector !== undefined) validateFields(props.resultSelector, "'resultSelector'", this);
    if (props.assign !== undefined && !jsonata) validateFields(props.assign, "'assign'", this);
    if (jsonata && (props.inputPath ?? props.outputPath ?? props.resultPath ?? props.resultSelector) !== undefined) {
      throw new ValidationError("'inputPath', 'outputPath', 'resultPath' and 'resultSelector' are JSONPath fields; a JSONata task shapes its output with 'outputs'", this);
    }
    // the deprecated Duration props win over their replacements, as in aws-cdk-lib
    const timeoutName = props.timeout ? "'timeout'" : "'taskTimeout'";
    const heartbeatName = props.heartbeat ? "'heartbeat'" : "'heartbeatTimeout'";
    this._timeout = props.timeout ? durationTimeout(props.timeout, timeoutName, this) : props.taskTimeout;
    this._heartbeat = props.heartbeat ? durationTimeout(props.heartbeat, heartbeatName, this) : props.heartbeatTimeout;
    validateTimeout(this._timeout, timeoutName, this);
    validateTimeout(this._heartbeat, heartbeatName, this);
    const timeout = this._timeout?.seconds;
    const heartbeat = this._heartbeat?.seconds;
    if (typeof timeout === 'number' && typeof heartbeat === 'number' && !Token.isUnresolved(timeout) && !Token.isUnresolved(heartbeat) && heartbeat >= timeout) {
      throw new ValidationError(`${heartbeatName} (${heartbeat}s) must be shorter than ${timeoutName} (${timeout}s)`, this);
    }
  }

  /** Retries the task on errors. */
  public addRetry(props: RetryProps = {}): TaskStateBase {
    this._addRetry(props);
    return this;
  }

  /** Handles errors of the task with `handler`. */
  public addCatch(handler: IChainable, props: CatchProps = {}): TaskStateBase {
    this._addCatch(handler.startState, props);
    return this;
  }

  /** Continues with `next`. */
  public next(next: IChainable): Chain {
    this._makeNext(next.startState);
    return Chain.sequence(this, next);
  }

  /** How the task calls its service: its `integrationPattern`, else the task's default. @internal */
  public get _integrationPattern(): IntegrationPattern {
    return this.baseProps.integrationPattern ?? this._defaultIntegrationPattern;
  }

  /** @internal */
  public _policyStatements(): PolicyStatement[] {
    const own = this.taskPolicies ?? [];
    return this.baseProps.credentials ? [...own, assumeRoleStatement(this.baseProps.credentials)] : own;
  }

  /** @internal */
  public _languageFields(): LanguageField[] {
    const p = this.baseProps;
    // the deprecated `timeout`/`heartbeat` replace their successors: only the timeouts in effect are checked
    const props = p.timeout || p.heartbeat ? { ...p, timeout: undefined, heartbeat: undefined, taskTimeout: this._timeout, heartbeatTimeout: this._heartbeat } : p;
    return [...super._languageFields(), ...propLanguageFields(props, this._fieldLanguages())];
  }

  /**
   * Which props belong to one query language, besides those whose name says it; the others are checked
   * for the values they hold. A task's `parameters` is its own prop, the service call's input in either
   * language (CallAwsService) unless the task says otherwise (StepFunctionsInvokeActivity). @internal
   */
  protected _fieldLanguages(): FieldLanguages {
    if (!this._timeout && !this._heartbeat) return TASK_OWN_PROPS;
    return { ...TASK_OWN_PROPS, taskTimeout: timeoutLanguage(this._timeout), heartbeatTimeout: timeoutLanguage(this._heartbeat) };
  }

  public toStateJson(topLevelQueryLanguage?: QueryLanguage): object {
    const language = effectiveLanguage(this.queryLanguage, topLevelQueryLanguage);
    const p = this.baseProps;
    const jsonPath = language === QueryLanguage.JSON_PATH;
    // Built field by field: a state carries a handful of the twenty possible fields, and an object
    // holding only those is cheaper to build and to serialize than one full of undefined.
    const json: Record<string, unknown> = { Type: 'Task' };
    Object.assign(json, renderQueryLanguage(this.queryLanguage, topLevelQueryLanguage));
    setDefined(json, 'Comment', this._comment);
    if (this._timeout || this._heartbeat) Object.assign(json, renderTimeouts(this._timeout, this._heartbeat));
    if (jsonPath) setDefined(json, 'InputPath', renderPath(p.inputPath));
    Object.assign(json, this._renderTask(topLevelQueryLanguage));
    if (jsonPath) {
      setDefined(json, 'ResultSelector', renderPayload(p.resultSelector, language));
      setDefined(json, 'ResultPath', renderPath(p.resultPath));
      setDefined(json, 'OutputPath', renderPath(p.outputPath));
    } else {
      setDefined(json, 'Output', p.outputs);
    }
    if (p.credentials) json.Credentials = renderPayload({ RoleArn: p.credentials.role.roleArn }, QueryLanguage.JSON_PATH);
    setDefined(json, 'Assign', renderPayload(p.assign, language));
    Object.assign(json, renderNextEnd(this._nextState), renderRetryCatch(this._retries, this._catches, language));
    return json;
  }

  /** The task's `Resource` and `Parameters` or `Arguments`. @internal */
  protected abstract _renderTask(topLevelQueryLanguage?: QueryLanguage): any;

  /** `Parameters` (JSONPath, `key.$` fields) or `Arguments` (JSONata, as given). @internal */
  protected _renderParametersOrArguments(paramOrArg: any, queryLanguage: QueryLanguage): any {
    return queryLanguage === QueryLanguage.JSONATA ? { Arguments: paramOrArg } : { Parameters: renderPayload(paramOrArg, queryLanguage) };
  }

  /** The language this task's fields are written in, given the state machine's. @internal */
  protected _effectiveLanguage(topLevelQueryLanguage?: QueryLanguage): QueryLanguage {
    return effectiveLanguage(this.queryLanguage, topLevelQueryLanguage);
  }
}

const TASK_OWN_PROPS: FieldLanguages = { parameters: undefined };

function validateTimeout(timeout: Timeout | undefined, where: string, scope: Construct): void {
  if (!timeout) return;
  if (timeout._duration) validatePositiveDuration(secondsFor(timeout._duration, where, scope), where, scope);
  if (timeout.jsonataExpression !== undefined) validateJsonataExpression(timeout.jsonataExpression, where, scope);
}

// A timeout from a Duration, which must be whole seconds.
function durationTimeout(duration: Duration, where: string, scope: Construct): Timeout {
  if (!duration.isUnresolved() && !Number.isInteger(duration.toMilliseconds() / 1000)) {
    throw new ValidationError(`${where} must be a whole number of seconds greater than 0, got ${duration.toHumanString()}`, scope);
  }
  return Timeout.duration(duration);
}

function renderTimeouts(timeout?: Timeout, heartbeat?: Timeout): object {
  if (!timeout && !heartbeat) return {};
  return {
    TimeoutSeconds: timeout?.seconds ?? timeout?.jsonataExpression,
    TimeoutSecondsPath: timeout?.path,
    HeartbeatSeconds: heartbeat?.seconds ?? heartbeat?.jsonataExpression,
    HeartbeatSecondsPath: heartbeat?.path,
  };
}

function setDefined(json: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) json[key] = value;
}
