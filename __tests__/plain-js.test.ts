// The built library (lib/, as npm ships it) used from plain JavaScript, as every jsii language uses it:
// nothing checks the types of the props but the library itself. A JavaScript program passes each wrong
// value a new user passes and prints the errors it gets.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FLAVOUR } from './util/flavour';

const root = FLAVOUR.packageDir;

const PROGRAM = `
'use strict';
const { createRequire } = require('module');
const load = createRequire(${JSON.stringify(path.join(root, 'package.json'))});
const { App, TerraformStack } = load('${FLAVOUR.core}');
const { LambdaFunction } = load('${FLAVOUR.provider}/lib/lambda-function');
const { SqsQueue } = load('${FLAVOUR.provider}/lib/sqs-queue');
const { AwsProvider } = load('${FLAVOUR.provider}/lib/provider');
const { Duration, sfn, tasks } = load('./lib');
const { ValidationError } = load('./lib/core/errors');

const app = new App({ outdir: process.argv[2] });
const stack = new TerraformStack(app, 'stack');
new AwsProvider(stack, 'aws', { region: 'us-east-1' });
const fn = new LambdaFunction(stack, 'Fn', { functionName: 'f', role: 'arn:aws:iam::123456789012:role/r', handler: 'index.handler', runtime: 'nodejs20.x', filename: 'f.zip' });
const queue = new SqsQueue(stack, 'Queue', { name: 'q' });
const cases = {
  taskTimeout: () => new tasks.LambdaInvoke(stack, 'Process', { lambdaFunction: fn, taskTimeout: 30 }),
  payload: () => new tasks.LambdaInvoke(stack, 'Payload', { lambdaFunction: fn, payload: { orderId: 1 } }),
  messageBody: () => new tasks.SqsSendMessage(stack, 'Send', { queue, messageBody: { orderId: 1 } }),
  functionArn: () => new tasks.LambdaInvoke(stack, 'Ref', { lambdaFunction: { functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:f' } }),
  definitionBody: () => new sfn.StateMachine(stack, 'Flow', { definitionBody: sfn.Chain.start(new sfn.Pass(stack, 'P')) }),
  missing: () => new tasks.LambdaInvoke(stack, 'Missing', {}),
  noProps: () => new tasks.LambdaInvoke(stack, 'NoProps'),
  millis: () => new tasks.LambdaInvoke(stack, 'Millis', { lambdaFunction: fn, taskTimeout: sfn.Timeout.duration(Duration.millis(500)) }),
};
const errors = {};
for (const [name, make] of Object.entries(cases)) {
  try {
    make();
    errors[name] = null;
  } catch (e) {
    errors[name] = { name: e.name, message: e.message, isValidationError: ValidationError.isValidationError(e) };
  }
}
// the right values synthesize (in a stack of their own: the failed constructs stay in the tree)
const good = new TerraformStack(app, 'good');
new AwsProvider(good, 'aws', { region: 'us-east-1' });
const goodFn = new LambdaFunction(good, 'Fn', { functionName: 'f', role: 'arn:aws:iam::123456789012:role/r', handler: 'index.handler', runtime: 'nodejs20.x', filename: 'f.zip' });
const ok = new tasks.LambdaInvoke(good, 'Ok', { lambdaFunction: goodFn, taskTimeout: sfn.Timeout.duration(Duration.seconds(30)), payload: sfn.TaskInput.fromObject({ orderId: 1 }) });
new sfn.StateMachine(good, 'Machine', { definitionBody: sfn.DefinitionBody.fromChainable(ok) });
app.synth();
process.stdout.write(JSON.stringify(errors));
`;

describe('the built library from plain JavaScript', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-plain-js-'));
  let errors: Record<string, { name: string; message: string; isValidationError: boolean } | null> = {};

  beforeAll(() => {
    if (!fs.existsSync(path.join(root, 'lib', 'index.js'))) {
      throw new Error(`the library is not built: run \`${FLAVOUR.build}\` (npm test does) before this test`);
    }
    const script = path.join(work, 'main.js');
    fs.writeFileSync(script, PROGRAM);
    const out = execFileSync(process.execPath, [script, path.join(work, 'out')], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
    errors = JSON.parse(out);
  }, 120_000);

  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  test.each<[string, RegExp]>([
    ['taskTimeout', /^stack\/Process: 'taskTimeout' must be a Timeout \(Timeout\.duration\(\.\.\.\), Timeout\.jsonata\(\.\.\.\), Timeout\.at\(\.\.\.\)\), got the number 30$/],
    ['payload', /^stack\/Payload: 'payload' must be a TaskInput \(TaskInput\.fromText\(\.\.\.\), TaskInput\.fromObject\(\.\.\.\), .*\), got an object \{"orderId":1\}$/],
    ['messageBody', /^stack\/Send: 'messageBody' must be a TaskInput \(TaskInput\.fromText\(\.\.\.\), TaskInput\.fromObject\(\.\.\.\), .*\), got an object \{"orderId":1\}$/],
    ['functionArn', /^stack\/Ref: 'lambdaFunction' must be a LambdaFunctionRef \(\{ arn, \.\.\. \}\), but it has no 'arn': got an object \{"functionArn":"arn:aws:lambda:us-east-1:123456789012:function:f"\}$/],
    ['definitionBody', /^stack\/Flow: 'definitionBody' must be a DefinitionBody \(DefinitionBody\.fromChainable\(\.\.\.\), DefinitionBody\.fromString\(\.\.\.\), DefinitionBody\.fromFile\(\.\.\.\)\), got a Chain$/],
    ['missing', /^stack\/Missing: missing required prop 'lambdaFunction' \(a LambdaFunctionRef \(\{ arn, \.\.\. \}\)\)$/],
    ['noProps', /^stack\/NoProps: missing required prop 'lambdaFunction'/],
    ['millis', /^stack\/Millis: 'taskTimeout' must be a whole number of seconds, got 500 millis$/],
  ])('%s: a ValidationError naming the construct, the prop, the value and the type', (name, message) => {
    const error = errors[name];
    expect(error).not.toBeNull();
    expect(error!.name).toBe('ValidationError');
    expect(error!.isValidationError).toBe(true);
    expect(error!.message).toMatch(message);
  });

  test('the right values synthesize', () => {
    const tf = JSON.parse(fs.readFileSync(path.join(work, 'out', 'stacks', 'good', 'cdk.tf.json'), 'utf8'));
    const machine: any = Object.values(tf.resource.aws_sfn_state_machine)[0];
    expect(machine.definition).toContain('"TimeoutSeconds":30');
  });
});
