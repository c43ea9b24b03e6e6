import { PolicyStatement } from '../../iam/policy-statement';
import type { Credentials } from '../credentials';

/** The statement that lets the state machine assume a task's role. */
export function assumeRoleStatement(credentials: Credentials): PolicyStatement {
  return new PolicyStatement({ actions: ['sts:AssumeRole'], resources: [credentials.role.resource] });
}
