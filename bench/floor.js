// The CDKTF floor: the same 300 functions plus one role, one policy and a state machine whose definition
// string is written by hand, with raw Terraform references, in the same jsonencode form our library
// writes. Nothing is computed but string concatenation.
// With BENCH_EMPTY_CONSTRUCTS set, it also loads this library and adds one empty construct per state: the
// floor of any API whose states are constructs.
'use strict';
if (process.env.BENCH_FLAVOUR === 'cdktn') require('../scripts/cdktn-require'); // the same on CDK Terrain
const { App, TerraformStack } = require('cdktf');
const { AwsProvider } = require('@cdktf/provider-aws/lib/provider');
const { LambdaFunction } = require('@cdktf/provider-aws/lib/lambda-function');
const { IamRole } = require('@cdktf/provider-aws/lib/iam-role');
const { IamPolicy } = require('@cdktf/provider-aws/lib/iam-policy');
const { IamRolePolicyAttachment } = require('@cdktf/provider-aws/lib/iam-role-policy-attachment');
const { SfnStateMachine } = require('@cdktf/provider-aws/lib/sfn-state-machine');
const w = require('./workload');

const states = Number(process.argv[2]);
const app = new App({ outdir: w.outdir() });
const stack = new TerraformStack(app, 'bench');
new AwsProvider(stack, 'aws', { region: 'us-east-1' });
for (let i = 0; i < w.FUNCTIONS; i++) {
  new LambdaFunction(stack, `Fn${i}`, { functionName: w.functionName(i), role: 'arn:aws:iam::123456789012:role/r', handler: 'index.handler', runtime: 'nodejs20.x', filename: 'fn.zip' });
}
const emptyConstructs = Boolean(process.env.BENCH_EMPTY_CONSTRUCTS);
if (emptyConstructs) require('../lib');
if (states > 0) {
  if (emptyConstructs) {
    const { Construct } = require('constructs');
    for (let i = 0; i < states; i++) new Construct(stack, `State${i}`);
  }
  const parts = [];
  for (let i = 0; i < states; i++) {
    const next = i + 1 < states ? `"Next" = "Invoke${i + 1}"` : '"End" = true';
    parts.push(`"Invoke${i}" = {"Type" = "Task", "Resource" = "arn:\${data.aws_partition.p.partition}:states:::lambda:invoke", "Parameters" = {"FunctionName" = aws_lambda_function.Fn${i % w.FUNCTIONS}.arn, "Payload.$" = "$"}, ${next}}`);
  }
  const definition = `\${jsonencode({"StartAt" = "Invoke0", "States" = {${parts.join(', ')}}})}`;
  const role = new IamRole(stack, 'Role', { assumeRolePolicy: '${jsonencode({"Version" = "2012-10-17", "Statement" = [{"Effect" = "Allow", "Principal" = {"Service" = "states.amazonaws.com"}, "Action" = "sts:AssumeRole"}]})}' });
  const used = Math.min(states, w.FUNCTIONS);
  const resources = [];
  for (let i = 0; i < used; i++) resources.push(`aws_lambda_function.Fn${i}.arn`, `"\${aws_lambda_function.Fn${i}.arn}:*"`);
  const policy = new IamPolicy(stack, 'Policy', { policy: `\${jsonencode({"Version" = "2012-10-17", "Statement" = [{"Effect" = "Allow", "Action" = "lambda:InvokeFunction", "Resource" = [${resources.join(', ')}]}]})}` });
  new IamRolePolicyAttachment(stack, 'Attachment', { role: role.name, policyArn: policy.arn });
  new SfnStateMachine(stack, 'StateMachine', { name: 'bench', roleArn: role.arn, definition });
}
app.synth();
w.report();
