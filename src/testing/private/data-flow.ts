// How data moves through a state, in either query language.
//   JSONPath: input -> InputPath -> Parameters -> (the work) -> ResultSelector -> Assign -> ResultPath
//             (into the raw input) -> OutputPath -> output
//   JSONata:  input -> Arguments -> (the work) -> Assign and Output (both see $states.result and the
//             variables as they were before the state) -> output
import { StatesFailure, runtimeFailure } from './failure';
import type { StateCall } from './interpreter';
import { readPath, writePath } from './json-path';
import { applyTemplate, evaluateDynamic } from './json-path-fields';
import { type StatesBinding, evaluateField, isExpression } from './jsonata-fields';

/** `$states` for a JSONata field of this state. */
export function statesBinding(call: StateCall, extra: Partial<StatesBinding> = {}, context?: Record<string, unknown>): StatesBinding {
  return { input: call.input, context: context ?? call.context(), ...extra };
}

/** A JSONata field evaluated (undefined when the state does not have it). */
export async function jsonataField(call: StateCall, field: string, states: StatesBinding = statesBinding(call)): Promise<unknown> {
  if (!(field in call.state)) return undefined;
  return evaluateField(call.state[field], states, call.scope.visible(), `${field} of ${call.name}`);
}

/** The JSONPath effective input: InputPath, then the payload template `field` (Parameters, ...). */
export function effectiveInput(call: StateCall, field = 'Parameters'): unknown {
  let data = call.input;
  if ('InputPath' in call.state) data = call.state.InputPath === null ? {} : readPath(call.state.InputPath, call.pathData(data), `InputPath of ${call.name}`);
  if (field in call.state) data = applyTemplate(call.state[field], call.pathData(data), `${field} of ${call.name}`);
  return data;
}

/** A JSONPath state's output from its input: OutputPath. */
export function outputPath(call: StateCall, data: unknown): unknown {
  if (!('OutputPath' in call.state)) return data;
  if (call.state.OutputPath === null) return {};
  return readPath(call.state.OutputPath, call.pathData(data), `OutputPath of ${call.name}`);
}

/** Evaluates a JSONPath `Assign` (its `key.$` entries read `value`) and assigns the variables. */
export function assignJsonPath(call: StateCall, assign: unknown, value: unknown): void {
  if (assign === undefined) return;
  const values = applyTemplate(assign, call.pathData(value), `Assign of ${call.name}`) as Record<string, unknown>;
  call.scope.assign(values);
}

/** Evaluates a JSONata `Assign` and assigns the variables. */
export async function assignJsonata(call: StateCall, assign: unknown, states: StatesBinding): Promise<void> {
  if (assign === undefined) return;
  const values = await evaluateField(assign, states, call.scope.visible(), `Assign of ${call.name}`);
  if (values === null || typeof values !== 'object' || Array.isArray(values)) throw runtimeFailure(`Assign of ${call.name} must be an object`);
  call.scope.assign(values as Record<string, unknown>);
}

/**
 * The output of a state that produced `result` (Task, Pass, Parallel, Map): ResultSelector, Assign,
 * ResultPath and OutputPath in JSONPath; Assign and Output in JSONata (`Output` defaulting to the result).
 */
export async function finish(call: StateCall, result: unknown, defaultOutput: unknown = result): Promise<unknown> {
  if (call.language === 'JSONata') {
    const states = statesBinding(call, { result });
    const output = 'Output' in call.state ? await jsonataField(call, 'Output', states) : defaultOutput;
    await assignJsonata(call, call.state.Assign, states);
    return output;
  }
  let selected = result;
  if ('ResultSelector' in call.state) selected = applyTemplate(call.state.ResultSelector, call.pathData(result), `ResultSelector of ${call.name}`);
  assignJsonPath(call, call.state.Assign, selected);
  return outputPath(call, resultPath(call, call.state, selected));
}

function resultPath(call: StateCall, holder: Record<string, any>, result: unknown): unknown {
  if (!('ResultPath' in holder)) return result;
  if (holder.ResultPath === null) return call.input;
  return writePath(call.input, holder.ResultPath, result);
}

/** What a catcher hands its Next state: the error output placed by ResultPath, or its JSONata Output. */
export async function catcherOutput(call: StateCall, catcher: Record<string, any>, errorOutput: { Error: string; Cause: string }): Promise<unknown> {
  if (call.language === 'JSONata') {
    const states = statesBinding(call, { errorOutput });
    const output = 'Output' in catcher ? await evaluateField(catcher.Output, states, call.scope.visible(), `Output of a catcher of ${call.name}`) : errorOutput;
    if (catcher.Assign !== undefined) await assignJsonata(call, catcher.Assign, states);
    return output;
  }
  assignJsonPath(call, catcher.Assign, errorOutput);
  return resultPath(call, catcher, errorOutput);
}

/** A JSONPath field that may be given as a value, a `...Path` field, or neither. */
export function valueOrPath(call: StateCall, data: unknown, field: string): unknown {
  if (field in call.state) return call.state[field];
  const path = call.state[`${field}Path`];
  if (typeof path === 'string') return evaluateDynamic(path, call.pathData(data), `${field}Path of ${call.name}`);
  return undefined;
}

/** A field that is a number in JSONPath and a number or `{% %}` expression in JSONata. */
export async function numberField(call: StateCall, data: unknown, field: string): Promise<number | undefined> {
  let value: unknown;
  if (call.language === 'JSONata' && isExpression(call.state[field])) value = await jsonataField(call, field);
  else value = valueOrPath(call, data, field);
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || value < 0) throw runtimeFailure(`${field} of ${call.name} must be a non-negative number, got ${JSON.stringify(value)}`);
  return value;
}

export { StatesFailure };
