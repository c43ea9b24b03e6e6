// Workflow variables and their scopes: a state assigns into the scope it runs in; the states of a
// Parallel branch or an inline Map iteration read the variables of the scopes around them but assign
// only their own, which end with the branch or iteration; a Distributed Map's iterations see none of
// the outer ones.

export class Scope {
  private readonly own: Record<string, unknown> = {};

  constructor(private readonly parent?: Scope) {}

  /** A scope for a branch or an iteration: it reads this one unless it is isolated. */
  public child(isolated: boolean): Scope {
    return new Scope(isolated ? undefined : this);
  }

  /** Every variable visible here, inner names over outer ones. */
  public visible(): Record<string, unknown> {
    return { ...(this.parent?.visible() ?? {}), ...this.own };
  }

  public lookup(name: string): { found: boolean; value?: unknown } {
    if (Object.prototype.hasOwnProperty.call(this.own, name)) return { found: true, value: this.own[name] };
    return this.parent ? this.parent.lookup(name) : { found: false };
  }

  /** Assigns all of `values` at once (each was evaluated with the variables as they were before). */
  public assign(values: Record<string, unknown>): void {
    Object.assign(this.own, values);
  }
}
