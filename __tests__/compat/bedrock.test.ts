// Differential test against aws-cdk-lib 2.276 for the Bedrock tasks: the same tasks must give the same
// state and grants, but for the documented differences (docs/DIFFERENCES.md), which the cases marked
// "difference" pin down.
import type * as cdk from 'aws-cdk-lib';
import * as cdkBedrock from 'aws-cdk-lib/aws-bedrock';
import * as cdkIam from 'aws-cdk-lib/aws-iam';
import * as cdkS3 from 'aws-cdk-lib/aws-s3';
import * as cdkSfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cdkTasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { sfn, tasks } from '../../src';
import { cdkDefinition, cdkGrants, cdkSynth, ourDefinition, ourGrants, ourSynth } from '../util/compat';

const cdkModel = (s: cdk.Stack) => cdkBedrock.FoundationModel.fromFoundationModelId(s, 'Model', cdkBedrock.FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1);
const ourModel = (s: any) => tasks.FoundationModel.fromFoundationModelId(s, 'Model', tasks.FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1);

describe('BedrockInvokeModel: same state and grants as aws-cdk-lib 2.276', () => {
  test('a body, accept, a guardrail by id, trace', () => {
    const cdkTask = (s: cdk.Stack) => new cdkTasks.BedrockInvokeModel(s, 'Invoke', {
      model: cdkModel(s),
      body: cdkSfn.TaskInput.fromObject({ inputText: cdkSfn.JsonPath.stringAt('$.prompt'), textGenerationConfig: { maxTokenCount: 100 } }),
      accept: 'application/json',
      guardrail: cdkTasks.Guardrail.enable('abc123', 7),
      traceEnabled: true,
      resultSelector: { text: cdkSfn.JsonPath.stringAt('$.Body.results[0].outputText') },
    });
    const ourTask = (s: any) => new tasks.BedrockInvokeModel(s, 'Invoke', {
      model: ourModel(s),
      body: sfn.TaskInput.fromObject({ inputText: sfn.JsonPath.stringAt('$.prompt'), textGenerationConfig: { maxTokenCount: 100 } }),
      accept: 'application/json',
      guardrail: tasks.Guardrail.enable('abc123', 7),
      traceEnabled: true,
      resultSelector: { text: sfn.JsonPath.stringAt('$.Body.results[0].outputText') },
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask));
  });

  test('S3 locations in and out, a guardrail by ARN in draft', () => {
    const arn = 'arn:aws:bedrock:us-east-1:123456789012:guardrail/abc123';
    const cdkTask = (s: cdk.Stack) => new cdkTasks.BedrockInvokeModel(s, 'Invoke', {
      model: cdkModel(s),
      input: { s3Location: { bucketName: 'in', objectKey: 'prompt.json' } },
      output: { s3Location: { bucketName: 'out', objectKey: 'answer.json' } },
      guardrail: cdkTasks.Guardrail.enableDraft(arn),
      traceEnabled: false,
    });
    const ourTask = (s: any) => new tasks.BedrockInvokeModel(s, 'Invoke', {
      model: ourModel(s),
      input: { s3Location: { bucketName: 'in', objectKey: 'prompt.json' } },
      output: { s3Location: { bucketName: 'out', objectKey: 'answer.json' } },
      guardrail: tasks.Guardrail.enableDraft(arn),
      traceEnabled: false,
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask));
  });

  test('S3 URIs from the input, JSONPath and JSONata', () => {
    const cdkPath = (s: cdk.Stack) => new cdkTasks.BedrockInvokeModel(s, 'Invoke', {
      model: cdkModel(s), input: { s3InputUri: cdkSfn.JsonPath.stringAt('$.in') }, output: { s3OutputUri: cdkSfn.JsonPath.stringAt('$.out') },
    });
    const ourPath = (s: any) => new tasks.BedrockInvokeModel(s, 'Invoke', {
      model: ourModel(s), input: { s3InputUri: sfn.JsonPath.stringAt('$.in') }, output: { s3OutputUri: sfn.JsonPath.stringAt('$.out') },
    });
    expect(ourDefinition(ourPath)).toEqual(cdkDefinition(cdkPath));
    expect(ourGrants(ourPath)).toEqual(cdkGrants(cdkPath));
    const cdkJsonata = (s: cdk.Stack) => cdkTasks.BedrockInvokeModel.jsonata(s, 'Invoke', {
      model: cdkModel(s), input: { s3InputUri: '{% $states.input.in %}' }, outputs: { r: '{% $states.result.Body %}' },
    });
    const ourJsonata = (s: any) => tasks.BedrockInvokeModel.jsonata(s, 'Invoke', {
      model: ourModel(s), input: { s3InputUri: '{% $states.input.in %}' }, outputs: { r: '{% $states.result.Body %}' },
    });
    expect(ourDefinition(ourJsonata)).toEqual(cdkDefinition(cdkJsonata));
    expect(ourGrants(ourJsonata)).toEqual(cdkGrants(cdkJsonata));
  });

  test('difference: inputPath is only the state\'s InputPath, without aws-cdk-lib\'s warning (catalog C.19)', () => {
    const cdkTask = (s: cdk.Stack) => new cdkTasks.BedrockInvokeModel(s, 'Invoke', {
      model: cdkModel(s), inputPath: '$.request', body: cdkSfn.TaskInput.fromObject({ inputText: 'x' }),
    });
    const ourTask = (s: any) => new tasks.BedrockInvokeModel(s, 'Invoke', {
      model: ourModel(s), inputPath: '$.request', body: sfn.TaskInput.fromObject({ inputText: 'x' }),
    });
    const theirs = cdkSynth(cdkTask);
    expect(theirs.warnings.some((w) => w.includes('inputPath/outputPath as s3 URI'))).toBe(true);
    const ours = ourSynth(ourTask);
    expect(ours.definition).toEqual(theirs.definition);
    expect(ours.warnings).toEqual([]);
  });

  test('difference: a model ARN from the state input gets bedrock:InvokeModel on * (aws-cdk-lib writes the path)', () => {
    const cdkTask = (s: cdk.Stack) => new cdkTasks.BedrockInvokeModel(s, 'Invoke', {
      model: { modelArn: cdkSfn.JsonPath.stringAt('$.model') }, body: cdkSfn.TaskInput.fromObject({ inputText: 'x' }),
    });
    const ourTask = (s: any) => new tasks.BedrockInvokeModel(s, 'Invoke', {
      model: { modelArn: sfn.JsonPath.stringAt('$.model') }, body: sfn.TaskInput.fromObject({ inputText: 'x' }),
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(cdkGrants(cdkTask)).toEqual(['bedrock:InvokeModel $.model']);
    expect(ourGrants(ourTask)).toEqual(['bedrock:InvokeModel *']);
  });
});

describe('BedrockCreateModelCustomizationJob: same state and grants as aws-cdk-lib 2.276', () => {
  const ROLE = 'arn:aws:iam::123456789012:role/bedrock-job';
  const cdkProps = (s: cdk.Stack) => {
    const bucket = cdkS3.Bucket.fromBucketName(s, 'Data', 'training-data');
    return {
      baseModel: cdkModel(s),
      role: cdkIam.Role.fromRoleArn(s, 'Role', ROLE),
      clientRequestToken: 'token-1',
      customizationType: cdkTasks.CustomizationType.FINE_TUNING,
      customModelName: 'custom-model',
      customModelTags: [{ key: 'team', value: 'ml' }],
      hyperParameters: { epochCount: '2' },
      jobName: 'job-1',
      jobTags: [{ key: 'run', value: '1' }],
      trainingData: { bucket, path: 'train/data.jsonl' },
      validationData: [{ bucket, path: 'validation/' }, { bucket }],
      outputData: { bucket, path: 'output' },
    };
  };
  const ourProps = (s: any) => {
    const bucket = { bucket: 'training-data', arn: 'arn:aws:s3:::training-data' };
    return {
      baseModel: ourModel(s),
      role: { arn: ROLE, name: 'bedrock-job' },
      clientRequestToken: 'token-1',
      customizationType: tasks.CustomizationType.FINE_TUNING,
      customModelName: 'custom-model',
      customModelTags: [{ key: 'team', value: 'ml' }],
      hyperParameters: { epochCount: '2' },
      jobName: 'job-1',
      jobTags: [{ key: 'run', value: '1' }],
      trainingData: { bucket, path: 'train/data.jsonl' },
      validationData: [{ bucket, path: 'validation/' }, { bucket }],
      outputData: { bucket, path: 'output' },
    };
  };

  test('REQUEST_RESPONSE with a role and every data option', () => {
    const cdkTask = (s: cdk.Stack) => new cdkTasks.BedrockCreateModelCustomizationJob(s, 'Customize', cdkProps(s));
    const ourTask = (s: any) => new tasks.BedrockCreateModelCustomizationJob(s, 'Customize', ourProps(s));
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask));
  });

  test('difference: RUN_JOB renders .sync and may poll and stop the job (aws-cdk-lib renders no suffix, catalog C.7)', () => {
    const cdkTask = (s: cdk.Stack) => new cdkTasks.BedrockCreateModelCustomizationJob(s, 'Customize', { ...cdkProps(s), integrationPattern: cdkSfn.IntegrationPattern.RUN_JOB });
    const ourTask = (s: any) => new tasks.BedrockCreateModelCustomizationJob(s, 'Customize', { ...ourProps(s), integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    const theirs = cdkDefinition(cdkTask);
    expect(theirs.States.Customize.Resource).toEqual('arn:aws:states:::bedrock:createModelCustomizationJob');
    const ours = ourDefinition(ourTask);
    expect(ours).toEqual({ ...theirs, States: { Customize: { ...theirs.States.Customize, Resource: 'arn:aws:states:::bedrock:createModelCustomizationJob.sync' } } });
    const polling = ['bedrock:GetModelCustomizationJob', 'bedrock:StopModelCustomizationJob']
      .map((a) => `${a} arn:aws:bedrock:us-east-1:123456789012:model-customization-job/*`);
    expect(ourGrants(ourTask)).toEqual([...cdkGrants(cdkTask), ...polling].sort());
  });

  test('difference: JSONata renders Arguments (aws-cdk-lib always renders Parameters, catalog C.7)', () => {
    const cdkTask = (s: cdk.Stack) => new cdkTasks.BedrockCreateModelCustomizationJob(s, 'Customize', { ...cdkProps(s), queryLanguage: cdkSfn.QueryLanguage.JSONATA });
    const ourTask = (s: any) => tasks.BedrockCreateModelCustomizationJob.jsonata(s, 'Customize', ourProps(s));
    const theirs = cdkDefinition(cdkTask).States.Customize;
    const ours = ourDefinition(ourTask).States.Customize;
    expect(ours.Arguments).toEqual(theirs.Parameters);
    expect(ours.Parameters).toBeUndefined();
  });
});
