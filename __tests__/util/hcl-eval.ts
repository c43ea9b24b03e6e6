// A small evaluator for the Terraform expressions this library writes (jsonencode of objects, tuples,
// quoted templates, numbers, booleans, null, references and function calls), so tests see what Terraform
// hands AWS without a terraform binary. References and calls other than jsonencode evaluate to the
// placeholder text `${expression}`, as ../shared/tools/tf-eval prints them; `var.x` evaluates to the
// value given for x, when one is.

class Parser {
  private pos = 0;

  constructor(private readonly src: string, private readonly variables: Record<string, unknown> = {}) {}

  public expressionToEnd(): unknown {
    const v = this.expression();
    this.space();
    if (this.pos !== this.src.length) this.fail('trailing text');
    return v;
  }

  public expression(): unknown {
    this.space();
    const c = this.src[this.pos];
    if (c === '{') return this.object();
    if (c === '[') return this.tuple();
    if (c === '"') return this.quoted();
    if (c === '(') {
      this.pos++;
      const start = this.pos;
      const v = this.expression();
      this.space();
      if (this.src[this.pos] !== ')') {
        // an operator expression we do not evaluate: keep its text as a placeholder
        this.pos = start;
        const end = this.skipBalanced(')');
        this.pos = end + 1;
        return `\${(${this.src.slice(start, end).trim()})}`;
      }
      this.pos++;
      return v;
    }
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    return this.traversalOrCall();
  }

  private object(): Record<string, unknown> {
    this.pos++;
    const out: Record<string, unknown> = {};
    for (;;) {
      this.space(true);
      if (this.src[this.pos] === '}') {
        this.pos++;
        return out;
      }
      // a key is a quoted string, a name, or an expression in parentheses (evaluated)
      const c = this.src[this.pos];
      const key = c === '"' || c === '(' ? this.expression() : this.identifier();
      this.space();
      if (this.src[this.pos] !== '=' && this.src[this.pos] !== ':') this.fail("expected '='");
      this.pos++;
      out[String(key)] = this.expression();
      this.space();
      if (this.src[this.pos] === ',') this.pos++;
    }
  }

  private tuple(): unknown[] {
    this.pos++;
    const out: unknown[] = [];
    for (;;) {
      this.space(true);
      if (this.src[this.pos] === ']') {
        this.pos++;
        return out;
      }
      out.push(this.expression());
      this.space(true);
      if (this.src[this.pos] === ',') this.pos++;
    }
  }

  /** A quoted template: escapes decoded, interpolations evaluated. */
  public quoted(): unknown {
    this.pos++;
    return this.templateUntil('"');
  }

  public templateUntil(end: string | undefined): unknown {
    let text = '';
    const pieces: unknown[] = [];
    for (;;) {
      const c = this.src[this.pos];
      if (c === undefined) {
        if (end !== undefined) this.fail('unterminated string');
        break;
      }
      if (end !== undefined && c === end) {
        this.pos++;
        break;
      }
      if (c === '\\' && end !== undefined) {
        const n = this.src[this.pos + 1];
        const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
        if (n in map) {
          text += map[n];
          this.pos += 2;
        } else if (n === 'u') {
          text += String.fromCharCode(parseInt(this.src.slice(this.pos + 2, this.pos + 6), 16));
          this.pos += 6;
        } else if (n === 'U') {
          text += String.fromCodePoint(parseInt(this.src.slice(this.pos + 2, this.pos + 10), 16));
          this.pos += 10;
        } else {
          this.fail(`bad escape \\${n}`);
        }
        continue;
      }
      if ((c === '$' || c === '%') && this.src[this.pos + 1] === c && this.src[this.pos + 2] === '{') {
        text += `${c}{`;
        this.pos += 3;
        continue;
      }
      if (c === '%' && this.src[this.pos + 1] === '{') this.fail('template directives are not supported');
      if (c === '$' && this.src[this.pos + 1] === '{') {
        this.pos += 2;
        const v = this.expression();
        this.space(true);
        if (this.src[this.pos] !== '}') this.fail("expected '}'");
        this.pos++;
        if (text) pieces.push(text);
        text = '';
        pieces.push(v);
        continue;
      }
      text += c;
      this.pos++;
    }
    if (text) pieces.push(text);
    if (pieces.length === 1 && typeof pieces[0] !== 'string') return pieces[0];
    if (pieces.length === 0) return '';
    return pieces.map((p) => (typeof p === 'string' ? p : typeof p === 'object' ? JSON.stringify(p) : String(p))).join('');
  }

  private number(): number | string {
    const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(this.src.slice(this.pos));
    if (!m) this.fail('bad number');
    this.pos += m![0].length;
    return Number(m![0]);
  }

  private identifier(): string {
    const m = /^[A-Za-z_][\w-]*/.exec(this.src.slice(this.pos));
    if (!m) this.fail('expected an identifier');
    this.pos += m![0].length;
    return m![0];
  }

  private traversalOrCall(): unknown {
    const start = this.pos;
    const name = this.identifier();
    if (name === 'true') return true;
    if (name === 'false') return false;
    if (name === 'null') return null;
    if (this.src[this.pos] === '(') {
      if (name === 'jsonencode') {
        this.pos++;
        const v = this.expression();
        this.space(true);
        if (this.src[this.pos] !== ')') this.fail("expected ')'");
        this.pos++;
        return JSON.stringify(v);
      }
      this.pos++;
      const end = this.skipBalanced(')');
      if (name === 'substr') {
        // substr(string, offset, length) over known values, clamped at the end as Terraform does
        const args = this.arguments(end);
        if (typeof args[0] === 'string' && !args[0].includes('${') && typeof args[1] === 'number' && typeof args[2] === 'number') {
          this.pos = end + 1;
          const chars = [...args[0]];
          return chars.slice(args[1], args[2] < 0 ? undefined : args[1] + args[2]).join('');
        }
      }
      this.pos = end + 1;
      return `\${${this.src.slice(start, end + 1)}}`;
    }
    while (this.src[this.pos] === '.' || this.src[this.pos] === '[') {
      if (this.src[this.pos] === '.') {
        this.pos++;
        this.identifier();
      } else {
        this.pos = this.skipBalanced(']', this.pos + 1) + 1;
      }
    }
    const traversal = this.src.slice(start, this.pos);
    const variable = /^var\.([\w-]+)$/.exec(traversal)?.[1];
    if (variable !== undefined && Object.prototype.hasOwnProperty.call(this.variables, variable)) return this.variables[variable];
    return `\${${traversal}}`;
  }

  // The comma-separated arguments of a call, up to `end` (its closing parenthesis).
  private arguments(end: number): unknown[] {
    const args: unknown[] = [];
    while (this.pos < end) {
      args.push(this.expression());
      this.space(true);
      if (this.src[this.pos] === ',') this.pos++;
      this.space(true);
    }
    return args;
  }

  private skipBalanced(close: string, from = this.pos): number {
    let depth = 0;
    for (let i = from; i < this.src.length; i++) {
      const c = this.src[i];
      if (c === '"') {
        i++;
        while (i < this.src.length && this.src[i] !== '"') i += this.src[i] === '\\' ? 2 : 1;
      } else if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === close && depth === 0) return i;
      else if (c === ')' || c === ']' || c === '}') depth--;
    }
    this.fail(`expected '${close}'`);
  }

  private space(newlines = true): void {
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === ' ' || c === '\t' || c === '\r' || (newlines && c === '\n')) this.pos++;
      else break;
    }
  }

  private fail(message: string): never {
    throw new Error(`${message} at ${this.pos}: ${JSON.stringify(this.src.slice(Math.max(0, this.pos - 40), this.pos + 40))}`);
  }
}

/** Evaluates a Terraform string attribute (a template) as Terraform would. */
export function evaluateTemplate(template: string, variables?: Record<string, unknown>): unknown {
  return new Parser(template, variables).templateUntil(undefined);
}

/** Evaluates a Terraform expression (as found in HCL). */
export function evaluateExpression(expression: string, variables?: Record<string, unknown>): unknown {
  return new Parser(expression, variables).expressionToEnd();
}
