import { Token } from './cdktf';
import { ValidationError } from './errors';

const BYTES_PER = { bytes: 1, kibibytes: 1024, mebibytes: 1024 ** 2, gibibytes: 1024 ** 3, tebibytes: 1024 ** 4, pebibytes: 1024 ** 5 };
type Unit = keyof typeof BYTES_PER;

/** An amount of data, as aws-cdk-lib's `Size`. */
export class Size {
  /** `amount` bytes. */
  public static bytes(amount: number): Size {
    return new Size(amount, 'bytes');
  }

  /** `amount` kibibytes (1,024 bytes). */
  public static kibibytes(amount: number): Size {
    return new Size(amount, 'kibibytes');
  }

  /** `amount` mebibytes (1,024 KiB). */
  public static mebibytes(amount: number): Size {
    return new Size(amount, 'mebibytes');
  }

  /** `amount` gibibytes (1,024 MiB). */
  public static gibibytes(amount: number): Size {
    return new Size(amount, 'gibibytes');
  }

  /** `amount` tebibytes (1,024 GiB). */
  public static tebibytes(amount: number): Size {
    return new Size(amount, 'tebibytes');
  }

  /** `amount` pebibytes (1,024 TiB). */
  public static pebibytes(amount: number): Size {
    return new Size(amount, 'pebibytes');
  }

  private constructor(private readonly amount: number, private readonly unit: Unit) {
    if (!Token.isUnresolved(amount) && (!Number.isFinite(amount) || amount < 0)) {
      throw new ValidationError(`a Size must be a finite, non-negative number of ${unit}, got ${amount}`);
    }
  }

  /** This size in bytes. */
  public toBytes(): number {
    return this.convert('bytes');
  }

  /** This size in whole kibibytes. */
  public toKibibytes(): number {
    return this.convert('kibibytes');
  }

  /** This size in whole mebibytes. */
  public toMebibytes(): number {
    return this.convert('mebibytes');
  }

  /** This size in whole gibibytes. */
  public toGibibytes(): number {
    return this.convert('gibibytes');
  }

  /** This size in whole tebibytes. */
  public toTebibytes(): number {
    return this.convert('tebibytes');
  }

  /** This size in whole pebibytes. */
  public toPebibytes(): number {
    return this.convert('pebibytes');
  }

  /** Whether the amount is a Terraform token. */
  public isUnresolved(): boolean {
    return Token.isUnresolved(this.amount);
  }

  private convert(target: Unit): number {
    if (target === this.unit) {
      return this.amount;
    }
    if (Token.isUnresolved(this.amount)) {
      throw new ValidationError(`cannot convert a token Size in ${this.unit} to ${target}`);
    }
    const result = (this.amount * BYTES_PER[this.unit]) / BYTES_PER[target];
    if (!Number.isInteger(result)) {
      throw new ValidationError(`${this.amount} ${this.unit} is not a whole number of ${target}`);
    }
    return result;
  }
}
