// `node -r ./scripts/cdktn-require.js app.js`: runs a program written for cdktf on CDK Terrain. Each
// require of cdktf or @cdktf/provider-aws resolves to cdktn's package, as src/core/cdktf.ts's imports do in
// the cdktn-stepfunctions build (scripts/build-cdktn.js). `npm run synth:cdktn` synthesizes the example
// app (examples/main.ts, written for cdktf, run from src/) this way with cdktn's CLI.
'use strict';
const Module = require('module');
const { toCdktn } = require('./build-cdktn');

const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveOnCdktn(request, ...rest) {
  return resolve.call(this, toCdktn(request), ...rest);
};
