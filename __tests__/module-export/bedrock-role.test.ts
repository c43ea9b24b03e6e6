// The role a BedrockCreateModelCustomizationJob creates is a resource of its stack like any other: the
// module exporter carries it, with its trust policy and the managed policies granted to it, under a
// readable name.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from '@cdktf/hcl2json';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { type App, TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../src';
import { exportModule } from '../../src/module-export/export';
import { synthHclApp } from '../util/hcl-synth';
import { evaluateModuleDir } from '../util/module-eval';
import { evaluateStackJson, hclJsonToTfJson, policiesAttachedTo } from '../util/synth';

function tuningStack(app: App): TerraformStack {
  const stack = new TerraformStack(app, 'tuning');
  new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  const data = new S3Bucket(stack, 'Data', { bucketPrefix: 'tuning-data-' });
  const job = new tasks.BedrockCreateModelCustomizationJob(stack, 'FineTune', {
    baseModel: tasks.FoundationModel.fromFoundationModelId(stack, 'Model', tasks.FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1),
    customModelName: 'assistant',
    jobName: 'assistant-1',
    trainingData: { bucket: data, path: 'train.jsonl' },
    outputData: { bucket: data, path: 'output' },
    hyperParameters: { 'Evaluation percentage': '10' },
    customModelKmsKey: { arn: 'arn:aws:kms:us-east-1:123456789012:key/k' },
    integrationPattern: sfn.IntegrationPattern.RUN_JOB,
  });
  new sfn.StateMachine(stack, 'Tuning', { definitionBody: sfn.DefinitionBody.fromChainable(job), stateMachineName: 'tuning' });
  return stack;
}

describe('exporting a stack with the role BedrockCreateModelCustomizationJob creates', () => {
  const outdir = synthHclApp((app) => tuningStack(app));
  const stackDir = path.join(outdir, 'stacks', 'tuning');

  test('the module holds the role, its trust policy and its grants, and evaluates as the stack', async () => {
    const { dir, renames } = exportModule({ stackDir, outDir: fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-bedrock-module-')) });
    const stackJson = hclJsonToTfJson(await parse('cdk.tf', fs.readFileSync(path.join(stackDir, 'cdk.tf'), 'utf8')));
    const fromStack = evaluateStackJson(stackJson);
    const fromModule = await evaluateModuleDir(dir, { name_prefix: '' }, { defaults: false });

    const stackRole = Object.keys(stackJson.resource.aws_iam_role).find((k) => k.includes('BedrockRole'));
    expect(stackRole).toBeDefined();
    const moduleRole = renames.get(`aws_iam_role.${stackRole}`);
    expect(moduleRole).toMatch(/^aws_iam_role\.[a-z0-9_]*bedrock_role$/);

    const rename = (v: unknown) => JSON.parse([...renames].reduce(
      (text, [from, to]) => text.replace(new RegExp(`(?<![\\w.])${from.replace(/\./g, '\\.')}(?=[.}])`, 'g'), to), JSON.stringify(v)));
    expect(fromModule.machines[0].definition).toEqual(rename(fromStack.machines[0].definition));
    expect(fromModule.machines[0].policies).toEqual(rename(fromStack.machines[0].policies));
    expect(fromModule.machines[0].definition.States.FineTune.Parameters.RoleArn).toEqual(`\${${moduleRole}.arn}`);

    const trust = JSON.parse(fromModule.attributeOf(moduleRole!, 'assume_role_policy') as string);
    expect(trust.Statement[0]).toMatchObject({ Principal: { Service: 'bedrock.amazonaws.com' }, Condition: { StringEquals: {}, ArnEquals: {} } });

    const moduleJson = { resource: Object.fromEntries(['aws_iam_role_policy_attachment', 'aws_iam_policy'].map((t) => [t, Object.fromEntries(
      Object.entries(fromModule.json.resource[t] ?? {}))])) };
    const granted = (json: any, role: string) => policiesAttachedTo(json, role).flatMap((p) => p.document.Statement);
    expect(granted(moduleJson, moduleRole!)).toEqual(rename(granted(stackJson, `aws_iam_role.${stackRole}`)));
    expect(granted(moduleJson, moduleRole!).flatMap((s: any) => [s.Action].flat())).toEqual(expect.arrayContaining(['s3:PutObject', 'kms:Decrypt']));
  });
});
