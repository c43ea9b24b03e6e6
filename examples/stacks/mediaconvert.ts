import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import type { Construct } from 'constructs';
import { sfn, tasks } from '../../src';
import { ExampleStack } from './common';

/**
 * The MediaConvert example of the aws-cdk README, ported: create a transcoding job with the role
 * MediaConvert works with and wait for it (RUN_JOB), the source file read from the state input.
 */
export class MediaConvertStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const role = new IamRole(this, 'MediaConvertRole', {
      namePrefix: 'example-mediaconvert-',
      assumeRolePolicy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'mediaconvert.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      }),
    });

    const transcode = new tasks.MediaConvertCreateJob(this, 'Create job', {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      createJobRequest: {
        Role: role.arn,
        Settings: {
          OutputGroups: [{
            Outputs: [{
              ContainerSettings: { Container: 'MP4' },
              VideoDescription: { CodecSettings: { Codec: 'H_264', H264Settings: { MaxBitrate: 1000, RateControlMode: 'QVBR', SceneChangeDetect: 'TRANSITION_DETECTION' } } },
              AudioDescriptions: [{ CodecSettings: { Codec: 'AAC', AacSettings: { Bitrate: 96000, CodingMode: 'CODING_MODE_2_0', SampleRate: 48000 } } }],
            }],
            OutputGroupSettings: { Type: 'FILE_GROUP_SETTINGS', FileGroupSettings: { Destination: 's3://example-destination-bucket/' } },
          }],
          Inputs: [{
            AudioSelectors: { 'Audio Selector 1': { DefaultSelection: 'DEFAULT' } },
            FileInput: sfn.JsonPath.stringAt('$.sourceFile'),
          }],
        },
      },
      resultSelector: { jobId: sfn.JsonPath.stringAt('$.Job.Id'), status: sfn.JsonPath.stringAt('$.Job.Status') },
    });

    new sfn.StateMachine(this, 'Transcoding', {
      definitionBody: sfn.DefinitionBody.fromChainable(transcode),
    });
  }
}
