// The intrinsic functions of JSONPath states (`States.Format('{} items', $.n)`), evaluated. A function
// that gets arguments it cannot use raises States.IntrinsicFailure, as Step Functions does.
import { createHash, randomUUID } from 'crypto';
import { StatesFailure } from './failure';
import { type PathData, readPath } from './json-path';

function fail(name: string, message: string): never {
  throw new StatesFailure('States.IntrinsicFailure', `States.${name}: ${message}`);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as any)[k], (b as any)[k]));
}

function isInteger(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

function asArray(name: string, v: unknown, what = 'the first argument'): unknown[] {
  if (!Array.isArray(v)) fail(name, `${what} must be an array, got ${JSON.stringify(v)}`);
  return v;
}

function asString(name: string, v: unknown, what = 'the argument'): string {
  if (typeof v !== 'string') fail(name, `${what} must be a string, got ${JSON.stringify(v)}`);
  return v;
}

const HASHES: Record<string, string> = { 'MD5': 'md5', 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

// The stand-in for Math.random behind States.MathRandom without a seed; a seed makes it repeatable.
function seededRandom(seed: number): number {
  let t = (seed + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const FUNCTIONS: Record<string, (args: unknown[]) => unknown> = {
  Format: (args) => {
    const template = asString('Format', args[0], 'the template');
    const values = args.slice(1);
    let used = 0;
    let out = '';
    for (let i = 0; i < template.length; i++) {
      const c = template[i];
      if (c === '\\' && i + 1 < template.length) out += template[++i];
      else if (c === '{' && template[i + 1] === '}') {
        if (used >= values.length) fail('Format', `the template has more {} than the ${values.length} values given`);
        const v = values[used++];
        if (v !== null && typeof v === 'object') fail('Format', `a value must be a string, number, boolean or null, got ${JSON.stringify(v)}`);
        out += String(v);
        i++;
      } else out += c;
    }
    if (used !== values.length) fail('Format', `the template has ${used} {} for ${values.length} values`);
    return out;
  },
  StringToJson: (args) => {
    const text = asString('StringToJson', args[0]);
    try {
      return JSON.parse(text);
    } catch (e) {
      return fail('StringToJson', `${JSON.stringify(text)} is not JSON (${(e as Error).message})`);
    }
  },
  JsonToString: (args) => JSON.stringify(args[0]),
  Array: (args) => args,
  ArrayPartition: (args) => {
    const array = asArray('ArrayPartition', args[0]);
    const size = args[1];
    if (!isInteger(size) || size < 1) fail('ArrayPartition', `the chunk size must be a positive integer, got ${JSON.stringify(size)}`);
    const out: unknown[][] = [];
    for (let i = 0; i < array.length; i += size) out.push(array.slice(i, i + size));
    return out;
  },
  ArrayContains: (args) => asArray('ArrayContains', args[0]).some((v) => deepEqual(v, args[1])),
  ArrayRange: (args) => {
    const [start, end, step] = args;
    if (!isInteger(start) || !isInteger(end) || !isInteger(step) || step === 0) fail('ArrayRange', 'start, end and a non-zero step must be integers');
    const out: number[] = [];
    for (let v = start; step > 0 ? v <= end : v >= end; v += step) {
      out.push(v);
      if (out.length > 1000) fail('ArrayRange', 'the range has more than 1000 items');
    }
    return out;
  },
  ArrayGetItem: (args) => {
    const array = asArray('ArrayGetItem', args[0]);
    const i = args[1];
    if (!isInteger(i) || i < 0 || i >= array.length) fail('ArrayGetItem', `index ${JSON.stringify(i)} is not in an array of ${array.length} items`);
    return array[i];
  },
  ArrayLength: (args) => asArray('ArrayLength', args[0]).length,
  ArrayUnique: (args) => {
    const out: unknown[] = [];
    for (const v of asArray('ArrayUnique', args[0])) if (!out.some((o) => deepEqual(o, v))) out.push(v);
    return out;
  },
  Base64Encode: (args) => Buffer.from(asString('Base64Encode', args[0]), 'utf8').toString('base64'),
  Base64Decode: (args) => Buffer.from(asString('Base64Decode', args[0]), 'base64').toString('utf8'),
  Hash: (args) => {
    const algorithm = HASHES[asString('Hash', args[1], 'the algorithm')];
    if (!algorithm) fail('Hash', `the algorithm must be one of ${Object.keys(HASHES).join(', ')}, got ${JSON.stringify(args[1])}`);
    const data = typeof args[0] === 'string' ? args[0] : JSON.stringify(args[0]);
    return createHash(algorithm).update(data).digest('hex');
  },
  JsonMerge: (args) => {
    const [a, b, deep] = args;
    const isObject = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
    if (!isObject(a) || !isObject(b)) fail('JsonMerge', 'both values must be objects');
    if (deep !== false) fail('JsonMerge', 'only a shallow merge (false) is supported, as in Step Functions');
    return { ...(a as object), ...(b as object) };
  },
  MathRandom: (args) => {
    const [start, end, seed] = args;
    if (!isInteger(start) || !isInteger(end)) fail('MathRandom', 'start and end must be integers');
    const r = seed === undefined ? Math.random() : seededRandom(Number(seed));
    return start + Math.floor(r * (end - start));
  },
  MathAdd: (args) => {
    const [a, b] = args;
    if (!isInteger(a) || !isInteger(b)) fail('MathAdd', `both values must be integers, got ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
    return a + b;
  },
  StringSplit: (args) => {
    const text = asString('StringSplit', args[0], 'the string');
    const separators = asString('StringSplit', args[1], 'the separators');
    const parts: string[] = [];
    let current = '';
    for (const c of text) {
      if (separators.includes(c)) {
        parts.push(current);
        current = '';
      } else current += c;
    }
    parts.push(current);
    return parts.filter((p) => p !== '');
  },
  UUID: () => randomUUID(),
};

/** Evaluates an intrinsic function call or path (the value of a `key.$` field). */
export function evaluateIntrinsic(expression: string, data: PathData, field: string): unknown {
  const reader = new CallReader(expression, data, field);
  const value = reader.expression();
  reader.end();
  return value;
}

class CallReader {
  private pos = 0;

  constructor(private readonly text: string, private readonly data: PathData, private readonly field: string) {}

  public expression(): unknown {
    this.space();
    const rest = this.text.slice(this.pos);
    if (rest.startsWith('States.')) return this.call();
    if (rest[0] === '$') return readPath(this.path(), this.data, this.field);
    if (rest[0] === "'") return this.string();
    const keyword = /^(true|false|null)(?![\w$])/.exec(rest)?.[1];
    if (keyword) {
      this.pos += keyword.length;
      return JSON.parse(keyword);
    }
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(rest)?.[0];
    if (number) {
      this.pos += number.length;
      return Number(number);
    }
    return fail('Format', `cannot read ${JSON.stringify(rest)} in ${JSON.stringify(this.text)}`);
  }

  public end(): void {
    this.space();
    if (this.pos < this.text.length) fail('Format', `unexpected ${JSON.stringify(this.text.slice(this.pos))} in ${JSON.stringify(this.text)}`);
  }

  private call(): unknown {
    const name = /^States\.([A-Za-z0-9]+)\s*\(/.exec(this.text.slice(this.pos));
    if (!name || !FUNCTIONS[name[1]]) return fail(name?.[1] ?? '?', `unknown intrinsic function in ${JSON.stringify(this.text)}`);
    this.pos += name[0].length;
    const args: unknown[] = [];
    this.space();
    if (this.text[this.pos] === ')') this.pos++;
    else {
      for (;;) {
        this.space();
        const literal = this.text[this.pos] === "'";
        const value = this.expression();
        // only Format's template reads the escapes \{ \} \\ itself
        const template = name[1] === 'Format' && args.length === 0;
        args.push(literal && !template ? (value as string).replace(/\\([{}\\])/g, '$1') : value);
        this.space();
        const c = this.text[this.pos++];
        if (c === ')') break;
        if (c !== ',') fail(name[1], `expected ',' or ')' in ${JSON.stringify(this.text)}`);
      }
    }
    return FUNCTIONS[name[1]](args);
  }

  private path(): string {
    const start = this.pos;
    let depth = 0;
    let quote: string | undefined;
    for (; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos];
      if (quote) {
        if (c === '\\') this.pos++;
        else if (c === quote) quote = undefined;
      } else if (c === "'" || c === '"') quote = c;
      else if (c === '[' || c === '(') depth++;
      else if (c === ']' || (c === ')' && depth > 0)) depth--;
      else if (depth === 0 && (c === ',' || c === ')' || c === ' ')) break;
    }
    return this.text.slice(start, this.pos);
  }

  // 'text' with \' \{ \} \\ kept for Format to read (Format un-escapes), other escapes resolved
  private string(): string {
    let out = '';
    for (this.pos++; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos];
      if (c === '\\') {
        const n = this.text[++this.pos];
        out += n === '{' || n === '}' || n === '\\' ? `\\${n}` : n;
      } else if (c === "'") {
        this.pos++;
        return out;
      } else out += c;
    }
    return fail('Format', `unterminated string in ${JSON.stringify(this.text)}`);
  }

  private space(): void {
    while (this.text[this.pos] === ' ') this.pos++;
  }
}
