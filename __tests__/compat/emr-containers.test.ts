// Differential test against aws-cdk-lib 2.276 for the EMR on EKS tasks: the same workflows must give
// the same definitions and grants, except where this library differs on purpose (docs/DIFFERENCES.md):
// the JSONata default name of a virtual cluster (C.23), and iam:PassRole on a job's execution role.
import * as cdkIam from 'aws-cdk-lib/aws-iam';
import * as cdkLogs from 'aws-cdk-lib/aws-logs';
import * as cdkS3 from 'aws-cdk-lib/aws-s3';
import * as cdkSfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cdkTasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { sfn, tasks } from '../../src';
import { ACCOUNT, cdkDefinition, cdkGrants, ourDefinition, ourGrants } from '../util/compat';

const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/emr-job`;
const ROLE = { arn: ROLE_ARN, name: 'emr-job' };
// immutable, so that aws-cdk-lib's grants to the job role (logs:DescribeLogGroups even without logs) stay out
// of the state machine's grants compared here
const cdkRole = (s: cdkIam.IRole['stack']) => cdkIam.Role.fromRoleArn(s, 'Role', ROLE_ARN, { mutable: false });
const PI = 'local:///usr/lib/spark/examples/src/main/python/pi.py';

describe('EmrContainersCreateVirtualCluster: same as aws-cdk-lib 2.276', () => {
  test('JSONPath, default name and namespace; and with every prop', () => {
    const ours = ourDefinition((s) => new tasks.EmrContainersCreateVirtualCluster(s, 'A', {
      eksCluster: tasks.EksClusterInput.fromTaskInput(sfn.TaskInput.fromText('prod')),
    }).next(new tasks.EmrContainersCreateVirtualCluster(s, 'B', {
      eksCluster: tasks.EksClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.cluster')),
      eksNamespace: 'spark', virtualClusterName: 'vc', tags: { team: 'data' },
    })));
    const theirs = cdkDefinition((s) => new cdkTasks.EmrContainersCreateVirtualCluster(s, 'A', {
      eksCluster: cdkTasks.EksClusterInput.fromTaskInput(cdkSfn.TaskInput.fromText('prod')),
    }).next(new cdkTasks.EmrContainersCreateVirtualCluster(s, 'B', {
      eksCluster: cdkTasks.EksClusterInput.fromTaskInput(cdkSfn.TaskInput.fromJsonPathAt('$.cluster')),
      eksNamespace: 'spark', virtualClusterName: 'vc', tags: { team: 'data' },
    })));
    expect(ours).toEqual(theirs);
  });

  test('JSONata with a name: the same; the default name differs on purpose (C.23)', () => {
    const build = (name?: string) => [
      ourDefinition((s) => tasks.EmrContainersCreateVirtualCluster.jsonata(s, 'A', { eksCluster: tasks.EksClusterInput.fromTaskInput(sfn.TaskInput.fromText('prod')), virtualClusterName: name })),
      cdkDefinition((s) => cdkTasks.EmrContainersCreateVirtualCluster.jsonata(s, 'A', { eksCluster: cdkTasks.EksClusterInput.fromTaskInput(cdkSfn.TaskInput.fromText('prod')), virtualClusterName: name })),
    ];
    const [ours, theirs] = build('{% $states.input.name %}');
    expect(ours).toEqual(theirs);
    const [ourDefault, theirDefault] = build();
    expect(theirDefault.States.A.Arguments.Name).toEqual("{% States.Format('{}/{}', $states.context.Execution.Name, $states.context.State.Name) %}");
    expect(ourDefault.States.A.Arguments.Name).toEqual("{% $states.context.Execution.Name & '/' & $states.context.State.Name %}");
    expect({ ...ourDefault.States.A.Arguments, Name: 'x' }).toEqual({ ...theirDefault.States.A.Arguments, Name: 'x' });
  });

  test('grants', () => {
    expect(ourGrants((s) => new tasks.EmrContainersCreateVirtualCluster(s, 'A', { eksCluster: tasks.EksClusterInput.fromTaskInput(sfn.TaskInput.fromText('prod')) })))
      .toEqual(cdkGrants((s) => new cdkTasks.EmrContainersCreateVirtualCluster(s, 'A', { eksCluster: cdkTasks.EksClusterInput.fromTaskInput(cdkSfn.TaskInput.fromText('prod')) })));
  });
});

describe('EmrContainersDeleteVirtualCluster: same as aws-cdk-lib 2.276', () => {
  test.each([
    ['REQUEST_RESPONSE', 'literal'], ['RUN_JOB', 'literal'], ['REQUEST_RESPONSE', 'path'], ['RUN_JOB', 'path'],
  ] as const)('%s, %s id: definition and grants', (pattern, kind) => {
    const ourId = kind === 'literal' ? sfn.TaskInput.fromText('vc-123') : sfn.TaskInput.fromJsonPathAt('$.id');
    const theirId = kind === 'literal' ? cdkSfn.TaskInput.fromText('vc-123') : cdkSfn.TaskInput.fromJsonPathAt('$.id');
    const ours = (s: any) => new tasks.EmrContainersDeleteVirtualCluster(s, 'D', { virtualClusterId: ourId, integrationPattern: sfn.IntegrationPattern[pattern] });
    const theirs = (s: any) => new cdkTasks.EmrContainersDeleteVirtualCluster(s, 'D', { virtualClusterId: theirId, integrationPattern: cdkSfn.IntegrationPattern[pattern] });
    expect(ourDefinition(ours)).toEqual(cdkDefinition(theirs));
    expect(ourGrants(ours)).toEqual(cdkGrants(theirs));
  });
});

describe('EmrContainersStartJobRun with a given role: same as aws-cdk-lib 2.276', () => {
  test('JSONPath: driver, configuration, monitoring with a given log group and bucket', () => {
    const ours = ourDefinition((s) => new tasks.EmrContainersStartJobRun(s, 'Job', {
      virtualCluster: tasks.VirtualClusterInput.fromVirtualClusterId('vc-123'),
      executionRole: ROLE,
      jobName: 'pi',
      releaseLabel: tasks.ReleaseLabel.EMR_6_2_0,
      jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText(PI), entryPointArguments: sfn.TaskInput.fromObject(['100']), sparkSubmitParameters: '--conf a=b' } },
      applicationConfig: [{ classification: tasks.Classification.SPARK_DEFAULTS, properties: { x: 'y' }, nestedConfig: [{ classification: tasks.Classification.SPARK_ENV, properties: { a: 'b' } }] }],
      monitoring: { logGroup: { arn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:emr`, name: 'emr' }, logBucket: { bucket: 'emr-logs', arn: 'arn:aws:s3:::emr-logs' }, logStreamNamePrefix: 'pi', persistentAppUI: false },
      tags: { team: 'data' },
    }));
    const theirs = cdkDefinition((s) => new cdkTasks.EmrContainersStartJobRun(s, 'Job', {
      virtualCluster: cdkTasks.VirtualClusterInput.fromVirtualClusterId('vc-123'),
      executionRole: cdkRole(s),
      jobName: 'pi',
      releaseLabel: cdkTasks.ReleaseLabel.EMR_6_2_0,
      jobDriver: { sparkSubmitJobDriver: { entryPoint: cdkSfn.TaskInput.fromText(PI), entryPointArguments: cdkSfn.TaskInput.fromObject(['100']), sparkSubmitParameters: '--conf a=b' } },
      applicationConfig: [{ classification: cdkTasks.Classification.SPARK_DEFAULTS, properties: { x: 'y' }, nestedConfig: [{ classification: cdkTasks.Classification.SPARK_ENV, properties: { a: 'b' } }] }],
      monitoring: { logGroup: cdkLogs.LogGroup.fromLogGroupName(s, 'Logs', 'emr'), logBucket: cdkS3.Bucket.fromBucketName(s, 'Bucket', 'emr-logs'), logStreamNamePrefix: 'pi', persistentAppUI: false },
      tags: { team: 'data' },
    }));
    expect(ours).toEqual(theirs);
  });

  test('JSONata, request-response, dynamic cluster', () => {
    const ours = ourDefinition((s) => tasks.EmrContainersStartJobRun.jsonata(s, 'Job', {
      virtualCluster: tasks.VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromText('{% $states.input.vc %}')),
      executionRole: ROLE,
      releaseLabel: new tasks.ReleaseLabel('emr-7.5.0-latest'),
      integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
      jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText(PI), entryPointArguments: sfn.TaskInput.fromText('{% $states.input.args %}') } },
    }));
    const theirs = cdkDefinition((s) => cdkTasks.EmrContainersStartJobRun.jsonata(s, 'Job', {
      virtualCluster: cdkTasks.VirtualClusterInput.fromTaskInput(cdkSfn.TaskInput.fromText('{% $states.input.vc %}')),
      executionRole: cdkRole(s),
      releaseLabel: new cdkTasks.ReleaseLabel('emr-7.5.0-latest'),
      integrationPattern: cdkSfn.IntegrationPattern.REQUEST_RESPONSE,
      jobDriver: { sparkSubmitJobDriver: { entryPoint: cdkSfn.TaskInput.fromText(PI), entryPointArguments: cdkSfn.TaskInput.fromText('{% $states.input.args %}') } },
    }));
    expect(ours).toEqual(theirs);
  });

  test.each(['REQUEST_RESPONSE', 'RUN_JOB'] as const)('%s grants: aws-cdk-lib\'s, plus iam:PassRole on the role', (pattern) => {
    const ours = ourGrants((s) => new tasks.EmrContainersStartJobRun(s, 'Job', {
      virtualCluster: tasks.VirtualClusterInput.fromVirtualClusterId('vc-123'), executionRole: ROLE, releaseLabel: tasks.ReleaseLabel.EMR_6_3_0,
      jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText(PI) } }, integrationPattern: sfn.IntegrationPattern[pattern],
    }));
    const theirs = cdkGrants((s) => new cdkTasks.EmrContainersStartJobRun(s, 'Job', {
      virtualCluster: cdkTasks.VirtualClusterInput.fromVirtualClusterId('vc-123'), executionRole: cdkRole(s), releaseLabel: cdkTasks.ReleaseLabel.EMR_6_3_0,
      jobDriver: { sparkSubmitJobDriver: { entryPoint: cdkSfn.TaskInput.fromText(PI) } }, integrationPattern: cdkSfn.IntegrationPattern[pattern],
    }));
    expect(ours).toEqual([...theirs, `iam:PassRole ${ROLE_ARN}`].sort());
  });
});
