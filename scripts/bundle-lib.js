#!/usr/bin/env node
// Runs after jsii (`npm run build`). Packs every compiled module of lib/ into lib/_bundle.js and turns each
// lib/**/*.js into a stub that takes its module from there. Node then reads, resolves and compiles two
// files to load the library instead of eighty; that was 10 of the 18 ms the library took to load, a cost
// every `cdktf synth` pays. Each module still runs once, on first require, and deep imports
// (`cdktf-stepfunctions/lib/module-export`) get the same module objects as the main entry point.
'use strict';
const fs = require('fs');
const path = require('path');

const LIB = path.resolve(__dirname, '..', 'lib');
const BUNDLE = '_bundle.js';
const STUB_MARK = '// Bundled: this module lives in';
const SOURCE_MAP = /^\/\/# sourceMappingURL=.*$/m;

function compiledModules(dir, prefix = '') {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) out.push(...compiledModules(path.join(dir, entry.name), `${rel}/`));
    else if (entry.name.endsWith('.js') && rel !== BUNDLE) out.push(rel);
  }
  return out;
}

// The loader inside the bundle: CommonJS semantics for the packed modules (one instance each, cycles see
// the partial exports), node's own require for everything else.
const LOADER = `
const path = require('path');
const loaded = new Map();
function resolveLocal(from, request) {
  const base = path.posix.join(path.posix.dirname(from), request);
  for (const id of [base, base + '.js', base + '/index.js']) if (Object.prototype.hasOwnProperty.call(modules, id)) return id;
  return undefined;
}
function load(id) {
  const known = loaded.get(id);
  if (known) return known.exports;
  const module = { id, exports: {} };
  loaded.set(id, module);
  const localRequire = (request) => {
    const local = request.startsWith('.') ? resolveLocal(id, request) : undefined;
    if (local !== undefined) return load(local);
    return require(request.startsWith('.') ? path.join(__dirname, path.dirname(id), request) : request);
  };
  modules[id].call(module.exports, module.exports, localRequire, module, path.join(__dirname, id), path.join(__dirname, path.dirname(id)));
  return module.exports;
}
module.exports = load;
`;

function main() {
  const ids = compiledModules(LIB);
  const parts = ["'use strict';", '// Every compiled module of cdktf-stepfunctions; written by scripts/bundle-lib.js.', 'const modules = {'];
  for (const id of ids) {
    const source = fs.readFileSync(path.join(LIB, id), 'utf8');
    if (source.startsWith(STUB_MARK)) {
      throw new Error(`lib/${id} is already a stub: rebuild lib from scratch (npm run build) before bundling`);
    }
    parts.push(`${JSON.stringify(id)}: function (exports, require, module, __filename, __dirname) {`, source.replace(SOURCE_MAP, '').trimEnd(), '},');
  }
  parts.push('};', LOADER);
  fs.writeFileSync(path.join(LIB, BUNDLE), parts.join('\n'));
  for (const id of ids) {
    const toBundle = path.posix.relative(path.posix.dirname(id), BUNDLE);
    const stub = `${STUB_MARK} ${BUNDLE} (scripts/bundle-lib.js)\n'use strict';\nmodule.exports = require(${JSON.stringify(toBundle.startsWith('.') ? toBundle : `./${toBundle}`)})(${JSON.stringify(id)});\n`;
    fs.writeFileSync(path.join(LIB, id), stub);
  }
  process.stdout.write(`bundle-lib: ${ids.length} modules in lib/${BUNDLE} (${Math.round(fs.statSync(path.join(LIB, BUNDLE)).size / 1024)} KiB)\n`);
}

main();
