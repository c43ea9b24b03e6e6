// Shared shape of the benchmark workload (DESIGN.md §5): FUNCTIONS Lambda functions, STATES chained
// LambdaInvoke states, state i calling function i mod FUNCTIONS. The states go without LambdaInvoke's
// default service-exception retry in all three programs: with it, 3,000 states make a definition of
// about 1.1 MB, over Step Functions' 1 MiB limit, which our synthesis refuses (aws-cdk-lib writes it).
'use strict';
exports.FUNCTIONS = 300;
exports.functionName = (i) => `bench-fn-${i}`;
exports.report = () => {
  // the parent reads this line: peak resident memory of this process, in KiB
  process.stdout.write(`\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
};
exports.outdir = () => process.env.BENCH_OUTDIR;
