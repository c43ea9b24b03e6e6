// A reader for the Step Functions intrinsic-function language (`States.Format('{}', $.a)`), enough to find
// every JSONPath an expression references. Grammar: expr := path | call | 'string' | number;
// call := States.Name '(' [expr {',' expr}] ')'.
import { ValidationError } from '../core/errors';

class Reader {
  private pos = 0;

  constructor(private readonly text: string) {}

  public readAll(found: string[]): void {
    this.skipSpace();
    this.readExpression(found, true);
    this.skipSpace();
    if (this.pos < this.text.length) {
      this.fail('unexpected trailing characters');
    }
  }

  private readExpression(found: string[], topLevel: boolean): void {
    const c = this.text[this.pos];
    if (c === '$') {
      found.push(this.readPath());
    } else if (this.text.startsWith('States.', this.pos)) {
      this.readCall(found);
    } else if (topLevel) {
      this.fail("expected '$' or a function call");
    } else if (c === "'") {
      this.readString();
    } else if (c !== undefined && /[-0-9]/.test(c)) {
      this.readNumber();
    } else {
      this.fail(c === undefined ? 'unexpected end of string' : 'expected $, function or single-quoted string');
    }
  }

  private readPath(): string {
    const start = this.pos;
    let depth = 0;
    let quote: string | undefined;
    for (; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos];
      if (quote) {
        if (c === '\\') this.pos++;
        else if (c === quote) quote = undefined;
      } else if (c === "'" || c === '"') {
        quote = c;
      } else if (c === '[' || c === '(') {
        depth++;
      } else if (c === ']' || (c === ')' && depth > 0)) {
        depth--;
      } else if (depth === 0 && (c === ',' || c === ')' || /\s/.test(c))) {
        break;
      }
    }
    return this.text.slice(start, this.pos);
  }

  private readCall(found: string[]): void {
    const name = /^States\.[A-Za-z0-9]+/.exec(this.text.slice(this.pos));
    this.pos += name![0].length;
    this.skipSpace();
    this.expect('(');
    this.skipSpace();
    if (this.text[this.pos] === ')') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      this.readExpression(found, false);
      this.skipSpace();
      const c = this.text[this.pos++];
      if (c === ')') return;
      if (c !== ',') this.fail(c === undefined ? 'unexpected end of string' : 'expected , or )', -1);
    }
  }

  private readString(): void {
    this.pos++;
    for (; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos];
      if (c === '\\') this.pos++;
      else if (c === "'") {
        this.pos++;
        return;
      }
    }
    this.fail('unexpected end of string');
  }

  private readNumber(): void {
    const m = /^-?\d+(\.\d+)?/.exec(this.text.slice(this.pos));
    if (!m) this.fail('expected $, function or single-quoted string');
    this.pos += m![0].length;
  }

  private expect(c: string): void {
    if (this.text[this.pos] !== c) this.fail(`expected '${c}'`);
    this.pos++;
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
  }

  private fail(message: string, offset = 0): never {
    throw new ValidationError(`${message} at index ${this.pos + offset} in ${JSON.stringify(this.text)}`);
  }
}

/** Every JSONPath referenced by a path or an intrinsic-function expression. */
export function pathsInExpression(expression: string): string[] {
  if (!expression.startsWith('States.')) {
    return [expression];
  }
  const found: string[] = [];
  new Reader(expression).readAll(found);
  return found;
}
