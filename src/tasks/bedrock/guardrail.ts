import { Token } from '../../core/cdktf';
import { ValidationError, describeValue } from '../../core/errors';

const MAX_VERSION = 99_999_999;
const MAX_IDENTIFIER_LENGTH = 2048;
const GUARDRAIL_ID = /^[a-z0-9]+$/;
const GUARDRAIL_ARN = /^arn:[^:]+:bedrock:[^:]*:[^:]*:guardrail\/(.*)$/;

/**
 * The guardrail a BedrockInvokeModel task applies (`GuardrailIdentifier`, `GuardrailVersion`).
 *
 * The identifier is the guardrail's ID or ARN: a `BedrockGuardrail`'s `guardrailId` or `guardrailArn`,
 * or a literal, which is checked.
 * @example
 * import type { BedrockGuardrail } from '@cdktf/provider-aws/lib/bedrock-guardrail';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const guardrail: BedrockGuardrail;
 *
 * const model = tasks.FoundationModel.fromFoundationModelId(stack, 'Model', tasks.FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1);
 * new tasks.BedrockInvokeModel(stack, 'Answer', {
 *   model,
 *   body: sfn.TaskInput.fromObject({ inputText: sfn.JsonPath.stringAt('$.question') }),
 *   guardrail: tasks.Guardrail.enable(guardrail.guardrailArn, 3), // or Guardrail.enableDraft('abc123def456')
 * });
 */
export class Guardrail {
  /**
   * Applies version `version` (1 to 99,999,999) of the guardrail.
   * @param identifier the ID or ARN of the guardrail
   */
  public static enable(identifier: string, version: number): Guardrail {
    if (!Token.isUnresolved(version) && (!Number.isInteger(version) || version < 1 || version > MAX_VERSION)) {
      throw new ValidationError(`Guardrail.enable: 'version' must be a whole number from 1 to ${MAX_VERSION}, got ${describeValue(version)}`);
    }
    return new Guardrail(identifier, Token.isUnresolved(version) ? Token.asString(version) : `${version}`);
  }

  /**
   * Applies the working draft of the guardrail (version `DRAFT`).
   * @param identifier the ID or ARN of the guardrail
   */
  public static enableDraft(identifier: string): Guardrail {
    return new Guardrail(identifier, 'DRAFT');
  }

  private constructor(
    /** ID or ARN of the guardrail (`GuardrailIdentifier`). */
    public readonly guardrailIdentifier: string,
    /** Version of the guardrail, a number as a string or `DRAFT` (`GuardrailVersion`). */
    public readonly guardrailVersion: string,
  ) {
    if (Token.isUnresolved(guardrailIdentifier)) return;
    if (guardrailIdentifier.length > MAX_IDENTIFIER_LENGTH) {
      throw new ValidationError(`Guardrail: the identifier must have at most ${MAX_IDENTIFIER_LENGTH} characters, got ${guardrailIdentifier.length}`);
    }
    let id = guardrailIdentifier;
    if (guardrailIdentifier.startsWith('arn:')) {
      const match = GUARDRAIL_ARN.exec(guardrailIdentifier);
      if (!match || match[1] === '') {
        throw new ValidationError(`Guardrail: the identifier ${describeValue(guardrailIdentifier)} is no guardrail ARN; expected arn:<partition>:bedrock:<region>:<account>:guardrail/<id>`);
      }
      id = match[1];
    }
    if (!GUARDRAIL_ID.test(id)) {
      throw new ValidationError(`Guardrail: the guardrail ID must be lowercase letters and digits only, got ${describeValue(id)}`);
    }
  }
}
