// Reads the `definition` of a synthesized aws_sfn_state_machine back into an object, for a diagram. The
// JSON synthesis writes `${jsonencode({...})}`, the HCL synthesis `jsonencode({...})`, and a definition
// written as a string may be plain JSON: all three are read as HCL expressions. What is not a literal
// (a reference, a function call) becomes the string `${<its source text>}`, which a diagram shows
// as it is and a local run passes on as it is (a reference inside a string is already `${...}`, so a
// bare one becomes `${...}` too): the structure (states, transitions) never depends on a reference.
import { ValidationError } from '../core/errors';
import { parseExpression } from '../module-export/hcl-syntax';

type Expr = ReturnType<typeof parseExpression>;

/**
 * The definition object behind a synthesized `definition` attribute (a JSON value or an HCL expression);
 * `where` names it in an error.
 */
export function readDefinitionAttribute(attribute: unknown, where = 'the definition'): Record<string, unknown> {
  if (typeof attribute !== 'string') throw new ValidationError(`${where}: the definition attribute is not a string`);
  let value: unknown = attribute;
  // a quoted string holding `${jsonencode(...)}` or JSON text is read once more, for what it holds
  for (let depth = 0; depth < 3 && typeof value === 'string'; depth++) {
    const text = value.trim();
    const template = /^\$\{([\s\S]*)\}$/.exec(text);
    let next: unknown;
    try {
      next = valueOf(parseExpression(template ? template[1] : text));
    } catch (e) {
      throw new ValidationError(`${where}: cannot read the definition (${(e as Error).message})`);
    }
    if (next === text) break;
    value = next;
  }
  if (!isObject(value)) {
    throw new ValidationError(`${where}: the definition is neither an ASL object nor a jsonencode(...) of one: ${attribute.slice(0, 80)}`);
  }
  return value;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function valueOf(e: Expr): unknown {
  switch (e.kind) {
    case 'object':
      return Object.fromEntries(e.items.map((item) => [literalKey(item.key), valueOf(item.value)]));
    case 'tuple':
      return e.items.map(valueOf);
    case 'call':
      return e.name === 'jsonencode' && e.args.length === 1 ? valueOf(e.args[0]) : `\${${callText(e)}}`;
    case 'text':
      return literal(e.text);
  }
}

function callText(e: Expr): string {
  if (e.kind === 'text') return e.text;
  if (e.kind === 'call') return `${e.name}(${e.args.map(callText).join(', ')})`;
  return JSON.stringify(valueOf(e));
}

function literalKey(key: string): string {
  const value = literal(key, false);
  return typeof value === 'string' ? value : key;
}

// A JSON/HCL literal, or `${<the expression>}` (a key stays its text).
function literal(text: string, wrap = true): unknown {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === 'null') return null;
  if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text)) return Number(text);
  if (text.startsWith('"') && text.endsWith('"')) {
    try {
      return (JSON.parse(text) as string).replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
    } catch {
      return text.slice(1, -1);
    }
  }
  return wrap ? `\${${text}}` : text;
}
