// The Terraform-safe serializer for state machine definitions and IAM policies.
//
// A value becomes one Terraform template string that is a single interpolation,
//   ${jsonencode({ "StartAt" = "A", "States" = { ... "FunctionName" = aws_lambda_function.f.arn ... } })}
// Literal text is written as HCL strings (quotes, backslashes, control characters, `${` and `%{` escaped),
// references stay bare Terraform expressions, number and boolean tokens stay numbers and booleans.
// Terraform evaluates this identically from cdk.tf.json and from `cdktf synth --hcl` output (cdktf's HCL
// converter passes a whole-interpolation string through), and it reads like hand-written `jsonencode`.
//
// Every token is resolved exactly once and the text is built in one pass, so the cost is linear in the
// size of the document however many references it holds.
import type { IResolvable, IResolveContext } from '../core/cdktf';
import { Token, Tokenization } from '../core/cdktf';
import { ValidationError } from '../core/errors';

type Fragment = { readonly type: 'literal'; readonly lit: string } | { readonly type: 'token'; readonly token: IResolvable } | { readonly type: string };

// cdktf's TokenizedStringFragments keeps its ordered fragments in a field its typings do not declare.
function fragmentsOf(s: string): Fragment[] {
  return (Tokenization.reverseString(s) as unknown as { fragments: Fragment[] }).fragments;
}

// Most text (state names, keys, paths) has nothing to escape: one test instead of a replace and a count.
const NEEDS_ESCAPE = /[\\"\u0000-\u001f$%]/;

// A string token always holds this marker; without it a string is literal (cdktf's own check is a
// regular expression over the whole string).
const TOKEN_MARKER = '${TfToken[';

const ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeCharacter(c: string): string {
  return ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Escapes quotes, backslashes and control characters for an HCL quoted string. */
function escapeQuotedText(text: string): string {
  return text.replace(/[\\"\u0000-\u001f]/g, escapeCharacter);
}

/** Escapes user text for the inside of an HCL quoted string: nothing in it is interpolated. */
export function escapeHclLiteral(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/[\\"\u0000-\u001f]|[$%]\{/g, (m) => (m.length === 2 ? `${m[0]}${m}` : escapeCharacter(m)));
}

/** Escapes Terraform template text for an HCL quoted string, keeping its `${...}` and `%{...}` live. */
function escapeTemplateSource(src: string): string {
  let out = '';
  let lit = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if ((c === '$' || c === '%') && src[i + 1] === c && src[i + 2] === '{') {
      i += 2; // `$${` / `%%{` are escapes already: copy them as literal text
      continue;
    }
    if ((c === '$' || c === '%') && src[i + 1] === '{') {
      out += escapeQuotedText(src.slice(lit, i));
      const end = endOfInterpolation(src, i + 2);
      out += src.slice(i, end);
      i = end - 1;
      lit = end;
    }
  }
  return out + escapeQuotedText(src.slice(lit));
}

/** Index just past the `}` that closes an interpolation whose expression starts at `start`. */
function endOfInterpolation(src: string, start: number): number {
  let depth = 0;
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (c === '"') {
      i = endOfQuoted(src, i + 1) - 1;
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      if (depth === 0) return i + 1;
      depth--;
    }
  }
  return src.length;
}

function endOfQuoted(src: string, start: number): number {
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '"') return i + 1;
    else if ((c === '$' || c === '%') && src[i + 1] === '{') i = endOfInterpolation(src, i + 2) - 1;
  }
  return src.length;
}

/** The expression of a template that is exactly one `${expr}`, or undefined. */
function wholeInterpolation(src: string): string | undefined {
  if (!src.startsWith('${')) return undefined;
  return endOfInterpolation(src, 2) === src.length ? src.slice(2, -1) : undefined;
}

const TRAVERSAL = /^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*|\[\d+\])*$/;

function expression(expr: string): string {
  const trimmed = expr.trim();
  if (TRAVERSAL.test(trimmed)) return trimmed;
  if (trimmed.startsWith('(') && endOfParenthesis(trimmed) === trimmed.length) return trimmed;
  return `(${trimmed})`;
}

function endOfParenthesis(src: string): number {
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '"') i = endOfQuoted(src, i + 1) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * An upper estimate of the length of a resolved Terraform template (`${aws_x.y.arn}`, `arn:${...}:*`)
 * once Terraform has evaluated it.
 */
export type TemplateLengthEstimator = (templateSource: string) => number;

/** Options of `serializeDocument`. */
export interface SerializeOptions {
  /** Estimates the evaluated length of references. Default: their template text's length. */
  readonly estimate?: TemplateLengthEstimator;
  /** Tokens already resolved, shared between documents of one stack. Default: none. */
  readonly resolved?: Map<IResolvable, unknown>;
}

/** A serialized document. */
export interface SerializedDocument {
  /** The HCL expression, `jsonencode(...)`. */
  readonly expression: string;
  /** Upper estimate of the document's JSON length once Terraform has filled in the references. */
  readonly jsonLength: number;
}

const jsonStringLength = (s: string) => 2 + s.length + (NEEDS_ESCAPE.test(s) ? countJsonEscapes(s) : 0);

/** How many characters JSON escaping adds to a string. */
export function countJsonEscapes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 92 || c === 8 || c === 9 || c === 10 || c === 12 || c === 13) n++;
    else if (c < 32) n += 5;
  }
  return n;
}

// Writes one line of HCL (attributes of cdk.tf.json stay on one line: cdktf's HCL converter turns a
// multi-line string into a heredoc, which adds a trailing newline) and adds up the JSON length. The text
// is collected as parts and joined once: appending to one growing string makes a rope cell per append,
// which for a large definition is most of the garbage synthesis collects.
class HclWriter {
  private readonly parts: string[] = [];
  public jsonLength = 0;
  // A string (keys such as "Type" and values such as the integration ARN repeat in every state) is
  // written once per document; keys are kept with their ` = `.
  private readonly strings = new Map<string, { text: string; length: number }>();
  private readonly keys = new Map<string, { text: string; length: number }>();

  constructor(
    private readonly context: IResolveContext,
    private readonly estimate: TemplateLengthEstimator,
    // A token is resolved once, however often it occurs (shared between documents that reference the
    // same resources: a reference resolves to the same text in every pass).
    private readonly resolved: Map<IResolvable, unknown>,
  ) {}

  public text(): string {
    return this.parts.join('');
  }

  public value(v: unknown, resolved: boolean): void {
    if (typeof v === 'string') {
      if (resolved) this.templateSource(v);
      else this.string(v);
    } else if (v === null || v === undefined) {
      this.literal('null');
    } else if (typeof v === 'boolean') {
      this.literal(v ? 'true' : 'false');
    } else if (typeof v === 'number') {
      this.number(v);
    } else if (Array.isArray(v)) {
      this.array(v, resolved);
    } else if (Tokenization.isResolvable(v)) {
      this.value(this.resolve(v as IResolvable), true);
    } else if (typeof v === 'object') {
      this.object(v as Record<string, unknown>, resolved);
    } else {
      throw new ValidationError(`cannot serialize a value of type ${typeof v} into a definition or policy`);
    }
  }

  private literal(text: string): void {
    this.parts.push(text);
    this.jsonLength += text.length;
  }

  private resolve(token: IResolvable): unknown {
    if (this.resolved.has(token)) return this.resolved.get(token);
    const value = this.context.resolve(token);
    this.resolved.set(token, value);
    return value;
  }

  private number(n: number): void {
    if (Token.isUnresolved(n)) {
      this.value(this.resolve(Tokenization.reverseNumber(n)!), true);
    } else if (!Number.isFinite(n)) {
      throw new ValidationError(`cannot serialize the number ${n}: JSON has no such value`);
    } else {
      this.literal(JSON.stringify(n));
    }
  }

  private string(s: string): void {
    if (!NEEDS_ESCAPE.test(s)) {
      // plain text (most keys, names and values), and no token either: `${TfToken[` would need escaping
      this.parts.push('"', s, '"');
      this.jsonLength += s.length + 2;
      return;
    }
    let known = this.strings.get(s);
    if (known === undefined) {
      known = this.stringText(s);
      this.strings.set(s, known);
    }
    this.parts.push(known.text);
    this.jsonLength += known.length;
  }

  // The text of a string that needs escaping or holds tokens, and its JSON length.
  private stringText(s: string): { text: string; length: number } {
    const fragments = s.includes(TOKEN_MARKER) ? fragmentsOf(s) : undefined;
    if (fragments === undefined || fragments.every((f) => f.type === 'literal')) {
      return { text: `"${escapeHclLiteral(s)}"`, length: jsonStringLength(s) };
    }
    if (fragments.length === 1) {
      // the whole string is one token: written as the value it resolves to
      const outer = this.parts.length;
      const before = this.jsonLength;
      this.value(this.resolve((fragments[0] as { token: IResolvable }).token), true);
      const text = this.parts.splice(outer).join('');
      const length = this.jsonLength - before;
      this.jsonLength = before;
      return { text, length };
    }
    let out = '"';
    let length = 2;
    for (const f of fragments) {
      if (f.type === 'literal') {
        const lit = (f as { lit: string }).lit;
        out += escapeHclLiteral(lit);
        length += lit.length + countJsonEscapes(lit);
      } else if (f.type === 'token') {
        const r = this.resolve((f as { token: IResolvable }).token);
        const src = typeof r === 'string' ? r : JSON.stringify(r) ?? '';
        out += typeof r === 'string' ? escapeTemplateSource(r) : escapeHclLiteral(src);
        length += typeof r === 'string' ? this.estimate(r) : src.length;
      } else {
        throw new ValidationError(`cannot serialize a string holding a ${f.type} fragment: ${JSON.stringify(s)}`);
      }
    }
    return { text: `${out}"`, length };
  }

  // A resolved string: Terraform template source, a bare expression when it is one interpolation.
  private templateSource(src: string): void {
    const expr = wholeInterpolation(src);
    this.parts.push(expr !== undefined ? expression(expr) : `"${escapeTemplateSource(src)}"`);
    this.jsonLength += this.estimate(src) + 2;
  }

  private array(a: unknown[], resolved: boolean): void {
    if (!resolved && a.length === 1 && typeof a[0] === 'string' && Token.isUnresolved(a)) {
      const token = Tokenization.reverseList(a as string[]);
      if (token) {
        this.value(this.resolve(token), true);
        return;
      }
    }
    this.parts.push('[');
    this.jsonLength += 2 + Math.max(0, a.length - 1);
    for (let i = 0; i < a.length; i++) {
      if (i > 0) this.parts.push(', ');
      this.value(a[i], resolved);
    }
    this.parts.push(']');
  }

  private object(o: Record<string, unknown>, resolved: boolean): void {
    this.parts.push('{');
    let count = 0;
    for (const key in o) {
      const value = o[key];
      if (value === undefined) continue;
      if (count++ > 0) this.parts.push(', ');
      if (resolved) {
        this.templateSource(key);
        this.parts.push(' = ');
      } else {
        this.key(key);
      }
      this.value(value, resolved);
    }
    this.parts.push('}');
    this.jsonLength += 2 + Math.max(0, count - 1) + count;
  }

  private key(key: string): void {
    let known = this.keys.get(key);
    if (known === undefined) {
      const outer = this.parts.length;
      const before = this.jsonLength;
      this.string(key);
      known = { text: `${this.parts.splice(outer).join('')} = `, length: this.jsonLength - before };
      this.jsonLength = before;
      this.keys.set(key, known);
    }
    this.parts.push(known.text);
    this.jsonLength += known.length;
  }
}

/**
 * Serializes `value` as the HCL expression `jsonencode(...)`, resolving its tokens with `context` (the
 * context cdktf hands a Lazy producer), and estimates the JSON length AWS will receive.
 */
export function serializeDocument(value: unknown, context: IResolveContext, options: SerializeOptions = {}): SerializedDocument {
  const writer = new HclWriter(context, options.estimate ?? ((src) => src.length), options.resolved ?? new Map());
  writer.value(value, false);
  return { expression: `jsonencode(${writer.text()})`, jsonLength: writer.jsonLength };
}

/** A serialized document as a Terraform attribute string, `${jsonencode(...)}`. */
export function terraformAttribute(document: SerializedDocument): string {
  return `\${${document.expression}}`;
}

/** Renders `value` as a Terraform attribute string, `${jsonencode(...)}`, that evaluates to its JSON. */
export function toTerraformJson(value: unknown, context: IResolveContext, options: SerializeOptions = {}): string {
  return terraformAttribute(serializeDocument(value, context, options));
}

/**
 * A string with tokens as the Terraform template it resolves to (`arn:${aws_x.y.arn}:*`), each token
 * resolved once through `resolved` (shared with the serializer).
 */
export function resolveTemplate(value: string, context: IResolveContext, resolved: Map<IResolvable, unknown>): string {
  if (!Token.isUnresolved(value)) return value;
  let out = '';
  for (const f of fragmentsOf(value)) {
    if (f.type === 'literal') {
      out += (f as { lit: string }).lit;
    } else if (f.type === 'token') {
      const token = (f as { token: IResolvable }).token;
      let r = resolved.get(token);
      if (r === undefined && !resolved.has(token)) {
        r = context.resolve(token);
        resolved.set(token, r);
      }
      out += typeof r === 'string' ? r : JSON.stringify(r);
    } else {
      throw new ValidationError(`cannot resolve a string holding a ${f.type} fragment: ${JSON.stringify(value)}`);
    }
  }
  return out;
}
