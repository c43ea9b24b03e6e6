import type { IResolvable, IResolveContext } from '../core/cdktf';
import { Token, Tokenization } from '../core/cdktf';

const JSON_PATH_TOKEN = Symbol.for('cdktf-stepfunctions.JsonPathToken');
const DISCARD_TOKEN = Symbol.for('cdktf-stepfunctions.DiscardToken');

/**
 * A reference to a value of the state's input or context (`$.x`, `$$.Task.Token`, `States.Format(...)`).
 *
 * It travels through typed props as an encoded cdktf token and turns into a `key.$` field when the
 * state is rendered. Should it reach Terraform on its own, it resolves to its path text.
 */
export class JsonPathToken implements IResolvable {
  public static isJsonPathToken(x: unknown): x is JsonPathToken {
    return typeof x === 'object' && x !== null && JSON_PATH_TOKEN in x;
  }

  public readonly creationStack: string[] = [];

  constructor(public readonly path: string) {
  }

  public resolve(_context: IResolveContext): unknown {
    return this.path;
  }

  private encoded?: string;
  private encodedNumber?: number;
  private encodedList?: string[];

  public toString(): string {
    this.encoded ??= Token.asString(this, { displayHint: this.path });
    return this.encoded;
  }

  /** The token encoded as a number (`JsonPath.numberAt`). */
  public asNumber(): number {
    this.encodedNumber ??= Token.asNumber(this);
    return this.encodedNumber;
  }

  /** The token encoded as a list (`JsonPath.listAt`). */
  public asList(): string[] {
    this.encodedList ??= Token.asList(this);
    return this.encodedList;
  }

  public toJSON(): string {
    return `<path:${this.path}>`;
  }
}

/** `JsonPath.DISCARD`: renders as JSON `null` (discard the input, result or output). */
export class DiscardToken implements IResolvable {
  public static isDiscardToken(x: unknown): x is DiscardToken {
    return typeof x === 'object' && x !== null && DISCARD_TOKEN in x;
  }

  public readonly creationStack: string[] = [];

  public resolve(_context: IResolveContext): unknown {
    return null;
  }

  public toString(): string {
    return Token.asString(this, { displayHint: 'DISCARD' });
  }
}

// Brands live on the prototypes: one definition, not one per instance.
Object.defineProperty(JsonPathToken.prototype, JSON_PATH_TOKEN, { value: true });
Object.defineProperty(DiscardToken.prototype, DISCARD_TOKEN, { value: true });

/** What one value of a state field stands for, as far as Step Functions paths are concerned. */
export type PathValue =
  | { readonly kind: 'path'; readonly path: string }
  | { readonly kind: 'discard' }
  | { readonly kind: 'mixed'; readonly text: string }
  | { readonly kind: 'other' };

const OTHER: PathValue = { kind: 'other' };

function fromResolvable(x: IResolvable | undefined): PathValue {
  if (JsonPathToken.isJsonPathToken(x)) {
    return { kind: 'path', path: x.path };
  }
  if (DiscardToken.isDiscardToken(x)) {
    return { kind: 'discard' };
  }
  return OTHER;
}

/**
 * Classifies a value: a whole JsonPath token, DISCARD, a string that concatenates a JsonPath token with
 * other text (not allowed), or anything else (literals and Terraform references).
 */
export function classifyPathValue(value: unknown): PathValue {
  if (typeof value === 'string') {
    // a string token always holds this marker: most strings are settled without cdktf's regular expression
    if (!value.includes('${TfToken[')) return OTHER;
    let known = classifiedStrings.get(value);
    if (known === undefined) {
      if (classifiedStrings.size >= CLASSIFIED_STRINGS_MAX) classifiedStrings.clear();
      known = Token.isUnresolved(value) ? classifyTokenString(value) : OTHER;
      classifiedStrings.set(value, known);
    }
    return known;
  }
  return classifyOther(value);
}

// A token string always stands for the same tokens (cdktf's token map only grows), so its
// classification can be remembered; the same references recur in every state of a definition.
const classifiedStrings = new Map<string, PathValue>();
const CLASSIFIED_STRINGS_MAX = 100_000;

function classifyTokenString(value: string): PathValue {
  const fragments = Tokenization.reverseString(value);
  if (fragments.length === 1 && fragments.firstToken) {
    return fromResolvable(fragments.firstToken);
  }
  const hasPath = fragments.tokens.some((t) => JsonPathToken.isJsonPathToken(t) || DiscardToken.isDiscardToken(t));
  return hasPath ? { kind: 'mixed', text: value } : OTHER;
}

function classifyOther(value: unknown): PathValue {
  if (typeof value === 'number') {
    return Token.isUnresolved(value) ? fromResolvable(Tokenization.reverseNumber(value)) : OTHER;
  }
  if (Array.isArray(value)) {
    return value.length === 1 && typeof value[0] === 'string' && Token.isUnresolved(value) ? fromResolvable(Tokenization.reverseList(value)) : OTHER;
  }
  if (typeof value === 'object' && value !== null) {
    return fromResolvable(value as IResolvable);
  }
  return OTHER;
}

/** The path of a whole JsonPath token, or undefined. */
export function jsonPathOf(value: unknown): string | undefined {
  const c = classifyPathValue(value);
  return c.kind === 'path' ? c.path : undefined;
}

/** Whether `value` is a string holding exactly one JsonPath token. */
export function isEncodedJsonPath(value: string): boolean {
  return typeof value === 'string' && jsonPathOf(value) !== undefined;
}
