// The `${name}` placeholders of a DefinitionBody.fromString/fromFile document, filled from
// `definitionSubstitutions` as CloudFormation's DefinitionSubstitutions fills them: every `${key}` of a
// given key, in string values and object keys alike, in one pass (a filled-in value is not filled again).
import type { IConstruct } from 'constructs';
import { Token } from '../../core/cdktf';
import { ValidationError } from '../../core/errors';

// Any `${...}`; whether it is filled depends on the keys given.
const BRACED = /\$\{([^}]+)\}/g;
// The `${...}` that are placeholders when no key fills them: a name of the kind CloudFormation gives its
// variables (letters, digits, `_`, `.`, `:`, `-`). Other `${...}` text is no placeholder: a JavaScript
// template literal `${$.x}` in an EvaluateExpression payload, `${}` in a States.Format template, `${!x}`.
const PLACEHOLDER_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.:-]*$/;

/**
 * The document with its placeholders filled. Throws a ValidationError (on `scope`) naming every
 * placeholder no key fills and the keys given; mapping a name to `'${name}'` keeps it as text.
 */
export function substituteDefinition(document: Record<string, unknown>, substitutions: { [key: string]: string }, where: string, scope: IConstruct): Record<string, unknown> {
  const unfilled = new Set<string>();
  const fill = (text: string): string => {
    const whole = /^\$\{([^}]+)\}$/.exec(text);
    if (whole && Object.hasOwn(substitutions, whole[1])) return substitutions[whole[1]];
    return text.replace(BRACED, (m, name: string) => {
      if (Object.hasOwn(substitutions, name)) return substitutions[name];
      if (PLACEHOLDER_NAME.test(name)) unfilled.add(name);
      return m;
    });
  };
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return value.includes('${') ? fill(value) : value;
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const key = k.includes('${') ? fill(k) : k;
        if (Token.isUnresolved(key)) {
          throw new ValidationError(`'definitionSubstitutions' puts a Terraform reference into the key ${JSON.stringify(k)} of ${where}; object keys (state names, field names) must be literal text`, scope);
        }
        out[key] = walk(v);
      }
      return out;
    }
    return value;
  };
  const result = walk(document) as Record<string, unknown>;
  if (unfilled.size > 0) {
    const names = [...unfilled].map((n) => `\${${n}}`).join(', ');
    const keys = Object.keys(substitutions);
    throw new ValidationError(`'definitionSubstitutions' does not fill ${names} in ${where}; keys given: ${keys.length > 0 ? keys.join(', ') : 'none'}. Add a value for each (to keep one as text, map it to itself, e.g. { name: '\${name}' })`, scope);
  }
  return result;
}
