// The resources an EmrContainersStartJobRun creates (its job execution role, with the trust policy that
// names it, and the log group and bucket of `monitoring.logging`) are carried by the module exporter
// like any other resource, under readable addresses.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { parse } from '@cdktf/hcl2json';
import { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../src';
import { exportModule } from '../../src/module-export/export';
import { synthHclApp } from '../util/hcl-synth';
import { evaluateModuleDir } from '../util/module-eval';
import { evaluateStackJson, hclJsonToTfJson } from '../util/synth';

const OIDC = { arn: 'arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC', url: 'https://oidc.eks.us-east-1.amazonaws.com/id/ABC' };

test('a stack with a created job role, log group and bucket exports as a module that evaluates the same', async () => {
  const outdir = synthHclApp((app) => {
    const stack = new TerraformStack(app, 'spark');
    new AwsProvider(stack, 'aws', { region: 'us-east-1' });
    const job = new tasks.EmrContainersStartJobRun(stack, 'Nightly job', {
      virtualCluster: tasks.VirtualClusterInput.fromVirtualClusterId('vc-123'),
      oidcProvider: OIDC,
      eksNamespace: 'spark',
      releaseLabel: tasks.ReleaseLabel.EMR_6_3_0,
      jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText('local:///app.py') } },
      monitoring: { logging: true },
    });
    new sfn.StateMachine(stack, 'Nightly', { definitionBody: sfn.DefinitionBody.fromChainable(job) });
  });
  const stackDir = path.join(outdir, 'stacks', 'spark');
  const { dir, renames } = exportModule({ stackDir, outDir: fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-emr-module-')) });
  const created = [...renames.values()].filter((a) => /^aws_(iam_role|cloudwatch_log_group|s3_bucket)\.nightly_job/.test(a)).sort();
  expect(created).toEqual(['aws_cloudwatch_log_group.nightly_job_monitoring_log_group', 'aws_iam_role.nightly_job_job_execution_role', 'aws_s3_bucket.nightly_job_monitoring_bucket']);

  const stack = hclJsonToTfJson(await parse('cdk.tf', fs.readFileSync(path.join(stackDir, 'cdk.tf'), 'utf8')));
  const module = await evaluateModuleDir(dir, { name_prefix: '' }, { defaults: false });
  const rename = (v: unknown) => JSON.parse([...renames].reduce(
    (text, [from, to]) => text.replace(new RegExp(`(?<![\\w.])${from.replace(/\./g, '\\.')}(?=[.}])`, 'g'), to), JSON.stringify(v)));
  const fromStack = evaluateStackJson(stack);
  expect(module.machines.map((m) => ({ definition: m.definition, policies: m.policies })))
    .toEqual(rename(fromStack.machines.map((m) => ({ definition: m.definition, policies: m.policies }))));

  const role = 'aws_iam_role.nightly_job_job_execution_role';
  const [stackRoleKey] = Object.keys(stack.resource.aws_iam_role).filter((k) => k.startsWith('Nightlyjob'));
  expect(module.attributeOf(role, 'name')).toEqual(stack.resource.aws_iam_role[stackRoleKey].name);
  const trust = JSON.parse(module.attributeOf(role, 'assume_role_policy') as string);
  expect(trust.Statement[1]).toMatchObject({ Principal: { Federated: OIDC.arn }, Action: 'sts:AssumeRoleWithWebIdentity' });
  expect(module.attributeOf('aws_cloudwatch_log_group.nightly_job_monitoring_log_group', 'retention_in_days')).toBe(731);
});
