import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import type { Construct } from 'constructs';
import { Duration, Size, sfn, tasks } from '../../src';
import { ExampleStack } from './common';

/**
 * The SageMaker examples of the aws-cdk README, ported: train a model in a private subnet and wait
 * for it, make a model, an endpoint configuration and an endpoint of it; and, in a second machine,
 * score a batch of files and move the endpoint to a new configuration. The training job's role and
 * security group and the transform job's role are created by the tasks.
 */
export class SageMakerStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const bucket = new S3Bucket(this, 'Data', { bucketPrefix: 'example-sagemaker-' });
    const key = new KmsKey(this, 'ModelKey', { description: 'Encrypts the example model artifacts' });
    const vpc = new Vpc(this, 'Vpc', { cidrBlock: '10.0.0.0/16' });
    const subnet = new Subnet(this, 'Private', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24' });

    const train = new tasks.SageMakerCreateTrainingJob(this, 'Train model', {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      trainingJobName: sfn.JsonPath.stringAt('$.JobName'),
      algorithmSpecification: {
        algorithmName: 'BlazingText',
        trainingInputMode: tasks.InputMode.FILE,
      },
      inputDataConfig: [{
        channelName: 'train',
        dataSource: {
          s3DataSource: {
            s3DataType: tasks.S3DataType.S3_PREFIX,
            s3Location: tasks.S3Location.fromJsonExpression('$.S3Bucket'),
          },
        },
      }],
      outputDataConfig: { s3OutputLocation: tasks.S3Location.fromBucket(bucket, 'models/'), encryptionKey: key },
      resourceConfig: {
        instanceCount: 1,
        instanceType: new tasks.InstanceType(sfn.JsonPath.stringAt('$.InstanceType')),
        volumeSize: Size.gibibytes(50),
      },
      stoppingCondition: { maxRuntime: Duration.hours(2) },
      vpcConfig: { subnets: [subnet] },
      resultPath: '$.training',
    });

    const model = new tasks.SageMakerCreateModel(this, 'Create model', {
      modelName: sfn.JsonPath.stringAt('$.JobName'),
      primaryContainer: new tasks.ContainerDefinition({
        image: tasks.DockerImage.fromJsonExpression(sfn.JsonPath.stringAt('$.Model.imageName')),
        mode: tasks.Mode.SINGLE_MODEL,
        modelS3Location: tasks.S3Location.fromJsonExpression('$.training.ModelArtifacts.S3ModelArtifacts'),
      }),
      resultPath: sfn.JsonPath.DISCARD,
    });

    const config = new tasks.SageMakerCreateEndpointConfig(this, 'Create endpoint config', {
      endpointConfigName: sfn.JsonPath.stringAt('$.JobName'),
      productionVariants: [{
        initialInstanceCount: 2,
        instanceType: new tasks.InstanceType('m5.xlarge'),
        modelName: sfn.JsonPath.stringAt('$.JobName'),
        variantName: 'awesome-variant',
      }],
      resultPath: sfn.JsonPath.DISCARD,
    });

    const endpoint = new tasks.SageMakerCreateEndpoint(this, 'Create endpoint', {
      endpointName: sfn.JsonPath.stringAt('$.EndpointName'),
      endpointConfigName: sfn.JsonPath.stringAt('$.JobName'),
    });

    new sfn.StateMachine(this, 'Training', {
      definitionBody: sfn.DefinitionBody.fromChainable(train.next(model).next(config).next(endpoint)),
    });

    const transform = new tasks.SageMakerCreateTransformJob(this, 'Batch inference', {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      transformJobName: sfn.JsonPath.stringAt('$.JobName'),
      modelName: 'MyModelName',
      modelClientOptions: { invocationsMaxRetries: 3, invocationsTimeout: Duration.minutes(5) },
      transformInput: {
        transformDataSource: {
          s3DataSource: { s3Uri: `s3://${bucket.bucket}/inputs/`, s3DataType: tasks.S3DataType.S3_PREFIX },
        },
        splitType: tasks.SplitType.LINE,
      },
      transformOutput: { s3OutputPath: `s3://${bucket.bucket}/outputs/`, assembleWith: tasks.AssembleWith.LINE },
      transformResources: { instanceCount: 1, instanceType: new tasks.InstanceType('m4.xlarge') },
      resultPath: sfn.JsonPath.DISCARD,
    });

    const update = new tasks.SageMakerUpdateEndpoint(this, 'Update endpoint', {
      endpointName: sfn.JsonPath.stringAt('$.Endpoint.Name'),
      endpointConfigName: sfn.JsonPath.stringAt('$.Endpoint.EndpointConfig'),
    });

    new sfn.StateMachine(this, 'Inference', {
      definitionBody: sfn.DefinitionBody.fromChainable(transform.next(update)),
    });
  }
}
