import type { IConstruct } from 'constructs';
import { Op, Token } from './cdktf';
import { ValidationError } from './errors';

const MILLIS_PER = { millis: 1, seconds: 1_000, minutes: 60_000, hours: 3_600_000, days: 86_400_000 };
type Unit = keyof typeof MILLIS_PER;

/**
 * A length of time, as aws-cdk-lib's `Duration`.
 *
 * The amount may be a Terraform number token (a variable, say): converting it to another unit yields a
 * Terraform expression, and converting it to its own unit returns the token unchanged.
 */
export class Duration {
  /** A duration of `amount` milliseconds. */
  public static millis(amount: number): Duration {
    return new Duration(amount, 'millis');
  }

  /** A duration of `amount` seconds. */
  public static seconds(amount: number): Duration {
    return new Duration(amount, 'seconds');
  }

  /** A duration of `amount` minutes. */
  public static minutes(amount: number): Duration {
    return new Duration(amount, 'minutes');
  }

  /** A duration of `amount` hours. */
  public static hours(amount: number): Duration {
    return new Duration(amount, 'hours');
  }

  /** A duration of `amount` days. */
  public static days(amount: number): Duration {
    return new Duration(amount, 'days');
  }

  private constructor(private readonly amount: number, private readonly unit: Unit) {
    if (!Token.isUnresolved(amount) && (!Number.isFinite(amount) || amount < 0)) {
      throw new ValidationError(`a Duration must be a finite, non-negative number of ${unit}, got ${amount}`);
    }
  }

  /** This duration in milliseconds. */
  public toMilliseconds(): number {
    return this.convert('millis');
  }

  /** This duration in whole seconds (fails when it is not a whole number of seconds). */
  public toSeconds(): number {
    return this.convert('seconds');
  }

  /** This duration in whole minutes (fails when it is not a whole number of minutes). */
  public toMinutes(): number {
    return this.convert('minutes');
  }

  /** This duration in whole hours (fails when it is not a whole number of hours). */
  public toHours(): number {
    return this.convert('hours');
  }

  /** This duration in whole days (fails when it is not a whole number of days). */
  public toDays(): number {
    return this.convert('days');
  }

  /** Whether the amount is a Terraform token. */
  public isUnresolved(): boolean {
    return Token.isUnresolved(this.amount);
  }

  /** A readable form such as `5 minutes`. */
  public toHumanString(): string {
    if (this.isUnresolved()) {
      return `<token> ${this.unit}`;
    }
    return `${this.amount} ${this.amount === 1 ? this.unit.replace(/s$/, '') : this.unit}`;
  }

  /** Same as `toHumanString()`. */
  public toString(): string {
    return this.toHumanString();
  }

  /** This duration in whole `target` units, for a prop: an error names `where` and `scope`. @internal */
  public _convertFor(target: Unit, where: string, scope?: IConstruct): number {
    return this.convert(target, where, scope);
  }

  private convert(target: Unit, where?: string, scope?: IConstruct): number {
    if (target === this.unit) {
      return this.amount;
    }
    const from = MILLIS_PER[this.unit];
    const to = MILLIS_PER[target];
    if (Token.isUnresolved(this.amount)) {
      if (from % to !== 0) {
        const problem = `cannot convert a token Duration in ${this.unit} to ${target}: the result may not be whole`;
        throw new ValidationError(where ? `${where} must be given in ${target} or a larger unit: ${problem}` : problem, scope);
      }
      return Op.mul(this.amount, from / to);
    }
    const result = (this.amount * from) / to;
    if (!Number.isInteger(result)) {
      throw new ValidationError(where ? `${where} must be a whole number of ${target}, got ${this.toHumanString()}` : `${this.toHumanString()} is not a whole number of ${target}`, scope);
    }
    return result;
  }
}

/**
 * `duration` in whole seconds, converted in the constructor that received it: an error names the
 * construct (`scope`) and the prop (`where`, e.g. "'taskTimeout'"), which Duration itself cannot know.
 */
export function secondsFor(duration: Duration, where: string, scope?: IConstruct): number {
  return duration._convertFor('seconds', where, scope);
}
