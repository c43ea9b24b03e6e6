import { secondsFor, type Duration } from '../core/duration';
import { Token } from '../core/cdktf';
import { ValidationError } from '../core/errors';
import type { KmsKeyRef } from '../iam/refs';

/** How a state machine or activity encrypts its data. */
export abstract class EncryptionConfiguration {
  /** `AWS_OWNED_KEY` or `CUSTOMER_MANAGED_KMS_KEY`. */
  public abstract readonly type: string;
  /** The customer managed key, if any. */
  public abstract readonly kmsKey?: KmsKeyRef;
  /** How long Step Functions reuses a data key. */
  public abstract readonly kmsDataKeyReusePeriodSeconds?: Duration;
}

/** Encryption with a key AWS owns (the default). */
export class AwsOwnedEncryptionConfiguration extends EncryptionConfiguration {
  public readonly type = 'AWS_OWNED_KEY';
  public readonly kmsKey?: KmsKeyRef = undefined;
  public readonly kmsDataKeyReusePeriodSeconds?: Duration = undefined;
}

/** Encryption with a customer managed KMS key; the role gets the key permissions it needs. */
export class CustomerManagedEncryptionConfiguration extends EncryptionConfiguration {
  public readonly type = 'CUSTOMER_MANAGED_KMS_KEY';

  /** The customer managed key. */
  public readonly kmsKey?: KmsKeyRef;
  /** How long Step Functions reuses a data key. */
  public readonly kmsDataKeyReusePeriodSeconds?: Duration;

  /**
   * @param kmsKey the key
   * @param kmsDataKeyReusePeriodSeconds how long a data key is reused, 1 to 15 minutes (default 5 minutes)
   */
  constructor(kmsKey: KmsKeyRef, kmsDataKeyReusePeriodSeconds?: Duration) {
    super();
    this.kmsKey = kmsKey;
    this.kmsDataKeyReusePeriodSeconds = kmsDataKeyReusePeriodSeconds;
    const seconds = kmsDataKeyReusePeriodSeconds && secondsFor(kmsDataKeyReusePeriodSeconds, "CustomerManagedEncryptionConfiguration 'kmsDataKeyReusePeriodSeconds'");
    if (seconds !== undefined && !Token.isUnresolved(seconds) && (seconds < 60 || seconds > 900)) {
      throw new ValidationError(`CustomerManagedEncryptionConfiguration 'kmsDataKeyReusePeriodSeconds' must be 60 to 900 seconds, got ${seconds}`);
    }
  }
}
