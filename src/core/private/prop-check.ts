// The one check of the kinds of public props, for the callers the TypeScript compiler does not check:
// plain JavaScript, and every jsii language. It is driven by prop-schema.generated.ts (the declared type
// of every member of every public struct, written by scripts/prop-schema.js), so no class writes its
// own: the base constructors call `checkProps` once, and a wrong kind, or a missing required prop, is a
// ValidationError naming the construct, the prop, what it received and what it must be.
//
// Kinds compile once into closures (per type, per struct, per construct class); a check of valid props
// reads each declared member once and allocates nothing.
import type { IConstruct } from 'constructs';
import { Construct } from 'constructs';
import { isTokenString } from '../cdktf';
import { ValidationError, describeValue } from '../errors';
import { PROP_SCHEMA } from './prop-schema.generated';

/** Shape of prop-schema.generated.ts. */
export interface PropSchema {
  readonly classes: { readonly [name: string]: { readonly path: string; readonly props?: string; readonly make?: readonly string[] } };
  readonly structs: { readonly [name: string]: { readonly extends?: readonly string[]; readonly members: { readonly [member: string]: string } } };
  readonly interfaces: { readonly [name: string]: readonly string[] };
  readonly enums: { readonly [name: string]: { readonly [member: string]: string | number } };
}

/** What went wrong, and where below the prop (`.arn`, `[2]`, `.key.value`). */
class Problem {
  constructor(public at: string, public readonly text: string) {}
}

type Check = (value: unknown) => Problem | undefined;

interface Kind {
  readonly check: Check;
  /** What the value must be, as a noun phrase: `a string`, `a Timeout (Timeout.duration(...), ...)`. */
  readonly expected: string;
  /** Nothing to check (`any`). */
  readonly any?: boolean;
}

interface StructKind extends Kind {
  readonly name: string;
  readonly members: () => Member[];
}

interface Member {
  readonly name: string;
  readonly required: boolean;
  readonly kind: Kind;
}

const BRAND_PREFIX = 'cdktf-stepfunctions.';
const brandOf = (className: string) => Symbol.for(`${BRAND_PREFIX}${className}`);
const NONE = Object.freeze({});

/**
 * Checks the props a construct receives against the props struct its class declares (the nearest class
 * of this library up its prototype chain). Called once, first thing, by the base constructors.
 */
export function checkProps(scope: IConstruct, props: unknown): void {
  const kind = propsKindOf(scope);
  if (kind) checkStructValue(kind, props, scope, 'props');
}

/** Checks `value` against the struct `structName`, for methods that take one (`where`: `addRetry`). */
export function checkStruct(structName: string, value: unknown, scope: IConstruct | undefined, where: string): void {
  checkStructValue(structKind(structName), value, scope, where);
}

function checkStructValue(kind: StructKind, props: unknown, scope: IConstruct | undefined, where: string): void {
  if (props === undefined || props === null) {
    props = NONE;
  } else if (typeof props !== 'object' || Array.isArray(props)) {
    throw new ValidationError(`${where} must be ${kind.expected}, got ${received(props)}`, scope);
  }
  const obj = props as Record<string, unknown>;
  const members = kind.members();
  let missing: Member[] | undefined;
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    const value = obj[m.name];
    if (value === undefined || value === null) {
      if (m.required) (missing ??= []).push(m);
      continue;
    }
    if (m.kind.any) continue;
    const problem = m.kind.check(value);
    if (problem) throw new ValidationError(`${where === 'props' ? '' : `${where} `}'${m.name}${problem.at}' ${problem.text}`, scope);
  }
  if (missing) {
    const names = missing.map((m) => `'${m.name}' (${m.kind.expected})`);
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    throw new ValidationError(`${where === 'props' ? '' : `${where}: `}missing required prop${names.length === 1 ? '' : 's'} ${list}`, scope);
  }
}

// Construct class -> its props struct, found once per class.
const propsKinds = new WeakMap<object, StructKind | null>();

function propsKindOf(scope: IConstruct): StructKind | undefined {
  const ctor = Object.getPrototypeOf(scope).constructor;
  let kind = propsKinds.get(ctor);
  if (kind === undefined) {
    kind = null;
    registerBrands();
    // A user's subclass may share a name with one of ours: only a class carrying its own brand is ours.
    for (let c = ctor; typeof c === 'function' && c.prototype; c = Object.getPrototypeOf(c)) {
      const props = PROP_SCHEMA.classes[c.name]?.props;
      if (props !== undefined && Object.prototype.hasOwnProperty.call(c.prototype, brandOf(c.name))) {
        kind = structKind(props);
        break;
      }
    }
    propsKinds.set(ctor, kind);
  }
  return kind ?? undefined;
}

let branded = false;

/**
 * Gives every class of the schema its brand, `Symbol.for('cdktf-stepfunctions.<Name>')` on its
 * prototype, so that instances are recognised by brand, also across copies of this package.
 */
export function registerBrands(): void {
  if (branded) return;
  branded = true;
  // Loaded here, not imported: every module of the library imports this one.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const root = require('../../index') as Record<string, unknown>;
  for (const [name, entry] of Object.entries(PROP_SCHEMA.classes)) {
    const cls = entry.path.split('.').reduce<any>((o, key) => o?.[key], root);
    if (typeof cls !== 'function') continue;
    const brand = brandOf(name);
    if (!Object.prototype.hasOwnProperty.call(cls.prototype, brand)) Object.defineProperty(cls.prototype, brand, { value: true });
  }
}

// ---- kinds ----

const kinds = new Map<string, Kind>();

function kindOf(type: string): Kind {
  let kind = kinds.get(type);
  if (kind === undefined) {
    kind = compile(type);
    kinds.set(type, kind);
  }
  return kind;
}

function compile(type: string): Kind {
  const alternatives = splitUnion(type);
  if (alternatives.length > 1) return unionKind(alternatives.map(kindOf));
  if (type.startsWith('(') && type.endsWith(')')) return kindOf(type.slice(1, -1));
  if (type.endsWith('[]')) return arrayKind(kindOf(type.slice(0, -2)));
  if (type.startsWith('{') && type.endsWith('}')) return mapKind(kindOf(type.slice(1, -1)));
  switch (type) {
    case 'any': return { any: true, expected: 'any value', check: () => undefined };
    case 'string': return primitive('string', 'a string');
    case 'number': return primitive('number', 'a number');
    case 'boolean': return primitive('boolean', 'a boolean');
    case 'date': return {
      expected: 'a Date',
      check: (v) => (Object.prototype.toString.call(v) === '[object Date]' ? undefined : fail('a Date', v)),
    };
    case 'token': return {
      expected: 'a Terraform token (IResolvable)',
      check: (v) => (typeof v === 'object' && v !== null && typeof (v as { resolve?: unknown }).resolve === 'function' ? undefined : fail('a Terraform token (IResolvable)', v)),
    };
  }
  if (PROP_SCHEMA.enums[type]) return enumKind(type, PROP_SCHEMA.enums[type]);
  if (PROP_SCHEMA.classes[type]) return classKind(type, PROP_SCHEMA.classes[type].make);
  if (PROP_SCHEMA.structs[type]) return structKind(type);
  if (PROP_SCHEMA.interfaces[type]) return interfaceKind(type, PROP_SCHEMA.interfaces[type]);
  throw new ValidationError(`internal: the prop schema has no type '${type}'; run \`npm run schema\``);
}

function splitUnion(type: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < type.length; i++) {
    const c = type[i];
    if (c === '(' || c === '{') depth++;
    else if (c === ')' || c === '}') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(type.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(type.slice(start));
  return parts;
}

function fail(expected: string, value: unknown): Problem {
  return new Problem('', `must be ${expected}, got ${received(value)}`);
}

function primitive(typeName: string, expected: string): Kind {
  return { expected, check: (v) => (typeof v === typeName ? undefined : fail(expected, v)) };
}

function enumKind(name: string, members: { readonly [member: string]: string | number }): Kind {
  const values = new Set<unknown>(Object.values(members));
  const names = Object.keys(members).map((m) => `${name}.${m}`);
  const expected = `${article(name)} ${name} (${names.length > 6 ? `${names.slice(0, 5).join(', ')}, ...` : names.join(', ')})`;
  const stringValued = [...values].every((v) => typeof v === 'string');
  return {
    expected,
    // A string token may stand for a string enum's value.
    check: (v) => (values.has(v) || (stringValued && typeof v === 'string' && isTokenString(v)) ? undefined : fail(expected, v)),
  };
}

function classKind(name: string, make: readonly string[] | undefined): Kind {
  const brand = brandOf(name);
  const expected = `${article(name)} ${name}${make && make.length > 0 ? ` (${make.join(', ')})` : ''}`;
  return {
    expected,
    check: (v) => {
      registerBrands();
      return typeof v === 'object' && v !== null && brand in v ? undefined : fail(expected, v);
    },
  };
}

function interfaceKind(name: string, required: readonly string[]): Kind {
  const expected = `${article(name)} ${name} (an object with ${required.join(', ')})`;
  return {
    expected,
    check: (v) => {
      if (typeof v !== 'object' || v === null) return fail(expected, v);
      const absent = required.find((m) => !(m in v));
      return absent === undefined ? undefined : new Problem('', `must be ${expected}, but it has no '${absent}': got ${received(v)}`);
    },
  };
}

function arrayKind(item: Kind): Kind {
  const expected = `an array (each item ${item.expected})`;
  return {
    expected,
    check: (v) => {
      if (!Array.isArray(v)) return fail(expected, v);
      if (item.any) return undefined;
      for (let i = 0; i < v.length; i++) {
        const p = item.check(v[i]);
        if (p) return at(p, `[${i}]`);
      }
      return undefined;
    },
  };
}

function mapKind(value: Kind): Kind {
  const expected = value.any ? 'an object' : `an object (each value ${value.expected})`;
  return {
    expected,
    check: (v) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(expected, v);
      if (value.any) return undefined;
      for (const key of Object.keys(v)) {
        const p = value.check((v as Record<string, unknown>)[key]);
        if (p) return at(p, /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`);
      }
      return undefined;
    },
  };
}

function unionKind(alternatives: Kind[]): Kind {
  if (alternatives.some((k) => k.any)) return kindOf('any');
  const expected = alternatives.map((k) => k.expected).join(' or ');
  return { expected, check: (v) => (alternatives.some((k) => k.check(v) === undefined) ? undefined : fail(expected, v)) };
}

function structKind(name: string): StructKind {
  const known = kinds.get(name);
  if (known) return known as StructKind;
  const entry = PROP_SCHEMA.structs[name];
  if (!entry) throw new ValidationError(`internal: the prop schema has no struct '${name}'; run \`npm run schema\``);
  // Members are compiled on first use: structs may refer to each other.
  let members: Member[] | undefined;
  const membersOf = () => (members ??= flatten(name).map(([m, type]) => ({
    name: m,
    required: type.startsWith('!'),
    kind: kindOf(type.replace(/^!/, '')),
  })));
  const declared = flatten(name);
  const required = declared.filter(([, t]) => t.startsWith('!')).map(([m]) => m);
  const expected = `a ${name} ({ ${[...required, ...(declared.length > required.length ? ['...'] : [])].join(', ')} })`;
  const kind: StructKind = {
    name,
    expected,
    members: membersOf,
    check: (v) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(expected, v);
      const obj = v as Record<string, unknown>;
      // A resource (a provider resource, a StateMachine) has the members as attributes: present is enough,
      // and reading them would create tokens.
      const resource = Construct.isConstruct(v);
      for (const m of membersOf()) {
        if (resource) {
          if (m.required && !(m.name in obj)) return new Problem('', `must be ${expected}, but it has no '${m.name}': got ${received(v)}`);
          continue;
        }
        const value = obj[m.name];
        if (value === undefined || value === null) {
          if (m.required) return new Problem('', `must be ${expected}, but it has no '${m.name}': got ${received(v)}`);
          continue;
        }
        if (m.kind.any) continue;
        const p = m.kind.check(value);
        if (p) return at(p, `.${m.name}`);
      }
      return undefined;
    },
  };
  kinds.set(name, kind);
  return kind;
}

/** The members of a struct and of the structs it extends, each once (the struct's own declaration wins). */
function flatten(name: string): Array<[string, string]> {
  const out = new Map<string, string>();
  const visit = (n: string) => {
    const entry = PROP_SCHEMA.structs[n];
    for (const base of entry.extends ?? []) visit(base);
    for (const [m, type] of Object.entries(entry.members)) out.set(m, type);
  };
  visit(name);
  return [...out];
}

function at(problem: Problem, step: string): Problem {
  problem.at = `${step}${problem.at}`;
  return problem;
}

function article(noun: string): string {
  return /^[AEIOU]/.test(noun) ? 'an' : 'a';
}

/** The value received, for a message: its kind, then the value. */
function received(v: unknown): string {
  if (v === undefined || v === null) return String(v);
  switch (typeof v) {
    case 'string': return `the string ${describeValue(v)}`;
    case 'number': return `the number ${v}`;
    case 'boolean': return `the boolean ${v}`;
    case 'function': return `a function${v.name ? ` (${v.name}); pass an instance, not the class or factory itself` : ''}`;
  }
  if (Array.isArray(v)) return `an array ${describeValue(v)}`;
  const proto = Object.getPrototypeOf(v);
  const className: unknown = proto?.constructor?.name;
  if (proto === Object.prototype || proto === null || typeof className !== 'string' || className === '' || className === 'Object') {
    return `an object ${describeValue(v)}`;
  }
  return Construct.isConstruct(v) ? `${article(className)} ${className} (${v.node.path})` : `${article(className)} ${className}`;
}
