import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { App, TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../src';
import { evaluateStackJson } from '../util/synth';

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
