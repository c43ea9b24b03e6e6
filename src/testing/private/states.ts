// What each type of state does with its input, in either query language.
import {
  assignJsonPath, assignJsonata, effectiveInput, finish, jsonataField, numberField, outputPath, statesBinding, valueOrPath,
} from './data-flow';
import { StatesFailure, runtimeFailure } from './failure';
import type { StateCall, StateResult } from './interpreter';
import { ruleMatches } from './json-path-fields';
import { evaluateField, isExpression } from './jsonata-fields';
import { runMap } from './map';

export async function runStateBody(call: StateCall): Promise<StateResult> {
  switch (call.state.Type) {
    case 'Pass': return { output: await pass(call) };
    case 'Task': return { output: await task(call) };
    case 'Choice': return choice(call);
    case 'Wait': return { output: await wait(call) };
    case 'Succeed': return { output: await succeed(call), next: undefined };
    case 'Fail': return fail(call);
    case 'Parallel': return { output: await parallel(call) };
    case 'Map': return { output: await runMap(call) };
    default: throw runtimeFailure(`${call.name} has the unknown state type ${JSON.stringify(call.state.Type)}`);
  }
}

async function pass(call: StateCall): Promise<unknown> {
  if (call.language === 'JSONata') return finish(call, call.input);
  const input = effectiveInput(call);
  return finish(call, 'Result' in call.state ? call.state.Result : input);
}

async function task(call: StateCall): Promise<unknown> {
  const resource = String(call.state.Resource ?? '');
  const mock = call.run.settings.mock(call.name, resource);
  const input = call.language === 'JSONata'
    ? ('Arguments' in call.state ? await jsonataField(call, 'Arguments') : call.input)
    : effectiveInput(call);
  if (!mock) {
    throw new StatesFailure('States.Runtime', `no mock for the Task state ${JSON.stringify(call.name)} (Resource ${resource}): give one in the run's mocks, e.g. { ${JSON.stringify(call.name)}: TaskMock.result(...) }`);
  }
  const outcome = await mock(input, call.run.nextCall(call.name));
  if (outcome.error !== undefined) throw new StatesFailure(outcome.error, outcome.cause ?? '');
  return finish(call, outcome.result);
}

async function choice(call: StateCall): Promise<StateResult> {
  const rules: any[] = call.state.Choices ?? [];
  if (call.language === 'JSONata') {
    const states = statesBinding(call);
    for (const rule of rules) {
      const holds = await evaluateField(rule.Condition, states, call.scope.visible(), `a Condition of ${call.name}`);
      if (typeof holds !== 'boolean') throw new StatesFailure('States.QueryEvaluationError', `a Condition of ${call.name} gave ${JSON.stringify(holds)}, not a boolean`);
      if (holds) return { output: await chosen(call, rule, states), next: rule.Next };
    }
    if (call.state.Default === undefined) throw noMatch(call);
    return { output: await chosen(call, call.state, states), next: call.state.Default };
  }
  const input = effectiveInput(call);
  for (const rule of rules) {
    if (ruleMatches(rule, call.pathData(input), call.name)) {
      assignJsonPath(call, rule.Assign, input);
      return { output: outputPath(call, input), next: rule.Next };
    }
  }
  if (call.state.Default === undefined) throw noMatch(call);
  assignJsonPath(call, call.state.Assign, input);
  return { output: outputPath(call, input), next: call.state.Default };
}

function noMatch(call: StateCall): StatesFailure {
  return new StatesFailure('States.NoChoiceMatched', `no Choice rule of ${call.name} matched its input and it has no Default`);
}

// A JSONata Choice rule (or the state, for the Default) that was taken: its Output and Assign.
async function chosen(call: StateCall, holder: Record<string, any>, states: ReturnType<typeof statesBinding>): Promise<unknown> {
  const output = 'Output' in holder ? await evaluateField(holder.Output, states, call.scope.visible(), `Output of ${call.name}`) : call.input;
  await assignJsonata(call, holder.Assign, states);
  return output;
}

async function wait(call: StateCall): Promise<unknown> {
  const input = call.language === 'JSONata' ? call.input : effectiveInput(call);
  const seconds = await numberField(call, input, 'Seconds');
  let until: number | undefined;
  if (seconds === undefined) {
    const stamp = call.language === 'JSONata' && isExpression(call.state.Timestamp) ? await jsonataField(call, 'Timestamp') : valueOrPath(call, input, 'Timestamp');
    if (typeof stamp !== 'string' || Number.isNaN(Date.parse(stamp))) throw runtimeFailure(`the Timestamp of ${call.name} must be an ISO 8601 timestamp, got ${JSON.stringify(stamp)}`);
    until = Date.parse(stamp);
  }
  const waited = seconds ?? Math.max(0, (until! - call.run.now) / 1000);
  call.record.waitSeconds = waited;
  call.run.now += waited * 1000;
  if (call.language === 'JSONata') return finish(call, undefined, call.input);
  assignJsonPath(call, call.state.Assign, input);
  return outputPath(call, input);
}

async function succeed(call: StateCall): Promise<unknown> {
  if (call.language === 'JSONata') return 'Output' in call.state ? jsonataField(call, 'Output') : call.input;
  return outputPath(call, effectiveInput(call));
}

async function fail(call: StateCall): Promise<never> {
  let error: unknown;
  let cause: unknown;
  if (call.language === 'JSONata') {
    error = isExpression(call.state.Error) ? await jsonataField(call, 'Error') : call.state.Error;
    cause = isExpression(call.state.Cause) ? await jsonataField(call, 'Cause') : call.state.Cause;
  } else {
    error = valueOrPath(call, call.input, 'Error');
    cause = valueOrPath(call, call.input, 'Cause');
  }
  throw new StatesFailure(String(error ?? 'States.Fail'), cause === undefined ? '' : typeof cause === 'string' ? cause : JSON.stringify(cause), false);
}

async function parallel(call: StateCall): Promise<unknown> {
  const input = call.language === 'JSONata' ? ('Arguments' in call.state ? await jsonataField(call, 'Arguments') : call.input) : effectiveInput(call);
  const results: unknown[] = [];
  const branches: any[] = call.state.Branches ?? [];
  for (const [i, branch] of branches.entries()) {
    results.push(await call.run.machine(branch, input, call.scope.child(false), `${call.record.path}[${i}]/`));
  }
  return finish(call, results);
}
