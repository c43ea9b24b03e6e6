import type { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { type PolicyStatement } from '../../iam/policy-statement';
import { Chain } from '../chain';
import { effectiveLanguage, renderNextEnd, renderQueryLanguage, renderRetryCatch } from '../private/render-state';
import { StateGraph } from '../state-graph';
import type { IChainable, INextable } from '../types';
import type { QueryLanguage } from '../types';
import type { AssignableStateOptions, JsonataCommonOptions, JsonPathCommonOptions, StateBaseProps } from './state';
import { State } from './state';
import { renderMapFields, validateMapBaseProps } from '../private/map-fields';
import { validateJsonata } from '../private/validate';
import { propLanguageFields, type FieldLanguages, type LanguageField } from '../private/language-check';

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
   * DistributedMap ignores it (with a warning when it differs) and uses its `mapExecutionType`.
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
   * How many iterations may run at once (`MaxConcurrency`); 0 means no limit and is not rendered.
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

  /** @internal */
  public _languageFields(): LanguageField[] {
    return [...super._languageFields(), ...propLanguageFields(this._mapProps, this._fieldLanguages())];
  }

  public toStateJson(topLevelQueryLanguage?: QueryLanguage): object {
    const language = effectiveLanguage(this.queryLanguage, topLevelQueryLanguage);
    const graph = this._processorGraph?.toGraphJson(topLevelQueryLanguage);
    return {
      Type: 'Map',
      ...renderQueryLanguage(this.queryLanguage, topLevelQueryLanguage),
      Comment: this._comment,
      ...renderMapFields(this._mapProps, language),
      ...(graph ? this._renderProcessor(graph) : undefined),
      ...this._renderExtraFields(language),
      ...renderNextEnd(this._nextState),
      ...renderRetryCatch(this._retries, this._catches, language),
    };
  }

  /** The processor's field, given its graph's `StartAt` and `States`: `ItemProcessor`. @internal */
  protected _renderProcessor(graph: Record<string, unknown>): object {
    return { ItemProcessor: { ProcessorConfig: this._renderProcessorConfig(), StartAt: graph.StartAt, States: graph.States } };
  }

  /** Which props belong to one query language; the others are checked for the values they hold. @internal */
  protected _fieldLanguages(): FieldLanguages {
    return {};
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
