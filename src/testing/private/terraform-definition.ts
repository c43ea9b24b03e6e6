// Reads the `definition` attribute of an aws_sfn_state_machine in cdk.tf.json back into the definition
// object: the one Terraform expression this library writes, `${jsonencode({ ... })}`, whose strings are
// HCL templates (`$${` and `%%{` for literal `${` and `%{`) and whose other values may be bare references
// (`aws_lambda_function.f.arn`). A reference, and any expression other than a literal, becomes the text
// `${expression}`, as a reference inside a string already is. A definition written as a plain JSON
// string (by hand or by another tool) is parsed as JSON.
import { ValidationError } from '../../core/errors';

export function definitionFromAttribute(attribute: unknown, where: string): Record<string, unknown> {
  if (typeof attribute !== 'string') throw new ValidationError(`${where}: the definition attribute is not a string`);
  const text = attribute.trim();
  const m = /^\$\{\s*jsonencode\(([\s\S]*)\)\s*\}$/.exec(text);
  let value: unknown;
  try {
    value = m ? new ExpressionReader(m[1]).whole() : JSON.parse(text);
  } catch (e) {
    throw new ValidationError(`${where}: cannot read the definition (${(e as Error).message})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ValidationError(`${where}: the definition is not an object`);
  return value as Record<string, unknown>;
}

class ExpressionReader {
  private pos = 0;

  constructor(private readonly src: string) {}

  public whole(): unknown {
    const v = this.value();
    this.space();
    if (this.pos !== this.src.length) this.fail('unexpected text after the value');
    return v;
  }

  private value(): unknown {
    this.space();
    const c = this.src[this.pos];
    if (c === '{') return this.object();
    if (c === '[') return this.tuple();
    if (c === '"') return this.template();
    const literal = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)(?![\w.])/.exec(this.src.slice(this.pos));
    if (literal) {
      this.pos += literal[0].length;
      return JSON.parse(literal[0]);
    }
    return `\${${this.expression()}}`;
  }

  private object(): Record<string, unknown> {
    this.pos++;
    const out: Record<string, unknown> = {};
    for (;;) {
      this.space();
      if (this.src[this.pos] === '}') {
        this.pos++;
        return out;
      }
      const key = this.src[this.pos] === '"' ? this.template() : this.expression(true);
      this.space();
      const sep = this.src[this.pos];
      if (sep !== ':' && sep !== '=') this.fail("expected ':' or '=' after a key");
      this.pos++;
      out[key] = this.value();
      this.space();
      if (this.src[this.pos] === ',') this.pos++;
    }
  }

  private tuple(): unknown[] {
    this.pos++;
    const out: unknown[] = [];
    for (;;) {
      this.space();
      if (this.src[this.pos] === ']') {
        this.pos++;
        return out;
      }
      out.push(this.value());
      this.space();
      if (this.src[this.pos] === ',') this.pos++;
    }
  }

  // A quoted template: JSON-style escapes, `$${`/`%%{` for literal `${`/`%{`, `${...}` kept as text.
  private template(): string {
    this.pos++;
    let out = '';
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c === '\\') {
        const n = this.src[this.pos + 1];
        if (n === 'u') {
          out += String.fromCharCode(parseInt(this.src.slice(this.pos + 2, this.pos + 6), 16));
          this.pos += 6;
        } else {
          out += ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[n] ?? n;
          this.pos += 2;
        }
      } else if ((c === '$' || c === '%') && this.src[this.pos + 1] === c && this.src[this.pos + 2] === '{') {
        out += `${c}{`;
        this.pos += 3;
      } else if ((c === '$' || c === '%') && this.src[this.pos + 1] === '{') {
        const end = this.balanced(this.pos + 2, '}');
        out += this.src.slice(this.pos, end + 1);
        this.pos = end + 1;
      } else {
        out += c;
        this.pos++;
      }
    }
    return this.fail('unterminated string');
  }

  // A bare expression up to the ',' '}' ']' (or ':'/'=' for a key) that ends it at depth 0.
  private expression(key = false): string {
    const start = this.pos;
    let depth = 0;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === '"') {
        this.template();
        continue;
      }
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && (c === ',' || (key && (c === ':' || c === '=')))) break;
      this.pos++;
    }
    const text = this.src.slice(start, this.pos).trim();
    if (text === '') this.fail('expected a value');
    return text;
  }

  private balanced(from: number, close: string): number {
    let depth = 0;
    for (let i = from; i < this.src.length; i++) {
      const c = this.src[i];
      if (c === '{') depth++;
      else if (c === close) {
        if (depth === 0) return i;
        depth--;
      }
    }
    return this.fail('unterminated interpolation');
  }

  private space(): void {
    while (/\s/.test(this.src[this.pos] ?? '')) this.pos++;
  }

  private fail(message: string): never {
    throw new ValidationError(`${message} at index ${this.pos}`);
  }
}
