// The JSONata fields of a state (`{% expression %}` anywhere in Arguments, Output, Assign, Items,
// Condition, Seconds, ...), evaluated with the `jsonata` package, Step Functions' own engine, and the
// bindings Step Functions gives: `$states` (input, context, result, errorOutput), the workflow variables
// as `$name`, and the functions it adds ($partition, $range, $hash, $random, $uuid, $parse).
import { createHash, randomUUID } from 'crypto';
import { StatesFailure } from './failure';

type Expression = { evaluate(input: unknown, bindings?: Record<string, unknown>): Promise<unknown> };
type Compile = (text: string) => Expression;

let compile: Compile | undefined;
const compiled = new Map<string, Expression>();

const EXPRESSION = /^\{%([\s\S]*)%\}$/;

/** What `$states` holds while a field is evaluated. */
export interface StatesBinding {
  readonly input: unknown;
  readonly context: unknown;
  readonly result?: unknown;
  readonly errorOutput?: unknown;
}

function failure(message: string): StatesFailure {
  return new StatesFailure('States.QueryEvaluationError', message);
}

const HASHES: Record<string, string> = { 'MD5': 'md5', 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

const FUNCTIONS: Record<string, (...args: any[]) => unknown> = {
  partition: (array: unknown[], size: number) => {
    if (!Array.isArray(array) || !Number.isInteger(size) || size < 1) throw failure('$partition(array, size) needs an array and a positive integer');
    const out: unknown[][] = [];
    for (let i = 0; i < array.length; i += size) out.push(array.slice(i, i + size));
    return out;
  },
  range: (start: number, end: number, step: number) => {
    if (![start, end, step].every(Number.isInteger) || step === 0) throw failure('$range(start, end, step) needs integers and a non-zero step');
    const out: number[] = [];
    for (let v = start; step > 0 ? v <= end : v >= end; v += step) out.push(v);
    return out;
  },
  hash: (data: unknown, algorithm: string) => {
    const name = HASHES[algorithm];
    if (!name) throw failure(`$hash: the algorithm must be one of ${Object.keys(HASHES).join(', ')}, got ${JSON.stringify(algorithm)}`);
    return createHash(name).update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex');
  },
  random: (seed?: number) => {
    if (seed === undefined) return Math.random();
    const x = Math.sin(seed) * 10000;
    return x - Math.floor(x);
  },
  uuid: () => randomUUID(),
  parse: (text: string) => {
    try {
      return JSON.parse(text);
    } catch (e) {
      throw failure(`$parse: ${JSON.stringify(text)} is not JSON (${(e as Error).message})`);
    }
  },
};

function expressionOf(text: string): Expression {
  let e = compiled.get(text);
  if (!e) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    compile ??= require('jsonata') as Compile;
    try {
      e = compile(text);
    } catch (err) {
      throw failure(`the JSONata expression ${JSON.stringify(text)} does not parse: ${(err as Error).message}`);
    }
    compiled.set(text, e);
  }
  return e;
}

/** Whether `value` is a `{% %}` expression. */
export function isExpression(value: unknown): value is string {
  return typeof value === 'string' && EXPRESSION.test(value);
}

/** Evaluates one `{% %}` string; undefined when the expression gives nothing. */
export async function evaluateExpression(text: string, states: StatesBinding, variables: Record<string, unknown>, field: string): Promise<unknown> {
  const body = EXPRESSION.exec(text)![1];
  const bindings = { ...FUNCTIONS, ...variables, states };
  try {
    return await expressionOf(body).evaluate(states.input, bindings);
  } catch (err) {
    if (err instanceof StatesFailure) throw err;
    throw failure(`${field}: ${(err as Error).message ?? String(err)} (in ${text})`);
  }
}

/**
 * A field's value with every `{% %}` string in it evaluated. Object members whose expression gives
 * nothing are left out; a whole field that gives nothing is an error.
 */
export async function evaluateField(value: unknown, states: StatesBinding, variables: Record<string, unknown>, field: string): Promise<unknown> {
  const walk = async (v: unknown): Promise<unknown> => {
    if (isExpression(v)) return evaluateExpression(v, states, variables, field);
    if (Array.isArray(v)) return Promise.all(v.map(walk));
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        const r = await walk(x);
        if (r !== undefined) out[k] = r;
      }
      return out;
    }
    return v;
  };
  const result = await walk(value);
  if (result === undefined) throw failure(`${field}: the expression ${JSON.stringify(value)} gives no value`);
  return normalise(result);
}

// jsonata marks the arrays it builds (sequence flags); a plain copy is what the next state sees
function normalise(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normalise);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalise(x)]));
  return v;
}
