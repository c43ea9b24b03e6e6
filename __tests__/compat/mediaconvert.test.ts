// Differential test against aws-cdk-lib 2.276 for MediaConvertCreateJob: the same request must give the
// same state and grants, but for the documented difference (docs/DIFFERENCES.md) the last case pins down.
import type * as cdk from 'aws-cdk-lib';
import * as cdkSfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cdkTasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { sfn, tasks } from '../../src';
import { cdkDefinition, cdkGrants, ourDefinition, ourGrants } from '../util/compat';

const ROLE = 'arn:aws:iam::123456789012:role/MediaConvertRole';
const SETTINGS = {
  OutputGroups: [{
    Outputs: [{ ContainerSettings: { Container: 'MP4' }, VideoDescription: { CodecSettings: { Codec: 'H_264', H264Settings: { MaxBitrate: 1000, RateControlMode: 'QVBR' } } } }],
    OutputGroupSettings: { Type: 'FILE_GROUP_SETTINGS', FileGroupSettings: { Destination: 's3://out/' } },
  }],
  Inputs: [{ AudioSelectors: { 'Audio Selector 1': { DefaultSelection: 'DEFAULT' } }, FileInput: 's3://in/movie.mp4' }],
};

describe('MediaConvertCreateJob: same state and grants as aws-cdk-lib 2.276', () => {
  test.each([
    ['REQUEST_RESPONSE', cdkSfn.IntegrationPattern.REQUEST_RESPONSE, sfn.IntegrationPattern.REQUEST_RESPONSE],
    ['RUN_JOB', cdkSfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.RUN_JOB],
  ] as const)('%s, JSONPath, with a path in the settings', (_p, cdkPattern, ourPattern) => {
    const cdkTask = (s: cdk.Stack) => new cdkTasks.MediaConvertCreateJob(s, 'Create', {
      createJobRequest: { Role: ROLE, Settings: { ...SETTINGS, TimecodeConfig: { Anchor: cdkSfn.JsonPath.stringAt('$.anchor') } } },
      integrationPattern: cdkPattern,
    });
    const ourTask = (s: any) => new tasks.MediaConvertCreateJob(s, 'Create', {
      createJobRequest: { Role: ROLE, Settings: { ...SETTINGS, TimecodeConfig: { Anchor: sfn.JsonPath.stringAt('$.anchor') } } },
      integrationPattern: ourPattern,
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask));
  });

  test('JSONata, and the PassRole condition', () => {
    const cdkTask = (s: cdk.Stack) => cdkTasks.MediaConvertCreateJob.jsonata(s, 'Create', {
      createJobRequest: { Role: ROLE, Settings: SETTINGS, Queue: '{% $states.input.queue %}' },
      outputs: { id: '{% $states.result.Job.Id %}' },
    });
    const ourTask = (s: any) => tasks.MediaConvertCreateJob.jsonata(s, 'Create', {
      createJobRequest: { Role: ROLE, Settings: SETTINGS, Queue: '{% $states.input.queue %}' },
      outputs: { id: '{% $states.result.Job.Id %}' },
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask));
    expect(ourGrants(ourTask)).toContain(`iam:PassRole ${ROLE}`);
  });

  test('difference: a Role from the state input gets iam:PassRole on * (aws-cdk-lib writes the path as the resource)', () => {
    const cdkTask = (s: cdk.Stack) => new cdkTasks.MediaConvertCreateJob(s, 'Create', { createJobRequest: { Role: cdkSfn.JsonPath.stringAt('$.role'), Settings: SETTINGS } });
    const ourTask = (s: any) => new tasks.MediaConvertCreateJob(s, 'Create', { createJobRequest: { Role: sfn.JsonPath.stringAt('$.role'), Settings: SETTINGS } });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    const theirs = cdkGrants(cdkTask);
    expect(theirs).toContain('iam:PassRole $.role');
    expect(ourGrants(ourTask)).toEqual(theirs.map((g) => (g === 'iam:PassRole $.role' ? 'iam:PassRole *' : g)));
  });
});
