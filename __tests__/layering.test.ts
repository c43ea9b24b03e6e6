// The layers of src/ import downwards only: core <- render <- iam <- sfn <- tasks. A lower layer that
// reached up (render importing sfn's types) would tie the shared renderer to the state classes and make
// import cycles possible.
import * as fs from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '..', 'src');
const LAYERS = ['core', 'render', 'iam'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

// The top-level folder of src/ each relative import of `file` lands in.
function importedLayers(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^(?:import|export)\b[^;]*?from\s+'(\.[^']+)'/gm)].map((m) => m[1]);
  return specifiers.map((s) => path.relative(SRC, path.resolve(path.dirname(file), s)).split(path.sep)[0]);
}

describe('layering', () => {
  test.each(LAYERS)('src/%s imports only from its own layer and those below it', (layer) => {
    const allowed = new Set(LAYERS.slice(0, LAYERS.indexOf(layer) + 1));
    const upward = sourceFiles(path.join(SRC, layer)).flatMap((file) =>
      importedLayers(file).filter((l) => !allowed.has(l)).map((l) => `${path.relative(SRC, file)} imports from ${l}/`));
    expect(upward).toEqual([]);
  });

  // scripts/build-cdktn.js makes the cdktn flavour by rewriting the imports of this one module only
  test('only src/core/cdktf.ts imports cdktf or its AWS provider', () => {
    const doorway = path.join(SRC, 'core', 'cdktf.ts');
    // comments go first: JSDoc examples import from cdktf as a user does
    const code = (file: string) => fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
    const others = sourceFiles(SRC).filter((file) => file !== doorway && /^(?:import|export)\b[^;]*?from\s+'(?:cdktf|@cdktf\/provider-aws)(?:\/[^']*)?'/m.test(code(file)));
    expect(others.map((file) => path.relative(SRC, file))).toEqual([]);
    expect(fs.readFileSync(doorway, 'utf8')).toMatch(/from 'cdktf'/);
  });
});
