// The roles and the instance profile EmrCreateCluster creates are ordinary resources of the stack: the
// module exporter carries them, their names follow the module's name_prefix, and the definition and
// policies read them by reference.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from '@cdktf/hcl2json';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { exportModule } from '../../../src/module-export/export';
import { synthHclApp } from '../../util/hcl-synth';
import { evaluateModuleDir } from '../../util/module-eval';

describe('EmrCreateCluster in an exported module', () => {
  const outdir = synthHclApp((app) => {
    const stack = new TerraformStack(app, 'emr');
    new AwsProvider(stack, 'aws', { region: 'us-east-1' });
    const create = new tasks.EmrCreateCluster(stack, 'Create', {
      name: 'nightly',
      instances: { instanceGroups: [{ instanceRole: tasks.EmrCreateCluster.InstanceRoleType.MASTER, instanceCount: 1, instanceType: 'm5.xlarge' }] },
    });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(create) });
  });
  const exported = exportModule({ stackDir: path.join(outdir, 'stacks', 'emr'), outDir: fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-emr-module-')) });

  test('holds the three roles, their AWS managed policies and the instance profile', async () => {
    const main = await parse('main.tf', fs.readFileSync(path.join(exported.dir, 'main.tf'), 'utf8'));
    const roles = Object.values<any>(main.resource.aws_iam_role).map(([r]) => r.name_prefix).sort();
    expect(roles).toEqual([
      '${var.name_prefix}Create-EmrAutoScaling-',
      '${var.name_prefix}Create-EmrInstance-',
      '${var.name_prefix}Create-EmrService-',
      expect.stringMatching(/^\$\{var\.name_prefix\}emr-SM-/),
    ]);
    const profiles = Object.values<any>(main.resource.aws_iam_instance_profile).map(([p]) => p);
    expect(profiles).toHaveLength(1);
    expect(profiles[0].name).toBe(profiles[0].role);
    expect(profiles[0].role).toMatch(/^\$\{aws_iam_role\.\w+\.name\}$/);
    const managed = Object.values<any>(main.resource.aws_iam_role_policy_attachment).map(([a]) => a.policy_arn).filter((arn: string) => arn.includes(':iam::aws:policy/'));
    expect(managed.map((arn: string) => arn.split('/').pop()).sort()).toEqual(['AmazonElasticMapReduceRole', 'AmazonElasticMapReduceforAutoScalingRole']);
  });

  test('evaluates with the roles and the profile in the definition and the policy', async () => {
    const instance = await evaluateModuleDir(exported.dir, { name_prefix: 'blue-' });
    const [machine] = instance.machines;
    const params = machine.definition.States.Create.Parameters;
    const profile = [...exported.renames.values()].find((a) => a.startsWith('aws_iam_instance_profile.'))!;
    expect(params.JobFlowRole).toBe(`\${${profile}.name}`);
    expect(params.ServiceRole).toMatch(/^\$\{aws_iam_role\.\w+\.name\}$/);
    const passed = machine.statements.find((s: any) => s.Action === 'iam:PassRole');
    expect(passed.Resource).toHaveLength(3);
    for (const arn of passed.Resource) expect(arn).toMatch(/^\$\{aws_iam_role\.\w+\.arn\}$/);
  });
});
