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
