import { validateJsonPath } from '../render/json-path';
import { JsonPath } from './fields';

/** An IAM role the state machine can assume: `{ arn }`, satisfied by `IamRole`. */
export interface RoleRef {
  /** ARN of the role. */
  readonly arn: string;
}

/** The role a task assumes to run (cross-account tasks). */
export abstract class TaskRole {
  /** A fixed role. The state machine gets `sts:AssumeRole` on it. */
  public static fromRole(role: RoleRef): TaskRole {
    return new FixedTaskRole(role.arn);
  }

  /** A role ARN read from the state input. The state machine gets `sts:AssumeRole` on `*`. */
  public static fromRoleArnJsonPath(expression: string): TaskRole {
    validateJsonPath(expression, 'TaskRole.fromRoleArnJsonPath(expression)');
    return new FixedTaskRole(JsonPath.stringAt(expression), '*');
  }

  /** The role ARN (or a JsonPath token). */
  public abstract readonly roleArn: string;
  /** What `sts:AssumeRole` is granted on. */
  public abstract readonly resource: string;
}

class FixedTaskRole extends TaskRole {
  constructor(public readonly roleArn: string, public readonly resource: string = roleArn) {
    super();
  }
}

/** Credentials of a task state. */
export interface Credentials {
  /** The role the task assumes. */
  readonly role: TaskRole;
}
