import { countJsonEscapes } from '../render/hcl-text';
import { PolicyStatement } from './policy-statement';

/** IAM's limit on a managed policy, in characters, whitespace not counted. */
export const MANAGED_POLICY_SIZE_LIMIT = 6144;

/** How long a value is once Terraform has filled in its references (an upper estimate for references). */
export type LengthEstimator = (value: string) => number;

/**
 * The identity of a value for merging: two tokens that resolve to the same Terraform expression are the
 * same resource (cdktf hands out a new token each time an attribute is read).
 */
export type Canonicalizer = (value: string) => string;

interface Group {
  readonly effect: string;
  readonly sid?: string;
  readonly conditionKey: string;
  readonly conditions: { [op: string]: any };
  // canonical value -> the value as first given
  readonly actions: Map<string, string>;
  readonly resources: Map<string, string>;
}

function toGroup(s: PolicyStatement, canonical: Canonicalizer): Group {
  const conditions = s.hasConditions ? s.conditions : {};
  const index = (values: string[]) => {
    const m = new Map<string, string>();
    for (const v of values) {
      const k = canonical(v);
      if (!m.has(k)) m.set(k, v);
    }
    return m;
  };
  return {
    effect: s.effect,
    sid: s.sid,
    conditionKey: s.hasConditions ? canonical(JSON.stringify(conditions)) : '',
    conditions,
    actions: index(s.actions),
    resources: index(s.resources),
  };
}

function setKey(map: Map<string, string>): string {
  return [...map.keys()].sort().join('\u0000');
}

function absorbInto(into: Map<string, string>, from: Map<string, string>): void {
  for (const [k, v] of from) if (!into.has(k)) into.set(k, v);
}

/**
 * Merges statements the way aws-cdk-lib minimises policies: statements with the same effect, conditions
 * and actions pool their resources; then statements with the same effect, conditions and resources pool
 * their actions; repeated until nothing changes. Statements with a Sid are kept as they are. The result
 * keeps the order in which each merged statement first appeared. Work is linear in the number of
 * statements (hash grouping), not quadratic.
 */
export function mergeStatements(statements: PolicyStatement[], canonical: Canonicalizer = (v) => v): PolicyStatement[] {
  let groups = dropRepeats(statements).map((s) => toGroup(s, canonical));
  for (;;) {
    const byActions = mergeBy(groups, (g) => setKey(g.actions), (into, from) => absorbInto(into.resources, from.resources));
    const byResources = mergeBy(byActions, (g) => setKey(g.resources), (into, from) => absorbInto(into.actions, from.actions));
    if (byResources.length === groups.length) {
      groups = byResources;
      break;
    }
    groups = byResources;
  }
  return groups.map((g) => new PolicyStatement({
    effect: g.effect as PolicyStatement['effect'],
    sid: g.sid,
    actions: [...g.actions.values()],
    resources: [...g.resources.values()],
    conditions: g.conditions,
  }));
}

// Many states often grant the same thing (a thousand invocations of one function): drop exact repeats
// first, by their text, before the canonical grouping, which resolves tokens.
function dropRepeats(statements: PolicyStatement[]): PolicyStatement[] {
  const seen = new Set<string>();
  const out: PolicyStatement[] = [];
  for (const s of new Set(statements)) {
    const key = `${s.effect}\u0001${s.sid ?? ''}\u0001${s.actions.join('\u0000')}\u0001${s.resources.join('\u0000')}\u0001${s.hasConditions ? JSON.stringify(s.conditions) : ''}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(s);
    }
  }
  return out;
}

function mergeBy(groups: Group[], key: (g: Group) => string, absorb: (into: Group, from: Group) => void): Group[] {
  const out: Group[] = [];
  const index = new Map<string, Group>();
  for (const g of groups) {
    if (g.sid !== undefined) {
      out.push(g);
      continue;
    }
    const k = `${g.effect}\u0001${g.conditionKey}\u0001${key(g)}`;
    const existing = index.get(k);
    if (existing) {
      absorb(existing, g);
    } else {
      const copy: Group = { ...g, actions: new Map(g.actions), resources: new Map(g.resources) };
      index.set(k, copy);
      out.push(copy);
    }
  }
  return out;
}

/** Size of a JSON value as IAM counts it (no whitespace), with references estimated by `estimate`. */
export function jsonSize(value: unknown, estimate: LengthEstimator): number {
  if (typeof value === 'string') return estimate(value) + 2 + countJsonEscapes(value);
  if (Array.isArray(value)) return 2 + value.reduce((n: number, v) => n + jsonSize(v, estimate), 0) + Math.max(0, value.length - 1);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return 2 + entries.reduce((n, [k, v]) => n + jsonSize(k, estimate) + 1 + jsonSize(v, estimate), 0) + Math.max(0, entries.length - 1);
  }
  return JSON.stringify(value)?.length ?? 4;
}


const DOCUMENT_OVERHEAD = jsonSize({ Version: '2012-10-17', Statement: [] }, (s) => s.length);

/**
 * Packs statements into as few documents as possible, none over `limit` characters. A statement that is
 * too big alone is cut into several with the same actions and parts of its resources. Returns the
 * statement lists of the documents, in order.
 */
export function splitIntoDocuments(statements: PolicyStatement[], estimate: LengthEstimator, limit = MANAGED_POLICY_SIZE_LIMIT): PolicyStatement[][] {
  const docs: PolicyStatement[][] = [];
  let current: PolicyStatement[] = [];
  let size = DOCUMENT_OVERHEAD;
  const room = limit - DOCUMENT_OVERHEAD;
  const place = (s: PolicyStatement, n: number) => {
    if (current.length > 0 && size + 1 + n > limit) {
      docs.push(current);
      current = [];
      size = DOCUMENT_OVERHEAD;
    }
    size += (current.length > 0 ? 1 : 0) + n;
    current.push(s);
  };
  for (const statement of statements) {
    const n = jsonSize(statement.toStatementJson(), estimate);
    if (n <= room) {
      place(statement, n);
    } else {
      for (const part of cutResources(statement, estimate, room)) {
        place(part, jsonSize(part.toStatementJson(), estimate));
      }
    }
  }
  if (current.length > 0) docs.push(current);
  return docs;
}

function cutResources(statement: PolicyStatement, estimate: LengthEstimator, room: number): PolicyStatement[] {
  const base = (resources: string[]) => new PolicyStatement({
    effect: statement.effect,
    actions: statement.actions,
    resources,
    conditions: statement.hasConditions ? statement.conditions : undefined,
  });
  // `"Resource":[]` plus, per resource, its size and a comma (one comma too many: a safe overestimate)
  const fixed = jsonSize(base([]).toStatementJson(), estimate);
  const parts: PolicyStatement[] = [];
  let chunk: string[] = [];
  let size = fixed;
  for (const r of statement.resources) {
    const n = jsonSize(r, estimate) + 1;
    if (chunk.length > 0 && size + n > room) {
      parts.push(base(chunk));
      chunk = [];
      size = fixed;
    }
    chunk.push(r);
    size += n;
  }
  if (chunk.length > 0) parts.push(base(chunk));
  return parts;
}
