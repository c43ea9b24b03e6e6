import { CodebuildProject } from '@cdktf/provider-aws/lib/codebuild-project';
import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { newStack } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn, machineOf } from '../util';

const PROJECT_ARN = 'arn:aws:codebuild:us-east-1:123456789012:project/app';
const literal = { name: 'app', arn: PROJECT_ARN };
const rule = (name: string) => ({
  Effect: 'Allow',
  Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
  Resource: `arn:${PARTITION}:events:${REGION}:${ACCOUNT}:rule/${name}`,
});
const BUILD_ACTIONS = ['codebuild:StartBuild', 'codebuild:StopBuild', 'codebuild:BatchGetBuilds', 'codebuild:BatchGetReports'];

function project(stack: TerraformStack): CodebuildProject {
  return new CodebuildProject(stack, 'Project', {
    name: 'app',
    serviceRole: 'arn:aws:iam::123456789012:role/codebuild',
    artifacts: { type: 'NO_ARTIFACTS' },
    environment: { computeType: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0', type: 'LINUX_CONTAINER' },
    source: { type: 'NO_SOURCE', buildspec: 'version: 0.2' },
  });
}

describe('CodeBuildStartBuild', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('REQUEST_RESPONSE by default, on a CodebuildProject resource', () => {
    const task = new tasks.CodeBuildStartBuild(stack, 'Build', { project: project(stack) });
    const m = machineOf(stack, task);
    expect(m.definition.States.Build).toEqual({
      Type: 'Task',
      Resource: integrationArn('codebuild:startBuild'),
      Parameters: { ProjectName: '${aws_codebuild_project.Project.name}' },
      End: true,
    });
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: BUILD_ACTIONS, Resource: '${aws_codebuild_project.Project.arn}' }]);
  });

  test('RUN_JOB renders .sync and adds the events rule (G.8)', () => {
    const task = new tasks.CodeBuildStartBuild(stack, 'Build', {
      project: literal,
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      environmentVariablesOverride: {
        ZONE: { type: tasks.BuildEnvironmentVariableType.PLAINTEXT, value: sfn.JsonPath.stringAt('$.envVariables.zone') },
      },
    });
    const m = machineOf(stack, task);
    expect(m.definition.States.Build).toEqual({
      Type: 'Task',
      Resource: integrationArn('codebuild:startBuild.sync'),
      Parameters: {
        ProjectName: 'app',
        EnvironmentVariablesOverride: [{ 'Name': 'ZONE', 'Type': 'PLAINTEXT', 'Value.$': '$.envVariables.zone' }],
      },
      End: true,
    });
    expect(m.statements).toEqual([
      { Effect: 'Allow', Action: BUILD_ACTIONS, Resource: PROJECT_ARN },
      rule('StepFunctionsGetEventForCodeBuildStartBuildRule'),
    ]);
  });

  test('environment variables: PLAINTEXT unless typed, in the order given', () => {
    const task = new tasks.CodeBuildStartBuild(stack, 'Build', {
      project: literal,
      environmentVariablesOverride: {
        A: { value: 'plain' },
        B: { type: tasks.BuildEnvironmentVariableType.PARAMETER_STORE, value: '/ci/param' },
        C: { type: tasks.BuildEnvironmentVariableType.SECRETS_MANAGER, value: 'ci/secret:token' },
      },
    });
    expect(machineOf(stack, task).definition.States.Build.Parameters.EnvironmentVariablesOverride).toEqual([
      { Name: 'A', Type: 'PLAINTEXT', Value: 'plain' },
      { Name: 'B', Type: 'PARAMETER_STORE', Value: '/ci/param' },
      { Name: 'C', Type: 'SECRETS_MANAGER', Value: 'ci/secret:token' },
    ]);
  });

  test('JSONata renders Arguments as given', () => {
    const task = tasks.CodeBuildStartBuild.jsonata(stack, 'Build', {
      project: literal,
      environmentVariablesOverride: { COMMIT: { value: '{% $states.input.commit %}' } },
    });
    expect(machineOf(stack, task).definition.States.Build).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      Resource: integrationArn('codebuild:startBuild'),
      Arguments: { ProjectName: 'app', EnvironmentVariablesOverride: [{ Name: 'COMMIT', Type: 'PLAINTEXT', Value: '{% $states.input.commit %}' }] },
      End: true,
    });
  });

  test('jsonPath() is the constructor', () => {
    const task = tasks.CodeBuildStartBuild.jsonPath(stack, 'Build', { project: literal, resultPath: '$.build' });
    expect(machineOf(stack, task).definition.States.Build.ResultPath).toEqual('$.build');
  });

  test('WAIT_FOR_TASK_TOKEN is rejected', () => {
    expect(() => new tasks.CodeBuildStartBuild(stack, 'Build', { project: literal, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow(/test\/Build.*'integrationPattern' WAIT_FOR_TASK_TOKEN is not supported by this task; supported: REQUEST_RESPONSE, RUN_JOB/);
  });

  test('a JsonPath reference concatenated into a value is rejected; a whole one is accepted', () => {
    expect(() => new tasks.CodeBuildStartBuild(stack, 'Bad', { project: literal, environmentVariablesOverride: { A: { value: `x-${sfn.JsonPath.stringAt('$.a')}` } } }))
      .toThrow(/environmentVariablesOverride/);
    expect(() => new tasks.CodeBuildStartBuild(stack, 'Good', { project: literal, environmentVariablesOverride: { A: { value: sfn.JsonPath.stringAt('$.a') } } }))
      .not.toThrow();
  });

  test('an unknown variable type is rejected by the prop check', () => {
    expect(() => new tasks.CodeBuildStartBuild(stack, 'Build', { project: literal, environmentVariablesOverride: { A: { type: 'CLEAR' as any, value: 'x' } } }))
      .toThrow(/CLEAR/);
  });
});

describe('CodeBuildStartBuildBatch', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('REQUEST_RESPONSE by default: codebuild:StartBuildBatch only', () => {
    const task = new tasks.CodeBuildStartBuildBatch(stack, 'Batch', { project: project(stack) });
    const m = machineOf(stack, task);
    expect(m.definition.States.Batch).toEqual({
      Type: 'Task',
      Resource: integrationArn('codebuild:startBuildBatch'),
      Parameters: { ProjectName: '${aws_codebuild_project.Project.name}' },
      End: true,
    });
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'codebuild:StartBuildBatch', Resource: '${aws_codebuild_project.Project.arn}' }]);
  });

  test('RUN_JOB renders .sync with the batch permissions and the events rule', () => {
    const task = new tasks.CodeBuildStartBuildBatch(stack, 'Batch', {
      project: literal,
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      environmentVariablesOverride: { ENV: { value: 'prod' } },
    });
    const m = machineOf(stack, task);
    expect(m.definition.States.Batch.Resource).toEqual(integrationArn('codebuild:startBuildBatch.sync'));
    expect(m.definition.States.Batch.Parameters).toEqual({ ProjectName: 'app', EnvironmentVariablesOverride: [{ Name: 'ENV', Type: 'PLAINTEXT', Value: 'prod' }] });
    expect(m.statements).toEqual([
      { Effect: 'Allow', Action: ['codebuild:StartBuildBatch', 'codebuild:StopBuildBatch', 'codebuild:BatchGetBuildBatches'], Resource: PROJECT_ARN },
      rule('StepFunctionsGetEventForCodeBuildStartBuildBatchRule'),
    ]);
  });

  test('JSONata', () => {
    const task = tasks.CodeBuildStartBuildBatch.jsonata(stack, 'Batch', { project: literal, outputs: { id: '{% $states.result.BuildBatch.Id %}' } });
    const state = machineOf(stack, task).definition.States.Batch;
    expect(state.Arguments).toEqual({ ProjectName: 'app' });
    expect(state.Output).toEqual({ id: '{% $states.result.BuildBatch.Id %}' });
  });

  test('WAIT_FOR_TASK_TOKEN is rejected', () => {
    expect(() => tasks.CodeBuildStartBuildBatch.jsonPath(stack, 'Batch', { project: literal, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow(/test\/Batch.*'integrationPattern' WAIT_FOR_TASK_TOKEN is not supported/);
  });
});
