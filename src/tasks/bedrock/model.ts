// The Bedrock models the tasks take: a struct with the provider's attribute names, and the value types of
// aws-cdk-lib's `aws-bedrock` that name a foundation model.
import type { Construct } from 'constructs';
import { formatArn } from '../../core/arn';

/**
 * A Bedrock model: `{ modelArn, modelId? }` (aws-cdk-lib's `bedrock.IModel`), satisfied by the
 * `DataAwsBedrockFoundationModel` and `DataAwsBedrockCustomModel` data sources, by
 * `FoundationModel.fromFoundationModelId(...)`, and by a literal for another model
 * (`{ modelArn: customModel.customModelArn }`, `{ modelArn: throughput.provisionedModelArn }`).
 */
export interface BedrockModelRef {
  /** ARN of the model. */
  readonly modelArn: string;
  /**
   * ID of the model.
   * @default - unknown
   */
  readonly modelId?: string;
}

/**
 * The ID of a Bedrock foundation model (aws-cdk-lib's `bedrock.FoundationModelIdentifier`). The
 * constants are a few common models; `new FoundationModelIdentifier('<model id>')` names any other.
 */
export class FoundationModelIdentifier {
  /** Amazon Titan Text G1 - Express. */
  public static readonly AMAZON_TITAN_TEXT_G1_EXPRESS_V1 = new FoundationModelIdentifier('amazon.titan-text-express-v1');
  /** Amazon Titan Text G1 - Lite. */
  public static readonly AMAZON_TITAN_TEXT_LITE_V1 = new FoundationModelIdentifier('amazon.titan-text-lite-v1');
  /** Amazon Titan Text G1 - Premier. */
  public static readonly AMAZON_TITAN_TEXT_PREMIER_V1 = new FoundationModelIdentifier('amazon.titan-text-premier-v1:0');
  /** Amazon Titan Text Embeddings V2. */
  public static readonly AMAZON_TITAN_EMBED_TEXT_V2_0 = new FoundationModelIdentifier('amazon.titan-embed-text-v2:0');
  /** Amazon Nova Micro. */
  public static readonly AMAZON_NOVA_MICRO_V1_0 = new FoundationModelIdentifier('amazon.nova-micro-v1:0');
  /** Amazon Nova Lite. */
  public static readonly AMAZON_NOVA_LITE_V1_0 = new FoundationModelIdentifier('amazon.nova-lite-v1:0');
  /** Amazon Nova Pro. */
  public static readonly AMAZON_NOVA_PRO_V1_0 = new FoundationModelIdentifier('amazon.nova-pro-v1:0');
  /** Anthropic Claude 3 Haiku. */
  public static readonly ANTHROPIC_CLAUDE_3_HAIKU_20240307_V1_0 = new FoundationModelIdentifier('anthropic.claude-3-haiku-20240307-v1:0');
  /** Anthropic Claude 3.5 Sonnet. */
  public static readonly ANTHROPIC_CLAUDE_3_5_SONNET_20240620_V1_0 = new FoundationModelIdentifier('anthropic.claude-3-5-sonnet-20240620-v1:0');
  /** Anthropic Claude 3.7 Sonnet. */
  public static readonly ANTHROPIC_CLAUDE_3_7_SONNET_20250219_V1_0 = new FoundationModelIdentifier('anthropic.claude-3-7-sonnet-20250219-v1:0');
  /** Anthropic Claude Sonnet 4. */
  public static readonly ANTHROPIC_CLAUDE_SONNET_4_20250514_V1_0 = new FoundationModelIdentifier('anthropic.claude-sonnet-4-20250514-v1:0');
  /** Cohere Command R. */
  public static readonly COHERE_COMMAND_R_V1 = new FoundationModelIdentifier('cohere.command-r-v1:0');
  /** Meta Llama 3.1 8B Instruct. */
  public static readonly META_LLAMA_3_1_8B_INSTRUCT_V1 = new FoundationModelIdentifier('meta.llama3-1-8b-instruct-v1:0');
  /** Mistral 7B Instruct. */
  public static readonly MISTRAL_MISTRAL_7B_INSTRUCT_V0_2 = new FoundationModelIdentifier('mistral.mistral-7b-instruct-v0:2');

  /** @param modelId the model's ID, such as `amazon.nova-lite-v1:0` */
  constructor(public readonly modelId: string) {}
}

/**
 * A Bedrock foundation model in the stack's region (aws-cdk-lib's `bedrock.FoundationModel`), with the
 * members of `BedrockModelRef`: pass it wherever a task takes a model.
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * const model = tasks.FoundationModel.fromFoundationModelId(stack, 'Model', tasks.FoundationModelIdentifier.AMAZON_NOVA_LITE_V1_0);
 * new tasks.BedrockInvokeModel(stack, 'Summarize', {
 *   model,
 *   body: sfn.TaskInput.fromObject({ messages: [{ role: 'user', content: [{ text: sfn.JsonPath.stringAt('$.text') }] }] }),
 * });
 */
export class FoundationModel {
  /**
   * The foundation model `foundationModelId` in the region of `scope`'s stack:
   * `arn:<partition>:bedrock:<region>::foundation-model/<id>`.
   * @param _id unused (aws-cdk-lib's signature)
   */
  public static fromFoundationModelId(scope: Construct, _id: string, foundationModelId: FoundationModelIdentifier): FoundationModel {
    const modelId = foundationModelId.modelId;
    return new FoundationModel(modelId, formatArn(scope, { service: 'bedrock', account: '', resource: 'foundation-model', resourceName: modelId }));
  }

  private constructor(
    /** ID of the model. */
    public readonly modelId: string,
    /** ARN of the model. */
    public readonly modelArn: string,
  ) {}
}
