import { Token } from '../../../core/cdktf';
import { ValidationError, describeValue } from '../../../core/errors';
import { validateFields, validateJsonPath } from '../../../render/json-path';
import { renderPayload } from '../../private/render-state';
import { QueryLanguage } from '../../types';

/** Step Functions' limit on the size of one batch: 256 KiB. */
const MAX_BATCH_BYTES = 262_144;

/** Props of ItemBatcher: give a number of items, a size, or both. */
export interface ItemBatcherProps {
  /**
   * Largest number of items per batch, at least 1.
   * @default - `maxItemsPerBatchPath`, else no item limit
   */
  readonly maxItemsPerBatch?: number;
  /**
   * Reference path to the largest number of items per batch (JSONPath only).
   * @default - `maxItemsPerBatch`, else no item limit
   */
  readonly maxItemsPerBatchPath?: string;
  /**
   * Largest size of a batch in bytes, from 1 to 262,144 (256 KiB).
   * @default - `maxInputBytesPerBatchPath`, else 256 KiB
   */
  readonly maxInputBytesPerBatch?: number;
  /**
   * Reference path to the largest size of a batch in bytes (JSONPath only).
   * @default - `maxInputBytesPerBatch`, else 256 KiB
   */
  readonly maxInputBytesPerBatchPath?: string;
  /**
   * A fixed object added to every batch (`BatchInput`).
   * @default - none
   */
  readonly batchInput?: object;
}

function checkWhole(value: number | undefined, where: string, max?: number): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (!Number.isInteger(value) || value < 1 || (max !== undefined && value > max)) {
    throw new ValidationError(`ItemBatcher: '${where}' must be a whole number ${max === undefined ? '>= 1' : `from 1 to ${max}`}, got ${value}`);
  }
}

function checkPath(path: string | undefined, where: string): void {
  if (path === undefined || Token.isUnresolved(path)) return;
  validateJsonPath(path, `ItemBatcher: '${where}'`);
  if (!path.startsWith('$')) {
    throw new ValidationError(`ItemBatcher: '${where}' must be a reference path such as '$.batchSize', got ${describeValue(path)}`);
  }
}

/** Groups items into batches, so that each child execution processes several (`ItemBatcher`). */
export class ItemBatcher {
  private readonly props: ItemBatcherProps;

  constructor(props: ItemBatcherProps) {
    const p = props;
    if ([p.maxItemsPerBatch, p.maxItemsPerBatchPath, p.maxInputBytesPerBatch, p.maxInputBytesPerBatchPath].every((v) => v === undefined)) {
      throw new ValidationError("ItemBatcher needs 'maxItemsPerBatch', 'maxItemsPerBatchPath', 'maxInputBytesPerBatch' or 'maxInputBytesPerBatchPath'");
    }
    if (p.maxItemsPerBatch !== undefined && p.maxItemsPerBatchPath !== undefined) {
      throw new ValidationError("ItemBatcher: set only one of 'maxItemsPerBatch' and 'maxItemsPerBatchPath'");
    }
    if (p.maxInputBytesPerBatch !== undefined && p.maxInputBytesPerBatchPath !== undefined) {
      throw new ValidationError("ItemBatcher: set only one of 'maxInputBytesPerBatch' and 'maxInputBytesPerBatchPath'");
    }
    checkWhole(p.maxItemsPerBatch, 'maxItemsPerBatch');
    checkWhole(p.maxInputBytesPerBatch, 'maxInputBytesPerBatch', MAX_BATCH_BYTES);
    checkPath(p.maxItemsPerBatchPath, 'maxItemsPerBatchPath');
    checkPath(p.maxInputBytesPerBatchPath, 'maxInputBytesPerBatchPath');
    if (p.batchInput !== undefined) validateFields(p.batchInput, "ItemBatcher: 'batchInput'");
    this.props = props;
  }

  /** Whether the batcher reads its limits from the input (JSONPath only). @internal */
  public get _usesPaths(): boolean {
    return this.props.maxItemsPerBatchPath !== undefined || this.props.maxInputBytesPerBatchPath !== undefined;
  }

  /** The `ItemBatcher` object. */
  public render(queryLanguage: QueryLanguage = QueryLanguage.JSON_PATH): any {
    const p = this.props;
    return {
      MaxItemsPerBatch: p.maxItemsPerBatch,
      MaxItemsPerBatchPath: p.maxItemsPerBatchPath,
      MaxInputBytesPerBatch: p.maxInputBytesPerBatch,
      MaxInputBytesPerBatchPath: p.maxInputBytesPerBatchPath,
      BatchInput: renderPayload(p.batchInput as { [key: string]: any } | undefined, queryLanguage),
    };
  }
}
