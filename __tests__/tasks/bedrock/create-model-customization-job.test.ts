import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { evaluateTemplate } from '../../util/hcl-eval';
import { newStack, policiesAttachedTo, synth } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn } from '../util';

const MODEL_ARN = 'arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1';
const bucket = (name: string) => ({ bucket: name, arn: `arn:aws:s3:::${name}` });
const base = {
  baseModel: { modelArn: MODEL_ARN },
  customModelName: 'my-model',
  jobName: 'my-job',
  trainingData: { bucket: bucket('train'), path: 'data.jsonl' },
  outputData: { bucket: bucket('out') },
  hyperParameters: { 'Evaluation percentage': '20' },
};
const JOBS = `arn:${PARTITION}:bedrock:${REGION}:${ACCOUNT}:model-customization-job/*`;

// the machine, and the role the task created with the documents attached to it
function synthesize(stack: TerraformStack, chain: sfn.IChainable) {
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(chain) });
  const out = synth(stack);
  const roles = out.json.resource.aws_iam_role as Record<string, any>;
  const jobRole = Object.keys(roles).find((k) => k.includes('BedrockRole'));
  return {
    machine: out.machines[0],
    jobRole: jobRole ? roles[jobRole] : undefined,
    jobRoleAddress: `aws_iam_role.${jobRole}`,
    jobStatements: jobRole ? policiesAttachedTo(out.json, `aws_iam_role.${jobRole}`).flatMap((p) => p.document.Statement) : [],
    json: out.json,
  };
}

describe('BedrockCreateModelCustomizationJob', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('REQUEST_RESPONSE by default, with the role it creates (BedrockRole)', () => {
    const task = new tasks.BedrockCreateModelCustomizationJob(stack, 'Customize', base);
    const s = synthesize(stack, task);
    expect(s.machine.definition.States.Customize).toEqual({
      Type: 'Task',
      Resource: integrationArn('bedrock:createModelCustomizationJob'),
      Parameters: {
        BaseModelIdentifier: MODEL_ARN,
        CustomModelName: 'my-model',
        HyperParameters: { 'Evaluation percentage': '20' },
        JobName: 'my-job',
        OutputDataConfig: { S3Uri: 's3://out' },
        RoleArn: `\${${s.jobRoleAddress}.arn}`,
        TrainingDataConfig: { S3Uri: 's3://train/data.jsonl' },
      },
      End: true,
    });
    expect(s.machine.statements).toEqual([
      {
        Effect: 'Allow',
        Action: ['bedrock:CreateModelCustomizationJob', 'bedrock:TagResource'],
        Resource: [MODEL_ARN, `arn:${PARTITION}:bedrock:${REGION}:${ACCOUNT}:custom-model/*`, JOBS],
      },
      { Effect: 'Allow', Action: 'iam:PassRole', Resource: `\${${s.jobRoleAddress}.arn}` },
    ]);
    expect(JSON.parse(evaluateTemplate(s.jobRole.assume_role_policy) as string)).toEqual({
      Version: '2012-10-17',
      Statement: [{
        Effect: 'Allow',
        Principal: { Service: 'bedrock.amazonaws.com' },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT }, ArnEquals: { 'aws:SourceArn': JOBS } },
      }],
    });
    expect(s.jobStatements).toEqual([
      { Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::train', 'arn:aws:s3:::train/*'] },
      { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::out', 'arn:aws:s3:::out/*'] },
    ]);
    expect(task.role.arn).toEqual(expect.stringContaining('TfToken'));
  });

  test('RUN_JOB renders .sync and may poll and stop the job (catalog C.7, C.26)', () => {
    const task = new tasks.BedrockCreateModelCustomizationJob(stack, 'Customize', { ...base, integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    const s = synthesize(stack, task);
    expect(s.machine.definition.States.Customize.Resource).toEqual(integrationArn('bedrock:createModelCustomizationJob.sync'));
    expect(s.machine.statements[2]).toEqual({ Effect: 'Allow', Action: ['bedrock:GetModelCustomizationJob', 'bedrock:StopModelCustomizationJob'], Resource: JOBS });
  });

  test('every option: S3 buckets, validation data, tags, KMS, VPC on the created role', () => {
    const data = new S3Bucket(stack, 'Data', {});
    const task = new tasks.BedrockCreateModelCustomizationJob(stack, 'Customize', {
      ...base,
      clientRequestToken: 'token-1',
      customizationType: tasks.CustomizationType.CONTINUED_PRE_TRAINING,
      customModelKmsKey: { arn: 'arn:aws:kms:us-east-1:123456789012:key/k' },
      customModelTags: [{ key: 'team', value: 'ml' }],
      jobTags: [{ key: 'run', value: '1' }],
      trainingData: { bucket: data, path: '/train/' },
      validationData: [{ bucket: bucket('val1') }, { bucket: bucket('val2'), path: 'v.jsonl' }],
      outputData: { bucket: data, path: 'out' },
      vpcConfig: { securityGroups: [{ id: 'sg-1' }], subnets: [{ id: 'subnet-1' }, { id: 'subnet-2' }] },
    });
    const s = synthesize(stack, task);
    expect(s.machine.definition.States.Customize.Parameters).toMatchObject({
      ClientRequestToken: 'token-1',
      CustomizationType: 'CONTINUED_PRE_TRAINING',
      CustomModelKmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k',
      CustomModelTags: [{ Key: 'team', Value: 'ml' }],
      JobTags: [{ Key: 'run', Value: '1' }],
      TrainingDataConfig: { S3Uri: 's3://${aws_s3_bucket.Data.bucket}/train/' },
      ValidationDataConfig: { Validators: [{ S3Uri: 's3://val1' }, { S3Uri: 's3://val2/v.jsonl' }] },
      OutputDataConfig: { S3Uri: 's3://${aws_s3_bucket.Data.bucket}/out' },
      VpcConfig: { SecurityGroupIds: ['sg-1'], SubnetIds: ['subnet-1', 'subnet-2'] },
    });
    const ec2 = (r: string) => `arn:${PARTITION}:ec2:${REGION}:${ACCOUNT}:${r}`;
    const byAction = (a: string) => s.jobStatements.filter((st: any) => [st.Action].flat().includes(a));
    expect(byAction('ec2:DescribeVpcs')).toEqual([{ Effect: 'Allow', Action: expect.arrayContaining(['ec2:DescribeNetworkInterfaces', 'ec2:DescribeSubnets']), Resource: '*' }]);
    expect(byAction('ec2:CreateNetworkInterface')).toEqual(expect.arrayContaining([
      { Effect: 'Allow', Action: 'ec2:CreateNetworkInterface', Resource: [ec2('security-group/sg-1'), ec2('subnet/subnet-1'), ec2('subnet/subnet-2')] },
      expect.objectContaining({ Resource: ec2('network-interface/*'), Condition: { StringEquals: { 'aws:RequestTag/BedrockManaged': ['true'] }, ArnEquals: { 'aws:RequestTag/BedrockModelCustomizationJobArn': [JOBS] } } }),
    ]));
    expect(byAction('ec2:DeleteNetworkInterface')[0].Condition).toEqual({
      ArnEquals: { 'ec2:Subnet': [ec2('subnet/subnet-1'), ec2('subnet/subnet-2')], 'ec2:ResourceTag/BedrockModelCustomizationJobArn': [JOBS] },
      StringEquals: { 'ec2:ResourceTag/BedrockManaged': 'true' },
    });
    expect(byAction('ec2:CreateTags')[0].Condition).toEqual({
      'StringEquals': { 'ec2:CreateAction': ['CreateNetworkInterface'] },
      'ForAllValues:StringEquals': { 'aws:TagKeys': ['BedrockManaged', 'BedrockModelCustomizationJobArn'] },
    });
    expect(byAction('s3:ListBucket').map((st: any) => st.Resource)).toEqual(expect.arrayContaining([
      ['${aws_s3_bucket.Data.arn}', 'arn:aws:s3:::val1', 'arn:aws:s3:::val2', '${aws_s3_bucket.Data.arn}/*', 'arn:aws:s3:::val1/*', 'arn:aws:s3:::val2/*'],
    ]));
    expect(byAction('kms:Decrypt')).toEqual([{
      Effect: 'Allow',
      Action: ['kms:Decrypt', 'kms:GenerateDataKey', 'kms:DescribeKey', 'kms:CreateGrant'],
      Resource: 'arn:aws:kms:us-east-1:123456789012:key/k',
      Condition: { StringEquals: { 'kms:ViaService': `bedrock.${REGION}.amazonaws.com` } },
    }]);
  });

  test('a given role: no role created, PassRole on it, only the KMS grant goes to it', () => {
    const role = new IamRole(stack, 'JobRole', { assumeRolePolicy: '{}' });
    const task = new tasks.BedrockCreateModelCustomizationJob(stack, 'Customize', { ...base, role, customModelKmsKey: { arn: 'arn:aws:kms:us-east-1:123456789012:key/k' } });
    expect(task.role).toBe(role);
    const s = synthesize(stack, task);
    expect(s.jobRole).toBeUndefined();
    expect(s.machine.definition.States.Customize.Parameters.RoleArn).toEqual('${aws_iam_role.JobRole.arn}');
    expect(s.machine.statements[1]).toEqual({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '${aws_iam_role.JobRole.arn}' });
    const granted = policiesAttachedTo(s.json, 'aws_iam_role.JobRole').flatMap((p) => p.document.Statement);
    expect(granted.map((st: any) => st.Action)).toEqual([['kms:Decrypt', 'kms:GenerateDataKey', 'kms:DescribeKey', 'kms:CreateGrant']]);
  });

  test('JSONata renders Arguments (aws-cdk-lib has no JSONata, catalog C.7)', () => {
    const task = tasks.BedrockCreateModelCustomizationJob.jsonata(stack, 'Customize', { ...base, role: { arn: 'arn:aws:iam::123456789012:role/r', name: 'r' }, jobName: '{% $states.input.job %}' });
    const s = synthesize(stack, task);
    expect(s.machine.definition.States.Customize).toMatchObject({
      QueryLanguage: 'JSONata',
      Arguments: { JobName: '{% $states.input.job %}', RoleArn: 'arn:aws:iam::123456789012:role/r' },
    });
    expect(s.machine.definition.States.Customize.Parameters).toBeUndefined();
  });

  test('jsonPath() is the constructor; JsonPath values become key.$ fields', () => {
    const task = tasks.BedrockCreateModelCustomizationJob.jsonPath(stack, 'Customize', { ...base, role: { arn: 'arn:aws:iam::1:role/r', name: 'r' }, jobName: sfn.JsonPath.stringAt('$.job') });
    expect(synthesize(stack, task).machine.definition.States.Customize.Parameters['JobName.$']).toEqual('$.job');
  });

  describe('validation', () => {
    test.each([
      ['WAIT_FOR_TASK_TOKEN', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }, /'integrationPattern' WAIT_FOR_TASK_TOKEN is not supported by this task; supported: REQUEST_RESPONSE, RUN_JOB/],
      ['an empty clientRequestToken', { clientRequestToken: '' }, /'clientRequestToken' must have 1 to 256 characters, got 0/],
      ['a long clientRequestToken', { clientRequestToken: 'a'.repeat(257) }, /'clientRequestToken' must have 1 to 256 characters, got 257/],
      ['a clientRequestToken ending in -', { clientRequestToken: 'a-' }, /'clientRequestToken' must be letters and digits, with hyphens between them .*got "a-"/],
      ['a long customModelName', { customModelName: 'a'.repeat(64) }, /'customModelName' must have 1 to 63 characters, got 64/],
      ['a customModelName with __', { customModelName: 'a__b' }, /'customModelName' must be .*got "a__b"/],
      ['an empty jobName', { jobName: '' }, /'jobName' must have 1 to 63 characters, got 0/],
      ['a jobName starting with -', { jobName: '-job' }, /'jobName' must be .*got "-job"/],
      ['201 customModelTags', { customModelTags: Array.from({ length: 201 }, (_, i) => ({ key: `k${i}`, value: 'v' })) }, /'customModelTags' must have 0 to 200 entries, got 201/],
      ['201 jobTags', { jobTags: Array.from({ length: 201 }, (_, i) => ({ key: `k${i}`, value: 'v' })) }, /'jobTags' must have 0 to 200 entries, got 201/],
      ['no validationData entry', { validationData: [] }, /'validationData' must have 1 to 10 entries, got 0/],
      ['11 validationData entries', { validationData: Array.from({ length: 11 }, () => ({ bucket: bucket('v') })) }, /'validationData' must have 1 to 10 entries, got 11/],
      ['no security group', { vpcConfig: { securityGroups: [], subnets: [{ id: 's' }] } }, /'vpcConfig.securityGroups' must have 1 to 5 entries, got 0/],
      ['6 security groups', { vpcConfig: { securityGroups: Array.from({ length: 6 }, () => ({ id: 'sg' })), subnets: [{ id: 's' }] } }, /'vpcConfig.securityGroups' must have 1 to 5 entries, got 6/],
      ['17 subnets', { vpcConfig: { securityGroups: [{ id: 'sg' }], subnets: Array.from({ length: 17 }, () => ({ id: 's' })) } }, /'vpcConfig.subnets' must have 1 to 16 entries, got 17/],
      ['neither validation data nor Evaluation percentage', { hyperParameters: { epochCount: '1' } }, /needs validation data: give 'validationData', or the 'Evaluation percentage' hyperparameter/],
    ])('%s is rejected', (_name, props, error) => {
      expect(() => new tasks.BedrockCreateModelCustomizationJob(stack, 'Customize', { ...base, ...props } as any)).toThrow(error);
      expect(() => new tasks.BedrockCreateModelCustomizationJob(stack, `Other${_name.length}`, { ...base, ...props } as any)).toThrow(/test\/Other\d+: /);
    });

    test.each([
      ['the longest names and token', { clientRequestToken: `a-${'b'.repeat(254)}`, customModelName: `a_${'b'.repeat(61)}`, jobName: `a+.-${'b'.repeat(59)}` }],
      ['tokens (not checked)', { jobName: sfn.JsonPath.stringAt('$.job'), customModelName: sfn.JsonPath.stringAt('$.name') }],
      ['JSONata expressions (not checked)', { jobName: '{% $states.input.job %}', clientRequestToken: '{% $uuid() %}' }],
      ['200 tags', { customModelTags: Array.from({ length: 200 }, (_, i) => ({ key: `k${i}`, value: 'v' })) }],
      ['10 validation data sets, no hyperparameters', { hyperParameters: undefined, validationData: Array.from({ length: 10 }, (_, i) => ({ bucket: bucket(`v${i}`) })) }],
      ['5 security groups and 16 subnets', { vpcConfig: { securityGroups: Array.from({ length: 5 }, () => ({ id: 'sg' })), subnets: Array.from({ length: 16 }, () => ({ id: 's' })) } }],
    ])('%s is accepted', (_name, props) => {
      expect(() => new tasks.BedrockCreateModelCustomizationJob(stack, 'Customize', { ...base, ...props } as any)).not.toThrow();
    });
  });
});
