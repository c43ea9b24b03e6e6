// aws-cdk-lib 2.276 with default settings: 300 imported functions, N chained LambdaInvoke states.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sfn = require('aws-cdk-lib/aws-stepfunctions');
const tasks = require('aws-cdk-lib/aws-stepfunctions-tasks');
const w = require('./workload');

const states = Number(process.argv[2]);
const app = new cdk.App({ outdir: w.outdir() });
const stack = new cdk.Stack(app, 'bench');
const fns = [];
for (let i = 0; i < w.FUNCTIONS; i++) {
  fns.push(lambda.Function.fromFunctionArn(stack, `Fn${i}`, `arn:aws:lambda:us-east-1:123456789012:function:${w.functionName(i)}`));
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
