// The floor of a construct-based API: floor.js, plus loading this library and one empty construct per
// state. What any library whose states are constructs (the aws-cdk-lib API) pays before doing any work.
'use strict';
process.env.BENCH_EMPTY_CONSTRUCTS = '1';
require('./floor');
