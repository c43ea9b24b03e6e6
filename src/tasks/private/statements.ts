import type { IConstruct } from 'constructs';
import { formatArn } from '../../core/arn';
import { mapFor } from '../../core/maps';
import { PolicyStatement } from '../../iam/policy-statement';

// Tasks that call the same resource need the same statement; a thousand states invoking one function
// share one statement list instead of building a thousand equal ones (the state machine drops repeats
// anyway, but only after building and comparing them). The lists are shared: nobody may change them.
const statements = new WeakMap<object, Map<string, PolicyStatement[]>>();

/** The one-statement list allowing `actions` on `resources`, shared by every task that uses `ref` the same way. */
export function sharedStatements(ref: object, actions: string[], resources: () => string[]): PolicyStatement[] {
  const byActions = mapFor(statements, ref);
  const key = actions.join(',');
  let list = byActions.get(key);
  if (!list) {
    list = [new PolicyStatement({ actions, resources: resources() })];
    byActions.set(key, list);
  }
  return list;
}

/**
 * What a `.sync` task needs to learn that its job ended: `events:PutTargets`, `PutRule` and `DescribeRule`
 * on the EventBridge rule Step Functions manages for that integration (`rule`, e.g.
 * `StepFunctionsGetEventsForBatchJobsRule`), in the stack's region and account.
 */
export function managedRuleStatement(scope: IConstruct, rule: string): PolicyStatement {
  return new PolicyStatement({
    actions: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
    resources: [formatArn(scope, { service: 'events', resource: 'rule', resourceName: rule })],
  });
}
