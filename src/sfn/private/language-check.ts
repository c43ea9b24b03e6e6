// The query language check: once a state machine has bound its states, each state's effective language
// is known (its own, else the machine's, else JSONPath), and every field the state holds must be written
// in it. States list their fields (`State#_languageFields`); this module judges them, the same way for
// every state type. A field can belong to one language by its nature (`outputPath` is JSONPath,
// `outputs` is JSONata), and any value can hold pieces of one language: a JsonPath token anywhere in it
// is JSONPath, a `{% %}` string is JSONata.
import { Construct, type IConstruct } from 'constructs';
import { isTokenString } from '../../core/cdktf';
import { ValidationError, describeValue } from '../../core/errors';
import { isJsonataExpression } from '../../render/jsonata';
import { isPlainObject } from '../../render/plain';
import { classifyPathValue } from '../../render/tokens';
import type { StateGraph } from '../state-graph';
import type { State } from '../states/state';
import type { CatchTransition } from '../states/state';
import type { Timeout } from '../timeout';
import { QueryLanguage } from '../types';
import { effectiveLanguage } from './render-state';

const JSON_PATH = QueryLanguage.JSON_PATH;
const JSONATA = QueryLanguage.JSONATA;

/** One field of a state, as the query language check sees it. @internal */
export interface LanguageField {
  /** The field as the user wrote it, quoted: `'outputPath'`, `'resultPath' of addCatch(...)`. */
  readonly name: string;
  /** Its value; undefined when not set. */
  readonly value: unknown;
  /** The language the field belongs to, when it belongs to one. */
  readonly language?: QueryLanguage;
  /** What to write instead, in the other language. */
  readonly instead?: string;
  /** Whether the value is data taken as it is in either language (a Pass `result`): not looked into. */
  readonly literal?: boolean;
}

/** Props that belong to one query language, by prop name. @internal */
export type FieldLanguages = { readonly [prop: string]: QueryLanguage | undefined };

// Props whose name says their language, whichever state holds them. A state adds only the props whose
// language depends on their value (a Timeout, a WaitTime, a bucket path).
const PROP_LANGUAGES: FieldLanguages = {
  inputPath: QueryLanguage.JSON_PATH,
  outputPath: QueryLanguage.JSON_PATH,
  resultPath: QueryLanguage.JSON_PATH,
  resultSelector: QueryLanguage.JSON_PATH,
  parameters: QueryLanguage.JSON_PATH,
  result: QueryLanguage.JSON_PATH,
  itemsPath: QueryLanguage.JSON_PATH,
  maxConcurrencyPath: QueryLanguage.JSON_PATH,
  toleratedFailurePercentagePath: QueryLanguage.JSON_PATH,
  toleratedFailureCountPath: QueryLanguage.JSON_PATH,
  errorPath: QueryLanguage.JSON_PATH,
  causePath: QueryLanguage.JSON_PATH,
  outputs: QueryLanguage.JSONATA,
  arguments: QueryLanguage.JSONATA,
  items: QueryLanguage.JSONATA,
  jsonataItemSelector: QueryLanguage.JSONATA,
  jsonataMaxConcurrency: QueryLanguage.JSONATA,
};
const NO_OVERRIDES: FieldLanguages = {};

// Props that say nothing in either language.
const NEUTRAL = new Set(['stateName', 'comment', 'queryLanguage']);

// What each language-bound prop is written as in the other language.
const IN_JSONATA: { [prop: string]: string } = {
  inputPath: "read the input inside the JSONata expressions ('{% $states.input.x %}')",
  outputPath: "'outputs'",
  resultPath: "'outputs' (the result is '$states.result') or 'assign'",
  resultSelector: "'outputs' (the result is '$states.result')",
  parameters: "'arguments' (a Pass state: 'outputs'; a Map state: 'itemSelector' with {% %} values)",
  result: "'outputs'",
  itemsPath: "'items' (ProvideItems.jsonata('{% ... %}'))",
  maxConcurrencyPath: "'jsonataMaxConcurrency' ('{% ... %}')",
  toleratedFailurePercentagePath: "'toleratedFailurePercentage'",
  toleratedFailureCountPath: "'toleratedFailureCount'",
  errorPath: "'error' as a JSONata expression ('{% ... %}')",
  causePath: "'cause' as a JSONata expression ('{% ... %}')",
  taskTimeout: "Timeout.jsonata('{% ... %}') or Timeout.duration(...)",
  heartbeatTimeout: "Timeout.jsonata('{% ... %}') or Timeout.duration(...)",
  time: "WaitTime.seconds('{% ... %}') or WaitTime.timestamp('{% ... %}')",
  itemReader: "a 'bucketNamePath' written as '{% ... %}'",
  resultWriterV2: "a 'bucketNamePath' written as '{% ... %}'",
  itemBatcher: "'maxItemsPerBatch' / 'maxInputBytesPerBatch' (numbers)",
};
const IN_JSON_PATH: { [prop: string]: string } = {
  outputs: "'outputPath', 'resultSelector' or 'resultPath'",
  arguments: "'parameters'",
  items: "'itemsPath'",
  jsonataItemSelector: "'itemSelector'",
  jsonataMaxConcurrency: "'maxConcurrency' or 'maxConcurrencyPath'",
  taskTimeout: 'Timeout.duration(...) or Timeout.at(path)',
  heartbeatTimeout: 'Timeout.duration(...) or Timeout.at(path)',
  time: 'WaitTime.secondsPath(path), WaitTime.timestampPath(path) or a fixed WaitTime',
};

/**
 * Throws when fields of one language are set on a state whose language is explicitly the other: the
 * early form of the check, at construction, for states that name their language.
 */
export function validateLanguageFields(props: { [key: string]: any }, language: QueryLanguage | undefined, scope: IConstruct): void {
  if (language === undefined) return;
  const wrong = Object.keys(props).filter((k) => props[k] !== undefined && PROP_LANGUAGES[k] !== undefined && PROP_LANGUAGES[k] !== language);
  if (wrong.length > 0) {
    throw new ValidationError(`${wrong.map((k) => `'${k}'`).join(', ')} ${wrong.length === 1 ? 'is a field' : 'are fields'} of ${language === QueryLanguage.JSONATA ? 'JSONPath' : 'JSONata'} states; this state is written in ${language}`, scope);
  }
}

const NO_LITERALS: ReadonlySet<string> = new Set();

/**
 * The fields of a props object: every prop set, each bound to the language its name gives it or, for
 * props whose language depends on their value, the one `overrides` gives (the others are checked for
 * the values they hold, except the `literals`, which are data).
 */
export function propLanguageFields(props: object, overrides: FieldLanguages = NO_OVERRIDES, literals = NO_LITERALS): LanguageField[] {
  const out: LanguageField[] = [];
  for (const key of Object.keys(props)) {
    const value = (props as Record<string, unknown>)[key];
    if (value === undefined || NEUTRAL.has(key)) continue;
    const language = key in overrides ? overrides[key] : PROP_LANGUAGES[key];
    out.push({ name: `'${key}'`, value, language, instead: language === JSONATA ? IN_JSON_PATH[key] : IN_JSONATA[key], literal: literals.has(key) });
  }
  return out;
}

/** The fields of a state's error handlers. */
export function catchLanguageFields(catches: CatchTransition[]): LanguageField[] {
  const out: LanguageField[] = [];
  for (const c of catches) {
    const where = `of addCatch(${c.next.stateId})`;
    const p = c.props;
    if (p.resultPath !== undefined) out.push({ name: `'resultPath' ${where}`, value: p.resultPath, language: JSON_PATH, instead: "the catcher's 'outputs' (the error is '$states.errorOutput')" });
    if (p.outputs !== undefined) out.push({ name: `'outputs' ${where}`, value: p.outputs, language: JSONATA, instead: "the catcher's 'resultPath'" });
    if (p.assign !== undefined) out.push({ name: `'assign' ${where}`, value: p.assign });
  }
  return out;
}

/** The language a timeout is written in: `Timeout.at` is JSONPath, `Timeout.jsonata` JSONata. */
export function timeoutLanguage(timeout: Timeout | undefined): QueryLanguage | undefined {
  if (timeout?.path !== undefined) return JSON_PATH;
  return timeout?.jsonataExpression !== undefined ? JSONATA : undefined;
}

/** JSONPath for a path written as plain text (`'$.bucket'`); tokens and `{% %}` speak for themselves. */
export function plainPathLanguage(path: string | undefined): QueryLanguage | undefined {
  return typeof path === 'string' && path.startsWith('$') && !isTokenString(path) ? JSON_PATH : undefined;
}

/**
 * Checks every state of `graph` and of its child graphs (branches, item processors) against its
 * effective language. One pass over the states; each state's values are walked once.
 */
export function checkQueryLanguages(graph: StateGraph, machineLanguage: QueryLanguage | undefined, machine: Construct): void {
  for (const s of graph.states) checkState(s, machineLanguage, machine);
  for (const child of graph.childGraphs) checkQueryLanguages(child, machineLanguage, machine);
}

function checkState(s: State, machineLanguage: QueryLanguage | undefined, machine: Construct): void {
  if (machineLanguage === JSONATA && s.queryLanguage === JSON_PATH) {
    throw new ValidationError(`'queryLanguage' of state '${s.stateId}' is JSONPath, but the state machine ${machine.node.path} is JSONata; JSONata state machines cannot hold JSONPath states (leave the state's queryLanguage unset)`, s);
  }
  const language = effectiveLanguage(s.queryLanguage, machineLanguage);
  for (const field of s._languageFields()) {
    if (field.value === undefined) continue;
    if (field.language !== undefined && field.language !== language) {
      throw new ValidationError(`${intro(s, language, machineLanguage)} its ${field.name} is ${field.language}, which a ${language} state cannot hold (it would be dropped or passed on as text); ${fix(language, machineLanguage, field.instead)}`, s);
    }
    const found = field.literal ? undefined : foreignValue(field.value, language, 0);
    if (found) {
      const at = found.at.length > 0 ? ` at ${found.at.join('')}` : '';
      throw new ValidationError(`${intro(s, language, machineLanguage)} its ${field.name} holds ${found.what}${at}, which a ${language} state would pass on as literal text; ${fix(language, machineLanguage, found.instead)}`, s);
    }
  }
}

function intro(s: State, language: QueryLanguage, machineLanguage: QueryLanguage | undefined): string {
  const why = s.queryLanguage !== undefined ? 'its own queryLanguage'
    : machineLanguage !== undefined ? "the state machine's queryLanguage"
      : 'the default: neither the state nor the state machine sets queryLanguage';
  return `state '${s.stateId}' is written in ${language} (${why}), but`;
}

function fix(language: QueryLanguage, machineLanguage: QueryLanguage | undefined, instead: string | undefined): string {
  const write = instead !== undefined ? `use ${instead}` : `write it in ${language}`;
  if (language === JSON_PATH) {
    return `make the state JSONata (queryLanguage: QueryLanguage.JSONATA, as the .jsonata() factories do), or ${write}`;
  }
  const leave = machineLanguage !== JSONATA ? ", or leave the state's queryLanguage unset to keep it JSONPath" : '';
  return `${write}${leave}`;
}

interface Foreign {
  readonly what: string;
  readonly instead?: string;
  /** Where in the value, for plain objects and arrays (`.a[0].b`). */
  readonly at: string[];
}

// Nested values deeper than this are data, not state fields; a bound also keeps a cyclic object safe.
const MAX_DEPTH = 16;

/**
 * The first piece of `value` written in the other language: a JsonPath token (or DISCARD) where the
 * language is JSONata, a `{% %}` string where it is JSONPath. Constructs (resources passed as props)
 * and Terraform tokens held as objects are not looked into.
 */
function foreignValue(value: unknown, language: QueryLanguage, depth: number): Foreign | undefined {
  if (typeof value === 'string') {
    return language === JSONATA ? jsonPathPiece(value) : jsonataPiece(value);
  }
  if (typeof value === 'number') {
    return language === JSONATA ? jsonPathPiece(value) : undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  if (language === JSONATA) {
    const piece = jsonPathPiece(value);
    if (piece) return piece;
  }
  if (depth >= MAX_DEPTH || Construct.isConstruct(value) || typeof (value as { resolve?: unknown }).resolve === 'function') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = foreignValue(value[i], language, depth + 1);
      if (found) return { ...found, at: [`[${i}]`, ...found.at] };
    }
    return undefined;
  }
  const plain = isPlainObject(value);
  for (const key of Object.keys(value)) {
    const found = foreignValue((value as Record<string, unknown>)[key], language, depth + 1);
    // a value class's own fields are its business: the location names plain object keys only
    if (found) return plain ? { ...found, at: [`.${key}`, ...found.at] } : found;
  }
  return undefined;
}

function jsonPathPiece(value: unknown): Foreign | undefined {
  const c = classifyPathValue(value);
  if (c.kind === 'path') {
    const expression = jsonataFor(c.path);
    return { what: `the JsonPath reference ${describeValue(c.path)}`, instead: expression ? `the JSONata expression '${expression}'` : 'a JSONata expression', at: [] };
  }
  if (c.kind === 'mixed') return { what: `a string with a JsonPath reference in it (${describeValue(c.text)})`, instead: 'a JSONata expression', at: [] };
  if (c.kind === 'discard') return { what: 'JsonPath.DISCARD', instead: "'outputs' to shape what the state passes on", at: [] };
  return undefined;
}

function jsonataPiece(value: string): Foreign | undefined {
  if (!isJsonataExpression(value)) return undefined;
  return { what: `the JSONata expression ${describeValue(value)}`, instead: "a JsonPath reference (JsonPath.stringAt('$.x'))", at: [] };
}

// `$.a.b` reads `$states.input.a.b` in JSONata, `$$.Execution.Id` reads `$states.context.Execution.Id`
// and a variable `$total` reads the same; intrinsic functions have no one-line translation.
function jsonataFor(path: string): string | undefined {
  if (/^\$\$(?:[.[]|$)/.test(path)) return `{% $states.context${path.slice(2)} %}`;
  if (/^\$(?:[.[]|$)/.test(path)) return `{% $states.input${path.slice(1)} %}`;
  if (/^\$[A-Za-z_]/.test(path)) return `{% ${path} %}`;
  return undefined;
}
