import type { IConstruct } from 'constructs';

const VALIDATION_ERROR = Symbol.for('cdktf-stepfunctions.ValidationError');

/**
 * The one error this library throws for bad input.
 *
 * The message starts with the path of the construct that received the input (when there is one), then
 * says which prop was wrong, what it received and what is allowed.
 */
export class ValidationError extends Error {
  /** Whether `x` is a ValidationError of this library (works across copies of the package). */
  public static isValidationError(x: unknown): x is ValidationError {
    return typeof x === 'object' && x !== null && VALIDATION_ERROR in x;
  }

  /** Path of the construct the error is about, when there is one. */
  public readonly constructPath?: string;

  constructor(message: string, scope?: IConstruct) {
    const path = scope?.node.path;
    super(path ? `${path}: ${message}` : message);
    this.name = 'ValidationError';
    this.constructPath = path;
    Object.defineProperty(this, VALIDATION_ERROR, { value: true });
  }
}

/** Quotes a received value for an error message, short enough to read. */
export function describeValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') {
    text = JSON.stringify(value);
  } else if (value === undefined) {
    text = 'undefined';
  } else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
