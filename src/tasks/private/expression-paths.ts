// The state paths of an EvaluateExpression `expression` (JavaScript), and where they sit in it. The
// function binds each path as a value where it is code (`$.a + $.b`, `${$.n}` inside a template); a
// path written as text inside a string or template literal is not code, and the task refuses it.

/** The state paths an expression may refer to; lambda-handlers/evaluate-expression uses the same. */
export const EXPRESSION_PATH = /\$[.[][.a-zA-Z[\]0-9-_]+/g;

/** Where a path was found. */
export type PathPlace = 'code' | 'string' | 'template';

type Frame = { kind: 'code'; depth: number; interpolation: boolean } | { kind: 'quote'; quote: string } | { kind: 'template' };

// Whether a `/` at `i` opens a regular expression literal rather than dividing: it does when what comes
// before it (spaces skipped) cannot end an operand.
function opensRegex(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /\s/.test(text[j])) j--;
  return j < 0 || !/[A-Za-z0-9_$)\]]/.test(text[j]);
}

/** What kind of text each character of `text` is in: code, a quoted string, or template text. */
function places(text: string): PathPlace[] {
  const place: PathPlace[] = new Array(text.length).fill('code');
  const stack: Frame[] = [{ kind: 'code', depth: 0, interpolation: false }];
  let i = 0;
  while (i < text.length) {
    const top = stack[stack.length - 1];
    const c = text[i];
    if (top.kind === 'quote') {
      place[i] = 'string';
      if (c === '\\') place[i + 1] = 'string';
      i += c === '\\' ? 2 : 1;
      if (c === top.quote) stack.pop();
      continue;
    }
    if (top.kind === 'template') {
      if (c === '`') {
        stack.pop();
        i++;
      } else if (c === '$' && text[i + 1] === '{') {
        stack.push({ kind: 'code', depth: 0, interpolation: true });
        i += 2;
      } else {
        place[i] = 'template';
        if (c === '\\') place[i + 1] = 'template';
        i += c === '\\' ? 2 : 1;
      }
      continue;
    }
    i = codeStep(text, i, top, stack);
  }
  return place;
}

// One step through code; returns where to go on.
function codeStep(text: string, i: number, top: Frame & { kind: 'code' }, stack: Frame[]): number {
  const c = text[i];
  if (c === "'" || c === '"') {
    stack.push({ kind: 'quote', quote: c });
  } else if (c === '`') {
    stack.push({ kind: 'template' });
  } else if (c === '/' && text[i + 1] === '/') {
    const end = text.indexOf('\n', i);
    return end < 0 ? text.length : end;
  } else if (c === '/' && text[i + 1] === '*') {
    const end = text.indexOf('*/', i + 2);
    return end < 0 ? text.length : end + 2;
  } else if (c === '/' && opensRegex(text, i)) {
    return skipRegex(text, i + 1);
  } else if (c === '{') {
    top.depth++;
  } else if (c === '}') {
    if (top.depth > 0) top.depth--;
    else if (top.interpolation) stack.pop();
  }
  return i + 1;
}

// The index after the regular expression literal whose body starts at `i` (classes may hold a `/`).
function skipRegex(text: string, i: number): number {
  let inClass = false;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) return i + 1;
    i++;
  }
  return i;
}

/** Each distinct path of `expression` written as text in a string or a template, with where it is. */
export function pathsInText(expression: string): Array<{ path: string; place: PathPlace }> {
  const place = places(expression);
  const found = new Map<string, PathPlace>();
  for (const m of expression.matchAll(EXPRESSION_PATH)) {
    const p = place[m.index];
    if (p !== 'code' && !found.has(`${p}:${m[0]}`)) found.set(`${p}:${m[0]}`, p);
  }
  return [...found].map(([key, p]) => ({ path: key.slice(p.length + 1), place: p }));
}

/** The distinct paths of `expression`, in the order of their first use. */
export function expressionPaths(expression: string): string[] {
  return [...new Set(Array.from(expression.matchAll(EXPRESSION_PATH), (m) => m[0]))];
}
