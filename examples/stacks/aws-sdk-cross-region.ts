import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import type { Construct } from 'constructs';
import { sfn, tasks } from '../../src';
import { ExampleStack } from './common';

/**
 * The "AWS SDK across regions" example of the aws-cdk README, ported: an object read from a bucket of
 * another region, then the same call in JSONata with an explicit endpoint.
 */
export class AwsSdkCrossRegionStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const bucket = new S3Bucket(this, 'Archive', { bucket: 'example-archive-tokyo' });

    const getObject = new tasks.CallAwsServiceCrossRegion(this, 'GetObject', {
      region: 'ap-northeast-1',
      service: 's3',
      action: 'getObject',
      parameters: {
        Bucket: bucket.bucket,
        Key: sfn.JsonPath.stringAt('$.key'),
      },
      iamResources: [`${bucket.arn}/*`],
      resultSelector: { body: sfn.JsonPath.stringAt('$.Body') },
      resultPath: '$.object',
    });
    const headObject = tasks.CallAwsServiceCrossRegion.jsonata(this, 'HeadObject', {
      region: 'ap-northeast-1',
      endpoint: 'https://s3.ap-northeast-1.amazonaws.com',
      service: 's3',
      action: 'headObject',
      iamAction: 's3:GetObject',
      parameters: { Bucket: bucket.bucket, Key: '{% $states.input.key %}' },
      iamResources: [`${bucket.arn}/*`],
      outputs: { size: '{% $states.result.ContentLength %}' },
    });

    new sfn.StateMachine(this, 'StateMachine', {
      definitionBody: sfn.DefinitionBody.fromChainable(getObject.next(headObject)),
    });
  }
}
