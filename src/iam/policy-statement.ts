import { Token } from '../core/cdktf';
import { ValidationError, describeValue } from '../core/errors';

/** Whether a statement allows or denies. */
export enum Effect {
  /** Allow the actions. */
  ALLOW = 'Allow',
  /** Deny the actions. */
  DENY = 'Deny',
}

/** Properties of a PolicyStatement. */
export interface PolicyStatementProps {
  /**
   * IAM actions, `service:Action` (wildcards allowed).
   * @default - none; add them with `addActions`
   */
  readonly actions?: string[];

  /**
   * Resource ARNs (or `*`).
   * @default - none; add them with `addResources`
   */
  readonly resources?: string[];

  /**
   * Allow or deny.
   * @default Effect.ALLOW
   */
  readonly effect?: Effect;

  /**
   * Conditions, as in a policy document: `{ StringEquals: { 'aws:SourceAccount': '123456789012' } }`.
   * @default - no condition
   */
  readonly conditions?: { [operator: string]: any };

  /**
   * Statement id.
   * @default - none
   */
  readonly sid?: string;
}

const ACTION = /^(\*|[a-z0-9-]+:[A-Za-z0-9*?]+)$/;

/** One statement of an IAM policy, as plain data: tasks list these and the state machine renders them. */
export class PolicyStatement {
  /** Effect of the statement. */
  public readonly effect: Effect;
  /** Statement id, if any. */
  public readonly sid?: string;
  private readonly _actions: string[] = [];
  private readonly _resources: string[] = [];
  private readonly _conditions: { [operator: string]: any } = {};
  private readonly actionSet = new Set<string>();
  private readonly resourceSet = new Set<string>();

  constructor(props: PolicyStatementProps = {}) {
    this.effect = props.effect ?? Effect.ALLOW;
    this.sid = props.sid;
    this.addActions(...(props.actions ?? []));
    this.addResources(...(props.resources ?? []));
    for (const [op, value] of Object.entries(props.conditions ?? {})) {
      this._conditions[op] = { ...value };
    }
  }

  /** The actions, in the order they were added. */
  public get actions(): string[] {
    return [...this._actions];
  }

  /** The resources, in the order they were added. */
  public get resources(): string[] {
    return [...this._resources];
  }

  /** The conditions. */
  public get conditions(): { [operator: string]: any } {
    const copy: { [operator: string]: any } = {};
    for (const [op, value] of Object.entries(this._conditions)) copy[op] = { ...value };
    return copy;
  }

  /** Whether the statement has conditions. */
  public get hasConditions(): boolean {
    for (const _ in this._conditions) return true;
    return false;
  }

  /** Adds actions (`service:Action`). */
  public addActions(...actions: string[]): void {
    for (const action of actions) {
      if (!Token.isUnresolved(action) && !ACTION.test(action)) {
        throw new ValidationError(`PolicyStatement 'actions' must look like 'service:Action' (wildcards allowed), got ${describeValue(action)}`);
      }
      if (!this.actionSet.has(action)) {
        this.actionSet.add(action);
        this._actions.push(action);
      }
    }
  }

  /** Adds resources (ARNs or `*`). */
  public addResources(...resources: string[]): void {
    for (const resource of resources) {
      if (!this.resourceSet.has(resource)) {
        this.resourceSet.add(resource);
        this._resources.push(resource);
      }
    }
  }

  /** Adds the condition `{ [operator]: { [key]: value } }`. */
  public addCondition(operator: string, key: string, value: any): void {
    this._conditions[operator] = { ...(this._conditions[operator] ?? {}), [key]: value };
  }

  /** The statement as a policy-document object (single actions and resources as scalars). */
  public toStatementJson(): any {
    const json: Record<string, unknown> = {};
    if (this.sid !== undefined) json.Sid = this.sid;
    json.Effect = this.effect;
    json.Action = scalarIfSingle(this._actions);
    json.Resource = scalarIfSingle(this._resources);
    if (this.hasConditions) json.Condition = this.conditions;
    return json;
  }
}

function scalarIfSingle(list: string[]): string | string[] {
  return list.length === 1 ? list[0] : [...list];
}
