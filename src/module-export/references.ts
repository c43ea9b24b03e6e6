import { endOfBracket } from './hcl-syntax';

const REFERENCE = /(?<![\w.$-])((?:data\.)?[A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)/g;

function renameInCode(code: string, renames: Map<string, string>): string {
  return code.replace(REFERENCE, (m, head: string, name: string) => renames.get(`${head}.${name}`) ?? m);
}

/**
 * Renames references (`aws_iam_role.Old_Role_1A2B3C4D` -> `aws_iam_role.old_role`, `var.Old` -> ...) in
 * an expression, leaving the literal text of strings alone but following their interpolations.
 */
export function renameReferences(expression: string, renames: Map<string, string>): string {
  let out = '';
  let code = 0;
  for (let i = 0; i < expression.length; i++) {
    if (expression[i] !== '"') continue;
    out += renameInCode(expression.slice(code, i), renames);
    const end = copyQuoted(expression, i + 1, renames);
    out += end.text;
    i = end.index - 1;
    code = end.index;
  }
  return out + renameInCode(expression.slice(code), renames);
}

function copyQuoted(src: string, start: number, renames: Map<string, string>): { text: string; index: number } {
  let text = '"';
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      text += src.slice(i, i + 2);
      i++;
    } else if (c === '"') {
      return { text: `${text}"`, index: i + 1 };
    } else if ((c === '$' || c === '%') && src[i + 1] === c && src[i + 2] === '{') {
      text += src.slice(i, i + 3);
      i += 2;
    } else if ((c === '$' || c === '%') && src[i + 1] === '{') {
      const end = endOfBracket(src, i + 2, '}');
      text += `${c}{${renameReferences(src.slice(i + 2, end - 1), renames)}}`;
      i = end - 1;
    } else {
      text += c;
    }
  }
  return { text, index: src.length };
}

/** The expression of a quoted template that is exactly `"${expr}"`, else undefined. */
export function unwrapInterpolation(expression: string): string | undefined {
  if (!expression.startsWith('"${') || !expression.endsWith('}"')) return undefined;
  const end = endOfBracket(expression, 3, '}');
  return end === expression.length - 1 ? expression.slice(3, -2) : undefined;
}
