import { createHash } from 'crypto';
import type { IConstruct } from 'constructs';

/**
 * A name for an AWS resource the user did not name: readable, unique per construct path, stable from one
 * synth to the next, and at most `maxLength` characters of `[A-Za-z0-9-_]`.
 */
export function generatedName(scope: IConstruct, maxLength: number): string {
  const path = scope.node.path;
  const hash = createHash('sha256').update(path).digest('hex').slice(0, 8).toUpperCase();
  const readable = scope.node.scopes.slice(1).map((s) => s.node.id).join('-').replace(/[^A-Za-z0-9_-]/g, '');
  const room = maxLength - hash.length - 1;
  const head = readable.length > room ? readable.slice(readable.length - room) : readable;
  return `${head}-${hash}`;
}
