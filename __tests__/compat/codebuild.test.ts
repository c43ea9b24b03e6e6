// Differential test against aws-cdk-lib 2.276 for CodeBuildStartBuild and CodeBuildStartBuildBatch: the
// same tasks on the same project must give the same state and grants.
import type * as cdk from 'aws-cdk-lib';
import * as cdkCodebuild from 'aws-cdk-lib/aws-codebuild';
import * as cdkSfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cdkTasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { sfn, tasks } from '../../src';
import { cdkDefinition, cdkGrants, ourDefinition, ourGrants } from '../util/compat';

const PROJECT_ARN = 'arn:aws:codebuild:us-east-1:123456789012:project/app';
const theirProject = (s: cdk.Stack) => cdkCodebuild.Project.fromProjectArn(s, 'Project', PROJECT_ARN);
const ourProject = { name: 'app', arn: PROJECT_ARN };

const cdkVariables = {
  ZONE: { value: cdkSfn.JsonPath.stringAt('$.zone') },
  PARAM: { type: cdkCodebuild.BuildEnvironmentVariableType.PARAMETER_STORE, value: '/ci/param' },
  SECRET: { type: cdkCodebuild.BuildEnvironmentVariableType.SECRETS_MANAGER, value: 'ci/secret' },
};
const ourVariables = {
  ZONE: { value: sfn.JsonPath.stringAt('$.zone') },
  PARAM: { type: tasks.BuildEnvironmentVariableType.PARAMETER_STORE, value: '/ci/param' },
  SECRET: { type: tasks.BuildEnvironmentVariableType.SECRETS_MANAGER, value: 'ci/secret' },
};

describe.each([
  ['CodeBuildStartBuild', cdkTasks.CodeBuildStartBuild, tasks.CodeBuildStartBuild],
  ['CodeBuildStartBuildBatch', cdkTasks.CodeBuildStartBuildBatch, tasks.CodeBuildStartBuildBatch],
] as const)('%s: same state and grants as aws-cdk-lib 2.276', (_name, Theirs, Ours) => {
  test.each([
    ['REQUEST_RESPONSE', cdkSfn.IntegrationPattern.REQUEST_RESPONSE, sfn.IntegrationPattern.REQUEST_RESPONSE],
    ['RUN_JOB', cdkSfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.RUN_JOB],
  ] as const)('%s, JSONPath, with environment variables', (_p, cdkPattern, ourPattern) => {
    const cdkTask = (s: cdk.Stack) => new Theirs(s, 'Build', { project: theirProject(s), integrationPattern: cdkPattern, environmentVariablesOverride: cdkVariables });
    const ourTask = (s: any) => new Ours(s, 'Build', { project: ourProject, integrationPattern: ourPattern, environmentVariablesOverride: ourVariables });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask));
  });

  test('JSONata', () => {
    const cdkTask = (s: cdk.Stack) => Theirs.jsonata(s, 'Build', {
      project: theirProject(s),
      integrationPattern: cdkSfn.IntegrationPattern.RUN_JOB,
      environmentVariablesOverride: { COMMIT: { value: '{% $states.input.commit %}' } },
      outputs: { id: '{% $states.result.Id %}' },
    });
    const ourTask = (s: any) => Ours.jsonata(s, 'Build', {
      project: ourProject,
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      environmentVariablesOverride: { COMMIT: { value: '{% $states.input.commit %}' } },
      outputs: { id: '{% $states.result.Id %}' },
    });
    expect(ourDefinition(ourTask)).toEqual(cdkDefinition(cdkTask));
    expect(ourGrants(ourTask)).toEqual(cdkGrants(cdkTask));
  });
});
