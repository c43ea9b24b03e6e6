import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import type { Construct } from 'constructs';
import { iam, sfn, tasks } from '../../src';
import { ExampleStack } from './common';

/** The AWS SDK examples of the aws-cdk README, ported: CallAwsService in JSONPath and in JSONata. */
export class AwsSdkStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const bucket = new S3Bucket(this, 'Documents', { bucketPrefix: 'example-documents-' });
    const logGroup = new CloudwatchLogGroup(this, 'WorkflowLogs', { name: '/example/workflows' });

    const getObject = new tasks.CallAwsService(this, 'GetObject', {
      service: 's3',
      action: 'getObject',
      parameters: { Bucket: bucket.bucket, Key: sfn.JsonPath.stringAt('$.key') },
      iamResources: [`${bucket.arn}/*`],
      resultSelector: { body: sfn.JsonPath.stringAt('$.Body') },
      resultPath: '$.object',
    });
    // the API action is listBuckets, the IAM action that allows it s3:ListAllMyBuckets
    const listBuckets = new tasks.CallAwsService(this, 'ListBuckets', {
      service: 's3',
      action: 'listBuckets',
      iamResources: ['*'],
      iamAction: 's3:ListAllMyBuckets',
      resultPath: sfn.JsonPath.DISCARD,
    });
    // detectLabels reads the image from S3 with the caller's permissions
    const detectLabels = new tasks.CallAwsService(this, 'DetectLabels', {
      service: 'rekognition',
      action: 'detectLabels',
      parameters: { Image: { S3Object: { Bucket: bucket.bucket, Name: sfn.JsonPath.stringAt('$.key') } } },
      iamResources: ['*'],
      additionalIamStatements: [new iam.PolicyStatement({ actions: ['s3:getObject'], resources: [`${bucket.arn}/*`] })],
      resultPath: '$.labels',
    });
    // `sfn` is authorized as `states`
    const describe = new tasks.CallAwsService(this, 'DescribeExecution', {
      service: 'sfn',
      action: 'describeExecution',
      parameters: { ExecutionArn: sfn.JsonPath.executionId },
      iamResources: ['*'],
      resultPath: '$.execution',
    });
    const logStream = tasks.CallAwsService.jsonata(this, 'CreateLogStream', {
      service: 'cloudwatchlogs',
      action: 'createLogStream',
      parameters: { LogGroupName: logGroup.name, LogStreamName: '{% $states.context.Execution.Name %}' },
      iamResources: [`${logGroup.arn}:*`],
      outputs: '{% $states.input %}',
    });

    new sfn.StateMachine(this, 'AwsSdk', {
      definitionBody: sfn.DefinitionBody.fromChainable(getObject.next(listBuckets).next(detectLabels).next(describe).next(logStream)),
    });
  }
}
