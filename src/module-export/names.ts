import { createHash } from 'crypto';

/** `FooBar-baz qux` -> `foo_bar_baz_qux`. */
export function snakeCase(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
}

/**
 * Readable Terraform names from construct paths (`stack/Orders/Role` -> `orders_role`), the same on every
 * export: ids `Resource` and `Default` are left out as cdktf does, and a name two paths share gets a
 * short hash of its path, so which address wins never depends on order.
 */
export function namesFromPaths(paths: Map<string, string>): Map<string, string> {
  const candidates = new Map<string, string>();
  for (const [key, path] of paths) {
    const parts = path.split('/').slice(1).filter((p) => p !== 'Resource' && p !== 'Default');
    let name = snakeCase(parts.join('_')) || 'this';
    if (/^[0-9]/.test(name)) name = `r_${name}`;
    candidates.set(key, name);
  }
  const counts = new Map<string, number>();
  for (const name of candidates.values()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const out = new Map<string, string>();
  for (const [key, name] of candidates) {
    const hash = createHash('sha256').update(paths.get(key)!).digest('hex').slice(0, 6);
    out.set(key, counts.get(name)! > 1 ? `${name}_${hash}` : name);
  }
  return out;
}
