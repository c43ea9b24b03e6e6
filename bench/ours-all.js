// cdktf-stepfunctions, second workload: N states cycling through every task class (all-tasks.js), in
// state machines of at most MACHINE_STATES states (a definition stays under Step Functions' 1 MiB).
'use strict';
const { App, TerraformStack } = require('cdktf');
const { AwsProvider } = require('@cdktf/provider-aws/lib/provider');
const { sfn, tasks } = require('../lib');
const { CLASSES } = require('./all-tasks');
const w = require('./workload');

const MACHINE_STATES = 250;
// every task class of the library must be in the workload: a new class cannot be left out unnoticed
const listed = new Set(CLASSES.map((c) => c.name));
const missing = Object.entries(tasks)
  .filter(([name, value]) => typeof value === 'function' && value.prototype instanceof sfn.TaskStateBase && !listed.has(name))
  .map(([name]) => name);
if (missing.length > 0) throw new Error(`bench/all-tasks.js has no entry for the task classes ${missing.join(', ')}`);
const unknown = [...listed].filter((name) => !(tasks[name]?.prototype instanceof sfn.TaskStateBase));
if (unknown.length > 0 || listed.size !== CLASSES.length) throw new Error(`bench/all-tasks.js lists unknown or repeated classes: ${unknown.join(', ') || 'a name twice'}`);
const states = Number(process.argv[2]);
const app = new App({ outdir: w.outdir() });
const stack = new TerraformStack(app, 'bench');
new AwsProvider(stack, 'aws', { region: 'us-east-1' });
const resources = CLASSES.map((c) => c.setup(stack));
let chain;
let machines = 0;
const flush = () => {
  if (!chain) return;
  new sfn.StateMachine(stack, `Machine${machines++}`, { definitionBody: sfn.DefinitionBody.fromChainable(chain) });
  chain = undefined;
};
for (let i = 0; i < states; i++) {
  const k = i % CLASSES.length;
  const task = CLASSES[k].make(stack, `${CLASSES[k].name}${i}`, resources[k], i);
  chain = chain ? chain.next(task) : sfn.Chain.start(task);
  if ((i + 1) % MACHINE_STATES === 0) flush();
}
flush();
app.synth();
w.report();
