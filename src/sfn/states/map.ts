import type { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import type { PolicyStatement } from '../../iam/policy-statement';
import { renderPayload } from '../private/render-state';
import type { CatchProps, IChainable, INextable, RetryProps } from '../types';
import { QueryLanguage } from '../types';
import type { MapBaseJsonataOptions, MapBaseJsonPathOptions, MapBaseOptions, MapBaseProps, ProcessorConfig } from './map-base';
import { MapBase, ProcessorMode } from './map-base';
import { childExecutionStatements } from '../private/map-fields';
import type { StateBaseProps } from './state';

/** Map fields beyond the shared ones. */
export interface MapOptions extends MapBaseOptions {
  /**
   * The input of each iteration (`Parameters`), JSONPath only.
   * @deprecated Step Functions replaced `Parameters` of Map states with `ItemSelector`; use `itemSelector`
   * @default $
   */
  readonly parameters?: { [key: string]: any };
}

/** Props of a Map state written in JSONPath. */
export interface MapJsonPathProps extends StateBaseProps, MapOptions, MapBaseJsonPathOptions {}

/** Props of a Map state written in JSONata. */
export interface MapJsonataProps extends StateBaseProps, MapOptions, MapBaseJsonataOptions {}

/** Props of a Map state. */
export interface MapProps extends MapBaseProps, MapOptions {}

/**
 * Runs an item processor for each element of an array, inline (up to 40 at a time) or, with
 * `ProcessorMode.DISTRIBUTED`, as child executions. For data in S3 use DistributedMap.
 * @example
 * import type { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const priceFn: LambdaFunction;
 *
 * const priceLines = new sfn.Map(stack, 'Price each line', {
 *   itemsPath: '$.lines',
 *   maxConcurrency: 5,
 *   itemSelector: { line: sfn.JsonPath.objectAt('$$.Map.Item.Value'), currency: sfn.JsonPath.stringAt('$.currency') },
 *   resultPath: '$.pricedLines',
 * });
 * priceLines.itemProcessor(new tasks.LambdaInvoke(stack, 'Price line', { lambdaFunction: priceFn, outputPath: '$.Payload' }));
 */
export class Map extends MapBase implements INextable {
  /** A Map state written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: MapJsonPathProps = {}): Map {
    return new Map(scope, id, props);
  }

  /** A Map state written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: MapJsonataProps = {}): Map {
    return new Map(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private readonly parameters?: { [key: string]: any };
  // set by the deprecated iterator(): the processor renders as `Iterator`
  private legacyIterator = false;

  constructor(scope: Construct, id: string, props: MapProps = {}) {
    super(scope, id, props);
    this.parameters = props.parameters;
  }

  /**
   * Sets the states that process each item, rendered as the `Iterator` field that `ItemProcessor`
   * replaced; the iterations run inline.
   * @deprecated use `itemProcessor`
   */
  public iterator(iterator: IChainable): Map {
    this.refuseSecondProcessor('iterator()');
    this._processor = iterator;
    this.legacyIterator = true;
    return this;
  }

  /** Sets the states that process each item, and how they run. */
  public itemProcessor(processor: IChainable, config: ProcessorConfig = {}): Map {
    this.refuseSecondProcessor('itemProcessor()');
    const mode = config.mode ?? ProcessorMode.INLINE;
    if (mode === ProcessorMode.DISTRIBUTED && config.executionType === undefined) {
      throw new ValidationError("itemProcessor(config): 'executionType' is required with ProcessorMode.DISTRIBUTED (ProcessorType.STANDARD or EXPRESS)", this);
    }
    if (mode === ProcessorMode.INLINE && config.executionType !== undefined) {
      throw new ValidationError(`itemProcessor(config): 'executionType' (${config.executionType}) applies to ProcessorMode.DISTRIBUTED only`, this);
    }
    this._processor = processor;
    this._processorConfig = config;
    return this;
  }

  /** Retries the whole state on errors. */
  public addRetry(props: RetryProps = {}): Map {
    this._addRetry(props);
    return this;
  }

  /** Handles errors of the state with `handler`. */
  public addCatch(handler: IChainable, props: CatchProps = {}): Map {
    this._addCatch(handler.startState, props);
    return this;
  }

  /** @internal */
  public _policyStatements(): PolicyStatement[] {
    const own = this._processorConfig.mode === ProcessorMode.DISTRIBUTED
      ? childExecutionStatements(this, this._containingGraph?.root.stateMachineName)
      : [];
    return [...own, ...super._policyStatements()];
  }

  /** @internal */
  protected _renderProcessor(graph: Record<string, unknown>): object {
    return this.legacyIterator ? { Iterator: { StartAt: graph.StartAt, States: graph.States } } : super._renderProcessor(graph);
  }

  /** @internal */
  protected _renderProcessorConfig(): object {
    return { Mode: this._processorConfig.mode ?? ProcessorMode.INLINE, ExecutionType: this._processorConfig.executionType };
  }

  /** @internal */
  protected _renderExtraFields(language: QueryLanguage): object {
    return { Parameters: language === QueryLanguage.JSON_PATH ? renderPayload(this.parameters, language) : undefined };
  }

  private refuseSecondProcessor(call: string): void {
    if (this._processor !== undefined) {
      const existing = this.legacyIterator ? 'an iterator (iterator())' : 'an item processor (itemProcessor())';
      throw new ValidationError(`${call}: Map state '${this.stateId}' already has ${existing}; a Map has one`, this);
    }
  }
}
