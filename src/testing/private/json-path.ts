// The JSONPath of Step Functions, evaluated: `$` (the input), `$$` (the context object) and `$name` (a
// workflow variable), then `.name`, `['name']`, `[n]`, `[-n]`, `[*]`/`.*`, `[a:b]`, `[a,b]`, `..name` and
// filters `[?(@.x)]` / `[?(@.x <op> literal)]`. A path with a wildcard, slice, union, descent or filter
// selects a list; any other path selects one value or nothing.
import { StatesFailure, runtimeFailure } from './failure';

type Step =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'wildcard' }
  | { readonly kind: 'slice'; readonly start?: number; readonly end?: number; readonly step?: number }
  | { readonly kind: 'union'; readonly keys: ReadonlyArray<string | number> }
  | { readonly kind: 'descend'; readonly name?: string }
  | { readonly kind: 'filter'; readonly path: Step[]; readonly op?: string; readonly value?: unknown };

/** Where a path starts. */
export type PathRoot = 'input' | 'context' | { readonly variable: string };

interface ParsedPath {
  readonly root: PathRoot;
  readonly steps: Step[];
  readonly definite: boolean;
}

const cache = new Map<string, ParsedPath>();

/** The data a path may read: the input, the context object and the workflow variables. */
export interface PathData {
  readonly input: unknown;
  readonly context: unknown;
  readonly variable: (name: string) => { readonly found: boolean; readonly value?: unknown };
}

export function parsePath(path: string): ParsedPath {
  let parsed = cache.get(path);
  if (!parsed) {
    parsed = new PathReader(path).read();
    cache.set(path, parsed);
  }
  return parsed;
}

/** Whether `path` selects at most one value (a Reference Path: what ResultPath and variables need). */
export function isDefinite(path: string): boolean {
  return parsePath(path).definite;
}

/**
 * The value `path` selects; a list for an indefinite path. `found` is false when a definite path selects
 * nothing.
 */
export function selectPath(path: string, data: PathData): { found: boolean; value?: unknown } {
  const { root, steps, definite } = parsePath(path);
  let start: unknown;
  if (root === 'input') start = data.input;
  else if (root === 'context') start = data.context;
  else {
    const v = data.variable(root.variable);
    if (!v.found) return { found: false };
    start = v.value;
  }
  const matches = apply(steps, [start]);
  if (definite) return matches.length > 0 ? { found: true, value: matches[0] } : { found: false };
  return { found: true, value: matches };
}

/** The value `path` selects, or a States.Runtime failure naming the field when it selects nothing. */
export function readPath(path: string, data: PathData, field: string): unknown {
  const { found, value } = selectPath(path, data);
  if (!found) throw runtimeFailure(`the JSONPath ${JSON.stringify(path)} of ${field} finds nothing in ${describe(path, data)}`);
  return value;
}

function describe(path: string, data: PathData): string {
  const root = parsePath(path).root;
  if (root === 'context') return 'the context object';
  if (root === 'input') return `the input ${preview(data.input)}`;
  return `the variable $${root.variable}`;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 200 ? `${text.slice(0, 200)}...` : text;
}

/**
 * `target` with `value` placed at the Reference Path `path` (ResultPath): objects are created on the
 * way; a step through a value that is not an object is a States.ResultPathMatchFailure.
 */
export function writePath(target: unknown, path: string, value: unknown, field = 'ResultPath'): unknown {
  const { root, steps, definite } = parsePath(path);
  if (root !== 'input' || !definite || steps.some((s) => s.kind !== 'name' && s.kind !== 'index')) {
    throw runtimeFailure(`${field} ${JSON.stringify(path)} must be a Reference Path into the input ($, .name, ['name'], [n])`);
  }
  const write = (node: unknown, i: number): unknown => {
    if (i === steps.length) return value;
    const step = steps[i] as { kind: 'name' | 'index'; name?: string; index?: number };
    if (step.kind === 'index') {
      if (!Array.isArray(node) || step.index! >= node.length) {
        throw new StatesFailure('States.ResultPathMatchFailure', `${field} ${JSON.stringify(path)}: index ${step.index} is not in ${preview(node)}`);
      }
      const copy = [...node];
      copy[step.index!] = write(node[step.index!], i + 1);
      return copy;
    }
    if (node === undefined || node === null) node = {};
    if (typeof node !== 'object' || Array.isArray(node)) {
      throw new StatesFailure('States.ResultPathMatchFailure', `${field} ${JSON.stringify(path)} cannot be applied to ${preview(node)}: '${step.name}' needs an object there`);
    }
    return { ...(node as object), [step.name!]: write((node as Record<string, unknown>)[step.name!], i + 1) };
  };
  return write(target, 0);
}

function children(node: unknown): unknown[] {
  if (Array.isArray(node)) return node;
  if (node && typeof node === 'object') return Object.values(node);
  return [];
}

function member(node: unknown, key: string | number): { found: boolean; value?: unknown } {
  if (typeof key === 'number') {
    if (!Array.isArray(node)) return { found: false };
    const i = key < 0 ? node.length + key : key;
    return i >= 0 && i < node.length ? { found: true, value: node[i] } : { found: false };
  }
  if (node && typeof node === 'object' && !Array.isArray(node) && Object.prototype.hasOwnProperty.call(node, key)) {
    return { found: true, value: (node as Record<string, unknown>)[key] };
  }
  return { found: false };
}

function apply(steps: readonly Step[], nodes: unknown[]): unknown[] {
  let current = nodes;
  for (const step of steps) {
    const next: unknown[] = [];
    for (const node of current) collect(step, node, next);
    current = next;
  }
  return current;
}

function collect(step: Step, node: unknown, out: unknown[]): void {
  switch (step.kind) {
    case 'name':
    case 'index': {
      const m = member(node, step.kind === 'name' ? step.name : step.index);
      if (m.found) out.push(m.value);
      return;
    }
    case 'wildcard':
      out.push(...children(node));
      return;
    case 'union':
      for (const k of step.keys) {
        const m = member(node, k);
        if (m.found) out.push(m.value);
      }
      return;
    case 'slice': {
      if (!Array.isArray(node)) return;
      const n = node.length;
      const by = step.step ?? 1;
      const norm = (v: number | undefined, dflt: number) => (v === undefined ? dflt : v < 0 ? Math.max(0, n + v) : Math.min(n, v));
      for (let i = norm(step.start, 0); i < norm(step.end, n); i += by) out.push(node[i]);
      return;
    }
    case 'descend': {
      const visit = (x: unknown) => {
        if (step.name === undefined) out.push(...children(x));
        else {
          const m = member(x, step.name);
          if (m.found) out.push(m.value);
        }
        for (const c of children(x)) if (c && typeof c === 'object') visit(c);
      };
      visit(node);
      return;
    }
    case 'filter':
      for (const c of children(node)) if (passes(step, c)) out.push(c);
      return;
  }
}

function passes(filter: Extract<Step, { kind: 'filter' }>, item: unknown): boolean {
  const found = apply(filter.path, [item]);
  if (filter.op === undefined) return found.length > 0;
  if (found.length === 0) return false;
  const a = found[0] as any;
  const b = filter.value as any;
  switch (filter.op) {
    case '==': return a === b;
    case '!=': return a !== b;
    case '<': return a < b;
    case '<=': return a <= b;
    case '>': return a > b;
    case '>=': return a >= b;
    default: return false;
  }
}

const NAME = /[A-Za-z_$\u0080-\uffff][\w$\-\u0080-\uffff]*/y;
const INTEGER = /-?\d+/y;

class PathReader {
  private pos = 0;
  private definite = true;

  constructor(private readonly text: string) {}

  public read(): ParsedPath {
    if (this.text[0] !== '$') this.fail("a path starts with '$'");
    this.pos = 1;
    let root: PathRoot = 'input';
    if (this.text[1] === '$') {
      root = 'context';
      this.pos = 2;
    } else if (/[A-Za-z_]/.test(this.text[1] ?? '')) {
      root = { variable: this.match(NAME) };
    }
    const steps = this.steps(() => this.pos >= this.text.length);
    return { root, steps, definite: this.definite };
  }

  private steps(done: () => boolean): Step[] {
    const steps: Step[] = [];
    while (!done()) {
      const c = this.text[this.pos];
      if (this.text.startsWith('..', this.pos)) {
        this.pos += 2;
        this.definite = false;
        if (this.text[this.pos] === '*') {
          this.pos++;
          steps.push({ kind: 'descend' });
        } else steps.push({ kind: 'descend', name: this.match(NAME) });
      } else if (c === '.') {
        this.pos++;
        if (this.text[this.pos] === '*') {
          this.pos++;
          this.definite = false;
          steps.push({ kind: 'wildcard' });
        } else steps.push({ kind: 'name', name: this.match(NAME) });
      } else if (c === '[') {
        this.pos++;
        steps.push(this.bracket());
      } else this.fail(`unexpected ${JSON.stringify(c)}`);
    }
    return steps;
  }

  private bracket(): Step {
    this.space();
    const c = this.text[this.pos];
    let step: Step;
    if (c === '*') {
      this.pos++;
      this.definite = false;
      step = { kind: 'wildcard' };
    } else if (c === '?') {
      this.definite = false;
      step = this.filter();
    } else {
      const keys: Array<string | number> = [];
      let slice: number[] | undefined;
      for (;;) {
        this.space();
        const k = this.text[this.pos];
        if (k === "'" || k === '"') keys.push(this.quoted());
        else if (k === ':' || k === '-' || (k >= '0' && k <= '9')) {
          const parts: Array<number | undefined> = [this.text[this.pos] === ':' ? undefined : Number(this.match(INTEGER))];
          while (this.text[this.pos] === ':') {
            this.pos++;
            this.space();
            parts.push(/[-\d]/.test(this.text[this.pos] ?? '') ? Number(this.match(INTEGER)) : undefined);
          }
          if (parts.length > 1) slice = parts as number[];
          else keys.push(parts[0]!);
        } else this.fail('expected a name, an index, * or a filter in brackets');
        this.space();
        if (this.text[this.pos] !== ',') break;
        this.pos++;
      }
      if (slice) {
        this.definite = false;
        step = { kind: 'slice', start: slice[0], end: slice[1], step: slice[2] };
      } else if (keys.length === 1) {
        step = typeof keys[0] === 'number' ? { kind: 'index', index: keys[0] } : { kind: 'name', name: keys[0] };
      } else {
        this.definite = false;
        step = { kind: 'union', keys };
      }
    }
    this.space();
    if (this.text[this.pos] !== ']') this.fail("expected ']'");
    this.pos++;
    return step;
  }

  // [?(@.path)] or [?(@.path <op> literal)]
  private filter(): Step {
    this.pos++;
    if (this.text[this.pos] !== '(' || this.text[this.pos + 1] !== '@') this.fail("expected '(@' after '?'");
    this.pos += 2;
    const wasDefinite = this.definite;
    const path = this.steps(() => /[\s)=!<>]/.test(this.text[this.pos] ?? ')'));
    this.definite = wasDefinite;
    this.space();
    const op = /^(==|!=|<=|>=|<|>)/.exec(this.text.slice(this.pos))?.[1];
    let value: unknown;
    if (op) {
      this.pos += op.length;
      this.space();
      const rest = this.text.slice(this.pos);
      const literal = /^('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false|null)/.exec(rest)?.[1];
      if (!literal) this.fail('expected a literal to compare with');
      this.pos += literal.length;
      value = literal.startsWith("'") ? literal.slice(1, -1).replace(/\\(.)/g, '$1') : JSON.parse(literal);
    }
    this.space();
    if (this.text[this.pos] !== ')') this.fail("expected ')' to close the filter");
    this.pos++;
    return { kind: 'filter', path, op, value };
  }

  private quoted(): string {
    const q = this.text[this.pos++];
    let out = '';
    while (this.pos < this.text.length && this.text[this.pos] !== q) {
      if (this.text[this.pos] === '\\') this.pos++;
      out += this.text[this.pos++];
    }
    if (this.text[this.pos] !== q) this.fail('unterminated quoted name');
    this.pos++;
    return out;
  }

  private match(pattern: RegExp): string {
    pattern.lastIndex = this.pos;
    const m = pattern.exec(this.text);
    if (!m) this.fail('expected a name');
    this.pos += m[0].length;
    return m[0];
  }

  private space(): void {
    while (this.text[this.pos] === ' ') this.pos++;
  }

  private fail(message: string): never {
    throw runtimeFailure(`the JSONPath ${JSON.stringify(this.text)} is not valid: ${message} at index ${this.pos}`);
  }
}
