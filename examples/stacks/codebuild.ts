import { CodebuildProject } from '@cdktf/provider-aws/lib/codebuild-project';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import type { Construct } from 'constructs';
import { sfn, tasks } from '../../src';
import { ExampleStack } from './common';

/**
 * The CodeBuild examples of the aws-cdk README, ported: build a project and wait for the build (RUN_JOB),
 * with an environment variable from the state input, then start a batch build of the same project.
 */
export class CodeBuildStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const role = new IamRole(this, 'BuildRole', {
      assumeRolePolicy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      }),
    });
    const project = new CodebuildProject(this, 'Project', {
      name: 'example-project',
      serviceRole: role.arn,
      artifacts: { type: 'NO_ARTIFACTS' },
      environment: { computeType: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0', type: 'LINUX_CONTAINER' },
      source: {
        type: 'NO_SOURCE',
        buildspec: JSON.stringify({ version: '0.2', phases: { build: { commands: ['echo "Hello, CodeBuild!"'] } } }),
      },
      buildBatchConfig: { serviceRole: role.arn, timeoutInMins: 60 },
    });

    const build = new tasks.CodeBuildStartBuild(this, 'Build project', {
      project,
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      environmentVariablesOverride: {
        ZONE: { type: tasks.BuildEnvironmentVariableType.PLAINTEXT, value: sfn.JsonPath.stringAt('$.envVariables.zone') },
      },
      resultPath: '$.build',
    });
    const batch = new tasks.CodeBuildStartBuildBatch(this, 'Build batch', {
      project,
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      environmentVariablesOverride: { test: { type: tasks.BuildEnvironmentVariableType.PLAINTEXT, value: 'testValue' } },
    });

    new sfn.StateMachine(this, 'Builds', {
      definitionBody: sfn.DefinitionBody.fromChainable(build.next(batch)),
    });
  }
}
