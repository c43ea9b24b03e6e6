// The Map state, inline and distributed: its items (ItemsPath / Items, or the mocked ItemReader of a
// Distributed Map, cut to ReaderConfig.MaxItems), ItemSelector with `$$.Map.Item`, ItemBatcher, one run
// of the processor per item or batch, and the tolerated failures of a Distributed Map.
import { effectiveInput, finish, jsonataField, statesBinding } from './data-flow';
import { StatesFailure, runtimeFailure } from './failure';
import type { StateCall } from './interpreter';
import { readPath } from './json-path';
import { applyTemplate } from './json-path-fields';
import { evaluateField } from './jsonata-fields';

export async function runMap(call: StateCall): Promise<unknown> {
  const { state } = call;
  const jsonata = call.language === 'JSONata';
  const input = jsonata ? call.input : effectiveInput(call, '-');
  const items = await itemsOf(call, input);
  const processor = state.ItemProcessor ?? state.Iterator;
  if (!processor) throw runtimeFailure(`the Map state ${call.name} has no ItemProcessor`);
  const distributed = processor.ProcessorConfig?.Mode === 'DISTRIBUTED';
  const selector = jsonata ? state.ItemSelector : state.ItemSelector ?? state.Parameters;

  const inputs: unknown[] = [];
  for (const [index, value] of items.entries()) {
    const context = call.context({ Map: { Item: { Index: index, Value: value } } });
    if (selector === undefined) inputs.push(value);
    else if (jsonata) inputs.push(await evaluateField(selector, statesBinding(call, {}, context), call.scope.visible(), `ItemSelector of ${call.name}`));
    else inputs.push(applyTemplate(selector, { input, context, variable: (v) => call.scope.lookup(v) }, `ItemSelector of ${call.name}`));
  }
  const batches = await batched(call, inputs, input);

  const tolerated = toleratedFailures(call, batches.length);
  const results: unknown[] = [];
  let failures = 0;
  for (const [index, item] of batches.entries()) {
    try {
      results.push(await call.run.machine(processor, item, call.scope.child(distributed), `${call.record.path}[${index}]/`));
    } catch (e) {
      if (!(e instanceof StatesFailure) || tolerated === undefined || e.terminal) throw e;
      failures++;
      if (failures > tolerated) {
        throw new StatesFailure('States.ExceedToleratedFailureThreshold', `${failures} of the ${batches.length} items of ${call.name} failed, more than the ${tolerated} tolerated (last: ${e.error}: ${e.cause})`);
      }
      results.push({ Error: e.error, Cause: e.cause });
    }
  }
  return finish(call, results);
}

async function itemsOf(call: StateCall, input: unknown): Promise<unknown[]> {
  const { state } = call;
  let items: unknown;
  if (state.ItemReader) {
    items = call.run.settings.items(call.name);
    if (items === undefined) {
      throw new StatesFailure('States.Runtime', `the Map state ${JSON.stringify(call.name)} reads its items with an ItemReader (${state.ItemReader.Resource}): give them in the run's itemReaders, e.g. { ${JSON.stringify(call.name)}: [...] }`);
    }
    const max = state.ItemReader.ReaderConfig?.MaxItems;
    if (typeof max === 'number' && max > 0) items = (items as unknown[]).slice(0, max);
  } else if (call.language === 'JSONata') {
    items = 'Items' in state ? await jsonataField(call, 'Items') : call.input;
  } else {
    items = 'ItemsPath' in state ? readPath(state.ItemsPath, call.pathData(input), `ItemsPath of ${call.name}`) : input;
  }
  if (!Array.isArray(items)) throw runtimeFailure(`the items of the Map state ${call.name} must be an array, got ${JSON.stringify(items)}`);
  return items;
}

// ItemBatcher: items in groups of MaxItemsPerBatch, each as { Items, BatchInput }.
async function batched(call: StateCall, inputs: unknown[], input: unknown): Promise<unknown[]> {
  const batcher = call.state.ItemBatcher;
  if (!batcher) return inputs;
  const size = typeof batcher.MaxItemsPerBatch === 'number' ? batcher.MaxItemsPerBatch : inputs.length || 1;
  let batchInput: unknown;
  if (batcher.BatchInput !== undefined) {
    batchInput = call.language === 'JSONata'
      ? await evaluateField(batcher.BatchInput, statesBinding(call), call.scope.visible(), `BatchInput of ${call.name}`)
      : applyTemplate(batcher.BatchInput, call.pathData(input), `BatchInput of ${call.name}`);
  }
  const out: unknown[] = [];
  for (let i = 0; i < inputs.length; i += size) {
    out.push(batchInput === undefined ? { Items: inputs.slice(i, i + size) } : { Items: inputs.slice(i, i + size), BatchInput: batchInput });
  }
  return out;
}

function toleratedFailures(call: StateCall, count: number): number | undefined {
  const { ToleratedFailureCount: n, ToleratedFailurePercentage: p } = call.state;
  if (typeof n !== 'number' && typeof p !== 'number') return undefined;
  const byPercent = typeof p === 'number' ? Math.floor((p / 100) * count) : Infinity;
  return Math.min(typeof n === 'number' ? n : Infinity, byPercent);
}
