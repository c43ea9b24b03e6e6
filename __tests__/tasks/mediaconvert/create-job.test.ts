import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { newStack } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn, machineOf } from '../util';

const ROLE = 'arn:aws:iam::123456789012:role/MediaConvertRole';
const SETTINGS = {
  OutputGroups: [{ Outputs: [{ ContainerSettings: { Container: 'MP4' } }], OutputGroupSettings: { Type: 'FILE_GROUP_SETTINGS', FileGroupSettings: { Destination: 's3://out/' } } }],
  Inputs: [{ FileInput: 's3://in/movie.mp4' }],
};
const passRole = (resource: string) => ({
  Effect: 'Allow', Action: 'iam:PassRole', Resource: resource, Condition: { StringLike: { 'iam:PassedToService': 'mediaconvert.amazonaws.com' } },
});
const CREATE = { Effect: 'Allow', Action: 'mediaconvert:CreateJob', Resource: '*' };

describe('MediaConvertCreateJob', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('REQUEST_RESPONSE by default: the request as given, PassRole on the given role', () => {
    const task = new tasks.MediaConvertCreateJob(stack, 'Create', { createJobRequest: { Role: ROLE, Settings: SETTINGS, Queue: 'q' } });
    const m = machineOf(stack, task);
    expect(m.definition.States.Create).toEqual({
      Type: 'Task',
      Resource: integrationArn('mediaconvert:createJob'),
      Parameters: { Role: ROLE, Settings: SETTINGS, Queue: 'q' },
      End: true,
    });
    expect(m.statements).toEqual([passRole(ROLE), CREATE]);
  });

  test('RUN_JOB renders .sync with GetJob, CancelJob and the events rule; a role resource', () => {
    const role = new IamRole(stack, 'Role', { assumeRolePolicy: '{}' });
    const task = new tasks.MediaConvertCreateJob(stack, 'Create', {
      createJobRequest: { Role: role.arn, Settings: { Inputs: [{ 'FileInput': sfn.JsonPath.stringAt('$.input') }] } },
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    const m = machineOf(stack, task);
    expect(m.definition.States.Create.Resource).toEqual(integrationArn('mediaconvert:createJob.sync'));
    expect(m.definition.States.Create.Parameters).toEqual({ 'Role': '${aws_iam_role.Role.arn}', 'Settings': { Inputs: [{ 'FileInput.$': '$.input' }] } });
    expect(m.statements).toEqual([
      passRole('${aws_iam_role.Role.arn}'),
      // the policy merges the statements on '*'
      { Effect: 'Allow', Action: ['mediaconvert:CreateJob', 'mediaconvert:GetJob', 'mediaconvert:CancelJob'], Resource: '*' },
      {
        Effect: 'Allow',
        Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
        Resource: `arn:${PARTITION}:events:${REGION}:${ACCOUNT}:rule/StepFunctionsGetEventsForMediaConvertJobRule`,
      },
    ]);
  });

  test('a role from the state input can be any role passed to MediaConvert', () => {
    const task = new tasks.MediaConvertCreateJob(stack, 'Create', { createJobRequest: { Role: sfn.JsonPath.stringAt('$.role'), Settings: SETTINGS } });
    const m = machineOf(stack, task);
    expect(m.definition.States.Create.Parameters['Role.$']).toEqual('$.role');
    expect(m.statements[0]).toEqual(passRole('*'));
  });

  test('JSONata: Arguments as given; a JSONata role gets PassRole on *', () => {
    const task = tasks.MediaConvertCreateJob.jsonata(stack, 'Create', { createJobRequest: { Role: '{% $states.input.role %}', Settings: SETTINGS } });
    const m = machineOf(stack, task);
    expect(m.definition.States.Create).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      Resource: integrationArn('mediaconvert:createJob'),
      Arguments: { Role: '{% $states.input.role %}', Settings: SETTINGS },
      End: true,
    });
    expect(m.statements[0]).toEqual(passRole('*'));
  });

  test('jsonPath() is the constructor', () => {
    const task = tasks.MediaConvertCreateJob.jsonPath(stack, 'Create', { createJobRequest: { Role: ROLE, Settings: SETTINGS }, resultPath: '$.job' });
    expect(machineOf(stack, task).definition.States.Create.ResultPath).toEqual('$.job');
  });

  test.each(['Role', 'Settings'])('a request without %s is rejected', (key) => {
    const request: Record<string, unknown> = { Role: ROLE, Settings: SETTINGS };
    delete request[key];
    expect(() => new tasks.MediaConvertCreateJob(stack, 'Create', { createJobRequest: request }))
      .toThrow(new RegExp(`test/Create: 'createJobRequest' needs '${key}'.*got undefined`));
  });

  test('an empty Role is rejected', () => {
    expect(() => new tasks.MediaConvertCreateJob(stack, 'Create', { createJobRequest: { Role: '', Settings: SETTINGS } })).toThrow(/needs 'Role'.*got ""/);
  });

  test('WAIT_FOR_TASK_TOKEN is rejected', () => {
    expect(() => new tasks.MediaConvertCreateJob(stack, 'Create', {
      createJobRequest: { Role: ROLE, Settings: SETTINGS },
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    })).toThrow(/test\/Create.*'integrationPattern' WAIT_FOR_TASK_TOKEN is not supported by this task; supported: REQUEST_RESPONSE, RUN_JOB/);
  });

  test('a JsonPath reference concatenated into the request is rejected', () => {
    expect(() => new tasks.MediaConvertCreateJob(stack, 'Create', {
      createJobRequest: { Role: ROLE, Settings: { Inputs: [{ FileInput: `s3://in/${sfn.JsonPath.stringAt('$.key')}` }] } },
    })).toThrow(/createJobRequest/);
  });
});
