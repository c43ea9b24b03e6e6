#!/usr/bin/env node
// Runs after jsii (`npm run build`). Packs every compiled module of lib/ into lib/_bundle.js and turns each
// lib/**/*.js into a stub that takes its module from there. Node then reads, resolves and compiles two
// files to load the library instead of eighty; that was 10 of the 18 ms the library took to load, a cost
// every `cdktf synth` pays. Each module still runs once, on first require, and deep imports
// (`cdktf-stepfunctions/lib/module-export`) get the same module objects as the main entry point.
//
// jsii leaves each module's source map inline (tsconfig.json: inlineSourceMap). The bundle gets one map,
// lib/_bundle.js.map, made of those maps shifted to where each module starts, pointing at src/**/*.ts
// (shipped in the package), so that `node --enable-source-maps` shows the TypeScript file and line in a
// stack trace. Node reads the map only when asked to: loading costs the same without the flag.
//
// `node scripts/bundle-lib.js [packageDir]` bundles packageDir/lib (default: this repository's; the cdktn
// flavour passes dist/cdktn, scripts/build-cdktn.js).
'use strict';
const fs = require('fs');
const path = require('path');

const LIB = path.resolve(process.argv[2] ?? path.join(__dirname, '..'), 'lib');
const BUNDLE = '_bundle.js';
const STUB_MARK = '// Bundled: this module lives in';
const SOURCE_MAP = /^\/\/# sourceMappingURL=(.*)$/m;
const INLINE_MAP = 'data:application/json;base64,';

// ---- source maps: base64 VLQ (https://sourcemaps.info/spec.html) --------------------------------------
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

// One line's segments as arrays of numbers, still relative (each field to the one before it).
function decodeLine(text) {
  const segments = [];
  for (const segment of text.split(',')) {
    if (segment === '') continue;
    const fields = [];
    let value = 0;
    let shift = 0;
    for (const c of segment) {
      const digit = DIGIT.get(c);
      if (digit === undefined) throw new Error(`bad source map character ${JSON.stringify(c)}`);
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
      } else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    segments.push(fields);
  }
  return segments;
}

function encodeValue(n) {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += BASE64[digit];
  } while (v > 0);
  return out;
}

// The bundle's map. Each module's map is decoded to absolute positions (source, line, column, name),
// its sources and names are renumbered into the bundle's lists, and it is encoded again relative to the
// bundle's previous segment: the generated columns do not move, only the lines.
class BundleMap {
  constructor() {
    this.lines = [];
    this.sources = [];
    this.sourceIndex = new Map();
    this.names = [];
    this.nameIndex = new Map();
  }

  index(list, map, value) {
    if (!map.has(value)) {
      map.set(value, list.length);
      list.push(value);
    }
    return map.get(value);
  }

  // `map` describes `lineCount` lines that start at bundle line `firstLine`; `fromDir` is the directory
  // its sources are relative to, as seen from lib/.
  add(map, firstLine, fromDir) {
    const sources = map.sources.map((s) => this.index(this.sources, this.sourceIndex, path.posix.join(fromDir, map.sourceRoot ?? '', s)));
    const names = (map.names ?? []).map((n) => this.index(this.names, this.nameIndex, n));
    let source = 0;
    let line = 0;
    let column = 0;
    let name = 0;
    map.mappings.split(';').forEach((text, i) => {
      let generated = 0;
      const out = [];
      for (const f of decodeLine(text)) {
        generated += f[0];
        if (f.length === 1) {
          out.push([generated]);
          continue;
        }
        source += f[1];
        line += f[2];
        column += f[3];
        const segment = [generated, sources[source], line, column];
        if (f.length === 5) {
          name += f[4];
          segment.push(names[name]);
        }
        out.push(segment);
      }
      this.lines[firstLine + i] = out;
    });
  }

  toJSON(file) {
    const state = [0, 0, 0, 0];
    const lines = [];
    for (let i = 0; i < this.lines.length; i++) {
      let previousColumn = 0;
      lines.push((this.lines[i] ?? []).map((segment) => {
        let text = encodeValue(segment[0] - previousColumn);
        previousColumn = segment[0];
        for (let k = 1; k < segment.length; k++) {
          text += encodeValue(segment[k] - state[k - 1]);
          state[k - 1] = segment[k];
        }
        return text;
      }).join(','));
    }
    return { version: 3, file, sources: this.sources, names: this.names, mappings: lines.join(';') };
  }
}

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

function inlineMap(id, source) {
  const url = SOURCE_MAP.exec(source)?.[1];
  if (!url?.startsWith(INLINE_MAP)) {
    throw new Error(`lib/${id} has no inline source map: tsconfig.json must keep inlineSourceMap`);
  }
  return JSON.parse(Buffer.from(url.slice(INLINE_MAP.length), 'base64').toString('utf8'));
}

function main() {
  const ids = compiledModules(LIB);
  const name = JSON.parse(fs.readFileSync(path.join(LIB, '..', 'package.json'), 'utf8')).name;
  const parts = ["'use strict';", `// Every compiled module of ${name}; written by scripts/bundle-lib.js.`, 'const modules = {'];
  const map = new BundleMap();
  let line = parts.length;
  for (const id of ids) {
    const source = fs.readFileSync(path.join(LIB, id), 'utf8');
    if (source.startsWith(STUB_MARK)) {
      throw new Error(`lib/${id} is already a stub: rebuild lib from scratch (npm run build) before bundling`);
    }
    const code = source.replace(SOURCE_MAP, '').trimEnd();
    parts.push(`${JSON.stringify(id)}: function (exports, require, module, __filename, __dirname) {`, code, '},');
    map.add(inlineMap(id, source), line + 1, path.posix.dirname(id));
    line += code.split('\n').length + 2;
  }
  parts.push('};', LOADER, `//# sourceMappingURL=${BUNDLE}.map`, '');
  fs.writeFileSync(path.join(LIB, BUNDLE), parts.join('\n'));
  fs.writeFileSync(path.join(LIB, `${BUNDLE}.map`), JSON.stringify(map.toJSON(BUNDLE)));
  for (const id of ids) {
    const toBundle = path.posix.relative(path.posix.dirname(id), BUNDLE);
    const stub = `${STUB_MARK} ${BUNDLE} (scripts/bundle-lib.js)\n'use strict';\nmodule.exports = require(${JSON.stringify(toBundle.startsWith('.') ? toBundle : `./${toBundle}`)})(${JSON.stringify(id)});\n`;
    fs.writeFileSync(path.join(LIB, id), stub);
  }
  process.stdout.write(`bundle-lib: ${ids.length} modules in lib/${BUNDLE} (${Math.round(fs.statSync(path.join(LIB, BUNDLE)).size / 1024)} KiB)\n`);
}

main();
