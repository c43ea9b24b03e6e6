import { PolicyStatement } from '../../iam/policy-statement';

// Tasks that call the same resource need the same statement; a thousand states invoking one function
// share one PolicyStatement instead of building a thousand equal ones (the state machine drops repeats
// anyway, but only after building and comparing them).
const statements = new WeakMap<object, Map<string, PolicyStatement>>();

/** The statement allowing `actions` on `resources`, shared by every task that uses `ref` the same way. */
export function sharedStatement(ref: object, actions: string[], resources: () => string[]): PolicyStatement {
  let byActions = statements.get(ref);
  if (!byActions) {
    byActions = new Map();
    statements.set(ref, byActions);
  }
  const key = actions.join(',');
  let statement = byActions.get(key);
  if (!statement) {
    statement = new PolicyStatement({ actions, resources: resources() });
    byActions.set(key, statement);
  }
  return statement;
}
