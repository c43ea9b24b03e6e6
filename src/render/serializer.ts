// The Terraform-safe serializer for state machine definitions and IAM policies.
//
// A value becomes one Terraform template string that is a single interpolation,
//   ${jsonencode({"StartAt":"A","States":{ ... "FunctionName":aws_lambda_function.f.arn ... }})}
// Literal text is written as HCL strings (quotes, backslashes, control characters, `${` and `%{` escaped),
// references stay bare Terraform expressions, number and boolean tokens stay numbers and booleans.
// Terraform evaluates this identically from cdk.tf.json and from `cdktf synth --hcl` output (cdktf's HCL
// converter passes a whole-interpolation string through). HCL object constructors take `:` as well as `=`,
// so JSON text is HCL text apart from templates and two escapes.
//
// How: JSON.stringify walks the document and escapes it in native code (a walk in JavaScript costs ten
// times as much, and a definition can hold thousands of states). Its replacer swaps the values JSON cannot
// express (tokens held as objects, number tokens, list tokens) for placeholders. One regular expression
// then turns the JSON text into HCL: string tokens and placeholders become Terraform expressions, literal
// `${` and `%{` are doubled, a literal `$` or `%` right before a reference is written `${"$"}` (bare,
// Terraform would read `$` + `${x}` as the escape `$${x}`), and `\b` and `\f`, which HCL lacks, become
// `\u` escapes. Every token is resolved once, so the cost is linear in the size of the document however
// many references it holds.
import type { IConstruct } from 'constructs';
import type { IResolvable, IResolveContext } from '../core/cdktf';
import { Token, Tokenization, standaloneContext } from '../core/cdktf';
import { ValidationError } from '../core/errors';
import { resolveToken } from '../core/refs';
import { escapeHclLiteral, escapeTemplateLiteral, escapeTemplateSource, expression, guardTrailingMarks, wholeInterpolation } from './hcl-text';

type Fragment = { readonly type: 'literal'; readonly lit: string } | { readonly type: 'token'; readonly token: IResolvable } | { readonly type: string };

// cdktf's TokenizedStringFragments keeps its ordered fragments in a field its typings do not declare.
function fragmentsOf(s: string): Fragment[] {
  return (Tokenization.reverseString(s) as unknown as { fragments: Fragment[] }).fragments;
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

interface Written {
  readonly text: string;
  readonly jsonLength: number;
}

// cdktf's tokens serialize themselves through toJSON as "<unresolved-token>" or "<unresolved-lazy>"
// before the replacer sees them; the replacer then looks at the value the holder really has.
const TOJSON_MARK = 60; // '<'

// A string token: `${TfToken[TOKEN.12]}`, with cdktf's characters for the key.
const STRING_TOKEN = '\\$\\{TfToken\\[[\\w:.-]+\\]\\}';
const LIST_TOKEN_PREFIX = '#{TfToken[';

// The private-use character that brackets placeholders; JSON.stringify leaves it as it is.
const PLACEHOLDER_MARK = '\uE000';

let documents = 0;

class DocumentWriter {
  private readonly captured: unknown[] = [];
  private readonly wholeTokens = new Map<string, Written>();
  private readonly inStrings = new Map<string, Written>();
  private readonly nonce = `${(++documents).toString(36)}${Math.random().toString(36).slice(2, 8)}`;

  constructor(
    private readonly context: IResolveContext,
    private readonly estimate: TemplateLengthEstimator,
    // A token is resolved once, however often it occurs (shared between documents that reference the
    // same resources: a reference resolves to the same text in every pass).
    private readonly resolved: Map<IResolvable, unknown>,
  ) {}

  public write(value: unknown): Written {
    const replace = this.replace.bind(this);
    const json = JSON.stringify(value, function replacer(this: any, key: string, v: unknown): unknown {
      return replace(this, key, v);
    });
    if (json === undefined) return { text: 'null', jsonLength: 4 };
    const pattern = new RegExp(`"(${STRING_TOKEN})"|${STRING_TOKEN}|"${PLACEHOLDER_MARK}${this.nonce}:(\\d+)${PLACEHOLDER_MARK}"|\\\\\\\\|\\\\[bf]|[$%]+(?=${STRING_TOKEN})|[$%]\\{`, 'g');
    let jsonLength = json.length;
    const text = json.replace(pattern, (match: string, whole: string | undefined, placeholder: string | undefined, offset: number) => {
      const c = match.charCodeAt(0);
      if (c === 92) return match === '\\b' ? '\\u0008' : match === '\\f' ? '\\u000c' : match; // `\\`, `\b`, `\f`
      const last = match.charCodeAt(match.length - 1);
      if (last === 36 || last === 37) return guardTrailingMarks(match); // `$` or `%` right before a token
      if (match.length === 2) return `${match[0]}${match}`; // a literal `${` or `%{`
      let out: Written;
      if (placeholder !== undefined) {
        out = this.resolvedValue(this.resolve(this.captured[Number(placeholder)] as IResolvable));
      } else if (whole === undefined) {
        out = this.tokenInString(match);
      } else if (json.charCodeAt(offset - 1) === 92) {
        // `\"` + a token + the closing quote: the token ends a longer string
        const inner = this.tokenInString(whole);
        out = { text: `"${inner.text}"`, jsonLength: inner.jsonLength + 2 };
      } else {
        // a whole string, a key when followed by ':'
        out = this.wholeToken(whole, json.charCodeAt(offset + match.length) === 58);
      }
      jsonLength += out.jsonLength - match.length;
      return out.text;
    });
    return { text, jsonLength };
  }

  // A string that is one token: the value it resolves to (the same token recurs in many states). As a key,
  // an expression goes in parentheses: bare, it would be read as its own name.
  private wholeToken(token: string, isKey: boolean): Written {
    let known = this.wholeTokens.get(token);
    if (known === undefined) {
      known = this.resolvedValue(this.resolveStringToken(token));
      this.wholeTokens.set(token, known);
    }
    return isKey && known.text.charCodeAt(0) !== 34 ? { text: `(${known.text})`, jsonLength: known.jsonLength } : known;
  }

  // A token inside a longer string: its template source, escaped for the inside of the quotes.
  private tokenInString(token: string): Written {
    let known = this.inStrings.get(token);
    if (known === undefined) {
      const r = this.resolveStringToken(token);
      const src = typeof r === 'string' ? r : JSON.stringify(r) ?? '';
      // what follows the token in the string must not join a `$` or `%` it ends with
      known = typeof r === 'string' ? { text: guardTrailingMarks(escapeTemplateSource(r)), jsonLength: this.estimate(r) } : { text: escapeHclLiteral(src), jsonLength: src.length };
      this.inStrings.set(token, known);
    }
    return known;
  }

  // JSON.stringify's replacer: values JSON cannot express become placeholders.
  private replace(holder: any, key: string, v: unknown): unknown {
    switch (typeof v) {
      case 'string':
        if (v.charCodeAt(0) === TOJSON_MARK) {
          const original = holder[key];
          if (original !== v && Tokenization.isResolvable(original)) return this.placeholder(original);
        }
        return v;
      case 'number':
        if (!Number.isFinite(v)) throw new ValidationError(`cannot serialize the number ${v}: JSON has no such value`);
        return Token.isUnresolved(v) ? this.placeholder(Tokenization.reverseNumber(v)) : v;
      case 'object':
        if (v === null) return v;
        if (Array.isArray(v)) {
          if (v.length === 1 && typeof v[0] === 'string' && v[0].startsWith(LIST_TOKEN_PREFIX)) {
            const token = Tokenization.reverseList(v);
            if (token) return this.placeholder(token);
          }
          return v;
        }
        return Tokenization.isResolvable(v) ? this.placeholder(v) : v;
      case 'boolean':
      case 'undefined':
        return v;
      default:
        throw new ValidationError(`cannot serialize a value of type ${typeof v} into a definition or policy`);
    }
  }

  private placeholder(token: unknown): string {
    this.captured.push(token);
    return `${PLACEHOLDER_MARK}${this.nonce}:${this.captured.length - 1}${PLACEHOLDER_MARK}`;
  }

  private resolveStringToken(text: string): unknown {
    const fragments = fragmentsOf(text);
    const token = fragments.length === 1 && fragments[0].type === 'token' ? (fragments[0] as { token: IResolvable }).token : undefined;
    if (!token) throw new ValidationError(`cannot serialize a string holding an unknown token: ${JSON.stringify(text)}`);
    return this.resolve(token);
  }

  private resolve(token: IResolvable): unknown {
    if (this.resolved.has(token)) return this.resolved.get(token);
    const value = resolveToken(token, this.context);
    this.resolved.set(token, value);
    return value;
  }

  // A resolved value: its strings are Terraform template source (`${aws_x.y.arn}`, `arn:${...}:*`).
  private resolvedValue(v: unknown): Written {
    if (typeof v === 'string') {
      const expr = wholeInterpolation(v);
      return { text: expr !== undefined ? expression(expr) : `"${escapeTemplateSource(v)}"`, jsonLength: this.estimate(v) + 2 };
    }
    if (v === null || v === undefined) return { text: 'null', jsonLength: 4 };
    if (typeof v === 'boolean') return { text: String(v), jsonLength: String(v).length };
    if (typeof v === 'number') {
      if (Token.isUnresolved(v)) return this.resolvedValue(this.resolve(Tokenization.reverseNumber(v)!));
      if (!Number.isFinite(v)) throw new ValidationError(`cannot serialize the number ${v}: JSON has no such value`);
      const text = JSON.stringify(v);
      return { text, jsonLength: text.length };
    }
    if (Tokenization.isResolvable(v)) return this.resolvedValue(this.resolve(v as IResolvable));
    if (Array.isArray(v)) return this.joined(v.map((item) => this.resolvedValue(item)), '[', ']');
    if (typeof v === 'object') {
      const items: Written[] = [];
      for (const [key, value] of Object.entries(v as Record<string, unknown>)) {
        if (value === undefined) continue;
        const k = this.resolvedValue(key);
        const w = this.resolvedValue(value);
        items.push({ text: `${k.text.charCodeAt(0) === 34 ? k.text : `(${k.text})`}:${w.text}`, jsonLength: k.jsonLength + 1 + w.jsonLength });
      }
      return this.joined(items, '{', '}');
    }
    throw new ValidationError(`cannot serialize a value of type ${typeof v} into a definition or policy`);
  }

  private joined(items: Written[], open: string, close: string): Written {
    let jsonLength = 2 + Math.max(0, items.length - 1);
    for (const item of items) jsonLength += item.jsonLength;
    return { text: `${open}${items.map((i) => i.text).join(',')}${close}`, jsonLength };
  }
}

/**
 * Serializes `value` as the HCL expression `jsonencode(...)`, resolving its tokens with `context` (the
 * context cdktf hands a Lazy producer), and estimates the JSON length AWS will receive.
 */
export function serializeDocument(value: unknown, context: IResolveContext, options: SerializeOptions = {}): SerializedDocument {
  const written = new DocumentWriter(context, options.estimate ?? ((src) => src.length), options.resolved ?? new Map()).write(value);
  return { expression: `jsonencode(${written.text})`, jsonLength: written.jsonLength };
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
 * resolved once through `resolved` (shared with the serializer). Literal text is escaped as template
 * source, and a `$` or `%` before the next piece is guarded, so the template reads as the string does.
 */
export function resolveTemplate(value: string, context: IResolveContext, resolved: Map<IResolvable, unknown>): string {
  if (!Token.isUnresolved(value)) return escapeTemplateLiteral(value);
  let out = '';
  for (const f of fragmentsOf(value)) {
    out = guardTrailingMarks(out);
    if (f.type === 'literal') {
      out += escapeTemplateLiteral((f as { lit: string }).lit);
    } else if (f.type === 'token') {
      const token = (f as { token: IResolvable }).token;
      let r = resolved.get(token);
      if (r === undefined && !resolved.has(token)) {
        r = resolveToken(token, context);
        resolved.set(token, r);
      }
      out += typeof r === 'string' ? r : JSON.stringify(r);
    } else {
      throw new ValidationError(`cannot resolve a string holding a ${f.type} fragment: ${JSON.stringify(value)}`);
    }
  }
  return out;
}

/**
 * `resolveTemplate` at `scope`, remembered per string: merging statements and estimating policy sizes
 * ask for the same strings again and again.
 */
export function templateResolver(scope: IConstruct, resolved: Map<IResolvable, unknown>): (value: string) => string {
  const known = new Map<string, string>();
  return (value) => {
    if (!Token.isUnresolved(value)) return value;
    let r = known.get(value);
    if (r === undefined) {
      r = resolveTemplate(value, standaloneContext(scope), resolved);
      known.set(value, r);
    }
    return r;
  };
}
