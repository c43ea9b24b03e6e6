// Shared shape of the benchmark workload (DESIGN.md §5): FUNCTIONS Lambda functions, STATES chained
// LambdaInvoke states, state i calling function i mod FUNCTIONS.
'use strict';
exports.FUNCTIONS = 300;
exports.functionName = (i) => `bench-fn-${i}`;
exports.report = () => {
  // the parent reads this line: peak resident memory of this process, in KiB
  process.stdout.write(`\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
};
exports.outdir = () => process.env.BENCH_OUTDIR;
