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

const ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Escapes user text for the inside of an HCL quoted string: nothing in it is interpolated. */
export function escapeHclLiteral(text: string): string {
  return text.replace(/[\\"\u0000-\u001f]|[$%]\{/g, (m) => {
    if (m.length === 2) return `${m[0]}${m}`;
    return ESCAPES[m] ?? `\\u${m.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
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
      out += src.slice(lit, i).replace(/[\\"\u0000-\u001f]/g, (m) => ESCAPES[m] ?? `\\u${m.charCodeAt(0).toString(16).padStart(4, '0')}`);
      const end = endOfInterpolation(src, i + 2);
      out += src.slice(i, end);
      i = end - 1;
      lit = end;
    }
  }
  return out + src.slice(lit).replace(/[\\"\u0000-\u001f]/g, (m) => ESCAPES[m] ?? `\\u${m.charCodeAt(0).toString(16).padStart(4, '0')}`);
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

/** Options of the serializer. */
export interface SerializeOptions {
  /**
   * Indentation per level; 0 (the default) writes one line. Attributes of cdk.tf.json stay on one line:
   * cdktf's HCL converter turns a multi-line string into a heredoc, which adds a trailing newline.
   */
  readonly indent?: number;
}

class HclWriter {
  private readonly parts: string[] = [];

  constructor(private readonly context: IResolveContext, private readonly indent: number) {}

  public text(): string {
    return this.parts.join('');
  }

  public value(v: unknown, depth: number, resolved: boolean): void {
    if (v === null || v === undefined) {
      this.parts.push('null');
    } else if (typeof v === 'boolean') {
      this.parts.push(v ? 'true' : 'false');
    } else if (typeof v === 'number') {
      this.number(v);
    } else if (typeof v === 'string') {
      if (resolved) this.templateSource(v);
      else this.string(v);
    } else if (Array.isArray(v)) {
      this.array(v, depth, resolved);
    } else if (Tokenization.isResolvable(v)) {
      this.value(this.resolve(v as IResolvable), depth, true);
    } else if (typeof v === 'object') {
      this.object(v as Record<string, unknown>, depth, resolved);
    } else {
      throw new ValidationError(`cannot serialize a value of type ${typeof v} into a definition or policy`);
    }
  }

  private resolve(token: IResolvable): unknown {
    return this.context.resolve(token);
  }

  private number(n: number): void {
    if (Token.isUnresolved(n)) {
      this.value(this.resolve(Tokenization.reverseNumber(n)!), 0, true);
    } else if (!Number.isFinite(n)) {
      throw new ValidationError(`cannot serialize the number ${n}: JSON has no such value`);
    } else {
      this.parts.push(JSON.stringify(n));
    }
  }

  private string(s: string): void {
    if (!Token.isUnresolved(s)) {
      this.parts.push('"', escapeHclLiteral(s), '"');
      return;
    }
    const fragments = fragmentsOf(s);
    if (fragments.length === 1 && fragments[0].type === 'token') {
      this.value(this.resolve((fragments[0] as { token: IResolvable }).token), 0, true);
      return;
    }
    let out = '"';
    for (const f of fragments) {
      if (f.type === 'literal') {
        out += escapeHclLiteral((f as { lit: string }).lit);
      } else if (f.type === 'token') {
        const r = this.resolve((f as { token: IResolvable }).token);
        out += typeof r === 'string' ? escapeTemplateSource(r) : escapeHclLiteral(JSON.stringify(r) ?? '');
      } else {
        throw new ValidationError(`cannot serialize a string holding a ${f.type} fragment: ${JSON.stringify(s)}`);
      }
    }
    this.parts.push(out, '"');
  }

  private templateSource(src: string): void {
    const expr = wholeInterpolation(src);
    if (expr !== undefined) {
      this.parts.push(expression(expr));
    } else {
      this.parts.push('"', escapeTemplateSource(src), '"');
    }
  }

  private array(a: unknown[], depth: number, resolved: boolean): void {
    if (!resolved && a.length === 1 && typeof a[0] === 'string' && Token.isUnresolved(a)) {
      const token = Tokenization.reverseList(a as string[]);
      if (token) {
        this.value(this.resolve(token), depth, true);
        return;
      }
    }
    if (a.length === 0) {
      this.parts.push('[]');
      return;
    }
    this.parts.push('[');
    a.forEach((item, i) => {
      this.parts.push(i === 0 ? this.newline(depth + 1) : `,${this.newline(depth + 1)}`);
      this.value(item, depth + 1, resolved);
    });
    this.parts.push(this.newline(depth), ']');
  }

  private object(o: Record<string, unknown>, depth: number, resolved: boolean): void {
    const keys = Object.keys(o).filter((k) => o[k] !== undefined);
    if (keys.length === 0) {
      this.parts.push('{}');
      return;
    }
    this.parts.push('{');
    keys.forEach((key, i) => {
      this.parts.push(i === 0 || this.indent > 0 ? this.newline(depth + 1) : `, `);
      if (resolved) this.templateSource(key);
      else this.string(key);
      this.parts.push(' = ');
      this.value(o[key], depth + 1, resolved);
    });
    this.parts.push(this.newline(depth), '}');
  }

  private newline(depth: number): string {
    return this.indent > 0 ? `\n${' '.repeat(this.indent * depth)}` : '';
  }
}

/**
 * Renders `value` as the HCL expression `jsonencode(...)`, resolving the tokens in it with `context`
 * (the context cdktf hands a Lazy producer).
 */
export function toJsonencodeExpression(value: unknown, context: IResolveContext, options: SerializeOptions = {}): string {
  const writer = new HclWriter(context, options.indent ?? 0);
  writer.value(value, 0, false);
  return `jsonencode(${writer.text()})`;
}

/** Renders `value` as a Terraform attribute string, `${jsonencode(...)}`, that evaluates to its JSON. */
export function toTerraformJson(value: unknown, context: IResolveContext, options: SerializeOptions = {}): string {
  return `\${${toJsonencodeExpression(value, context, options)}}`;
}
