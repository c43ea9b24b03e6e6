// A plain `cdktf synth` loads the library; the local-run engine must not load with it.
import { execFileSync } from 'child_process';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');

test('importing the library loads neither aws-local-stepfunctions nor the run engine; the first run loads the engine', () => {
  const script = [
    "const lib = require('./src');",
    'const loaded = () => Object.keys(require.cache);',
    "const engine = (files) => files.filter((f) => f.includes(['src', 'testing', 'private'].join(path.sep)));",
    "const before = { als: loaded().filter((f) => f.includes('aws-local-stepfunctions')).length, engine: engine(loaded()).length, runner: typeof lib.testing.LocalRunner };",
    "lib.testing.LocalRunner.fromDefinition({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }).run({ a: 1 }).then((r) => {",
    "  console.log(JSON.stringify({ before, after: engine(loaded()).length, status: r.status, als: loaded().filter((f) => f.includes('aws-local-stepfunctions')).length }));",
    '});',
  ].join('\n');
  const out = execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', `const path = require('path');\n${script}`], {
    cwd: root, encoding: 'utf8', env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.dev.json' },
  });
  const result = JSON.parse(out.trim().split('\n').pop()!);
  expect(result.before).toEqual({ als: 0, engine: 0, runner: 'function' });
  expect(result.after).toBeGreaterThan(0);
  expect(result.status).toBe('SUCCEEDED');
  expect(result.als).toBe(0);
}, 60_000);
