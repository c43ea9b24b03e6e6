// cdktf-stepfunctions: 300 LambdaFunction resources, N chained LambdaInvoke states, one state machine.
// BENCH_FLAVOUR=cdktn: the same program on CDK Terrain, against the cdktn-stepfunctions build (dist/cdktn).
'use strict';
const cdktn = process.env.BENCH_FLAVOUR === 'cdktn';
if (cdktn) require('../scripts/cdktn-require');
const { App, TerraformStack } = require('cdktf');
const { AwsProvider } = require('@cdktf/provider-aws/lib/provider');
const { LambdaFunction } = require('@cdktf/provider-aws/lib/lambda-function');
const { sfn, tasks } = require(cdktn ? '../dist/cdktn/lib' : '../lib');
const w = require('./workload');

const states = Number(process.argv[2]);
const app = new App({ outdir: w.outdir() });
const stack = new TerraformStack(app, 'bench');
new AwsProvider(stack, 'aws', { region: 'us-east-1' });
const fns = [];
for (let i = 0; i < w.FUNCTIONS; i++) {
  fns.push(new LambdaFunction(stack, `Fn${i}`, { functionName: w.functionName(i), role: 'arn:aws:iam::123456789012:role/r', handler: 'index.handler', runtime: 'nodejs20.x', filename: 'fn.zip' }));
}
if (states > 0) {
  let chain;
  for (let i = 0; i < states; i++) {
    const task = new tasks.LambdaInvoke(stack, `Invoke${i}`, { lambdaFunction: fns[i % w.FUNCTIONS], retryOnServiceExceptions: false });
    chain = chain ? chain.next(task) : sfn.Chain.start(task);
  }
  new sfn.StateMachine(stack, 'StateMachine', { definitionBody: sfn.DefinitionBody.fromChainable(chain) });
}
app.synth();
w.report();
