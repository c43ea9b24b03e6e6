import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { App, TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../src';
import { evaluateStackJson, policiesAttachedTo } from '../util/synth';

test('a state machine can call a function of another stack (cdktf cross-stack references)', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-cross-'));
  const app = new App({ outdir });
  const producer = new TerraformStack(app, 'producer');
  new AwsProvider(producer, 'aws', { region: 'us-east-1' });
  const fn = new LambdaFunction(producer, 'Fn', { functionName: 'f', role: 'r' });
  const consumer = new TerraformStack(app, 'consumer');
  new AwsProvider(consumer, 'aws', { region: 'us-east-1' });
  new sfn.StateMachine(consumer, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(new tasks.LambdaInvoke(consumer, 'Call', { lambdaFunction: fn })) });
  app.synth();

  const read = (stack: string) => JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
  const produced = read('producer');
  const [output] = Object.keys(produced.output);
  expect(produced.output[output].value).toBe('${aws_lambda_function.Fn.arn}');
  const m = evaluateStackJson(read('consumer')).machines[0];
  const remote = `\${data.terraform_remote_state.cross-stack-reference-input-producer.outputs.${output}}`;
  expect(m.definition.States.Call.Parameters.FunctionName).toBe(remote);
  expect(m.statements[0].Resource).toEqual([remote, `${remote}:*`]);
});

test('grants to a role of another stack are attached in the granting stack (the role read through cross-stack references)', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-cross-'));
  const app = new App({ outdir });
  const producer = new TerraformStack(app, 'producer');
  new AwsProvider(producer, 'aws', { region: 'us-east-1' });
  const caller = new IamRole(producer, 'Caller', { assumeRolePolicy: '{}' });
  const consumer = new TerraformStack(app, 'consumer');
  new AwsProvider(consumer, 'aws', { region: 'us-east-1' });
  const sm = new sfn.StateMachine(consumer, 'SM', { stateMachineName: 'm', definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(consumer, 'P')) });
  expect(sm.grantStartExecution(caller).node.path).toBe('consumer/GrantsTo-Caller');
  app.synth();

  const read = (stack: string) => JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
  const produced = read('producer');
  const [output] = Object.keys(produced.output);
  expect(produced.output[output].value).toBe('${aws_iam_role.Caller.name}');
  const remote = `\${data.terraform_remote_state.cross-stack-reference-input-producer.outputs.${output}}`;
  const [grant, ...more] = policiesAttachedTo(read('consumer'), remote);
  expect(more).toEqual([]);
  expect(grant.resource.name_prefix).toBe(`${remote}-grants-`);
  expect(grant.document.Statement[0].Action).toBe('states:StartExecution');
});

test('a role of another stack passed as the execution role gets the policies attached by its name', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-cross-'));
  const app = new App({ outdir });
  const producer = new TerraformStack(app, 'producer');
  new AwsProvider(producer, 'aws', { region: 'us-east-1' });
  const role = new IamRole(producer, 'Exec', { assumeRolePolicy: '{}' });
  const consumer = new TerraformStack(app, 'consumer');
  new AwsProvider(consumer, 'aws', { region: 'us-east-1' });
  new sfn.StateMachine(consumer, 'SM', { role, tracingEnabled: true, definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(consumer, 'P')) });
  app.synth();

  const read = (stack: string) => JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
  const outputs = Object.entries<any>(read('producer').output);
  const [name] = outputs.find(([, o]) => o.value === '${aws_iam_role.Exec.name}')!;
  const [policy, ...more] = policiesAttachedTo(read('consumer'), `\${data.terraform_remote_state.cross-stack-reference-input-producer.outputs.${name}}`);
  expect(more).toEqual([]);
  expect(policy.document.Statement[0].Action).toContain('xray:PutTraceSegments');
});
