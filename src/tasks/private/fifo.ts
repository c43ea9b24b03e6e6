// FIFO rules shared by SnsPublish and SqsSendMessage: a message to a FIFO topic or queue needs a message
// group id, and a deduplication id unless the topic or queue deduplicates by content. Checked when the
// destination is known to be FIFO at synthesis time.
import type { IConstruct } from 'constructs';
import type { IResolvable } from '../../core/cdktf';
import { ValidationError } from '../../core/errors';
import { isLiteral } from './task-utils';

/** What a task knows of its destination and what it sends. */
export interface FifoDestination {
  /** `topic` or `queue`, for messages. */
  readonly noun: string;
  /** `publishing to` or `sending to`, for messages. */
  readonly verb: string;
  /** The provider's configured FIFO flag (`fifoTopicInput`, `fifoQueueInput`). */
  readonly fifoInput?: boolean | IResolvable;
  /** The configured content-based deduplication flag. */
  readonly contentBasedDeduplicationInput?: boolean | IResolvable;
  /** The configured name (`nameInput`). */
  readonly nameInput?: string;
  /** Identifiers whose literal value ends with `.fifo` for a FIFO destination (ARN, URL). */
  readonly identifiers: Array<string | undefined>;
  readonly messageGroupId?: string;
  readonly messageDeduplicationId?: string;
}

/**
 * Whether the destination is FIFO, and whether its configuration is known: a FIFO flag or a name
 * ending in `.fifo` (AWS requires the suffix for FIFO topics and queues, and refuses it otherwise), from
 * the configured values or from a literal ARN or URL.
 */
function fifoOf(d: FifoDestination): { fifo: boolean; configured: boolean } {
  const configured = d.fifoInput === true || (d.fifoInput === undefined && isLiteral(d.nameInput) && d.nameInput.endsWith('.fifo'));
  if (configured) return { fifo: true, configured };
  return { fifo: d.identifiers.some((id) => isLiteral(id) && id.endsWith('.fifo')), configured: false };
}

/**
 * Throws when a message to a FIFO destination lacks a group id, or lacks a deduplication id while the
 * destination's configuration says content-based deduplication is off. (A literal ARN or URL says
 * nothing about deduplication: the deduplication id is then not required.) Returns whether the
 * destination is known to be FIFO.
 */
export function validateFifoMessage(scope: IConstruct, d: FifoDestination): boolean {
  const { fifo, configured } = fifoOf(d);
  if (!fifo) return false;
  if (d.messageGroupId === undefined) {
    throw new ValidationError(`'messageGroupId' is required when ${d.verb} a FIFO ${d.noun} (its name ends in '.fifo'); got none`, scope);
  }
  const dedup = d.contentBasedDeduplicationInput;
  if (configured && d.messageDeduplicationId === undefined && (dedup === undefined || dedup === false)) {
    throw new ValidationError(`'messageDeduplicationId' is required when ${d.verb} a FIFO ${d.noun} without content-based deduplication ('content_based_deduplication' is not enabled on the ${d.noun})`, scope);
  }
  return true;
}
