// Differential test against aws-cdk-lib 2.276 for the SageMaker tasks: the same tasks, over literal ARNs
// and a given role, must give the same state and state-machine grants, but for the documented
// differences (docs/DIFFERENCES.md), which the cases named "difference" pin down.
import * as cdk from 'aws-cdk-lib';
import * as cdkEc2 from 'aws-cdk-lib/aws-ec2';
import * as cdkIam from 'aws-cdk-lib/aws-iam';
import * as cdkKms from 'aws-cdk-lib/aws-kms';
import * as cdkS3 from 'aws-cdk-lib/aws-s3';
import * as cdkSfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cdkTasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import { Duration, Size, sfn, tasks } from '../../src';
import { cdkDefinition, cdkGrants, ourDefinition, ourGrants } from '../util/compat';

const ROLE_ARN = 'arn:aws:iam::123456789012:role/sagemaker';
const ROLE = { arn: ROLE_ARN, name: 'sagemaker' };
const KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/k';
const cdkRole = (s: cdk.Stack) => cdkIam.Role.fromRoleArn(s, 'Role', ROLE_ARN, { mutable: false });
const cdkKey = (s: cdk.Stack) => (s.node.tryFindChild('Key') as cdkKms.IKey | undefined) ?? cdkKms.Key.fromKeyArn(s, 'Key', KEY_ARN);

describe('SageMakerCreateTrainingJob: same state and grants as aws-cdk-lib 2.276', () => {
  test('RUN_JOB with every option and S3 places from the state, JSONPath', () => {
    const cdkTask = (s: cdk.Stack) => new cdkTasks.SageMakerCreateTrainingJob(s, 'Train', {
      integrationPattern: cdkSfn.IntegrationPattern.RUN_JOB,
      trainingJobName: 'Job',
      role: cdkRole(s),
      enableNetworkIsolation: true,
      algorithmSpecification: {
        trainingImage: cdkTasks.DockerImage.fromRegistry('123456789012.dkr.ecr.us-east-1.amazonaws.com/algo:1'),
        trainingInputMode: cdkTasks.InputMode.PIPE,
        metricDefinitions: [{ name: 'loss', regex: 'loss=(.*)' }],
      },
      hyperparameters: { lr: '0.1' },
      inputDataConfig: [{
        channelName: 'train',
        compressionType: cdkTasks.CompressionType.GZIP,
        contentType: 'text/csv',
        inputMode: cdkTasks.InputMode.FILE,
        recordWrapperType: cdkTasks.RecordWrapperType.RECORD_IO,
        shuffleConfig: { seed: 1 },
        dataSource: { s3DataSource: { s3Location: cdkTasks.S3Location.fromJsonExpression('$.train'), s3DataDistributionType: cdkTasks.S3DataDistributionType.FULLY_REPLICATED, attributeNames: ['a'] } },
      }],
      outputDataConfig: { s3OutputLocation: cdkTasks.S3Location.fromJsonExpression('$.out'), encryptionKey: cdkKey(s) },
      resourceConfig: { instanceCount: 2, instanceType: new cdkEc2.InstanceType('p3.2xlarge'), volumeSize: cdk.Size.gibibytes(40), volumeEncryptionKey: cdkKey(s) },
      stoppingCondition: { maxRuntime: cdk.Duration.minutes(90) },
      tags: { team: 'ml' },
      environment: { A: 'b' },
    });
    const ourTask = (s: Construct) => new tasks.SageMakerCreateTrainingJob(s, 'Train', {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      trainingJobName: 'Job',
      role: ROLE,
      enableNetworkIsolation: true,
      algorithmSpecification: {
        trainingImage: tasks.DockerImage.fromRegistry('123456789012.dkr.ecr.us-east-1.amazonaws.com/algo:1'),
        trainingInputMode: tasks.InputMode.PIPE,
        metricDefinitions: [{ name: 'loss', regex: 'loss=(.*)' }],
      },
      hyperparameters: { lr: '0.1' },
      inputDataConfig: [{
        channelName: 'train',
        compressionType: tasks.CompressionType.GZIP,
        contentType: 'text/csv',
        inputMode: tasks.InputMode.FILE,
        recordWrapperType: tasks.RecordWrapperType.RECORD_IO,
        shuffleConfig: { seed: 1 },
        dataSource: { s3DataSource: { s3Location: tasks.S3Location.fromJsonExpression('$.train'), s3DataDistributionType: tasks.S3DataDistributionType.FULLY_REPLICATED, attributeNames: ['a'] } },
      }],
      outputDataConfig: { s3OutputLocation: tasks.S3Location.fromJsonExpression('$.out'), encryptionKey: { arn: KEY_ARN } },
      resourceConfig: { instanceCount: 2, instanceType: new tasks.InstanceType('p3.2xlarge'), volumeSize: Size.gibibytes(40), volumeEncryptionKey: { arn: KEY_ARN } },
      stoppingCondition: { maxRuntime: Duration.minutes(90) },
      tags: { team: 'ml' },
      environment: { A: 'b' },
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask));
  });

  test('defaults, and names and instance types from the state, JSONata', () => {
    const cdkTask = (s: cdk.Stack) => cdkTasks.SageMakerCreateTrainingJob.jsonata(s, 'Train', {
      trainingJobName: 'Job',
      role: cdkRole(s),
      algorithmSpecification: { algorithmName: 'BlazingText' },
      inputDataConfig: [{ channelName: 'train', dataSource: { s3DataSource: { s3Location: cdkTasks.S3Location.fromJsonExpression('{% $states.input.uri %}') } } }],
      outputDataConfig: { s3OutputLocation: cdkTasks.S3Location.fromJsonExpression('{% $states.input.out %}') },
      resourceConfig: { instanceCount: 1, instanceType: new cdkEc2.InstanceType('{% $states.input.type %}'), volumeSize: cdk.Size.gibibytes(5) },
    });
    const ourTask = (s: Construct) => tasks.SageMakerCreateTrainingJob.jsonata(s, 'Train', {
      trainingJobName: 'Job',
      role: ROLE,
      algorithmSpecification: { algorithmName: 'BlazingText' },
      inputDataConfig: [{ channelName: 'train', dataSource: { s3DataSource: { s3Location: tasks.S3Location.fromJsonExpression('{% $states.input.uri %}') } } }],
      outputDataConfig: { s3OutputLocation: tasks.S3Location.fromJsonExpression('{% $states.input.out %}') },
      resourceConfig: { instanceCount: 1, instanceType: new tasks.InstanceType('{% $states.input.type %}'), volumeSize: Size.gibibytes(5) },
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask));
  });

  test('difference: S3Location.fromBucket gives an s3:// URI, not an https URL (catalog C.24)', () => {
    const cdkTask = (s: cdk.Stack) => new cdkTasks.SageMakerCreateTrainingJob(s, 'Train', {
      trainingJobName: 'Job',
      role: cdkRole(s),
      algorithmSpecification: { algorithmName: 'BlazingText' },
      outputDataConfig: { s3OutputLocation: cdkTasks.S3Location.fromBucket(cdkS3.Bucket.fromBucketName(s, 'B', 'data-bucket'), 'out/') },
    });
    const ourTask = (s: Construct) => new tasks.SageMakerCreateTrainingJob(s, 'Train', {
      trainingJobName: 'Job',
      role: ROLE,
      algorithmSpecification: { algorithmName: 'BlazingText' },
      outputDataConfig: { s3OutputLocation: tasks.S3Location.fromBucket({ bucket: 'data-bucket', arn: 'arn:aws:s3:::data-bucket' }, 'out/') },
    });
    const theirs = cdkDefinition(cdkTask);
    expect(theirs.States.Train.Parameters.OutputDataConfig.S3OutputPath).toMatch(/^https:\/\/s3\.us-east-1\..*\/data-bucket\/out\/$/);
    const ours = ourDefinition(ourTask);
    expect(ours.States.Train.Parameters.OutputDataConfig.S3OutputPath).toEqual('s3://data-bucket/out/');
    theirs.States.Train.Parameters.OutputDataConfig.S3OutputPath = 's3://data-bucket/out/';
    expect(ours).toEqual(theirs);
  });

  test('difference: a JSONata job name gives sagemaker:AddTags on training-job/* (aws-cdk-lib appends * to the expression)', () => {
    const cdkTask = (s: cdk.Stack) => cdkTasks.SageMakerCreateTrainingJob.jsonata(s, 'Train', {
      trainingJobName: '{% $states.input.name %}',
      role: cdkRole(s),
      algorithmSpecification: { algorithmName: 'BlazingText' },
      outputDataConfig: { s3OutputLocation: cdkTasks.S3Location.fromJsonExpression('{% $states.input.out %}') },
    });
    const ourTask = (s: Construct) => tasks.SageMakerCreateTrainingJob.jsonata(s, 'Train', {
      trainingJobName: '{% $states.input.name %}',
      role: ROLE,
      algorithmSpecification: { algorithmName: 'BlazingText' },
      outputDataConfig: { s3OutputLocation: tasks.S3Location.fromJsonExpression('{% $states.input.out %}') },
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    const wrong = 'sagemaker:AddTags arn:aws:sagemaker:us-east-1:123456789012:training-job/{% $states.input.name %}*';
    const theirs = cdkGrants(cdkTask);
    expect(theirs).toContain(wrong);
    expect(ourGrants(ourTask)).toEqual(theirs.filter((g) => g !== wrong).concat('sagemaker:AddTags arn:aws:sagemaker:us-east-1:123456789012:training-job/*').sort());
  });
});

describe('SageMakerCreateModel: same state and grants as aws-cdk-lib 2.276', () => {
  const cdkContainer = () => new cdkTasks.ContainerDefinition({
    image: cdkTasks.DockerImage.fromJsonExpression(cdkSfn.JsonPath.stringAt('$.image')),
    mode: cdkTasks.Mode.SINGLE_MODEL,
    modelS3Location: cdkTasks.S3Location.fromJsonExpression('$.artifacts'),
    environmentVariables: cdkSfn.TaskInput.fromObject({ A: cdkSfn.JsonPath.stringAt('$.a') }),
    containerHostName: 'primary',
    modelPackageName: 'pkg',
  });
  const ourContainer = () => new tasks.ContainerDefinition({
    image: tasks.DockerImage.fromJsonExpression(sfn.JsonPath.stringAt('$.image')),
    mode: tasks.Mode.SINGLE_MODEL,
    modelS3Location: tasks.S3Location.fromJsonExpression('$.artifacts'),
    environmentVariables: sfn.TaskInput.fromObject({ A: sfn.JsonPath.stringAt('$.a') }),
    containerHostName: 'primary',
    modelPackageName: 'pkg',
  });

  test('every option but a VPC, JSONPath', () => {
    const cdkTask = (s: cdk.Stack) => new cdkTasks.SageMakerCreateModel(s, 'Model', {
      modelName: 'MyModel',
      role: cdkRole(s),
      primaryContainer: cdkContainer(),
      enableNetworkIsolation: true,
      tags: cdkSfn.TaskInput.fromObject([{ Key: 'k', Value: 'v' }]),
    });
    const ourTask = (s: Construct) => new tasks.SageMakerCreateModel(s, 'Model', {
      modelName: 'MyModel',
      role: ROLE,
      primaryContainer: ourContainer(),
      enableNetworkIsolation: true,
      tags: sfn.TaskInput.fromObject([{ Key: 'k', Value: 'v' }]),
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask));
  });

  test('a JSONata model name, JSONata', () => {
    const cdkTask = (s: cdk.Stack) => cdkTasks.SageMakerCreateModel.jsonata(s, 'Model', {
      modelName: '{% $states.input.name %}',
      role: cdkRole(s),
      primaryContainer: new cdkTasks.ContainerDefinition({ image: cdkTasks.DockerImage.fromRegistry('img:1') }),
    });
    const ourTask = (s: Construct) => tasks.SageMakerCreateModel.jsonata(s, 'Model', {
      modelName: '{% $states.input.name %}',
      role: ROLE,
      primaryContainer: new tasks.ContainerDefinition({ image: tasks.DockerImage.fromRegistry('img:1') }),
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask));
  });

  test('difference: Containers are the container objects, not { parameters } wrappers (catalog C.10)', () => {
    const cdkTask = (s: cdk.Stack) => new cdkTasks.SageMakerCreateModel(s, 'Model', {
      modelName: 'MyModel',
      role: cdkRole(s),
      primaryContainer: cdkContainer(),
      containers: [cdkContainer()],
    });
    const ourTask = (s: Construct) => new tasks.SageMakerCreateModel(s, 'Model', {
      modelName: 'MyModel',
      role: ROLE,
      primaryContainer: ourContainer(),
      containers: [ourContainer()],
    });
    const theirs = cdkDefinition(cdkTask);
    const params = theirs.States.Model.Parameters;
    expect(params.Containers).toEqual([{ parameters: params.PrimaryContainer }]);
    params.Containers = [params.PrimaryContainer];
    expect(ourDefinition(ourTask)).toEqual(theirs);
  });
});

describe('SageMakerCreateEndpointConfig: same state and grants as aws-cdk-lib 2.276', () => {
  test('variants without accelerators, JSONPath and JSONata', () => {
    const cdkVariants = [
      { variantName: 'a', modelName: 'm', instanceType: new cdkEc2.InstanceType('m5.large'), initialInstanceCount: 2, initialVariantWeight: 0.5 },
      { variantName: 'b', modelName: cdkSfn.JsonPath.stringAt('$.model'), instanceType: new cdkEc2.InstanceType('c5.large') },
    ];
    const ourVariants = [
      { variantName: 'a', modelName: 'm', instanceType: new tasks.InstanceType('m5.large'), initialInstanceCount: 2, initialVariantWeight: 0.5 },
      { variantName: 'b', modelName: sfn.JsonPath.stringAt('$.model'), instanceType: new tasks.InstanceType('c5.large') },
    ];
    const cdkTask = (s: cdk.Stack) => new cdkTasks.SageMakerCreateEndpointConfig(s, 'Config', {
      endpointConfigName: 'MyConfig', productionVariants: cdkVariants, tags: cdkSfn.TaskInput.fromJsonPathAt('$.tags'),
    });
    const ourTask = (s: Construct) => new tasks.SageMakerCreateEndpointConfig(s, 'Config', {
      endpointConfigName: 'MyConfig', productionVariants: ourVariants, tags: sfn.TaskInput.fromJsonPathAt('$.tags'),
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask));
    const cdkJsonata = (s: cdk.Stack) => cdkTasks.SageMakerCreateEndpointConfig.jsonata(s, 'Config', {
      endpointConfigName: '{% $states.input.name %}', productionVariants: [{ variantName: 'a', modelName: 'm', instanceType: new cdkEc2.InstanceType('m5.large') }],
    });
    const ourJsonata = (s: Construct) => tasks.SageMakerCreateEndpointConfig.jsonata(s, 'Config', {
      endpointConfigName: '{% $states.input.name %}', productionVariants: [{ variantName: 'a', modelName: 'm', instanceType: new tasks.InstanceType('m5.large') }],
    });
    expect(ourDefinition(ourJsonata)).toEqual(cdkDefinition(cdkJsonata));
    expect(ourGrants(ourJsonata)).toEqual(cdkGrants(cdkJsonata));
  });

  test('difference: AcceleratorType is rendered as its name, and of() names the class\'s version (catalog C.11)', () => {
    const cdkTask = (s: cdk.Stack) => new cdkTasks.SageMakerCreateEndpointConfig(s, 'Config', {
      endpointConfigName: 'c',
      productionVariants: [{
        variantName: 'a', modelName: 'm', instanceType: new cdkEc2.InstanceType('m5.large'),
        acceleratorType: cdkTasks.AcceleratorType.of(cdkTasks.AcceleratorClass.EIA2, cdkEc2.InstanceSize.MEDIUM),
      }],
    });
    const ourTask = (s: Construct) => new tasks.SageMakerCreateEndpointConfig(s, 'Config', {
      endpointConfigName: 'c',
      productionVariants: [{
        variantName: 'a', modelName: 'm', instanceType: new tasks.InstanceType('m5.large'),
        acceleratorType: tasks.AcceleratorType.of(tasks.AcceleratorClass.EIA2, tasks.InstanceSize.MEDIUM),
      }],
    });
    const theirs = cdkDefinition(cdkTask);
    expect(theirs.States.Config.Parameters.ProductionVariants[0].AcceleratorType).toEqual({ instanceTypeIdentifier: 'ml.[object Object].medium' });
    theirs.States.Config.Parameters.ProductionVariants[0].AcceleratorType = 'ml.eia2.medium';
    expect(ourDefinition(ourTask)).toEqual(theirs);
  });

  test('difference: kmsKey renders the key ARN (aws-cdk-lib the key id; SageMaker takes either)', () => {
    const cdkTask = (s: cdk.Stack) => new cdkTasks.SageMakerCreateEndpointConfig(s, 'Config', {
      endpointConfigName: 'c', kmsKey: cdkKey(s), productionVariants: [{ variantName: 'a', modelName: 'm', instanceType: new cdkEc2.InstanceType('m5.large') }],
    });
    const ourTask = (s: Construct) => new tasks.SageMakerCreateEndpointConfig(s, 'Config', {
      endpointConfigName: 'c', kmsKey: { arn: KEY_ARN }, productionVariants: [{ variantName: 'a', modelName: 'm', instanceType: new tasks.InstanceType('m5.large') }],
    });
    const theirs = cdkDefinition(cdkTask);
    expect(theirs.States.Config.Parameters.KmsKeyId).toEqual('k');
    theirs.States.Config.Parameters.KmsKeyId = KEY_ARN;
    expect(ourDefinition(ourTask)).toEqual(theirs);
  });
});

describe('SageMakerCreateEndpoint and SageMakerUpdateEndpoint: same state and grants as aws-cdk-lib 2.276', () => {
  test('literal and dynamic names, JSONPath and JSONata', () => {
    const cases: Array<[(s: cdk.Stack) => cdkSfn.IChainable, (s: Construct) => sfn.IChainable]> = [
      [
        (s) => new cdkTasks.SageMakerCreateEndpoint(s, 'E', { endpointName: 'MyEndpoint', endpointConfigName: cdkSfn.JsonPath.stringAt('$.c'), tags: cdkSfn.TaskInput.fromJsonPathAt('$.tags') }),
        (s) => new tasks.SageMakerCreateEndpoint(s, 'E', { endpointName: 'MyEndpoint', endpointConfigName: sfn.JsonPath.stringAt('$.c'), tags: sfn.TaskInput.fromJsonPathAt('$.tags') }),
      ],
      [
        (s) => cdkTasks.SageMakerCreateEndpoint.jsonata(s, 'E', { endpointName: '{% $states.input.e %}', endpointConfigName: 'Config' }),
        (s) => tasks.SageMakerCreateEndpoint.jsonata(s, 'E', { endpointName: '{% $states.input.e %}', endpointConfigName: 'Config' }),
      ],
      [
        (s) => new cdkTasks.SageMakerUpdateEndpoint(s, 'U', { endpointName: 'MyEndpoint', endpointConfigName: 'Config' }),
        (s) => new tasks.SageMakerUpdateEndpoint(s, 'U', { endpointName: 'MyEndpoint', endpointConfigName: 'Config' }),
      ],
      [
        (s) => cdkTasks.SageMakerUpdateEndpoint.jsonata(s, 'U', { endpointName: 'e', endpointConfigName: '{% $states.input.c %}' }),
        (s) => tasks.SageMakerUpdateEndpoint.jsonata(s, 'U', { endpointName: 'e', endpointConfigName: '{% $states.input.c %}' }),
      ],
    ];
    for (const [cdkTask, ourTask] of cases) {
      expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
      expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask));
    }
  });
});

describe('SageMakerCreateTransformJob: same state and grants as aws-cdk-lib 2.276', () => {
  test('RUN_JOB with every option, JSONPath', () => {
    const cdkTask = (s: cdk.Stack) => new cdkTasks.SageMakerCreateTransformJob(s, 'Transform', {
      integrationPattern: cdkSfn.IntegrationPattern.RUN_JOB,
      transformJobName: cdkSfn.JsonPath.stringAt('$.name'),
      modelName: 'model',
      role: cdkRole(s),
      batchStrategy: cdkTasks.BatchStrategy.MULTI_RECORD,
      environment: { A: 'b' },
      maxConcurrentTransforms: 2,
      maxPayload: cdk.Size.mebibytes(10),
      modelClientOptions: { invocationsMaxRetries: 1 },
      tags: { team: 'ml' },
      transformInput: {
        compressionType: cdkTasks.CompressionType.NONE,
        contentType: 'application/json',
        splitType: cdkTasks.SplitType.LINE,
        transformDataSource: { s3DataSource: { s3Uri: 's3://in/', s3DataType: cdkTasks.S3DataType.S3_PREFIX } },
      },
      transformOutput: { s3OutputPath: 's3://out/', encryptionKey: cdkKey(s), accept: 'application/json', assembleWith: cdkTasks.AssembleWith.LINE },
      transformResources: { instanceCount: 2, instanceType: new cdkEc2.InstanceType('m5.large'), volumeEncryptionKey: cdkKey(s) },
    });
    const ourTask = (s: Construct) => new tasks.SageMakerCreateTransformJob(s, 'Transform', {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      transformJobName: sfn.JsonPath.stringAt('$.name'),
      modelName: 'model',
      role: ROLE,
      batchStrategy: tasks.BatchStrategy.MULTI_RECORD,
      environment: { A: 'b' },
      maxConcurrentTransforms: 2,
      maxPayload: Size.mebibytes(10),
      modelClientOptions: { invocationsMaxRetries: 1 },
      tags: { team: 'ml' },
      transformInput: {
        compressionType: tasks.CompressionType.NONE,
        contentType: 'application/json',
        splitType: tasks.SplitType.LINE,
        transformDataSource: { s3DataSource: { s3Uri: 's3://in/', s3DataType: tasks.S3DataType.S3_PREFIX } },
      },
      transformOutput: { s3OutputPath: 's3://out/', encryptionKey: { arn: KEY_ARN }, accept: 'application/json', assembleWith: tasks.AssembleWith.LINE },
      transformResources: { instanceCount: 2, instanceType: new tasks.InstanceType('m5.large'), volumeEncryptionKey: { arn: KEY_ARN } },
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask));
  });

  test('defaults, JSONata', () => {
    const cdkTask = (s: cdk.Stack) => cdkTasks.SageMakerCreateTransformJob.jsonata(s, 'Transform', {
      transformJobName: '{% $states.input.name %}',
      modelName: 'model',
      role: cdkRole(s),
      transformInput: { transformDataSource: { s3DataSource: { s3Uri: '{% $states.input.in %}' } } },
      transformOutput: { s3OutputPath: 's3://out/' },
    });
    const ourTask = (s: Construct) => tasks.SageMakerCreateTransformJob.jsonata(s, 'Transform', {
      transformJobName: '{% $states.input.name %}',
      modelName: 'model',
      role: ROLE,
      transformInput: { transformDataSource: { s3DataSource: { s3Uri: '{% $states.input.in %}' } } },
      transformOutput: { s3OutputPath: 's3://out/' },
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask));
  });

  test('difference: REQUEST_RESPONSE with tags grants sagemaker:AddTags, which CreateTransformJob needs to tag', () => {
    const props = {
      transformJobName: 'Job', modelName: 'model', tags: { team: 'ml' },
      transformInput: { transformDataSource: { s3DataSource: { s3Uri: 's3://in/' } } }, transformOutput: { s3OutputPath: 's3://out/' },
    };
    const cdkTask = (s: cdk.Stack) => new cdkTasks.SageMakerCreateTransformJob(s, 'Transform', { ...props, role: cdkRole(s) });
    const ourTask = (s: Construct) => new tasks.SageMakerCreateTransformJob(s, 'Transform', { ...props, role: ROLE });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    const addTags = 'sagemaker:AddTags arn:aws:sagemaker:us-east-1:123456789012:transform-job/*';
    const theirs = cdkGrants(cdkTask);
    expect(theirs).not.toContain(addTags);
    expect(ourGrants(ourTask)).toEqual([...theirs, addTags].sort());
  });
});
