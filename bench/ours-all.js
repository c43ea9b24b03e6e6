// cdktf-stepfunctions, second workload: N states cycling through every task class (all-tasks.js), in
// state machines of at most MACHINE_STATES states (a definition stays under Step Functions' 1 MiB).
// BENCH_ONLY=<class> makes all N states of that one class (configured as its states of the full workload
// are), to find which class makes synthesis grow faster than the number of states.
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
const only = process.env.BENCH_ONLY;
if (only && !listed.has(only)) throw new Error(`BENCH_ONLY=${only} is not a class of bench/all-tasks.js`);
const used = only ? [CLASSES.findIndex((c) => c.name === only)] : CLASSES.map((_c, k) => k);
const resources = CLASSES.map((c, k) => (used.includes(k) ? c.setup(stack) : undefined));
let chain;
let machines = 0;
const flush = () => {
  if (!chain) return;
  new sfn.StateMachine(stack, `Machine${machines++}`, { definitionBody: sfn.DefinitionBody.fromChainable(chain) });
  chain = undefined;
};
for (let i = 0; i < states; i++) {
  const k = used[i % used.length];
  // the index the state would have in the full workload, which decides its variant
  const index = only ? i * CLASSES.length + k : i;
  const task = CLASSES[k].make(stack, `${CLASSES[k].name}${index}`, resources[k], index);
  chain = chain ? chain.next(task) : sfn.Chain.start(task);
  if ((i + 1) % MACHINE_STATES === 0) flush();
}
flush();
app.synth();
w.report();
