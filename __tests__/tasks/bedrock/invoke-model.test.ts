import { BedrockGuardrail } from '@cdktf/provider-aws/lib/bedrock-guardrail';
import { DataAwsBedrockFoundationModel } from '@cdktf/provider-aws/lib/data-aws-bedrock-foundation-model';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { newStack } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn, machineOf } from '../util';

const MODEL_ARN = 'arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1';
const model = { modelArn: MODEL_ARN };
const body = sfn.TaskInput.fromObject({ inputText: 'hello' });
const INVOKE = { Effect: 'Allow', Action: 'bedrock:InvokeModel', Resource: MODEL_ARN };

describe('BedrockInvokeModel', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('a body, on a DataAwsBedrockFoundationModel', () => {
    const data = new DataAwsBedrockFoundationModel(stack, 'Model', { modelId: 'amazon.titan-text-express-v1' });
    const task = new tasks.BedrockInvokeModel(stack, 'Invoke', { model: data, body: sfn.TaskInput.fromObject({ inputText: sfn.JsonPath.stringAt('$.prompt') }) });
    const m = machineOf(stack, task);
    expect(m.definition.States.Invoke).toEqual({
      Type: 'Task',
      Resource: integrationArn('bedrock:invokeModel'),
      Parameters: { ModelId: '${data.aws_bedrock_foundation_model.Model.model_arn}', Body: { 'inputText.$': '$.prompt' } },
      End: true,
    });
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'bedrock:InvokeModel', Resource: '${data.aws_bedrock_foundation_model.Model.model_arn}' }]);
  });

  test('FoundationModel.fromFoundationModelId gives the foundation-model ARN of the stack\'s region', () => {
    const fm = tasks.FoundationModel.fromFoundationModelId(stack, 'M', tasks.FoundationModelIdentifier.AMAZON_NOVA_LITE_V1_0);
    expect(fm.modelId).toEqual('amazon.nova-lite-v1:0');
    const m = machineOf(stack, new tasks.BedrockInvokeModel(stack, 'Invoke', { model: fm, body }));
    expect(m.definition.States.Invoke.Parameters.ModelId).toEqual(`arn:${PARTITION}:bedrock:${REGION}::foundation-model/amazon.nova-lite-v1:0`);
    expect(new tasks.FoundationModelIdentifier('custom.model-v1').modelId).toEqual('custom.model-v1');
  });

  test('input and output S3 locations: s3:// URIs, GetObject and PutObject on the objects', () => {
    const bucket = new S3Bucket(stack, 'Bucket', {});
    const task = new tasks.BedrockInvokeModel(stack, 'Invoke', {
      model,
      input: { s3Location: { bucketName: bucket.bucket, objectKey: 'in/prompt.json' } },
      output: { s3Location: { bucketName: 'results', objectKey: 'out/answer.json' } },
      accept: 'application/json',
      contentType: 'application/json',
      traceEnabled: false,
    });
    const m = machineOf(stack, task);
    expect(m.definition.States.Invoke.Parameters).toEqual({
      ModelId: MODEL_ARN,
      Accept: 'application/json',
      ContentType: 'application/json',
      Input: { S3Uri: 's3://${aws_s3_bucket.Bucket.bucket}/in/prompt.json' },
      Output: { S3Uri: 's3://results/out/answer.json' },
      Trace: 'DISABLED',
    });
    expect(m.statements).toEqual([
      INVOKE,
      { Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:${PARTITION}:s3:::\${aws_s3_bucket.Bucket.bucket}/in/prompt.json` },
      { Effect: 'Allow', Action: 's3:PutObject', Resource: `arn:${PARTITION}:s3:::results/out/answer.json` },
    ]);
  });

  test('S3 URIs from the input: Input.S3Uri.$ and any object; inputPath stays the state\'s (catalog C.19)', () => {
    const task = new tasks.BedrockInvokeModel(stack, 'Invoke', {
      model,
      inputPath: '$.request',
      input: { s3InputUri: sfn.JsonPath.stringAt('$.in') },
      output: { s3OutputUri: sfn.JsonPath.stringAt('$.out') },
      traceEnabled: true,
    });
    const m = machineOf(stack, task);
    const state = m.definition.States.Invoke;
    expect(state.InputPath).toEqual('$.request');
    expect(state.Parameters).toEqual({ 'ModelId': MODEL_ARN, 'Input': { 'S3Uri.$': '$.in' }, 'Output': { 'S3Uri.$': '$.out' }, 'Trace': 'ENABLED' });
    expect(m.statements).toEqual([
      INVOKE,
      // the two statements on the same resource are merged
      { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: `arn:${PARTITION}:s3:::*` },
    ]);
  });

  test('a guardrail by ID: ApplyGuardrail on its ARN in the stack\'s region and account', () => {
    const task = new tasks.BedrockInvokeModel(stack, 'Invoke', { model, body, guardrail: tasks.Guardrail.enable('abc123', 2) });
    const m = machineOf(stack, task);
    expect(m.definition.States.Invoke.Parameters).toMatchObject({ GuardrailIdentifier: 'abc123', GuardrailVersion: '2' });
    expect(m.statements[1]).toEqual({ Effect: 'Allow', Action: 'bedrock:ApplyGuardrail', Resource: `arn:${PARTITION}:bedrock:${REGION}:${ACCOUNT}:guardrail/abc123` });
  });

  test('a guardrail by ARN, and a BedrockGuardrail\'s guardrail_arn and guardrail_id', () => {
    const arn = 'arn:aws:bedrock:us-east-1:123456789012:guardrail/abc123';
    const g = new BedrockGuardrail(stack, 'Guardrail', { name: 'g', blockedInputMessaging: 'no', blockedOutputsMessaging: 'no' });
    const a = new tasks.BedrockInvokeModel(stack, 'A', { model, body, guardrail: tasks.Guardrail.enableDraft(arn) });
    const b = new tasks.BedrockInvokeModel(stack, 'B', { model, body, guardrail: tasks.Guardrail.enableDraft(g.guardrailArn) });
    const c = new tasks.BedrockInvokeModel(stack, 'C', { model, body, guardrail: tasks.Guardrail.enable(g.guardrailId, 1) });
    const m = machineOf(stack, a.next(b).next(c));
    expect(m.definition.States.A.Parameters).toMatchObject({ GuardrailIdentifier: arn, GuardrailVersion: 'DRAFT' });
    const resources = m.statements.filter((s) => s.Action === 'bedrock:ApplyGuardrail').flatMap((s) => [s.Resource].flat());
    expect(resources).toEqual([arn, '${aws_bedrock_guardrail.Guardrail.guardrail_arn}', `arn:${PARTITION}:bedrock:${REGION}:${ACCOUNT}:guardrail/\${aws_bedrock_guardrail.Guardrail.guardrail_id}`]);
  });

  test('JSONata renders Arguments as given', () => {
    const task = tasks.BedrockInvokeModel.jsonata(stack, 'Invoke', {
      model,
      body: sfn.TaskInput.fromObject({ inputText: '{% $states.input.prompt %}' }),
      output: { s3OutputUri: '{% $states.input.out %}' },
    });
    const m = machineOf(stack, task);
    expect(m.definition.States.Invoke).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      Resource: integrationArn('bedrock:invokeModel'),
      Arguments: { ModelId: MODEL_ARN, Body: { inputText: '{% $states.input.prompt %}' }, Output: { S3Uri: '{% $states.input.out %}' } },
      End: true,
    });
    expect(m.statements[1]).toEqual({ Effect: 'Allow', Action: 's3:PutObject', Resource: `arn:${PARTITION}:s3:::*` });
  });

  test('a model ARN from the state input gets bedrock:InvokeModel on *', () => {
    const task = tasks.BedrockInvokeModel.jsonPath(stack, 'Invoke', { model: { modelArn: sfn.JsonPath.stringAt('$.model') }, body });
    const m = machineOf(stack, task);
    expect(m.definition.States.Invoke.Parameters['ModelId.$']).toEqual('$.model');
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'bedrock:InvokeModel', Resource: '*' }]);
  });

  describe('validation', () => {
    const loc = { bucketName: 'b', objectKey: 'k' };
    test.each([
      ['body and input', { body, input: { s3Location: loc } }, /either 'body' or 'input'.*not both/],
      ['neither body nor input', {}, /needs an input: give 'body', or 'input'/],
      ['an empty input', { input: {} }, /needs an input/],
      ['an input object version', { input: { s3Location: { ...loc, objectVersion: '1' } } }, /'input.s3Location.objectVersion' is not supported/],
      ['an output object version', { body, output: { s3Location: { ...loc, objectVersion: '1' } } }, /'output.s3Location.objectVersion' is not supported/],
      ['input location and URI', { input: { s3Location: loc, s3InputUri: 's3://b/k' } }, /'input' takes either 's3Location' or 's3InputUri'/],
      ['output location and URI', { body, output: { s3Location: loc, s3OutputUri: 's3://b/k' } }, /'output' takes either 's3Location' or 's3OutputUri'/],
      ['an empty input URI', { input: { s3InputUri: '' } }, /'input.s3InputUri' must be an s3:\/\/ URI, got an empty string/],
      ['an empty output URI', { body, output: { s3OutputUri: '' } }, /'output.s3OutputUri' must be an s3:\/\/ URI/],
      ['RUN_JOB', { body, integrationPattern: sfn.IntegrationPattern.RUN_JOB }, /'integrationPattern' RUN_JOB is not supported by this task; supported: REQUEST_RESPONSE/],
    ])('%s is rejected', (_name, props, error) => {
      expect(() => new tasks.BedrockInvokeModel(stack, 'Invoke', { model, ...props } as any)).toThrow(error);
      expect(() => new tasks.BedrockInvokeModel(stack, 'Other', { model, ...props } as any)).toThrow(/test\/Other: /);
    });

    test('body alone, input alone, an input URI with an output location are accepted', () => {
      expect(() => new tasks.BedrockInvokeModel(stack, 'A', { model, body })).not.toThrow();
      expect(() => new tasks.BedrockInvokeModel(stack, 'B', { model, input: { s3Location: loc } })).not.toThrow();
      expect(() => new tasks.BedrockInvokeModel(stack, 'C', { model, input: { s3InputUri: 's3://b/k' }, output: { s3Location: loc } })).not.toThrow();
    });
  });
});

describe('Guardrail', () => {
  test.each([1, 99_999_999])('version %d is accepted', (v) => {
    expect(tasks.Guardrail.enable('abc', v).guardrailVersion).toEqual(`${v}`);
  });
  test.each([0, 100_000_000, 1.5])('version %d is rejected', (v) => {
    expect(() => tasks.Guardrail.enable('abc', v)).toThrow(/Guardrail.enable: 'version' must be a whole number from 1 to 99999999/);
  });
  test('identifiers: lowercase ids and guardrail ARNs are accepted', () => {
    expect(tasks.Guardrail.enableDraft('a1b2').guardrailIdentifier).toEqual('a1b2');
    expect(() => tasks.Guardrail.enableDraft('arn:aws:bedrock:us-east-1:123456789012:guardrail/a1b2')).not.toThrow();
  });
  test.each([
    ['an uppercase id', 'ABC', /lowercase letters and digits only, got "ABC"/],
    ['an ARN without an id', 'arn:aws:bedrock:us-east-1:123456789012:guardrail/', /is no guardrail ARN/],
    ['an ARN of something else', 'arn:aws:bedrock:us-east-1:123456789012:agent/x', /is no guardrail ARN/],
    ['a too long identifier', 'a'.repeat(2049), /at most 2048 characters, got 2049/],
  ])('%s is rejected', (_name, id, error) => {
    expect(() => tasks.Guardrail.enableDraft(id)).toThrow(error);
  });
});
