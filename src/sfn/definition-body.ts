import * as fs from 'fs';
import { ValidationError } from '../core/errors';
import type { IChainable } from './types';

/**
 * Where a state machine's definition comes from.
 * @example
 * import type { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
 * import type { Construct } from 'constructs';
 * import { sfn } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const refunds: SqsQueue;
 *
 * // states built with this library: their permissions are granted for you
 * new sfn.StateMachine(stack, 'Built', {
 *   definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'Start').next(new sfn.Succeed(stack, 'Done'))),
 * });
 * // Amazon States Language from a file (relative to where `cdktf synth` runs), its ${REFUND_QUEUE_URL} filled in
 * new sfn.StateMachine(stack, 'Written', {
 *   definitionBody: sfn.DefinitionBody.fromFile('workflows/refund.asl.json'),
 *   definitionSubstitutions: { REFUND_QUEUE_URL: refunds.url },
 * });
 */
export abstract class DefinitionBody {
  /** A chain of states built with this library (its IAM statements are granted automatically). */
  public static fromChainable(chainable: IChainable): DefinitionBody {
    return new ChainDefinitionBody(chainable);
  }

  /** An Amazon States Language document as a JSON string. */
  public static fromString(definition: string): DefinitionBody {
    const where = 'DefinitionBody.fromString(definition)';
    return new StringDefinitionBody(parseDefinition(definition, where), where);
  }

  /** An Amazon States Language document read from a JSON file at synth time. */
  public static fromFile(path: string): DefinitionBody {
    let text: string;
    try {
      text = fs.readFileSync(path, 'utf8');
    } catch (e) {
      throw new ValidationError(`DefinitionBody.fromFile(path) cannot read ${JSON.stringify(path)}: ${(e as Error).message}`);
    }
    const where = `DefinitionBody.fromFile(${JSON.stringify(path)})`;
    return new StringDefinitionBody(parseDefinition(text, where), where);
  }

  /** The chain, when the body is one. @internal */
  public abstract readonly _chainable?: IChainable;
  /** The parsed document, when the body is a string or file. @internal */
  public abstract readonly _document?: Record<string, unknown>;
  /** Where the document comes from, for messages (`DefinitionBody.fromFile("x.json")`). @internal */
  public abstract readonly _origin?: string;
}

class ChainDefinitionBody extends DefinitionBody {
  public readonly _document = undefined;
  public readonly _origin = undefined;
  constructor(public readonly _chainable: IChainable) {
    super();
  }
}

class StringDefinitionBody extends DefinitionBody {
  public readonly _chainable = undefined;
  constructor(public readonly _document: Record<string, unknown>, public readonly _origin: string) {
    super();
  }
}

function parseDefinition(text: string, where: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new ValidationError(`${where} must be a JSON document: ${(e as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !('StartAt' in parsed) || !('States' in parsed)) {
    throw new ValidationError(`${where} must be an Amazon States Language object with 'StartAt' and 'States'`);
  }
  return parsed as Record<string, unknown>;
}
