// HCL text for the serializer: escaping literal text and Terraform template source for HCL quoted strings,
// finding the expression of a whole-interpolation template, and counting JSON escapes. (The module
// exporter's reader, src/module-export/hcl-syntax.ts, parses full HCL bodies and keeps its own scanner.)

// Most text (state names, keys, paths) has nothing to escape: one test instead of a replace and a count.
const NEEDS_ESCAPE = /[\\"\u0000-\u001f$%]/;

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

/** Escapes literal text as Terraform template source: `${` and `%{` doubled, nothing else touched. */
export function escapeTemplateLiteral(text: string): string {
  if (!text.includes('{')) return text;
  return text.replace(/[$%]\{/g, (m) => `${m[0]}${m}`);
}

/**
 * Guards the end of a piece of template text that other text follows. Terraform reads a `$` or `%` right
 * before `{` as part of what follows: `$` then `${x}` is the escape `$${x}` (a literal `${x}`), `%` then
 * `{` a directive. A trailing run of them is therefore written as an interpolated string, `${"$"}`, which
 * evaluates to the same characters in quoted HCL and in cdk.tf.json alike.
 */
export function guardTrailingMarks(text: string): string {
  let i = text.length;
  while (i > 0 && (text.charCodeAt(i - 1) === 36 || text.charCodeAt(i - 1) === 37)) i--;
  return i === text.length ? text : `${text.slice(0, i)}\${"${text.slice(i)}"}`;
}

/** Escapes Terraform template text for an HCL quoted string, keeping its `${...}` and `%{...}` live. */
export function escapeTemplateSource(src: string): string {
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
export function wholeInterpolation(src: string): string | undefined {
  if (!src.startsWith('${')) return undefined;
  return endOfInterpolation(src, 2) === src.length ? src.slice(2, -1) : undefined;
}

const TRAVERSAL = /^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*|\[\d+\])*$/;

/** An expression as HCL writes it in a value position: a traversal bare, anything else in parentheses. */
export function expression(expr: string): string {
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

const JSON_ESCAPED = /["\\\u0000-\u001f]/;

/** How many characters JSON escaping adds to a string. */
export function countJsonEscapes(s: string): number {
  if (!JSON_ESCAPED.test(s)) return 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 92 || c === 8 || c === 9 || c === 10 || c === 12 || c === 13) n++;
    else if (c < 32) n += 5;
  }
  return n;
}
