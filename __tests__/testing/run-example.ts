// Runs a state machine of an example stack locally.
import { Testing } from 'cdktf';
import { EXAMPLES } from '../../examples/main';
import { type sfn, testing } from '../../src';

/** The runner of state machine `machine` (construct id) of example stack `example`. */
export function exampleRunner(example: keyof typeof EXAMPLES, machine: string): testing.LocalRunner {
  const stack = new EXAMPLES[example](Testing.app(), example);
  const construct = stack.node.findChild(machine) as sfn.StateMachine;
  return testing.LocalRunner.fromStateMachine(construct);
}

export const { result, error, sequence, fromFunction } = {
  result: (v: unknown) => testing.TaskMock.result(v),
  error: (e: string, c?: string) => testing.TaskMock.error(e, c),
  sequence: (m: testing.TaskMock[]) => testing.TaskMock.sequence(m),
  fromFunction: (f: (input: any, call: number) => unknown) => testing.TaskMock.fromFunction(f),
};

/** A state's record (the first with that path). */
export function entered(run: testing.LocalRunResult, path: string): testing.StateRun {
  const s = run.states.find((x) => x.path === path);
  if (!s) throw new Error(`${path} was not entered; path: ${run.path.join(' > ')}`);
  return s;
}

/**
 * Mocks that answer with `answers` (by state name) and record the effective input each task received
 * (its rendered Parameters or Arguments), the last call's in `inputs[name]`.
 */
export function recording(answers: Record<string, unknown>): { mocks: Record<string, testing.TaskMock>; inputs: Record<string, any> } {
  const inputs: Record<string, any> = {};
  const mocks = Object.fromEntries(Object.entries(answers).map(([name, answer]) => [name, testing.TaskMock.fromFunction((input: unknown) => {
    inputs[name] = input;
    return answer;
  })]));
  return { mocks, inputs };
}
