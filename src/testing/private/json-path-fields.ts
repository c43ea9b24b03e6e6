// The JSONPath fields of a state: payload templates (Parameters, ResultSelector, ItemSelector, Assign,
// whose `key.$` entries are paths or intrinsic calls) and the Choice rules (every data-test operator,
// And, Or, Not).
import { runtimeFailure } from './failure';
import { evaluateIntrinsic } from './intrinsics';
import { type PathData, readPath, selectPath } from './json-path';

/** A `key.$` value: a path (`$.x`, `$$.y`, `$var`) or an intrinsic function call. */
export function evaluateDynamic(expression: string, data: PathData, field: string): unknown {
  if (expression.startsWith('States.')) return evaluateIntrinsic(expression, data, field);
  return readPath(expression, data, field);
}

/** A payload template with its `key.$` entries replaced by what they select. */
export function applyTemplate(template: unknown, data: PathData, field: string): unknown {
  if (Array.isArray(template)) return template.map((v) => applyTemplate(v, data, field));
  if (template === null || typeof template !== 'object') return template;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(template)) {
    if (key.endsWith('.$') && typeof value === 'string') {
      out[key.slice(0, -2)] = evaluateDynamic(value, data, `${field} (${key})`);
    } else out[key] = applyTemplate(value, data, field);
  }
  return out;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function isTimestamp(v: unknown): v is string {
  return typeof v === 'string' && TIMESTAMP.test(v) && !Number.isNaN(Date.parse(v));
}

// StringMatches: '*' matches any run of characters; '\*' and '\\' stand for themselves.
function wildcardMatches(value: string, pattern: string): boolean {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) source += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (c === '*') source += '[\\s\\S]*';
    else source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`).test(value);
}

type Kind = 'String' | 'Numeric' | 'Boolean' | 'Timestamp';

function compare(kind: Kind, op: string, a: unknown, b: unknown): boolean {
  if (kind === 'Boolean') return typeof a === 'boolean' && typeof b === 'boolean' && a === b;
  let x: number | string;
  let y: number | string;
  if (kind === 'Numeric') {
    if (typeof a !== 'number' || typeof b !== 'number') return false;
    [x, y] = [a, b];
  } else if (kind === 'Timestamp') {
    if (!isTimestamp(a) || !isTimestamp(b)) return false;
    [x, y] = [Date.parse(a), Date.parse(b)];
  } else {
    if (typeof a !== 'string' || typeof b !== 'string') return false;
    if (op === 'Matches') return wildcardMatches(a, b);
    [x, y] = [a, b];
  }
  switch (op) {
    case 'Equals': return x === y;
    case 'LessThan': return x < y;
    case 'GreaterThan': return x > y;
    case 'LessThanEquals': return x <= y;
    case 'GreaterThanEquals': return x >= y;
    default: throw runtimeFailure(`unknown comparison ${kind}${op}`);
  }
}

const OPERATOR = /^(String|Numeric|Boolean|Timestamp)(Equals|LessThanEquals|GreaterThanEquals|LessThan|GreaterThan|Matches)(Path)?$/;
const TYPE_TESTS: Record<string, (v: unknown) => boolean> = {
  IsNull: (v) => v === null,
  IsNumeric: (v) => typeof v === 'number',
  IsString: (v) => typeof v === 'string',
  IsBoolean: (v) => typeof v === 'boolean',
  IsTimestamp: isTimestamp,
};

/** Whether a JSONPath Choice rule (without its Next) holds for the state's input. */
export function ruleMatches(rule: Record<string, any>, data: PathData, state: string): boolean {
  if (Array.isArray(rule.And)) return rule.And.every((r: any) => ruleMatches(r, data, state));
  if (Array.isArray(rule.Or)) return rule.Or.some((r: any) => ruleMatches(r, data, state));
  if (rule.Not) return !ruleMatches(rule.Not, data, state);
  const variable = rule.Variable;
  if (typeof variable !== 'string') throw runtimeFailure(`a Choice rule of ${state} has no Variable, And, Or or Not`);
  const selected = selectPath(variable, data);
  if ('IsPresent' in rule) return selected.found === (rule.IsPresent === true);
  for (const [key, expected] of Object.entries(rule)) {
    if (key === 'Variable' || key === 'Next' || key === 'Comment' || key === 'Assign' || key === 'Output') continue;
    if (!selected.found) throw runtimeFailure(`Invalid path ${JSON.stringify(variable)}: the Variable of a Choice rule of ${state} finds nothing in the input`);
    const value = selected.value;
    if (key in TYPE_TESTS) return TYPE_TESTS[key](value) === (expected === true);
    const m = OPERATOR.exec(key);
    if (!m) throw runtimeFailure(`${state}: unknown Choice comparison ${key}`);
    const other = m[3] ? readPath(expected as string, data, `${key} of a Choice rule of ${state}`) : expected;
    return compare(m[1] as Kind, m[2], value, other);
  }
  throw runtimeFailure(`a Choice rule of ${state} on ${variable} has no comparison`);
}
