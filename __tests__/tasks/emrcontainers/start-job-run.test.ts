import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { IamOpenidConnectProvider } from '@cdktf/provider-aws/lib/iam-openid-connect-provider';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { base36RoleName, jobRoleName } from '../../../src/tasks/emrcontainers/private/job-role';
import { evaluateTemplate } from '../../util/hcl-eval';
import { newStack, policiesAttachedTo, renderState, synth } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn, machineOf } from '../util';

const CLUSTERS = `arn:${PARTITION}:emr-containers:${REGION}:${ACCOUNT}:/virtualclusters`;
const ROLE = { arn: 'arn:aws:iam::123456789012:role/emr-job', name: 'emr-job' };
const OIDC = { arn: 'arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC', url: 'https://oidc.eks.us-east-1.amazonaws.com/id/ABC' };
const driver = (extra: Partial<tasks.SparkSubmitJobDriver> = {}): tasks.JobDriver => ({
  sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText('local:///usr/lib/spark/examples/src/main/python/pi.py'), ...extra },
});

function base(extra: Partial<tasks.EmrContainersStartJobRunProps> = {}): tasks.EmrContainersStartJobRunProps {
  return {
    virtualCluster: tasks.VirtualClusterInput.fromVirtualClusterId('vc-123'),
    releaseLabel: tasks.ReleaseLabel.EMR_6_3_0,
    jobDriver: driver(),
    executionRole: ROLE,
    ...extra,
  };
}

/** The resources of one type, without the state machine's own. */
function resourcesOf(json: any, type: string): Array<[string, any]> {
  return Object.entries<any>(json.resource[type] ?? {}).filter(([k]) => !k.startsWith('SM'));
}

describe('EmrContainersStartJobRun', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('RUN_JOB by default: the request with the given role', () => {
    const task = new tasks.EmrContainersStartJobRun(stack, 'Job', base({
      jobName: 'pi',
      jobDriver: driver({ entryPointArguments: sfn.TaskInput.fromObject(['100']), sparkSubmitParameters: '--conf spark.executor.instances=2' }),
      tags: { team: 'data' },
    }));
    expect(renderState(task)).toEqual({
      Type: 'Task',
      Resource: integrationArn('emr-containers:startJobRun.sync'),
      Parameters: {
        VirtualClusterId: 'vc-123',
        Name: 'pi',
        ExecutionRoleArn: ROLE.arn,
        ReleaseLabel: 'emr-6.3.0-latest',
        JobDriver: { SparkSubmitJobDriver: {
          EntryPoint: 'local:///usr/lib/spark/examples/src/main/python/pi.py',
          EntryPointArguments: ['100'],
          SparkSubmitParameters: '--conf spark.executor.instances=2',
        } },
        ConfigurationOverrides: { MonitoringConfiguration: { PersistentAppUI: 'ENABLED' } },
        Tags: { team: 'data' },
      },
      End: true,
    });
    expect(task.grantPrincipal).toEqual(ROLE);
  });

  test('release labels and classifications: the constants and new ones', () => {
    expect([tasks.ReleaseLabel.EMR_5_32_0, tasks.ReleaseLabel.EMR_5_33_0, tasks.ReleaseLabel.EMR_6_2_0, tasks.ReleaseLabel.EMR_6_3_0, new tasks.ReleaseLabel('emr-7.5.0-latest')].map((l) => l.label))
      .toEqual(['emr-5.32.0-latest', 'emr-5.33.0-latest', 'emr-6.2.0-latest', 'emr-6.3.0-latest', 'emr-7.5.0-latest']);
    expect([tasks.Classification.SPARK, tasks.Classification.SPARK_DEFAULTS, tasks.Classification.SPARK_ENV, tasks.Classification.SPARK_HIVE_SITE,
      tasks.Classification.SPARK_LOG4J, tasks.Classification.SPARK_METRICS, new tasks.Classification('emrfs-site')].map((c) => c.classificationStatement))
      .toEqual(['spark', 'spark-defaults', 'spark-env', 'spark-hive-site', 'spark-log4j', 'spark-metrics', 'emrfs-site']);
  });

  test('application configuration, nested; monitoring with a given log group and bucket, UI off', () => {
    const logGroup = new CloudwatchLogGroup(stack, 'Logs', { name: 'emr' });
    const logBucket = new S3Bucket(stack, 'Bucket', { bucket: 'emr-logs' });
    const task = new tasks.EmrContainersStartJobRun(stack, 'Job', base({
      applicationConfig: [{
        classification: tasks.Classification.SPARK_DEFAULTS,
        properties: { 'spark.executor.memory': '2G' },
        nestedConfig: [{ classification: new tasks.Classification('nested'), properties: { a: 'b' } }],
      }],
      monitoring: { logGroup, logBucket, logStreamNamePrefix: 'pi', persistentAppUI: false },
    }));
    expect(renderState(task).Parameters.ConfigurationOverrides).toEqual({
      ApplicationConfiguration: [{
        Classification: 'spark-defaults',
        Properties: { 'spark.executor.memory': '2G' },
        Configurations: [{ Classification: 'nested', Properties: { a: 'b' } }],
      }],
      MonitoringConfiguration: {
        CloudWatchMonitoringConfiguration: { LogGroupName: '${aws_cloudwatch_log_group.Logs.name}', LogStreamNamePrefix: 'pi' },
        PersistentAppUI: 'DISABLED',
        S3MonitoringConfiguration: { LogUri: 's3://${aws_s3_bucket.Bucket.bucket}' },
      },
    });
  });

  test('JSONPath inputs: the cluster id, the entry point and its arguments from the state input', () => {
    const task = new tasks.EmrContainersStartJobRun(stack, 'Job', base({
      virtualCluster: tasks.VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.vc')),
      jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromJsonPathAt('$.script'), entryPointArguments: sfn.TaskInput.fromJsonPathAt('$.args') } },
    }));
    expect(renderState(task).Parameters).toMatchObject({
      'VirtualClusterId.$': '$.vc',
      'JobDriver': { SparkSubmitJobDriver: { 'EntryPoint.$': '$.script', 'EntryPointArguments.$': '$.args' } },
    });
  });

  test('JSONata renders Arguments', () => {
    const task = tasks.EmrContainersStartJobRun.jsonata(stack, 'Job', base({
      virtualCluster: tasks.VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromText('{% $states.input.vc %}')),
      jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText('{% $states.input.script %}'), entryPointArguments: sfn.TaskInput.fromText('{% $states.input.args %}') } },
    }));
    const state = renderState(task);
    expect(state).toMatchObject({
      QueryLanguage: 'JSONata',
      Arguments: { VirtualClusterId: '{% $states.input.vc %}', JobDriver: { SparkSubmitJobDriver: { EntryPoint: '{% $states.input.script %}', EntryPointArguments: '{% $states.input.args %}' } } },
    });
    expect(state.Parameters).toBeUndefined();
  });

  test('jsonPath factory', () => {
    expect(renderState(tasks.EmrContainersStartJobRun.jsonPath(stack, 'Job', base())).Parameters.VirtualClusterId).toEqual('vc-123');
  });

  describe('integration patterns', () => {
    test('REQUEST_RESPONSE: no suffix, no job-run polling grants', () => {
      const task = new tasks.EmrContainersStartJobRun(stack, 'Job', base({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }));
      expect(renderState(task).Resource).toEqual(integrationArn('emr-containers:startJobRun'));
      expect(machineOf(stack, task).statements).toEqual([
        { Effect: 'Allow', Action: 'emr-containers:StartJobRun', Resource: `${CLUSTERS}/vc-123`, Condition: { StringEquals: { 'emr-containers:ExecutionRoleArn': ROLE.arn } } },
        { Effect: 'Allow', Action: 'iam:PassRole', Resource: ROLE.arn },
      ]);
    });

    test('WAIT_FOR_TASK_TOKEN is refused', () => {
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'Job', base({ integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN })))
        .toThrow(/test\/Job.*integrationPattern.*REQUEST_RESPONSE.*RUN_JOB/s);
    });

    test('an EXPRESS state machine refuses the default RUN_JOB', () => {
      const task = new tasks.EmrContainersStartJobRun(stack, 'Job', base());
      expect(() => new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task), stateMachineType: sfn.StateMachineType.EXPRESS }))
        .toThrow(/Job/);
    });
  });

  describe('IAM', () => {
    test('RUN_JOB: StartJobRun with the role condition, PassRole, the job runs; no events rule', () => {
      const task = new tasks.EmrContainersStartJobRun(stack, 'Job', base());
      expect(machineOf(stack, task).statements).toEqual([
        { Effect: 'Allow', Action: 'emr-containers:StartJobRun', Resource: `${CLUSTERS}/vc-123`, Condition: { StringEquals: { 'emr-containers:ExecutionRoleArn': ROLE.arn } } },
        { Effect: 'Allow', Action: 'iam:PassRole', Resource: ROLE.arn },
        { Effect: 'Allow', Action: ['emr-containers:DescribeJobRun', 'emr-containers:CancelJobRun'], Resource: `${CLUSTERS}/vc-123/jobruns/*` },
      ]);
    });

    test('a dynamic cluster id gives every virtual cluster', () => {
      const task = new tasks.EmrContainersStartJobRun(stack, 'Job', base({ virtualCluster: tasks.VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.vc')) }));
      const resources = machineOf(stack, task).statements.map((s) => s.Resource);
      expect(resources).toEqual([`${CLUSTERS}/*`, ROLE.arn, `${CLUSTERS}/*`]);
    });

    test('monitoring grants go to the given role', () => {
      const logGroup = new CloudwatchLogGroup(stack, 'Logs', { name: 'emr' });
      const logBucket = new S3Bucket(stack, 'Bucket', { bucket: 'emr-logs' });
      const task = new tasks.EmrContainersStartJobRun(stack, 'Job', base({ monitoring: { logGroup, logBucket } }));
      new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
      const { json } = synth(stack);
      const statements = policiesAttachedTo(json, 'emr-job').flatMap((p) => p.document.Statement);
      expect(statements).toEqual([
        { Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: '${aws_s3_bucket.Bucket.arn}/*' },
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: '${aws_s3_bucket.Bucket.arn}' },
        { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'], Resource: '${aws_cloudwatch_log_group.Logs.arn}:*' },
        { Effect: 'Allow', Action: 'logs:DescribeLogGroups', Resource: `arn:${PARTITION}:logs:${REGION}:${ACCOUNT}:*` },
      ]);
    });

    test('no monitoring: nothing is granted to the given role', () => {
      const task = new tasks.EmrContainersStartJobRun(stack, 'Job', base());
      new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
      expect(policiesAttachedTo(synth(stack).json, 'emr-job')).toEqual([]);
    });
  });

  describe('the created job execution role', () => {
    test('its name is fixed, and its trust policy names the OIDC provider, the namespace and the encoded name', () => {
      const provider = new IamOpenidConnectProvider(stack, 'Oidc', { url: 'https://oidc.eks.us-east-1.amazonaws.com/id/ABC', clientIdList: ['sts.amazonaws.com'] });
      const task = new tasks.EmrContainersStartJobRun(stack, 'Job', base({ executionRole: undefined, oidcProvider: provider, eksNamespace: 'spark' }));
      new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
      const { json, machines } = synth(stack);
      const roles = resourcesOf(json, 'aws_iam_role');
      expect(roles).toHaveLength(1);
      const [address, role] = roles[0];
      expect(address).toMatch(/^Job_JobExecutionRole_/);
      expect(role.name).toEqual('Job-edda6525');
      expect(role.name_prefix).toBeUndefined();
      expect(JSON.parse(evaluateTemplate(role.assume_role_policy) as string)).toEqual({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: ['emr-containers.amazonaws.com', 'states.amazonaws.com'] }, Action: 'sts:AssumeRole' },
          {
            Effect: 'Allow',
            Principal: { Federated: '${aws_iam_openid_connect_provider.Oidc.arn}' },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: { StringLike: {
              '${replace(aws_iam_openid_connect_provider.Oidc.url, "https://", "")}:sub': `system:serviceaccount:spark:emr-containers-sa-*-*-${ACCOUNT}-28eiwnmbwj5cbr5s6r9`,
            } },
          },
        ],
      });
      const roleArn = `\${aws_iam_role.${address}.arn}`;
      expect(task.grantPrincipal.arn).toBeDefined();
      expect(machines[0].definition.States.Job.Parameters.ExecutionRoleArn).toEqual(roleArn);
      expect(machines[0].statements).toContainEqual({ Effect: 'Allow', Action: 'iam:PassRole', Resource: roleArn });
    });

    test('a literal provider URL loses its https:// when the stack is built; the namespace defaults to default', () => {
      const task = new tasks.EmrContainersStartJobRun(stack, 'Job', base({ executionRole: undefined, oidcProvider: OIDC }));
      new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
      const [, role] = resourcesOf(synth(stack).json, 'aws_iam_role')[0];
      const statement = JSON.parse(evaluateTemplate(role.assume_role_policy) as string).Statement[1];
      expect(statement.Principal.Federated).toEqual(OIDC.arn);
      expect(statement.Condition.StringLike).toEqual({
        'oidc.eks.us-east-1.amazonaws.com/id/ABC:sub': `system:serviceaccount:default:emr-containers-sa-*-*-${ACCOUNT}-28eiwnmbwj5cbr5s6r9`,
      });
    });

    test('logging: true creates a log group and a bucket, and grants the created role their use', () => {
      const task = new tasks.EmrContainersStartJobRun(stack, 'Job', base({ executionRole: undefined, oidcProvider: OIDC, monitoring: { logging: true } }));
      new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
      const { json, machines } = synth(stack);
      const [[groupAddress, group]] = resourcesOf(json, 'aws_cloudwatch_log_group');
      const [[bucketAddress, bucket]] = resourcesOf(json, 'aws_s3_bucket');
      expect(groupAddress).toMatch(/^Job_MonitoringLogGroup_/);
      expect(group).toMatchObject({ name_prefix: '/aws/emr-containers/Job-', retention_in_days: 731 });
      expect(bucketAddress).toMatch(/^Job_MonitoringBucket_/);
      expect(bucket).toMatchObject({ bucket_prefix: 'emr-job-' });
      expect(machines[0].definition.States.Job.Parameters.ConfigurationOverrides.MonitoringConfiguration).toEqual({
        CloudWatchMonitoringConfiguration: { LogGroupName: `\${aws_cloudwatch_log_group.${groupAddress}.name}` },
        PersistentAppUI: 'ENABLED',
        S3MonitoringConfiguration: { LogUri: `s3://\${aws_s3_bucket.${bucketAddress}.bucket}` },
      });
      const [[roleAddress]] = resourcesOf(json, 'aws_iam_role');
      const actions = policiesAttachedTo(json, `aws_iam_role.${roleAddress}`).flatMap((p) => p.document.Statement).flatMap((s: any) => [s.Action].flat());
      expect(actions).toEqual(['s3:PutObject', 's3:GetObject', 's3:ListBucket', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams', 'logs:DescribeLogGroups']);
    });

    test('the name is at most 64 characters for a long task id, and differs between tasks', () => {
      const a = new tasks.EmrContainersStartJobRun(stack, 'x'.repeat(80), base({ executionRole: undefined, oidcProvider: OIDC }));
      const b = new tasks.EmrContainersStartJobRun(stack, 'Job b', base({ executionRole: undefined, oidcProvider: OIDC }));
      expect(jobRoleName(a)).toHaveLength(64);
      expect(jobRoleName(b)).toMatch(/^Job-b-[0-9a-f]{8}$/);
    });

    test('base36 encoding of a role name, as EMR on EKS does it', () => {
      expect(base36RoleName('abc')).toEqual('3ssir');
      expect(base36RoleName('')).toEqual('0');
    });
  });

  describe('validation', () => {
    test('without executionRole, oidcProvider is needed', () => {
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'Job', base({ executionRole: undefined })))
        .toThrow(/test\/Job: 'oidcProvider' is needed when 'executionRole' is not given/);
    });

    test('a dynamic virtual cluster id with a created role is accepted (the trust does not need the cluster)', () => {
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'Job', base({
        executionRole: undefined, oidcProvider: OIDC, virtualCluster: tasks.VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.vc')),
      }))).not.toThrow();
    });

    test('oidcProvider or eksNamespace with executionRole is refused', () => {
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'A', base({ oidcProvider: OIDC }))).toThrow(/test\/A: 'oidcProvider' and 'eksNamespace'.*'executionRole' given/);
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'B', base({ eksNamespace: 'spark' }))).toThrow(/test\/B: 'oidcProvider' and 'eksNamespace'/);
    });

    test('a namespace that is not a DNS label is refused', () => {
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'Job', base({ executionRole: undefined, oidcProvider: OIDC, eksNamespace: 'Spark' })))
        .toThrow(/test\/Job: 'eksNamespace' must be a Kubernetes namespace name.*"Spark"/);
    });

    const config = (n: number, props = 1): tasks.ApplicationConfiguration[] => Array.from({ length: n }, () => ({
      classification: tasks.Classification.SPARK,
      properties: Object.fromEntries(Array.from({ length: props }, (_, i) => [`k${i}`, 'v'])),
    }));

    test('application configuration: 100 entries of 100 properties, nested, are accepted', () => {
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'Job', base({
        applicationConfig: [{ classification: tasks.Classification.SPARK, nestedConfig: config(100, 100) }, ...config(99, 100)],
      }))).not.toThrow();
    });

    test('application configuration: more than 100 entries, at the top or nested, is refused', () => {
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'A', base({ applicationConfig: config(101) })))
        .toThrow(/test\/A: 'applicationConfig' allows at most 100 configurations, got 101/);
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'B', base({ applicationConfig: [{ classification: tasks.Classification.SPARK, nestedConfig: config(101) }] })))
        .toThrow(/test\/B: 'applicationConfig\[0\].nestedConfig' allows at most 100 configurations, got 101/);
    });

    test('application configuration: more than 100 properties is refused', () => {
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'Job', base({ applicationConfig: [...config(1), ...config(1, 101)] })))
        .toThrow(/test\/Job: 'applicationConfig\[1\].properties' allows at most 100 entries, got 101/);
    });

    test('application configuration: neither properties nor nested configurations is refused', () => {
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'Job', base({
        applicationConfig: [{ classification: tasks.Classification.SPARK, nestedConfig: [{ classification: tasks.Classification.SPARK_ENV }] }],
      }))).toThrow(/test\/Job: 'applicationConfig\[0\].nestedConfig\[0\]' must have 'properties', 'nestedConfig' or both/);
    });

    test('entry point: 1 to 256 characters, or a path', () => {
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'A', base({ jobDriver: driver({ entryPoint: sfn.TaskInput.fromText('x'.repeat(257)) }) })))
        .toThrow(/test\/A: 'jobDriver.sparkSubmitJobDriver.entryPoint' must have 1 to 256 characters, got 257/);
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'B', base({ jobDriver: driver({ entryPoint: sfn.TaskInput.fromText('') }) })))
        .toThrow(/test\/B: 'jobDriver.sparkSubmitJobDriver.entryPoint' must have 1 to 256 characters, got 0/);
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'C', base({ jobDriver: driver({ entryPoint: sfn.TaskInput.fromText('x'.repeat(256)) }) }))).not.toThrow();
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'D', base({ jobDriver: driver({ entryPoint: sfn.TaskInput.fromObject({ a: 1 }) }) })))
        .toThrow(/test\/D: 'jobDriver.sparkSubmitJobDriver.entryPoint' must be text/);
    });

    test('entry point arguments: a list of 1 to 10280 strings, or an expression', () => {
      const args = (value: sfn.TaskInput) => base({ jobDriver: driver({ entryPointArguments: value }) });
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'A', args(sfn.TaskInput.fromText('100'))))
        .toThrow(/test\/A: 'jobDriver.sparkSubmitJobDriver.entryPointArguments' must be a list of strings or a JSONPath\/JSONata expression.*the text "100"/);
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'B', args(sfn.TaskInput.fromObject({ a: 'b' }))))
        .toThrow(/test\/B: 'jobDriver.sparkSubmitJobDriver.entryPointArguments' must be a list of strings/);
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'C', args(sfn.TaskInput.fromObject([1, 2]))))
        .toThrow(/test\/C: 'jobDriver.sparkSubmitJobDriver.entryPointArguments' must be a list of strings/);
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'D', args(sfn.TaskInput.fromObject([]))))
        .toThrow(/test\/D: 'jobDriver.sparkSubmitJobDriver.entryPointArguments' must have 1 to 10280 arguments, got 0/);
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'E', args(sfn.TaskInput.fromObject(Array(10281).fill('a')))))
        .toThrow(/got 10281/);
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'F', args(sfn.TaskInput.fromObject(Array(10280).fill('a'))))).not.toThrow();
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'G', args(sfn.TaskInput.fromJsonPathAt('$.args')))).not.toThrow();
      expect(() => tasks.EmrContainersStartJobRun.jsonata(stack, 'H', args(sfn.TaskInput.fromText('{% $states.input.args %}')))).not.toThrow();
    });

    test('spark submit parameters: 1 to 102400 characters', () => {
      const params = (value: string) => base({ jobDriver: driver({ sparkSubmitParameters: value }) });
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'A', params(''))).toThrow(/test\/A: 'jobDriver.sparkSubmitJobDriver.sparkSubmitParameters' must have 1 to 102400 characters, got 0/);
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'B', params('x'.repeat(102_401)))).toThrow(/got 102401/);
      expect(() => new tasks.EmrContainersStartJobRun(stack, 'C', params('x'.repeat(102_400)))).not.toThrow();
    });
  });
});
