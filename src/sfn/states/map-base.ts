import type { Construct, IConstruct } from 'constructs';
import { formatArn } from '../../core/arn';
import { Token } from '../../core/cdktf';
import { ValidationError, describeValue } from '../../core/errors';
import { PolicyStatement } from '../../iam/policy-statement';
import { validateFields, validateJsonPath } from '../../render/json-path';
import { Chain } from '../chain';
import { effectiveLanguage, renderNextEnd, renderPath, renderPayload, renderQueryLanguage, renderRetryCatch } from '../private/render-state';
import { StateGraph } from '../state-graph';
import type { IChainable, INextable } from '../types';
import { QueryLanguage } from '../types';
import type { AssignableStateOptions, JsonataCommonOptions, JsonPathCommonOptions, StateBaseProps } from './state';
import { State, validateJsonata, validateStatePath } from './state';

/** How a Map state runs its iterations. */
export enum ProcessorMode {
  /** In the parent execution, up to 40 iterations at a time. */
  INLINE = 'INLINE',
  /** As child executions (a Map Run), for large data sets. */
  DISTRIBUTED = 'DISTRIBUTED',
}

/** Execution type of the child executions of a distributed Map. */
export enum ProcessorType {
  /** Standard child executions. */
  STANDARD = 'STANDARD',
  /** Express child executions. */
  EXPRESS = 'EXPRESS',
}

/** Processor settings of a Map state (`ItemProcessor.ProcessorConfig`). */
export interface ProcessorConfig {
  /**
   * How the iterations run.
   * @default - ProcessorMode.INLINE for Map, ProcessorMode.DISTRIBUTED for DistributedMap
   */
  readonly mode?: ProcessorMode;
  /**
   * Execution type of the child executions; required by Map with ProcessorMode.DISTRIBUTED.
   * DistributedMap takes it from `mapExecutionType` instead.
   * @default - none
   */
  readonly executionType?: ProcessorType;
}

/** The array a JSONata Map state iterates over (`Items`). */
export abstract class ProvideItems {
  /** A fixed array. */
  public static jsonArray(array: any[]): ProvideItems {
    return new FixedItems(array);
  }

  /** A JSONata expression, `{% ... %}`, that evaluates to an array. */
  public static jsonata(jsonataExpression: string): ProvideItems {
    validateJsonata(jsonataExpression, 'ProvideItems.jsonata(jsonataExpression)');
    return new FixedItems(jsonataExpression);
  }

  /** The value of `Items`. */
  public abstract readonly items: any;
}

class FixedItems extends ProvideItems {
  constructor(public readonly items: any) {
    super();
  }
}

/** Map fields of JSONPath states. */
export interface MapBaseJsonPathOptions extends JsonPathCommonOptions {
  /**
   * Reference path to the array to iterate over (`ItemsPath`).
   * @default $
   */
  readonly itemsPath?: string;
  /**
   * Reference path to the concurrency limit (`MaxConcurrencyPath`).
   * @default - full concurrency
   */
  readonly maxConcurrencyPath?: string;
  /**
   * JSONPath where the array of results goes in the input.
   * @default $
   */
  readonly resultPath?: string;
  /**
   * Reshapes the array of results (`ResultSelector`).
   * @default - the results as they are
   */
  readonly resultSelector?: { [key: string]: any };
}

/** Map fields of JSONata states. */
export interface MapBaseJsonataOptions extends JsonataCommonOptions {
  /**
   * The array to iterate over (`Items`).
   * @default - the state input, which must be an array
   */
  readonly items?: ProvideItems;
}

/** Map fields of both languages. */
export interface MapBaseOptions extends AssignableStateOptions {
  /**
   * How many iterations may run at once; 0 means no limit (`MaxConcurrency`).
   * @default - full concurrency
   */
  readonly maxConcurrency?: number;
  /**
   * A JSONata expression for the concurrency limit (`MaxConcurrency`).
   * @default - full concurrency
   */
  readonly jsonataMaxConcurrency?: string;
  /**
   * The input of each iteration, built from the item (`$$.Map.Item.Value`) and the state input
   * (`ItemSelector`).
   * @default $
   */
  readonly itemSelector?: { [key: string]: any };
  /**
   * A JSONata expression for the input of each iteration (`ItemSelector`).
   * @default $
   */
  readonly jsonataItemSelector?: string;
}

/** Props of any Map state. */
export interface MapBaseProps extends StateBaseProps, MapBaseOptions, MapBaseJsonPathOptions, MapBaseJsonataOptions {}

const JSONPATH_ONLY = ['inputPath', 'outputPath', 'itemsPath', 'maxConcurrencyPath', 'resultPath', 'resultSelector', 'parameters', 'toleratedFailurePercentagePath', 'toleratedFailureCountPath'];
const JSONATA_ONLY = ['items', 'jsonataItemSelector', 'jsonataMaxConcurrency', 'outputs'];

/** Throws unless `path` is a reference path (`$`, `$.x`, `$$.x`, `$var`): no intrinsic function, no DISCARD. */
export function validateReferencePath(path: string, where: string, scope: IConstruct): void {
  if (Token.isUnresolved(path)) return;
  validateJsonPath(path, where, scope);
  if (!path.startsWith('$')) {
    throw new ValidationError(`${where} must be a reference path such as '$.items', not an intrinsic function; got ${describeValue(path)}`, scope);
  }
}

/** Throws unless a count is a whole number >= `min` (and <= `max`, when given). */
export function validateWholeNumber(value: number | undefined, where: string, scope: IConstruct, min: number, max?: number): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (!Number.isInteger(value) || value < min || (max !== undefined && value > max)) {
    throw new ValidationError(`${where} must be a whole number ${max === undefined ? `>= ${min}` : `from ${min} to ${max}`}, got ${value}`, scope);
  }
}

/** Throws when fields of one language are set on a state whose language is explicitly the other. */
export function validateLanguageFields(props: { [key: string]: any }, language: QueryLanguage | undefined, scope: IConstruct): void {
  if (language === undefined) return;
  const wrong = (language === QueryLanguage.JSONATA ? JSONPATH_ONLY : JSONATA_ONLY).filter((k) => props[k] !== undefined);
  if (wrong.length > 0) {
    throw new ValidationError(`${wrong.map((k) => `'${k}'`).join(', ')} ${wrong.length === 1 ? 'is a field' : 'are fields'} of ${language === QueryLanguage.JSONATA ? 'JSONPath' : 'JSONata'} states; this state is written in ${language}`, scope);
  }
}

function validateMapBaseProps(props: MapBaseProps & { parameters?: object }, scope: State): void {
  validateLanguageFields(props, props.queryLanguage, scope);
  if (props.inputPath !== undefined) validateStatePath(props.inputPath, "'inputPath'", scope);
  if (props.outputPath !== undefined) validateStatePath(props.outputPath, "'outputPath'", scope);
  if (props.resultPath !== undefined) validateStatePath(props.resultPath, "'resultPath'", scope);
  if (props.itemsPath !== undefined) validateReferencePath(props.itemsPath, "'itemsPath'", scope);
  if (props.maxConcurrencyPath !== undefined) validateReferencePath(props.maxConcurrencyPath, "'maxConcurrencyPath'", scope);
  validateWholeNumber(props.maxConcurrency, "'maxConcurrency'", scope, 0);
  validateJsonata(props.jsonataMaxConcurrency, "'jsonataMaxConcurrency'", scope);
  validateJsonata(props.jsonataItemSelector, "'jsonataItemSelector'", scope);
  const concurrency = ['maxConcurrency', 'maxConcurrencyPath', 'jsonataMaxConcurrency'].filter((k) => (props as any)[k] !== undefined);
  if (concurrency.length > 1) {
    throw new ValidationError(`set only one of ${concurrency.map((k) => `'${k}'`).join(', ')}`, scope);
  }
  const selectors = ['itemSelector', 'jsonataItemSelector', 'parameters'].filter((k) => (props as any)[k] !== undefined);
  if (selectors.length > 1) {
    throw new ValidationError(`set only one of ${selectors.map((k) => `'${k}'`).join(', ')} (they all build the iteration input)`, scope);
  }
  const jsonata = props.queryLanguage === QueryLanguage.JSONATA;
  if (props.itemSelector !== undefined && !jsonata) validateFields(props.itemSelector, "'itemSelector'", scope);
  if (props.resultSelector !== undefined) validateFields(props.resultSelector, "'resultSelector'", scope);
  if (props.parameters !== undefined) validateFields(props.parameters, "'parameters'", scope);
  if (props.assign !== undefined && !jsonata) validateFields(props.assign, "'assign'", scope);
}

/** Fields every Map state renders, in the state's language (pure). */
export function renderMapFields(props: MapBaseProps, language: QueryLanguage): object {
  const jsonPath = language === QueryLanguage.JSON_PATH;
  if (jsonPath) {
    return {
      InputPath: renderPath(props.inputPath),
      ItemsPath: props.itemsPath,
      ItemSelector: renderPayload(props.itemSelector, language),
      MaxConcurrency: props.maxConcurrency,
      MaxConcurrencyPath: props.maxConcurrencyPath,
      ResultSelector: renderPayload(props.resultSelector, language),
      ResultPath: renderPath(props.resultPath),
      OutputPath: renderPath(props.outputPath),
      Assign: renderPayload(props.assign, language),
    };
  }
  return {
    Items: props.items?.items,
    ItemSelector: props.itemSelector ?? props.jsonataItemSelector,
    MaxConcurrency: props.maxConcurrency ?? props.jsonataMaxConcurrency,
    Output: props.outputs,
    Assign: props.assign,
  };
}

/**
 * What the role needs so that a distributed Map can run its child executions: start executions of its
 * own state machine, describe and stop the child executions, and redrive them. The resource shapes follow
 * the AWS Step Functions Developer Guide, "IAM policies for using Distributed Map states" (StartExecution
 * on `stateMachine:<name>`, DescribeExecution/StopExecution on the child executions `execution:<name>/*`)
 * and "Redriving Map Runs" (RedriveExecution on `execution:<name>/<map run label>:*`). A child execution's
 * ARN is `execution:<state machine name>/<map run label>:<id>`. Without a known name, `*` stands in.
 */
export function childExecutionStatements(scope: IConstruct, stateMachineName: string | undefined, label?: string): PolicyStatement[] {
  const name = stateMachineName ?? '*';
  const arn = (resource: string, resourceName: string) => formatArn(scope, { service: 'states', resource, resourceName, separator: ':' });
  return [
    new PolicyStatement({ actions: ['states:StartExecution'], resources: [arn('stateMachine', name)] }),
    new PolicyStatement({ actions: ['states:DescribeExecution', 'states:StopExecution'], resources: [arn('execution', `${name}/*`)] }),
    new PolicyStatement({ actions: ['states:RedriveExecution'], resources: [arn('execution', `${name}/${label ?? '*'}:*`)] }),
  ];
}

/**
 * Base of Map and DistributedMap: the fields and the item processor they share. The rendering and
 * validation are pure functions of this module; subclasses add their own fields.
 */
export abstract class MapBase extends State implements INextable {
  public readonly endStates: INextable[];

  /** @internal */
  protected readonly _mapProps: MapBaseProps;
  /** @internal */
  protected _processor?: IChainable;
  /** @internal */
  protected _processorConfig: ProcessorConfig = {};
  /** @internal */
  protected _processorGraph?: StateGraph;

  constructor(scope: Construct, id: string, props: MapBaseProps = {}) {
    super(scope, id, props);
    this._mapProps = props;
    this.endStates = [this];
    validateMapBaseProps(props, this);
  }

  /** Continues with `next`. */
  public next(next: IChainable): Chain {
    this._makeNext(next.startState);
    return Chain.sequence(this, next);
  }

  /** @internal */
  public _policyStatements(): PolicyStatement[] {
    return this._processorGraph?.policyStatements ?? [];
  }

  public toStateJson(topLevelQueryLanguage?: QueryLanguage): object {
    const language = effectiveLanguage(this.queryLanguage, topLevelQueryLanguage);
    const graph = this._processorGraph?.toGraphJson(topLevelQueryLanguage);
    return {
      Type: 'Map',
      ...renderQueryLanguage(this.queryLanguage, topLevelQueryLanguage),
      Comment: this._comment,
      ...renderMapFields(this._mapProps, language),
      ItemProcessor: graph ? { ProcessorConfig: this._renderProcessorConfig(), StartAt: graph.StartAt, States: graph.States } : undefined,
      ...this._renderExtraFields(language),
      ...renderNextEnd(this._nextState),
      ...renderRetryCatch(this._retries, this._catches, language),
    };
  }

  /** `ItemProcessor.ProcessorConfig`. @internal */
  protected abstract _renderProcessorConfig(): object;

  /** Fields only this kind of Map has. @internal */
  protected abstract _renderExtraFields(language: QueryLanguage): object;

  protected whenBoundToGraph(graph: StateGraph): void {
    if (this._processor === undefined) {
      throw new ValidationError(`Map state '${this.stateId}' has no item processor; set one with itemProcessor()`, this);
    }
    this._processorGraph = new StateGraph(this._processor.startState, `item processor of Map state '${this.stateId}'`, graph);
  }
}
