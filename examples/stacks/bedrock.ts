import { BedrockGuardrail } from '@cdktf/provider-aws/lib/bedrock-guardrail';
import { DataAwsBedrockFoundationModel } from '@cdktf/provider-aws/lib/data-aws-bedrock-foundation-model';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import type { Construct } from 'constructs';
import { sfn, tasks } from '../../src';
import { ExampleStack } from './common';

/**
 * The Bedrock examples of the aws-cdk README, ported: invoke a foundation model with a prompt and a
 * guardrail, then with its input in S3 and its output written to S3, in JSONata; and a fine-tuning job
 * that waits for the custom model (RUN_JOB) with the role the task creates.
 */
export class BedrockStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const model = new DataAwsBedrockFoundationModel(this, 'Model', { modelId: 'amazon.titan-text-express-v1' });
    const guardrail = new BedrockGuardrail(this, 'Guardrail', {
      name: 'example-guardrail',
      blockedInputMessaging: 'This request is not allowed.',
      blockedOutputsMessaging: 'This answer is not allowed.',
      contentPolicyConfig: [{ filtersConfig: [{ type: 'HATE', inputStrength: 'HIGH', outputStrength: 'HIGH' }] }],
    });
    const data = new S3Bucket(this, 'Data', { bucketPrefix: 'example-bedrock-' });

    const prompt = new tasks.BedrockInvokeModel(this, 'Prompt Model', {
      model,
      body: sfn.TaskInput.fromObject({
        inputText: 'Generate a list of five first names.',
        textGenerationConfig: { maxTokenCount: 100, temperature: 1 },
      }),
      guardrail: tasks.Guardrail.enable(guardrail.guardrailArn, 1),
      resultSelector: { names: sfn.JsonPath.stringAt('$.Body.results[0].outputText') },
      resultPath: '$.generated',
    });
    const fromS3 = tasks.BedrockInvokeModel.jsonata(this, 'Prompt Model from S3', {
      model: tasks.FoundationModel.fromFoundationModelId(this, 'Titan', tasks.FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1),
      input: { s3Location: { bucketName: data.bucket, objectKey: 'prompts/names.json' } },
      output: { s3Location: { bucketName: data.bucket, objectKey: 'answers/names.json' } },
    });
    const fineTune = new tasks.BedrockCreateModelCustomizationJob(this, 'Fine-tune Model', {
      baseModel: model,
      customizationType: tasks.CustomizationType.FINE_TUNING,
      customModelName: 'example-names-model',
      jobName: sfn.JsonPath.format('names-{}', sfn.JsonPath.stringAt('$$.Execution.Name')),
      trainingData: { bucket: data, path: 'training/data.jsonl' },
      validationData: [{ bucket: data, path: 'validation/data.jsonl' }],
      outputData: { bucket: data, path: 'output' },
      hyperParameters: { epochCount: '1', batchSize: '1', learningRate: '0.00001' },
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });

    new sfn.StateMachine(this, 'Models', {
      definitionBody: sfn.DefinitionBody.fromChainable(prompt.next(fromS3).next(fineTune)),
    });
  }
}
