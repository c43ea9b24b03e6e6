import type { TerraformStack } from 'cdktf';
import { Duration, Size, sfn, tasks } from '../../../src';
import { newStack, renderState, synth } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn, machineOf } from '../util';

const ROLE = { arn: 'arn:aws:iam::123456789012:role/transform', name: 'transform' };
const JOBS = `arn:${PARTITION}:sagemaker:${REGION}:${ACCOUNT}:transform-job/*`;
const PASS = { Effect: 'Allow', Action: 'iam:PassRole', Resource: ROLE.arn, Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } } };
const CRUD = { Effect: 'Allow', Action: ['sagemaker:CreateTransformJob', 'sagemaker:DescribeTransformJob', 'sagemaker:StopTransformJob'], Resource: JOBS };
const LIST = { Effect: 'Allow', Action: 'sagemaker:ListTags', Resource: '*' };
const RULE = {
  Effect: 'Allow',
  Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
  Resource: `arn:${PARTITION}:events:${REGION}:${ACCOUNT}:rule/StepFunctionsGetEventsForSageMakerTransformJobsRule`,
};
const base = {
  transformJobName: 'Job',
  modelName: 'model',
  role: ROLE,
  transformInput: { transformDataSource: { s3DataSource: { s3Uri: 's3://in/' } } },
  transformOutput: { s3OutputPath: 's3://out/' },
};

describe('SageMakerCreateTransformJob', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('defaults: REQUEST_RESPONSE, S3Prefix, one m4.xlarge; IAM without AddTags', () => {
    const task = new tasks.SageMakerCreateTransformJob(stack, 'Transform', base);
    const m = machineOf(stack, task);
    expect(m.definition.States.Transform).toEqual({
      Type: 'Task',
      Resource: integrationArn('sagemaker:createTransformJob'),
      Parameters: {
        ModelName: 'model',
        TransformInput: { DataSource: { S3DataSource: { S3Uri: 's3://in/', S3DataType: 'S3Prefix' } } },
        TransformJobName: 'Job',
        TransformOutput: { S3OutputPath: 's3://out/' },
        TransformResources: { InstanceCount: 1, InstanceType: 'ml.m4.xlarge' },
      },
      End: true,
    });
    expect(m.statements).toEqual([CRUD, LIST, PASS]);
  });

  test('RUN_JOB: .sync, the events rule (catalog spelling), then AddTags', () => {
    const task = new tasks.SageMakerCreateTransformJob(stack, 'Transform', { ...base, integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    const m = machineOf(stack, task);
    expect(m.definition.States.Transform.Resource).toEqual(integrationArn('sagemaker:createTransformJob.sync'));
    expect(m.statements).toEqual([{ ...CRUD, Action: [...CRUD.Action, 'sagemaker:AddTags'] }, LIST, PASS, RULE]);
  });

  test('tags with REQUEST_RESPONSE grant sagemaker:AddTags too', () => {
    const task = new tasks.SageMakerCreateTransformJob(stack, 'Transform', { ...base, tags: { team: 'ml' } });
    const m = machineOf(stack, task);
    expect(m.definition.States.Transform.Parameters.Tags).toEqual([{ Key: 'team', Value: 'ml' }]);
    expect(m.statements[0].Action).toContain('sagemaker:AddTags');
  });

  test('WAIT_FOR_TASK_TOKEN is rejected', () => {
    expect(() => new tasks.SageMakerCreateTransformJob(stack, 'Transform', { ...base, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow(/Transform: 'integrationPattern' WAIT_FOR_TASK_TOKEN is not supported by this task; supported: REQUEST_RESPONSE, RUN_JOB/);
  });

  test('every option', () => {
    const key = { arn: 'arn:aws:kms:us-east-1:123456789012:key/k' };
    const task = new tasks.SageMakerCreateTransformJob(stack, 'Transform', {
      ...base,
      transformJobName: sfn.JsonPath.stringAt('$.name'),
      batchStrategy: tasks.BatchStrategy.SINGLE_RECORD,
      environment: { A: 'b' },
      maxConcurrentTransforms: 4,
      maxPayload: Size.mebibytes(20),
      modelClientOptions: { invocationsMaxRetries: 3, invocationsTimeout: Duration.minutes(2) },
      tags: { team: 'ml' },
      transformInput: {
        compressionType: tasks.CompressionType.GZIP,
        contentType: 'text/csv',
        splitType: tasks.SplitType.TF_RECORD,
        transformDataSource: { s3DataSource: { s3Uri: sfn.JsonPath.stringAt('$.in'), s3DataType: tasks.S3DataType.MANIFEST_FILE } },
      },
      transformOutput: { s3OutputPath: 's3://out/', encryptionKey: key, accept: 'text/csv', assembleWith: tasks.AssembleWith.LINE },
      transformResources: { instanceCount: 3, instanceType: new tasks.InstanceType('c5.2xlarge'), volumeEncryptionKey: key },
    });
    expect(renderState(task).Parameters).toEqual({
      'BatchStrategy': 'SingleRecord',
      'Environment': { A: 'b' },
      'MaxConcurrentTransforms': 4,
      'MaxPayloadInMB': 20,
      'ModelClientConfig': { InvocationsMaxRetries: 3, InvocationsTimeoutInSeconds: 120 },
      'ModelName': 'model',
      'Tags': [{ Key: 'team', Value: 'ml' }],
      'TransformInput': { CompressionType: 'Gzip', ContentType: 'text/csv', DataSource: { S3DataSource: { 'S3Uri.$': '$.in', 'S3DataType': 'ManifestFile' } }, SplitType: 'TFRecord' },
      'TransformJobName.$': '$.name',
      'TransformOutput': { S3OutputPath: 's3://out/', KmsKeyId: key.arn, Accept: 'text/csv', AssembleWith: 'Line' },
      'TransformResources': { InstanceCount: 3, InstanceType: 'ml.c5.2xlarge', VolumeKmsKeyId: key.arn },
    });
  });

  test('JSONata', () => {
    const task = tasks.SageMakerCreateTransformJob.jsonata(stack, 'Transform', {
      ...base,
      transformJobName: '{% $states.input.name %}',
      transformResources: { instanceCount: 1, instanceType: new tasks.InstanceType('{% $states.input.type %}') },
    });
    const m = machineOf(stack, task);
    expect(m.definition.States.Transform.Arguments.TransformJobName).toEqual('{% $states.input.name %}');
    expect(m.definition.States.Transform.Arguments.TransformResources.InstanceType).toEqual('{% $states.input.type %}');
  });

  test('model client options: missing fields default to 0 retries and 60 seconds', () => {
    const task = new tasks.SageMakerCreateTransformJob(stack, 'Transform', { ...base, modelClientOptions: {} });
    expect(renderState(task).Parameters.ModelClientConfig).toEqual({ InvocationsMaxRetries: 0, InvocationsTimeoutInSeconds: 60 });
  });

  test('model client options: retries 0 to 3, timeout 1 to 3600 seconds', () => {
    expect(() => new tasks.SageMakerCreateTransformJob(stack, 'Four', { ...base, modelClientOptions: { invocationsMaxRetries: 4 } }))
      .toThrow(/Four: 'modelClientOptions.invocationsMaxRetries' must be a whole number from 0 to 3, got 4/);
    expect(() => new tasks.SageMakerCreateTransformJob(stack, 'Negative', { ...base, modelClientOptions: { invocationsMaxRetries: -1 } }))
      .toThrow(/Negative: .*got -1/);
    expect(() => new tasks.SageMakerCreateTransformJob(stack, 'Long', { ...base, modelClientOptions: { invocationsTimeout: Duration.seconds(3601) } }))
      .toThrow(/Long: 'modelClientOptions.invocationsTimeout' must be from 1 to 3600 seconds, got 3601 seconds/);
    expect(() => new tasks.SageMakerCreateTransformJob(stack, 'Zero', { ...base, modelClientOptions: { invocationsTimeout: Duration.seconds(0) } }))
      .toThrow(/Zero: .*got 0 seconds/);
    expect(() => new tasks.SageMakerCreateTransformJob(stack, 'Ok', {
      ...base, modelClientOptions: { invocationsMaxRetries: 0, invocationsTimeout: Duration.hours(1) },
    })).not.toThrow();
  });

  test('without a role: SagemakerTransformRole with AmazonSageMakerFullAccess, passed with iam:PassRole', () => {
    const task = new tasks.SageMakerCreateTransformJob(stack, 'Transform', { ...base, role: undefined });
    const m = machineOf(stack, task);
    const { json } = synth(stack);
    const roleName = Object.keys(json.resource.aws_iam_role).find((n) => n.includes('SagemakerTransformRole'))!;
    expect(roleName).toBeDefined();
    const attachments = Object.values<any>(json.resource.aws_iam_role_policy_attachment).filter((a) => a.role === `\${aws_iam_role.${roleName}.name}`);
    expect(attachments.map((a) => a.policy_arn)).toEqual([`arn:${PARTITION}:iam::aws:policy/AmazonSageMakerFullAccess`]);
    expect(json.resource.aws_iam_role_policy).toBeUndefined();
    expect(m.statements[2]).toEqual({ ...PASS, Resource: `\${aws_iam_role.${roleName}.arn}` });
    expect(task.role.arn).toBeDefined();
  });

  test('a payload that is not whole MiB names the prop', () => {
    expect(() => new tasks.SageMakerCreateTransformJob(stack, 'Transform', { ...base, maxPayload: Size.kibibytes(1500) }))
      .toThrow(/Transform: 'maxPayload' must be a whole number of the unit SageMaker takes: 1500 kibibytes is not a whole number of mebibytes/);
    expect(() => new tasks.SageMakerCreateTransformJob(stack, 'Ok', { ...base, maxPayload: Size.kibibytes(2048) })).not.toThrow();
  });

  test('an EXPRESS state machine refuses RUN_JOB and takes REQUEST_RESPONSE', () => {
    const sync = new tasks.SageMakerCreateTransformJob(stack, 'Sync', { ...base, integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    expect(() => new sfn.StateMachine(stack, 'Express', { definitionBody: sfn.DefinitionBody.fromChainable(sync), stateMachineType: sfn.StateMachineType.EXPRESS }))
      .toThrow(/state 'Sync' uses IntegrationPattern.RUN_JOB \(.sync\), which the EXPRESS state machine .* cannot run/);
    const other = newStack();
    const rr = new tasks.SageMakerCreateTransformJob(other, 'Rr', base);
    expect(() => new sfn.StateMachine(other, 'Express', { definitionBody: sfn.DefinitionBody.fromChainable(rr), stateMachineType: sfn.StateMachineType.EXPRESS })).not.toThrow();
  });
});
