// The framework's own CLI synthesizes an example stack (`cdktf synth` / `cdktn synth`, JSON and --hcl),
// and our module exporter, from the flavour's built package, reads what it wrote. On cdktn the example
// (written for cdktf, as a user's cdktf project is) runs through scripts/cdktn-require.js, as
// `npm run synth:cdktn` runs examples/main.ts.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from '@cdktf/hcl2json';
import { binPath, FLAVOUR } from './util/flavour';

const repo = path.join(__dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), `sfn-cli-synth-${FLAVOUR.name}-`));
const APP = `
'use strict';
${FLAVOUR.name === 'cdktn' ? `require(${JSON.stringify(path.join(repo, 'scripts', 'cdktn-require.js'))});` : ''}
require(${JSON.stringify(require.resolve('ts-node'))}).register({ transpileOnly: true, project: ${JSON.stringify(path.join(repo, 'tsconfig.dev.json'))} });
const { App } = require(${JSON.stringify(require.resolve('cdktf'))});
const { EXAMPLES } = require(${JSON.stringify(path.join(repo, 'examples', 'main.ts'))});
const app = new App();
new EXAMPLES.lambda(app, 'lambda');
app.synth();
`;

function synth(outdir: string, hcl: boolean): string {
  const cli = path.join(repo, 'node_modules', '.bin', FLAVOUR.name);
  const env = { ...process.env, CHECKPOINT_DISABLE: '1', NODE_OPTIONS: `--max-old-space-size=4096 --require ${path.join(repo, 'scripts', 'cdktn-cli-node20.js')}` };
  execFileSync(cli, ['synth', '--app', `${process.execPath} app.js`, '--output', outdir, ...(hcl ? ['--hcl'] : [])], { cwd: work, env, stdio: 'pipe' });
  return path.join(outdir, 'stacks', 'lambda');
}

describe(`${FLAVOUR.name} synth`, () => {
  beforeAll(() => {
    fs.writeFileSync(path.join(work, 'app.js'), APP);
    fs.writeFileSync(path.join(work, 'cdktf.json'), JSON.stringify({ language: 'typescript', app: `${process.execPath} app.js` }));
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  test('synthesizes the example with the framework\'s CLI, in JSON and in HCL, to the same state machines', async () => {
    const json = JSON.parse(fs.readFileSync(path.join(synth(path.join(work, 'json'), false), 'cdk.tf.json'), 'utf8'));
    const hcl = await parse('cdk.tf', fs.readFileSync(path.join(synth(path.join(work, 'hcl'), true), 'cdk.tf'), 'utf8'));
    expect(Object.keys(json.resource.aws_sfn_state_machine).length).toBeGreaterThan(0);
    expect(Object.keys(hcl.resource.aws_sfn_state_machine).sort()).toEqual(Object.keys(json.resource.aws_sfn_state_machine).sort());
    // the core package that synthesized it is the flavour's
    expect(json['//'].metadata.version).toBe(JSON.parse(fs.readFileSync(path.join(repo, 'node_modules', FLAVOUR.core, 'package.json'), 'utf8')).version);
  }, 120_000);

  test('the exporter command of the flavour\'s package turns the HCL synthesis into a module', async () => {
    const outdir = path.join(work, 'hcl');
    const target = path.join(work, 'module');
    execFileSync(process.execPath, [binPath('cdktf-stepfunctions-module'), 'lambda', '--outdir', outdir, '--out', target, '--name', 'orders'], { stdio: 'pipe' });
    const main = fs.readFileSync(path.join(target, 'terraform-aws-orders', 'main.tf'), 'utf8');
    const parsed = await parse('main.tf', main);
    expect(Object.keys(parsed.resource.aws_sfn_state_machine).length).toBeGreaterThan(0);
  }, 60_000);
});
