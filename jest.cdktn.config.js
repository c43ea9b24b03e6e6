// The whole suite on the CDK Terrain flavour (`npm run unit:cdktn`): every import of cdktf or its AWS
// provider, in the tests and in src/, resolves to cdktn's package, as src/core/cdktf.ts does in the
// cdktn-stepfunctions build (scripts/build-cdktn.js). @cdktf/hcl2json stays: it is a standalone tool.
// Tests that run the built package (plain-js, package, the bin/ commands) take dist/cdktn from
// __tests__/util/flavour.ts, which reads SFN_FLAVOUR.
process.env.SFN_FLAVOUR = 'cdktn';
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  moduleNameMapper: {
    '^cdktf$': 'cdktn',
    '^cdktf/(.*)$': 'cdktn/$1',
    '^@cdktf/provider-aws$': '@cdktn/provider-aws',
    '^@cdktf/provider-aws/(.*)$': '@cdktn/provider-aws/$1',
  },
  // ts-jest's cache key does not see the mapping: keep the two flavours' caches apart
  cacheDirectory: require('path').join(require('os').tmpdir(), 'jest-cdktn'),
};
