#!/usr/bin/env node
// `npm run build:cdktn`: the CDK Terrain flavour, `cdktn-stepfunctions`, built from the same src/ into
// dist/cdktn/. Only src/core/cdktf.ts, the one module that imports cdktf and its AWS provider (the
// layering test holds every other module to that), differs: its import specifiers are rewritten to cdktn's
// packages. The rest of src/, bin/ and lambda-handlers/ are copied as they are, the package.json is derived
// from ours (name, peers, jsii targets), and jsii compiles the copy against cdktn's types, found in the
// repository's node_modules one level up. scripts/bundle-lib.js then bundles its lib/ as it does ours.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'dist', 'cdktn');
const CORE = path.join('src', 'core', 'cdktf.ts');
const NAME = 'cdktn-stepfunctions';

// cdktf's package -> cdktn's package. `@cdktf/hcl2json` is not here: it is a standalone tool, not a peer.
const SPECIFIERS = [
  [/^cdktf$/, 'cdktn'],
  [/^cdktf\//, 'cdktn/'],
  [/^@cdktf\/provider-aws$/, '@cdktn/provider-aws'],
  [/^@cdktf\/provider-aws\//, '@cdktn/provider-aws/'],
];

/** `specifier` as the cdktn flavour imports it. */
function toCdktn(specifier) {
  for (const [from, to] of SPECIFIERS) if (from.test(specifier)) return specifier.replace(from, to);
  return specifier;
}

/**
 * The text of src/core/cdktf.ts with each module specifier rewritten (`from '...'` and the `require('...')`
 * of the classes it loads on first use); nothing else changes.
 */
function rewriteCore(text) {
  let count = 0;
  const out = text.replace(/(\bfrom\s+'|\brequire\(')([^']+)(')/g, (whole, open, specifier, close) => {
    const renamed = toCdktn(specifier);
    if (renamed !== specifier) count++;
    return open + renamed + close;
  });
  if (count === 0) throw new Error(`${CORE} imports nothing from cdktf: the build step has nothing to rewrite`);
  if (/(from\s+|require\()'(cdktf|@cdktf\/provider-aws)(\/|')/.test(out)) throw new Error(`${CORE}: an import of cdktf was left`);
  return out;
}

// The peer ranges the flavour is tested with: the versions installed here, up to the next breaking
// release. cdktn 0.x breaks on minor releases; constructs' range is the one cdktn itself states.
function peerDependencies() {
  const installed = (name) => JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
  const cdktn = installed('cdktn');
  const provider = installed('@cdktn/provider-aws');
  return {
    '@cdktn/provider-aws': `^${provider.version}`,
    cdktn: `^${cdktn.version}`,
    constructs: cdktn.peerDependencies.constructs,
  };
}

// Names for each jsii language in the pattern of ours, cdktf -> cdktn. The Maven group and the Go module's
// GitHub owner are where we publish (Maven Central and the Go proxy check them against the GitHub
// organization), so they stay ours.
function jsiiTargets(targets) {
  const rename = (s) => s.replace(/cdktf/g, 'cdktn').replace(/Cdktf/g, 'Cdktn');
  const go = targets.go.moduleName.split('/');
  return {
    python: { distName: rename(targets.python.distName), module: rename(targets.python.module) },
    java: { package: rename(targets.java.package), maven: { groupId: targets.java.maven.groupId, artifactId: rename(targets.java.maven.artifactId) } },
    dotnet: { namespace: rename(targets.dotnet.namespace), packageId: rename(targets.dotnet.packageId) },
    go: { moduleName: [...go.slice(0, -1), rename(go[go.length - 1])].join('/'), packageName: rename(targets.go.packageName) },
  };
}

// The lowest Node version that ours, each cdktn peer and cdktn's CLI (which a cdktn project runs to
// synthesize) all accept: @cdktn/provider-aws and cdktn-cli ask for Node 22.
function engines(ours, peers) {
  const semver = require('semver');
  const floors = [ours.engines.node, ...[...Object.keys(peers), 'cdktn-cli']
    .map((name) => JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).engines?.node)
    .filter((range) => range !== undefined)].map((range) => semver.minVersion(range).version);
  return { node: `>= ${floors.sort(semver.compare).pop()}` };
}

function manifest(ours) {
  const peers = peerDependencies();
  const bin = Object.fromEntries(Object.entries(ours.bin).map(([name, file]) => [name.replace(/^cdktf-/, 'cdktn-'), file.replace(/\/cdktf-/, '/cdktn-')]));
  return {
    name: NAME,
    version: ours.version,
    description: ours.description.replace('Terraform CDK', 'CDK Terrain (cdktn)'),
    license: ours.license,
    author: ours.author,
    repository: ours.repository,
    keywords: ours.keywords.map((k) => (k === 'cdktf' ? 'cdktn' : k)).concat('cdk-terrain'),
    main: ours.main,
    types: ours.types,
    files: ours.files,
    engines: engines(ours, peers),
    peerDependencies: peers,
    dependencies: ours.dependencies,
    bundledDependencies: ours.bundledDependencies,
    // jsii reads the peers' versions from here; nothing is installed in this directory
    devDependencies: Object.fromEntries(Object.keys(peers).map((name) => [name, ours.devDependencies[name]])),
    jsii: { ...ours.jsii, targets: jsiiTargets(ours.jsii.targets) },
    bin,
    stability: ours.stability,
  };
}

function copy(from, to, transform) {
  const source = path.join(ROOT, from);
  const target = path.join(OUT, to ?? from);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (transform) fs.writeFileSync(target, transform(fs.readFileSync(source, 'utf8')));
  else fs.cpSync(source, target, { recursive: true, dereference: true });
}

function main() {
  const ours = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const pkg = manifest(ours);
  fs.writeFileSync(path.join(OUT, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  copy('src');
  copy(CORE, CORE, rewriteCore);
  for (const [name, file] of Object.entries(ours.bin)) {
    copy(file, pkg.bin[name.replace(/^cdktf-/, 'cdktn-')], (text) => text.replace(/cdktf-stepfunctions/g, NAME));
    fs.chmodSync(path.join(OUT, pkg.bin[name.replace(/^cdktf-/, 'cdktn-')]), 0o755);
  }
  for (const item of ['lambda-handlers', 'tsconfig.json', 'README.md', 'LICENSE', 'CHANGELOG.md', path.join('docs', 'DIFFERENCES.md')]) copy(item);
  // npm pack takes bundled dependencies from the package's own node_modules
  for (const name of ours.bundledDependencies) copy(path.join('node_modules', name));
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'jsii'), ['--silence-warnings=reserved-word'], { cwd: OUT, stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(__dirname, 'bundle-lib.js'), OUT], { stdio: 'inherit' });
  process.stdout.write(`build-cdktn: ${NAME} in ${path.relative(ROOT, OUT)}/\n`);
}

if (require.main === module) main();

module.exports = { toCdktn, rewriteCore, jsiiTargets, NAME };
