// A reader for the HCL that cdktf writes (`cdktf synth --hcl`) and a formatter that writes it back the
// way `terraform fmt` lays it out. Bodies are read as attributes and blocks; expressions are kept as
// text, and read into objects and tuples only to lay them out on several lines.
import { ValidationError } from '../core/errors';

/** An attribute `name = expression`. */
export interface HclAttribute {
  readonly kind: 'attribute';
  readonly name: string;
  expression: string;
}

/** A block `type "label" { ... }`. */
export interface HclBlock {
  readonly kind: 'block';
  readonly type: string;
  labels: string[];
  body: HclItem[];
}

export type HclItem = HclAttribute | HclBlock;


/** Index past a quoted string whose opening quote is at `start - 1`. */
export function endOfQuoted(src: string, start: number): number {
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '"') return i + 1;
    else if ((c === '$' || c === '%') && src[i + 1] === c && src[i + 2] === '{') i += 2;
    else if ((c === '$' || c === '%') && src[i + 1] === '{') i = endOfBracket(src, i + 2, '}') - 1;
  }
  throw new ValidationError('unterminated string');
}

/** Index past the bracket that closes a group whose content starts at `start`. */
export function endOfBracket(src: string, start: number, close: string): number {
  const stack = [close];
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (c === '"') i = endOfQuoted(src, i + 1) - 1;
    else if (c === '<' && src.startsWith('<<', i) && /^<<-?[A-Za-z_]/.test(src.slice(i, i + 4))) i = endOfHeredoc(src, i) - 1;
    else if (c === '{') stack.push('}');
    else if (c === '[') stack.push(']');
    else if (c === '(') stack.push(')');
    else if (c === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return i + 1;
    }
  }
  throw new ValidationError(`missing '${close}'`);
}

function endOfHeredoc(src: string, start: number): number {
  const m = /^<<-?([A-Za-z_][A-Za-z0-9_]*)\n/.exec(src.slice(start));
  if (!m) throw new ValidationError('bad heredoc');
  const marker = new RegExp(`\\n[ \\t]*${m[1]}[ \\t]*(?=\\n|$)`, 'g');
  marker.lastIndex = start + m[0].length - 1;
  const end = marker.exec(src);
  if (!end) throw new ValidationError(`unterminated heredoc ${m[1]}`);
  return end.index + end[0].length;
}

/** Index past an expression that starts at `start` and ends at a newline (or `}`) at depth 0. */
function endOfExpression(src: string, start: number): number {
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (c === '\n' || c === '}') return i;
    if (c === '"') i = endOfQuoted(src, i + 1) - 1;
    else if (c === '<' && /^<<-?[A-Za-z_]/.test(src.slice(i, i + 4))) i = endOfHeredoc(src, i) - 1;
    else if (c === '{') i = endOfBracket(src, i + 1, '}') - 1;
    else if (c === '[') i = endOfBracket(src, i + 1, ']') - 1;
    else if (c === '(') i = endOfBracket(src, i + 1, ')') - 1;
  }
  return src.length;
}

/** Reads a body (a whole file, or the inside of a block). */
export function parseBody(src: string): HclItem[] {
  const items: HclItem[] = [];
  let i = 0;
  const skip = () => {
    for (;;) {
      while (i < src.length && /\s/.test(src[i])) i++;
      if (src[i] === '#' || src.startsWith('//', i)) {
        while (i < src.length && src[i] !== '\n') i++;
      } else if (src.startsWith('/*', i)) {
        i = src.indexOf('*/', i) + 2;
      } else {
        return;
      }
    }
  };
  for (;;) {
    skip();
    if (i >= src.length) return items;
    const id = /^[A-Za-z_][\w-]*/.exec(src.slice(i));
    if (!id) throw new ValidationError(`expected an attribute or block at ${JSON.stringify(src.slice(i, i + 40))}`);
    i += id[0].length;
    while (src[i] === ' ' || src[i] === '\t') i++;
    if (src[i] === '=') {
      const start = i + 1;
      const end = endOfExpression(src, start);
      items.push({ kind: 'attribute', name: id[0], expression: src.slice(start, end).trim() });
      i = end;
      continue;
    }
    const labels: string[] = [];
    while (src[i] === '"') {
      const end = endOfQuoted(src, i + 1);
      labels.push(JSON.parse(src.slice(i, end)));
      i = end;
      while (src[i] === ' ' || src[i] === '\t') i++;
    }
    if (src[i] !== '{') throw new ValidationError(`expected '{' after block ${id[0]}`);
    const end = endOfBracket(src, i + 1, '}');
    items.push({ kind: 'block', type: id[0], labels, body: parseBody(src.slice(i + 1, end - 1)) });
    i = end;
  }
}

// ---- expressions ----------------------------------------------------------------------------------

type Expr =
  | { readonly kind: 'object'; readonly items: Array<{ readonly key: string; readonly value: Expr }> }
  | { readonly kind: 'tuple'; readonly items: Expr[] }
  | { readonly kind: 'call'; readonly name: string; readonly args: Expr[] }
  | { readonly kind: 'text'; readonly text: string };

function splitTopLevel(src: string, separators: RegExp): string[] {
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '"') i = endOfQuoted(src, i + 1) - 1;
    else if (c === '{') i = endOfBracket(src, i + 1, '}') - 1;
    else if (c === '[') i = endOfBracket(src, i + 1, ']') - 1;
    else if (c === '(') i = endOfBracket(src, i + 1, ')') - 1;
    else if (separators.test(c)) {
      parts.push(src.slice(last, i));
      last = i + 1;
    }
  }
  parts.push(src.slice(last));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Reads an expression into objects, tuples and calls (everything else stays text). */
export function parseExpression(src: string): Expr {
  const text = src.trim();
  if (text.startsWith('{') && endOfBracket(text, 1, '}') === text.length && !/^\{\s*for\s/.test(text)) {
    const items = splitTopLevel(text.slice(1, -1), /[,\n]/).map((item) => {
      const eq = findTopLevelEquals(item);
      if (eq < 0) throw new ValidationError(`expected key = value in ${JSON.stringify(item.slice(0, 60))}`);
      return { key: item.slice(0, eq).trim(), value: parseExpression(item.slice(eq + 1)) };
    });
    return { kind: 'object', items };
  }
  if (text.startsWith('[') && endOfBracket(text, 1, ']') === text.length && !/^\[\s*for\s/.test(text)) {
    return { kind: 'tuple', items: splitTopLevel(text.slice(1, -1), /,/).map(parseExpression) };
  }
  const call = /^([A-Za-z_][\w]*)\(/.exec(text);
  if (call && endOfBracket(text, call[0].length, ')') === text.length) {
    return { kind: 'call', name: call[1], args: splitTopLevel(text.slice(call[0].length, -1), /,/).map(parseExpression) };
  }
  return { kind: 'text', text };
}

function findTopLevelEquals(item: string): number {
  for (let i = 0; i < item.length; i++) {
    const c = item[i];
    if (c === '"') i = endOfQuoted(item, i + 1) - 1;
    else if (c === '(') i = endOfBracket(item, i + 1, ')') - 1;
    else if (c === '=' && item[i + 1] !== '=' && item[i - 1] !== '=' && item[i - 1] !== '!' && item[i - 1] !== '<' && item[i - 1] !== '>') return i;
    else if (c === ':' ) return i;
  }
  return -1;
}

const INLINE_LIMIT = 80;

/** Writes an expression, objects and long tuples on several lines, `=` aligned as terraform fmt does. */
export function formatExpression(src: string, indent: number): string {
  return write(parseExpression(src), indent);
}

function inline(e: Expr): string {
  switch (e.kind) {
    case 'text': return e.text;
    case 'call': return `${e.name}(${e.args.map(inline).join(', ')})`;
    case 'tuple': return `[${e.items.map(inline).join(', ')}]`;
    case 'object': return e.items.length === 0 ? '{}' : `{ ${e.items.map((i) => `${i.key} = ${inline(i.value)}`).join(', ')} }`;
  }
}

function write(e: Expr, indent: number): string {
  const pad = '  '.repeat(indent + 1);
  const end = '  '.repeat(indent);
  switch (e.kind) {
    case 'text':
      return e.text;
    case 'call':
      return `${e.name}(${e.args.map((a) => write(a, indent)).join(', ')})`;
    case 'tuple': {
      const flat = inline(e);
      if (flat.length <= INLINE_LIMIT && !e.items.some((i) => i.kind === 'object' && i.items.length > 0)) return flat;
      return `[\n${e.items.map((i) => `${pad}${write(i, indent + 1)},`).join('\n')}\n${end}]`;
    }
    case 'object': {
      if (e.items.length === 0) return '{}';
      return `{\n${alignItems(e.items.map((i) => ({ name: i.key, value: write(i.value, indent + 1) })), pad)}\n${end}}`;
    }
  }
}

/**
 * Lines `name = value` with the `=` of consecutive single-line items aligned. As terraform fmt does, an
 * item whose value spans several lines is aligned with nothing.
 */
export function alignItems(items: Array<{ name: string; value: string }>, pad: string): string {
  const lines: string[] = [];
  let group: Array<{ name: string; value: string }> = [];
  const flush = () => {
    const width = Math.max(0, ...group.map((g) => g.name.length));
    for (const g of group) lines.push(`${pad}${g.name.padEnd(width)} = ${g.value}`);
    group = [];
  };
  for (const item of items) {
    if (item.value.includes('\n')) {
      flush();
      lines.push(`${pad}${item.name} = ${item.value}`);
    } else {
      group.push(item);
    }
  }
  flush();
  return lines.join('\n');
}
