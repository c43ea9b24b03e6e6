// Step Functions does not run job-run (`.sync`) or callback (`.waitForTaskToken`) integrations, nor
// activities, in Express workflows: CreateStateMachine refuses such a definition. An EXPRESS state
// machine checks every state of its graph, its branches and item processors when it binds them.
import type { IConstruct } from 'constructs';
import { ValidationError } from '../../core/errors';
import type { StateGraph } from '../state-graph';
import type { TaskStateBase } from '../states/task-base';
import { IntegrationPattern } from '../types';

const SUFFIX: Partial<Record<IntegrationPattern, string>> = {
  [IntegrationPattern.RUN_JOB]: '.sync',
  [IntegrationPattern.WAIT_FOR_TASK_TOKEN]: '.waitForTaskToken',
};

const FIX = "or make the state machine STANDARD ('stateMachineType')";

/** Throws on the first state of `graph` (or of its child graphs) that an Express workflow cannot run. */
export function checkExpressStates(graph: StateGraph, machine: IConstruct): void {
  const pending = [graph];
  while (pending.length > 0) {
    const g = pending.pop()!;
    for (const state of g.states) {
      // tasks expose how they call their service; other states have neither accessor
      const task = state as Partial<TaskStateBase>;
      if (task._invokesActivity) {
        throw new ValidationError(`state '${state.stateId}' invokes an activity, which the EXPRESS state machine ${machine.node.path} cannot run; do the work in a service task (e.g. LambdaInvoke), ${FIX}`, state);
      }
      const pattern = task._integrationPattern;
      const suffix = pattern === undefined ? undefined : SUFFIX[pattern];
      if (suffix !== undefined) {
        throw new ValidationError(`state '${state.stateId}' uses IntegrationPattern.${pattern} (${suffix}), which the EXPRESS state machine ${machine.node.path} cannot run; call the service with IntegrationPattern.REQUEST_RESPONSE, ${FIX}`, state);
      }
    }
    pending.push(...g.childGraphs);
  }
}
