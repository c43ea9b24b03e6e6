import type { TerraformStack } from 'cdktf';
import { Duration, Size, sfn, tasks } from '../../../src';
import { grantPairs } from '../../util/compat';
import { evaluateTemplate } from '../../util/hcl-eval';
import { newStack, renderState, synth } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn, machineOf } from '../util';

const ROLE = { arn: 'arn:aws:iam::123456789012:role/training', name: 'training' };
const BUCKET = { bucket: 'data-bucket', arn: 'arn:aws:s3:::data-bucket' };
const KEY = { arn: 'arn:aws:kms:us-east-1:123456789012:key/k' };
const JOBS = `arn:${PARTITION}:sagemaker:${REGION}:${ACCOUNT}:training-job/Job*`;
const PASS = { Effect: 'Allow', Action: 'iam:PassRole', Resource: ROLE.arn, Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } } };
const RULE = {
  Effect: 'Allow',
  Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
  Resource: `arn:${PARTITION}:events:${REGION}:${ACCOUNT}:rule/StepFunctionsGetEventsForSageMakerTrainingJobsRule`,
};
const base = {
  trainingJobName: 'Job',
  role: ROLE,
  algorithmSpecification: { algorithmName: 'BlazingText' },
  outputDataConfig: { s3OutputLocation: tasks.S3Location.fromBucket(BUCKET, 'out/') },
};

function statementsFor(resources: any, roleName: string): any[] {
  return Object.values<any>(resources.aws_iam_role_policy ?? {})
    .filter((p) => p.role === roleName)
    .flatMap((p) => JSON.parse(evaluateTemplate(p.policy) as string).Statement);
}

describe('SageMakerCreateTrainingJob', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('defaults: REQUEST_RESPONSE, File mode, m4.xlarge with 10 GiB, one hour', () => {
    const task = new tasks.SageMakerCreateTrainingJob(stack, 'Train', base);
    const m = machineOf(stack, task);
    expect(m.definition.States.Train).toEqual({
      Type: 'Task',
      Resource: integrationArn('sagemaker:createTrainingJob'),
      Parameters: {
        TrainingJobName: 'Job',
        RoleArn: ROLE.arn,
        AlgorithmSpecification: { TrainingInputMode: 'File', AlgorithmName: 'BlazingText' },
        OutputDataConfig: { S3OutputPath: 's3://data-bucket/out/' },
        ResourceConfig: { InstanceCount: 1, InstanceType: 'ml.m4.xlarge', VolumeSizeInGB: 10 },
        StoppingCondition: { MaxRuntimeInSeconds: 3600 },
      },
      End: true,
    });
    expect(m.statements).toEqual([
      { Effect: 'Allow', Action: ['sagemaker:CreateTrainingJob', 'sagemaker:DescribeTrainingJob', 'sagemaker:StopTrainingJob', 'sagemaker:AddTags'], Resource: JOBS },
      { Effect: 'Allow', Action: 'sagemaker:ListTags', Resource: '*' },
      PASS,
    ]);
  });

  test('RUN_JOB adds .sync and the events rule statement (catalog spelling)', () => {
    const task = new tasks.SageMakerCreateTrainingJob(stack, 'Train', { ...base, integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    const m = machineOf(stack, task);
    expect(m.definition.States.Train.Resource).toMatch(/sagemaker:createTrainingJob\.sync$/);
    expect(m.statements).toContainEqual(RULE);
  });

  test('WAIT_FOR_TASK_TOKEN is rejected', () => {
    expect(() => new tasks.SageMakerCreateTrainingJob(stack, 'Train', { ...base, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow(/Train: 'integrationPattern' WAIT_FOR_TASK_TOKEN is not supported by this task; supported: REQUEST_RESPONSE, RUN_JOB/);
  });

  test('every option, JSONPath values from the state', () => {
    const task = new tasks.SageMakerCreateTrainingJob(stack, 'Train', {
      ...base,
      trainingJobName: sfn.JsonPath.stringAt('$.name'),
      enableNetworkIsolation: true,
      algorithmSpecification: {
        trainingImage: tasks.DockerImage.fromJsonExpression(sfn.JsonPath.stringAt('$.image')),
        trainingInputMode: tasks.InputMode.PIPE,
        metricDefinitions: [{ name: 'loss', regex: 'loss=(.*)' }],
      },
      hyperparameters: { lr: '0.1' },
      inputDataConfig: [{
        channelName: 'train',
        compressionType: tasks.CompressionType.GZIP,
        contentType: 'text/csv',
        inputMode: tasks.InputMode.FAST_FILE,
        recordWrapperType: tasks.RecordWrapperType.RECORD_IO,
        shuffleConfig: { seed: 3 },
        dataSource: {
          s3DataSource: {
            s3Location: tasks.S3Location.fromJsonExpression('$.input'),
            s3DataType: tasks.S3DataType.AUGMENTED_MANIFEST_FILE,
            s3DataDistributionType: tasks.S3DataDistributionType.SHARDED_BY_S3_KEY,
            attributeNames: ['source-ref'],
          },
        },
      }],
      outputDataConfig: { s3OutputLocation: tasks.S3Location.fromBucket(BUCKET, 'out/'), encryptionKey: KEY },
      resourceConfig: { instanceCount: 2, instanceType: new tasks.InstanceType(sfn.JsonPath.stringAt('$.type')), volumeSize: Size.gibibytes(50), volumeEncryptionKey: KEY },
      stoppingCondition: { maxRuntime: Duration.minutes(30) },
      tags: { team: 'ml' },
      environment: { MODE: 'fast' },
    });
    expect(renderState(task).Parameters).toEqual({
      'TrainingJobName.$': '$.name',
      'EnableNetworkIsolation': true,
      'RoleArn': ROLE.arn,
      'AlgorithmSpecification': { 'TrainingInputMode': 'Pipe', 'TrainingImage.$': '$.image', 'MetricDefinitions': [{ Name: 'loss', Regex: 'loss=(.*)' }] },
      'InputDataConfig': [{
        ChannelName: 'train',
        DataSource: { S3DataSource: { 'S3Uri.$': '$.input', 'S3DataType': 'AugmentedManifestFile', 'S3DataDistributionType': 'ShardedByS3Key', 'AttributeNames': ['source-ref'] } },
        CompressionType: 'Gzip',
        ContentType: 'text/csv',
        InputMode: 'FastFile',
        RecordWrapperType: 'RecordIO',
      }],
      'OutputDataConfig': { S3OutputPath: 's3://data-bucket/out/', KmsKeyId: KEY.arn },
      'ResourceConfig': { 'InstanceCount': 2, 'InstanceType.$': '$.type', 'VolumeSizeInGB': 50, 'VolumeKmsKeyId': KEY.arn },
      'StoppingCondition': { MaxRuntimeInSeconds: 1800 },
      'HyperParameters': { lr: '0.1' },
      'Tags': [{ Key: 'team', Value: 'ml' }],
      'Environment': { MODE: 'fast' },
    });
    const m = machineOf(stack, task);
    const anyJob = `arn:${PARTITION}:sagemaker:${REGION}:${ACCOUNT}:training-job/*`;
    expect(grantPairs(m.statements)).toEqual(expect.arrayContaining([
      `sagemaker:AddTags ${anyJob}`, `sagemaker:CreateTrainingJob ${anyJob}`, `sagemaker:DescribeTrainingJob ${anyJob}`, `sagemaker:StopTrainingJob ${anyJob}`,
    ]));
  });

  test('JSONata: Arguments, a JSONata name gives training-job/* for every statement', () => {
    const task = tasks.SageMakerCreateTrainingJob.jsonata(stack, 'Train', {
      ...base,
      trainingJobName: '{% $states.input.name %}',
      inputDataConfig: [{ channelName: 'train', dataSource: { s3DataSource: { s3Location: tasks.S3Location.fromJsonExpression('{% $states.input.uri %}') } } }],
      resourceConfig: { instanceCount: 1, instanceType: new tasks.InstanceType('{% $states.input.type %}'), volumeSize: Size.gibibytes(5) },
    });
    const m = machineOf(stack, task);
    const state = m.definition.States.Train;
    expect(state.QueryLanguage).toEqual('JSONata');
    expect(state.Arguments.TrainingJobName).toEqual('{% $states.input.name %}');
    expect(state.Arguments.InputDataConfig[0].DataSource.S3DataSource.S3Uri).toEqual('{% $states.input.uri %}');
    expect(state.Arguments.ResourceConfig.InstanceType).toEqual('{% $states.input.type %}');
    const anyJob = `arn:${PARTITION}:sagemaker:${REGION}:${ACCOUNT}:training-job/*`;
    expect(grantPairs(m.statements)).toEqual(expect.arrayContaining([`sagemaker:AddTags ${anyJob}`, `sagemaker:CreateTrainingJob ${anyJob}`]));
    expect(JSON.stringify(m.statements)).not.toContain('{%');
  });

  test('a given role gets the S3, KMS and ECR grants; iam:PassRole names exactly it', () => {
    const repository = { repositoryUrl: '123456789012.dkr.ecr.us-east-1.amazonaws.com/algo', arn: 'arn:aws:ecr:us-east-1:123456789012:repository/algo' };
    const task = new tasks.SageMakerCreateTrainingJob(stack, 'Train', {
      ...base,
      algorithmSpecification: { trainingImage: tasks.DockerImage.fromEcrRepository(repository, 'v1') },
      inputDataConfig: [{ channelName: 'train', dataSource: { s3DataSource: { s3Location: tasks.S3Location.fromBucket(BUCKET, 'in/') } } }],
      outputDataConfig: { s3OutputLocation: tasks.S3Location.fromJsonExpression('$.out'), encryptionKey: KEY },
      resourceConfig: { instanceCount: 1, instanceType: new tasks.InstanceType('p3.2xlarge'), volumeSize: Size.gibibytes(50), volumeEncryptionKey: KEY },
    });
    expect(task.role).toBe(ROLE);
    expect(renderState(task).Parameters.AlgorithmSpecification.TrainingImage).toEqual(`${repository.repositoryUrl}:v1`);
    const m = machineOf(stack, task);
    expect(m.statements.filter((s) => s.Action === 'iam:PassRole')).toEqual([PASS]);
    const { json } = synth(stack);
    const grants = Object.values<any>(json.resource.aws_iam_policy).map((p) => JSON.parse(evaluateTemplate(p.policy) as string))
      .filter((d) => JSON.stringify(d).includes('kms:CreateGrant'));
    expect(grants).toHaveLength(1);
    expect(grantPairs(grants[0].Statement)).toEqual([
      `ecr:BatchCheckLayerAvailability ${repository.arn}`, `ecr:BatchGetImage ${repository.arn}`, 'ecr:GetAuthorizationToken *',
      `ecr:GetDownloadUrlForLayer ${repository.arn}`,
      `kms:CreateGrant ${KEY.arn}`, `kms:Encrypt ${KEY.arn}`, `kms:GenerateDataKey* ${KEY.arn}`, `kms:ReEncrypt* ${KEY.arn}`,
      `s3:GetBucket* ${BUCKET.arn}`, `s3:GetBucket* ${BUCKET.arn}/in/*`, `s3:GetObject* ${BUCKET.arn}`, `s3:GetObject* ${BUCKET.arn}/in/*`,
      `s3:List* ${BUCKET.arn}`, `s3:List* ${BUCKET.arn}/in/*`, 's3:PutObject *',
    ]);
  });

  test('without a role it creates SagemakerRole (trusted by SageMaker) with the CreateTrainingJob inline policy', () => {
    const task = new tasks.SageMakerCreateTrainingJob(stack, 'Train', { ...base, role: undefined });
    const m = machineOf(stack, task);
    const { json } = synth(stack);
    const roles = Object.entries<any>(json.resource.aws_iam_role).filter(([name]) => name.includes('SagemakerRole'));
    expect(roles).toHaveLength(1);
    const [roleName, role] = roles[0];
    expect(JSON.parse(evaluateTemplate(role.assume_role_policy) as string).Statement[0].Principal).toEqual({ Service: 'sagemaker.amazonaws.com' });
    const roleArn = `\${aws_iam_role.${roleName}.arn}`;
    expect(m.definition.States.Train.Parameters.RoleArn).toEqual(roleArn);
    const inline = Object.values<any>(json.resource.aws_iam_role_policy).filter((p) => p.role === `\${aws_iam_role.${roleName}.name}`);
    expect(inline.map((p) => p.name)).toEqual(['CreateTrainingJob']);
    const statements = statementsFor(json.resource, `\${aws_iam_role.${roleName}.name}`);
    expect(statements[0]).toEqual({
      Effect: 'Allow',
      Action: ['cloudwatch:PutMetricData', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:CreateLogGroup', 'logs:DescribeLogStreams', 'ecr:GetAuthorizationToken'],
      Resource: '*',
    });
    expect(statements).toContainEqual({ Effect: 'Allow', Action: ['s3:DeleteObject*', 's3:PutObject', 's3:PutObjectLegalHold', 's3:PutObjectRetention', 's3:PutObjectTagging', 's3:PutObjectVersionTagging', 's3:Abort*'], Resource: [BUCKET.arn, `${BUCKET.arn}/out/*`] });
    expect(m.statements.filter((s) => s.Action === 'iam:PassRole')).toEqual([{ ...PASS, Resource: roleArn }]);
  });

  test('vpcConfig: a security group in the subnets\' VPC, the ec2 actions on the created role, addSecurityGroup', () => {
    const task = new tasks.SageMakerCreateTrainingJob(stack, 'Train', {
      ...base,
      role: undefined,
      vpcConfig: { subnets: [{ id: 'subnet-1', vpcId: 'vpc-1' }, { id: 'subnet-2', vpcId: 'vpc-1' }] },
    });
    task.addSecurityGroup({ id: 'sg-extra' });
    expect(task.securityGroups).toHaveLength(2);
    const { json } = synth(stack);
    const groups = Object.entries<any>(json.resource.aws_security_group);
    expect(groups).toHaveLength(1);
    expect(groups[0][0]).toContain('TrainJobSecurityGroup');
    expect(groups[0][1].vpc_id).toEqual('vpc-1');
    const params = renderState(task).Parameters;
    expect(params.VpcConfig).toEqual({ SecurityGroupIds: [`\${aws_security_group.${groups[0][0]}.id}`, 'sg-extra'], Subnets: ['subnet-1', 'subnet-2'] });
    const roleName = Object.keys(json.resource.aws_iam_role).find((n) => n.includes('SagemakerRole'))!;
    expect(statementsFor(json.resource, `\${aws_iam_role.${roleName}.name}`)[0].Action).toEqual(expect.arrayContaining(['ec2:CreateNetworkInterface', 'ec2:DescribeSecurityGroups']));
  });

  test('vpcConfig: subnets without a VPC are rejected, vpcId accepted', () => {
    expect(() => new tasks.SageMakerCreateTrainingJob(stack, 'Train', { ...base, vpcConfig: { subnets: [{ id: 'subnet-1' }] } }))
      .toThrow(/Train.*vpcConfig\.subnets: the subnets \["subnet-1"\] do not carry a vpcId/);
    const task = new tasks.SageMakerCreateTrainingJob(stack, 'Ok', { ...base, vpcConfig: { subnets: [{ id: 'subnet-1' }], vpcId: 'vpc-9' } });
    expect(task.securityGroups).toHaveLength(1);
  });

  test('addSecurityGroup without vpcConfig is rejected', () => {
    const task = new tasks.SageMakerCreateTrainingJob(stack, 'Train', base);
    expect(() => task.addSecurityGroup({ id: 'sg-1' })).toThrow(/Train: addSecurityGroup\("sg-1"\): the task has no 'vpcConfig'/);
  });

  test('algorithm name or training image: exactly one', () => {
    expect(() => new tasks.SageMakerCreateTrainingJob(stack, 'None', { ...base, algorithmSpecification: {} }))
      .toThrow(/None: 'algorithmSpecification' must have either an 'algorithmName' or a 'trainingImage', got neither/);
    expect(() => new tasks.SageMakerCreateTrainingJob(stack, 'Both', {
      ...base,
      algorithmSpecification: { algorithmName: 'a', trainingImage: tasks.DockerImage.fromRegistry('img') },
    })).toThrow(/Both: .*got both/);
    expect(() => new tasks.SageMakerCreateTrainingJob(stack, 'Image', { ...base, algorithmSpecification: { trainingImage: tasks.DockerImage.fromRegistry('img') } })).not.toThrow();
  });

  test('algorithm name: length 1-170 and the pattern', () => {
    expect(() => new tasks.SageMakerCreateTrainingJob(stack, 'Empty', { ...base, algorithmSpecification: { algorithmName: '' } }))
      .toThrow(/Empty: 'algorithmSpecification.algorithmName' must have 1 to 170 characters, got 0/);
    expect(() => new tasks.SageMakerCreateTrainingJob(stack, 'Long', { ...base, algorithmSpecification: { algorithmName: 'a'.repeat(171) } }))
      .toThrow(/Long: .*1 to 170 characters, got 171/);
    expect(() => new tasks.SageMakerCreateTrainingJob(stack, 'Bad', { ...base, algorithmSpecification: { algorithmName: 'bad_name-' } }))
      .toThrow(/Bad: 'algorithmSpecification.algorithmName' must be an algorithm name .* got "bad_name-"/);
    for (const [i, name] of ['xgboost', 'arn:aws:sagemaker:us-east-1:123456789012:algorithm/my-algo', sfn.JsonPath.stringAt('$.algo')].entries()) {
      expect(() => new tasks.SageMakerCreateTrainingJob(stack, `Ok${i}`, { ...base, algorithmSpecification: { algorithmName: name } })).not.toThrow();
    }
  });

  test('a stopping condition that is not whole seconds names the prop', () => {
    expect(() => new tasks.SageMakerCreateTrainingJob(stack, 'Train', { ...base, stoppingCondition: { maxRuntime: Duration.millis(1500) } }))
      .toThrow(/Train: 'stoppingCondition.maxRuntime' must be a whole number of seconds/);
  });

  test('a volume size that is not whole GiB names the prop', () => {
    const resourceConfig = { instanceCount: 1, instanceType: new tasks.InstanceType('m5.large'), volumeSize: Size.mebibytes(1500) };
    expect(() => new tasks.SageMakerCreateTrainingJob(stack, 'Train', { ...base, resourceConfig }))
      .toThrow(/Train: 'resourceConfig.volumeSize' must be a whole number of the unit SageMaker takes: 1500 mebibytes is not a whole number of gibibytes/);
    expect(() => new tasks.SageMakerCreateTrainingJob(stack, 'Ok', { ...base, resourceConfig: { ...resourceConfig, volumeSize: Size.mebibytes(2048) } })).not.toThrow();
  });

  test('an EXPRESS state machine refuses RUN_JOB and takes the default REQUEST_RESPONSE', () => {
    const sync = new tasks.SageMakerCreateTrainingJob(stack, 'Sync', { ...base, integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    expect(() => new sfn.StateMachine(stack, 'Express', { definitionBody: sfn.DefinitionBody.fromChainable(sync), stateMachineType: sfn.StateMachineType.EXPRESS }))
      .toThrow(/state 'Sync' uses IntegrationPattern.RUN_JOB \(.sync\), which the EXPRESS state machine .* cannot run/);
    const other = newStack();
    const rr = new tasks.SageMakerCreateTrainingJob(other, 'Rr', base);
    expect(() => new sfn.StateMachine(other, 'Express', { definitionBody: sfn.DefinitionBody.fromChainable(rr), stateMachineType: sfn.StateMachineType.EXPRESS })).not.toThrow();
  });
});
