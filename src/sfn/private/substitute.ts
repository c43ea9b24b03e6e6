/** Replaces `${key}` in every string of a parsed document with `substitutions[key]`. */
export function substitute(value: unknown, substitutions: { [key: string]: string }): unknown {
  if (typeof value === 'string') {
    const whole = /^\$\{([^}]+)\}$/.exec(value);
    if (whole && whole[1] in substitutions) return substitutions[whole[1]];
    return value.replace(/\$\{([^}]+)\}/g, (m, key: string) => (key in substitutions ? substitutions[key] : m));
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, substitutions));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, substitutions)]));
  }
  return value;
}
