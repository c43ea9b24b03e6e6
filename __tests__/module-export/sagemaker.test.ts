// A stack whose SageMaker tasks create a role and a security group exports as a module that carries
// them, under readable names, and evaluates to the same definitions and policies.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from '@cdktf/hcl2json';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { type App, TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../src';
import { exportModule } from '../../src/module-export/export';
import { synthHclApp } from '../util/hcl-synth';
import { evaluateModuleDir } from '../util/module-eval';
import { evaluateStackJson, hclJsonToTfJson } from '../util/synth';

function trainingStack(app: App): TerraformStack {
  const stack = new TerraformStack(app, 'training');
  new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  const train = new tasks.SageMakerCreateTrainingJob(stack, 'Train', {
    integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    trainingJobName: sfn.JsonPath.stringAt('$.name'),
    algorithmSpecification: { algorithmName: 'BlazingText' },
    inputDataConfig: [{ channelName: 'train', dataSource: { s3DataSource: { s3Location: tasks.S3Location.fromJsonExpression('$.input') } } }],
    outputDataConfig: { s3OutputLocation: tasks.S3Location.fromBucket({ bucket: 'models', arn: 'arn:aws:s3:::models' }, 'out/') },
    vpcConfig: { subnets: [{ id: 'subnet-1', vpcId: 'vpc-1' }] },
  });
  const transform = new tasks.SageMakerCreateTransformJob(stack, 'Score', {
    transformJobName: sfn.JsonPath.stringAt('$.name'),
    modelName: 'model',
    transformInput: { transformDataSource: { s3DataSource: { s3Uri: 's3://in/' } } },
    transformOutput: { s3OutputPath: 's3://out/' },
  });
  new sfn.StateMachine(stack, 'Flow', { definitionBody: sfn.DefinitionBody.fromChainable(train.next(transform)), stateMachineName: 'training-flow' });
  return stack;
}

describe('exporting SageMaker tasks', () => {
  const outdir = synthHclApp((app) => trainingStack(app));
  const stackDir = path.join(outdir, 'stacks', 'training');

  test('the module holds the created roles, their policies and the security group, and evaluates the same', async () => {
    const { dir, renames } = exportModule({ stackDir, outDir: fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-sagemaker-module-')) });
    const kept = [...renames.values()];
    for (const pattern of [
      /^aws_iam_role\.train_sagemaker_role/, /^aws_iam_role_policy\.train_sagemaker_role_policy/,
      /^aws_security_group\.train_train_job_security_group/, /^aws_vpc_security_group_egress_rule\.train_train_job_security_group_egress/,
      /^aws_iam_role\.score_sagemaker_transform_role/, /^aws_iam_role_policy_attachment\.score_sagemaker_transform_role/,
    ]) expect(kept.some((name) => pattern.test(name))).toBe(true);
    const fromModule = await evaluateModuleDir(dir, { name_prefix: '' }, { defaults: false });
    const fromStack = evaluateStackJson(hclJsonToTfJson(await parse('cdk.tf', fs.readFileSync(path.join(stackDir, 'cdk.tf'), 'utf8'))));
    const rename = (v: unknown) => JSON.parse([...renames].reduce(
      (text, [from, to]) => text.replace(new RegExp(`(?<![\\w.])${from.replace(/\./g, '\\.')}(?=[.}])`, 'g'), to), JSON.stringify(v)));
    expect(fromModule.machines).toHaveLength(1);
    expect(fromModule.machines[0].definition).toEqual(rename(fromStack.machines[0].definition));
    expect(fromModule.machines[0].policies).toEqual(rename(fromStack.machines[0].policies));
    const main = fs.readFileSync(path.join(dir, 'main.tf'), 'utf8');
    expect(main).toContain('sagemaker.amazonaws.com');
    expect(main).toContain('AmazonSageMakerFullAccess');
    expect(main).toMatch(/vpc_id\s+= "vpc-1"/);
  });
});
