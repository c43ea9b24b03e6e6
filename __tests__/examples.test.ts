import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from '@cdktf/hcl2json';
import { App } from 'cdktf';
import { EXAMPLES } from '../examples/main';
import { exportModule } from '../src/module-export/export';
import { synthHclApp } from './util/hcl-synth';
import { evaluateModuleDir } from './util/module-eval';
import { evaluateStackJson, hclJsonToTfJson, synth } from './util/synth';

describe('examples', () => {
  test.each(Object.keys(EXAMPLES))('%s synthesizes to valid definitions and policies', (name) => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-example-')) });
    const stack = new EXAMPLES[name as keyof typeof EXAMPLES](app, name);
    const { machines } = synth(stack);
    expect(machines.length).toBeGreaterThan(0);
    for (const m of machines) {
      expect(Object.keys(m.definition.States).length).toBeGreaterThan(0);
      for (const p of m.policies) expect(JSON.stringify(p).length).toBeLessThanOrEqual(6144);
    }
  });

  test.each(Object.keys(EXAMPLES))('%s exports as a Terraform module that evaluates the same', async (name) => {
    const outdir = synthHclApp((app) => new EXAMPLES[name as keyof typeof EXAMPLES](app, name));
    const stackDir = path.join(outdir, 'stacks', name);
    const { dir, files, renames } = exportModule({ stackDir, outDir: fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-example-module-')) });
    expect(files).toEqual(expect.arrayContaining(['main.tf', 'variables.tf', 'outputs.tf', 'versions.tf', 'README.md', 'examples/basic/main.tf']));
    const fromStack = evaluateStackJson(hclJsonToTfJson(await parse('cdk.tf', fs.readFileSync(path.join(stackDir, 'cdk.tf'), 'utf8'))));
    const fromModule = await evaluateModuleDir(dir, { name_prefix: '' }, { defaults: false });
    const rename = (v: unknown) => JSON.parse([...renames].reduce(
      // a reference anywhere in an expression, `${x.y.arn}` or `${element(split(":", x.y.arn), 3)}`
      (text, [from, to]) => text.replace(new RegExp(`(?<![\\w.])${from.replace(/\./g, '\\.')}(?=[.}])`, 'g'), to), JSON.stringify(v)));
    const byName = (s: typeof fromStack) => Object.fromEntries(s.machines.map((m) => [m.address, { definition: m.definition, policies: m.policies }]));
    const expected = Object.fromEntries(Object.entries(byName(fromStack)).map(([address, docs]) => [renames.get(address), rename(docs)]));
    expect(byName(fromModule)).toEqual(expected);
    for (const file of files.filter((f) => f.endsWith('.tf'))) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      await expect(parse(file, text)).resolves.toBeDefined();
      expect(text).not.toContain(os.tmpdir());
    }
  });
});
