// A reader for the Step Functions intrinsic-function language (`States.Format('{}', $.a)`): it checks an
// expression against the grammar Step Functions accepts and finds every path it references.
//
//   field      := path | call                      (the whole value of a `key.$` field)
//   expression := path | call | string | number | 'true' | 'false' | 'null'
//   call       := 'States.' name '(' [expression {',' expression}] ')'
//   path       := '$' ... | '$$' ... | '$' variable ...   (input, context object, workflow variable)
//   string     := "'" {character | '\' character} "'"    (`\'`, `\{`, `\}`, `\\`, `\uXXXX`)
//   number     := ['-'] ('0' | [1-9][0-9]*) ['.' [0-9]+] [('e' | 'E') ['+' | '-'] [0-9]+]
// Whitespace may surround every expression.
import { ValidationError } from '../core/errors';

/** The intrinsic functions of the States Language. */
export const INTRINSIC_NAMES: readonly string[] = [
  'Array', 'ArrayPartition', 'ArrayContains', 'ArrayRange', 'ArrayGetItem', 'ArrayLength', 'ArrayUnique',
  'Base64Encode', 'Base64Decode', 'Hash', 'JsonMerge', 'StringToJson', 'JsonToString', 'MathRandom', 'MathAdd',
  'StringSplit', 'UUID', 'Format',
];
const KNOWN_NAMES = new Set(INTRINSIC_NAMES);

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const CALL_NAME = /States\.([A-Za-z0-9]+)/y;
const KEYWORD = /(true|false|null)(?![\w$])/y;
const VARIABLE_NAME = /[A-Za-z_][\w]*/y;

class Reader {
  private pos = 0;

  constructor(private readonly text: string) {}

  public readField(found: string[]): void {
    this.skipSpace();
    const c = this.text[this.pos];
    if (c === '$') found.push(this.readPath());
    else if (this.text.startsWith('States.', this.pos)) this.readCall(found);
    else this.fail("expected a path ('$...') or an intrinsic function call ('States.Name(...)')");
    this.skipSpace();
    if (this.pos < this.text.length) this.fail('unexpected characters after the expression');
  }

  private readExpression(found: string[]): void {
    const c = this.text[this.pos];
    if (c === '$') found.push(this.readPath());
    else if (c === "'") this.readString();
    else if (c === '-' || (c >= '0' && c <= '9')) this.match(NUMBER, 'expected a number');
    else if (this.text.startsWith('States.', this.pos)) this.readCall(found);
    else if (c === 't' || c === 'f' || c === 'n') this.match(KEYWORD, 'expected true, false or null');
    else this.fail(c === undefined ? 'unexpected end of the expression' : "expected a path, a function call, a 'string', a number, true, false or null");
  }

  // A path runs to the next ',' or ')' or space outside brackets and quotes.
  private readPath(): string {
    const start = this.pos;
    this.pos++;
    if (this.text[this.pos] === '$') this.pos++;
    else if (/[A-Za-z_]/.test(this.text[this.pos] ?? '')) this.match(VARIABLE_NAME, 'expected a variable name');
    const next = this.text[this.pos];
    if (next !== undefined && next !== '.' && next !== '[' && next !== ',' && next !== ')' && !/\s/.test(next)) {
      this.fail("expected '.' or '[' after the start of a path");
    }
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
    if (quote || depth > 0) this.fail('unterminated bracket or quote in a path');
    return this.text.slice(start, this.pos);
  }

  private readCall(found: string[]): void {
    const start = this.pos;
    const name = this.match(CALL_NAME, 'expected a function name')[1];
    if (!KNOWN_NAMES.has(name)) {
      this.pos = start;
      this.fail(`unknown intrinsic function States.${name} (known: ${INTRINSIC_NAMES.map((n) => `States.${n}`).join(', ')})`);
    }
    this.skipSpace();
    if (this.text[this.pos] !== '(') this.fail("expected '('");
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ')') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      this.readExpression(found);
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === ')') {
        this.pos++;
        return;
      }
      if (c !== ',') this.fail(c === undefined ? "unexpected end of the expression, expected ')'" : "expected ',' or ')'");
      this.pos++;
    }
  }

  private readString(): void {
    const start = this.pos;
    for (this.pos++; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos];
      if (c === '\\') {
        this.pos++;
      } else if (c === "'") {
        this.pos++;
        return;
      }
    }
    this.pos = start;
    this.fail('unterminated string');
  }

  private match(pattern: RegExp, message: string): RegExpExecArray {
    pattern.lastIndex = this.pos;
    const m = pattern.exec(this.text);
    if (!m) this.fail(message);
    this.pos += m[0].length;
    return m;
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
  }

  private fail(message: string): never {
    throw new ValidationError(`${message} at index ${this.pos} of ${JSON.stringify(this.text)}`);
  }
}

/** Throws a ValidationError unless `expression` is a path or a well-formed intrinsic function call. */
export function checkExpression(expression: string): void {
  new Reader(expression).readField([]);
}

/** Every path a path or intrinsic-function expression references (the expression itself for a path). */
export function pathsInExpression(expression: string): string[] {
  if (!expression.startsWith('States.')) return [expression];
  const found: string[] = [];
  new Reader(expression).readField(found);
  return found;
}
