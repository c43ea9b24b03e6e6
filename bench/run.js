// npm run bench: synthesis time and peak memory of cdktf-stepfunctions against aws-cdk-lib and the CDKTF
// floor (DESIGN.md §5). Whole-process wall time, interleaved repetitions, medians.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const SIZES = [0, 300, 3000];
const REPS = Number(process.env.BENCH_REPS ?? 5);
// name -> [script, extra environment]. The construct floor runs floor.js itself (not through a wrapper
// that requires it): cdktf records a stack trace for every token, so a deeper call stack alone would
// make it slower.
const IMPLS = {
  ours: ['ours.js', {}],
  'ours, every task class': ['ours-all.js', {}],
  floor: ['floor.js', {}],
  'floor + 1 construct per state': ['floor.js', { BENCH_EMPTY_CONSTRUCTS: '1' }],
  'aws-cdk-lib': ['cdk.js', {}],
};
// the CDK Terrain flavour, once `npm run build:cdktn` has built it
if (fs.existsSync(path.join(__dirname, '..', 'dist', 'cdktn', 'lib', 'index.js'))) {
  IMPLS['ours on cdktn'] = ['ours.js', { BENCH_FLAVOUR: 'cdktn' }];
  IMPLS['floor on cdktn'] = ['floor.js', { BENCH_FLAVOUR: 'cdktn' }];
}

function runOnce([script, env], states) {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-bench-'));
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [path.join(__dirname, script), String(states)], {
    env: { ...process.env, ...env, BENCH_OUTDIR: outdir, CHECKPOINT_DISABLE: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  fs.rmSync(outdir, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`${script} ${states} failed:\n${r.stderr}`);
  const rss = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(r.stdout)?.[1] ?? NaN) / 1024;
  return { seconds, rss };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const samples = {};
for (let rep = 0; rep < REPS; rep++) {
  for (const states of SIZES) {
    for (const [name, impl] of Object.entries(IMPLS)) {
      const key = `${name}@${states}`;
      (samples[key] ??= []).push(runOnce(impl, states));
      process.stderr.write('.');
    }
  }
}
process.stderr.write('\n');

const t = (name, n) => median(samples[`${name}@${n}`].map((s) => s.seconds));
const mem = (name, n) => median(samples[`${name}@${n}`].map((s) => s.rss));
// log10 of how much the per-state cost grows from 300 to 3,000 states; undefined when the time above
// the start-up cost is within noise (a flat curve, as the hand-written floor's is)
const exponent = (name) => {
  const small = t(name, 300) - t(name, 0);
  const large = t(name, 3000) - t(name, 0);
  return small > 0.02 && large > 0 ? Math.log10(large / small) : undefined;
};
const results = {};
for (const name of Object.keys(IMPLS)) {
  results[name] = { t0: t(name, 0), t300: t(name, 300), t3000: t(name, 3000), exponent: exponent(name), peakMiB3000: mem(name, 3000) };
}
const lines = [
  `node ${process.version}, ${os.cpus().length} cores, ${REPS} interleaved repetitions, medians of whole-process wall time`,
  '',
  '| | 0 states | 300 states | 3,000 states | growth exponent | peak memory at 3,000 |',
  '|---|---|---|---|---|---|',
  ...Object.entries(results).map(([n, r]) => `| ${n} | ${r.t0.toFixed(2)} s | ${r.t300.toFixed(2)} s | ${r.t3000.toFixed(2)} s | ${r.exponent === undefined ? 'flat' : r.exponent.toFixed(2)} | ${r.peakMiB3000.toFixed(0)} MiB |`),
  '',
  `every task class (${require('./all-tasks').CLASSES.length} classes, machines of 250 states) / LambdaInvoke workload: ${(results['ours, every task class'].t300 / results.ours.t300).toFixed(2)}x at 300 states, ${(results['ours, every task class'].t3000 / results.ours.t3000).toFixed(2)}x at 3,000`,
  `at 3,000 states: aws-cdk-lib / ours = ${(results['aws-cdk-lib'].t3000 / results.ours.t3000).toFixed(2)}x, ours / floor = ${(results.ours.t3000 / results.floor.t3000).toFixed(2)}x (ours / construct floor = ${(results.ours.t3000 / results['floor + 1 construct per state'].t3000).toFixed(2)}x), memory ours / floor = ${(results.ours.peakMiB3000 / results.floor.peakMiB3000).toFixed(2)}x`,
];
if (results['ours on cdktn']) {
  lines.push(`on cdktn at 3,000 states: ours = ${(results['ours on cdktn'].t3000 / results.ours.t3000).toFixed(2)}x ours on cdktf, ours / floor = ${(results['ours on cdktn'].t3000 / results['floor on cdktn'].t3000).toFixed(2)}x`);
}
console.log(lines.join('\n'));
fs.mkdirSync(path.join(__dirname, 'results'), { recursive: true });
fs.writeFileSync(path.join(__dirname, 'results', 'latest.json'), JSON.stringify({ date: new Date().toISOString(), results }, null, 2));
