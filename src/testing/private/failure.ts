// An error a state raises while a workflow runs locally: what Step Functions would report as the state's
// error name and cause. It is a value of the run, handled by Retry and Catch; it never leaves the runner.

/** Errors that end the run whatever the Retry and Catch fields say (`States.ALL` does not match them). */
const TERMINAL = new Set(['States.Runtime', 'States.DataLimitExceeded']);

export class StatesFailure extends Error {
  constructor(public readonly error: string, public readonly cause: string, public readonly terminal = TERMINAL.has(error)) {
    super(`${error}: ${cause}`);
    this.name = 'StatesFailure';
  }
}

/** A States.Runtime failure: a path that finds nothing, a value of the wrong type, ... */
export function runtimeFailure(cause: string): StatesFailure {
  return new StatesFailure('States.Runtime', cause);
}

/** Whether a Retry or Catch `ErrorEquals` list matches an error raised by a state of type `type`. */
export function errorMatches(errorEquals: readonly string[], failure: StatesFailure, type: string): boolean {
  for (const name of errorEquals) {
    if (name === failure.error) return true;
    if (failure.terminal) continue;
    if (name === 'States.ALL') return true;
    // a heartbeat timeout is a kind of timeout
    if (name === 'States.Timeout' && failure.error === 'States.HeartbeatTimeout') return true;
    // every error a task raises, except its timeout
    if (name === 'States.TaskFailed' && type === 'Task' && failure.error !== 'States.Timeout' && failure.error !== 'States.HeartbeatTimeout') return true;
  }
  return false;
}
