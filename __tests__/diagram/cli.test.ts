// `cdktf-stepfunctions diagram`: a Mermaid and an SVG file per state machine of a synthesized app, from
// the JSON synthesis and from the HCL one alike.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { type App, TerraformStack } from 'cdktf';
import { Duration, sfn } from '../../src';
import { main } from '../../src/diagram/cli';
import { synthHclApp } from '../util/hcl-synth';
import { readMermaid } from './structure';
import { binPath, FLAVOUR } from '../util/flavour';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-diagram-cli-'));

function twoMachines(app: App): void {
  const stack = new TerraformStack(app, 'shop');
  new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  const wait = new sfn.Wait(stack, 'Pause', { time: sfn.WaitTime.duration(Duration.seconds(5)) });
  new sfn.StateMachine(stack, 'Orders', { definitionBody: sfn.DefinitionBody.fromChainable(wait.next(new sfn.Succeed(stack, 'Done'))) });
  new sfn.StateMachine(stack, 'Refunds', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Fail(stack, 'No', { error: 'Nope' })) });
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  try {
    return { code: await main(args), out: out.join(''), err: err.join('') };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('cdktf-stepfunctions diagram', () => {
  test.each([['JSON', false], ['HCL', true]])('writes <stack>/<machine>.mmd and .svg from the %s synthesis', async (_kind, hcl) => {
    const outdir = synthHclApp(twoMachines, tmp(), hcl as boolean);
    const out = tmp();
    const result = await run([outdir, '--out', out]);
    expect(result).toEqual(expect.objectContaining({ code: 0, err: '' }));
    expect(fs.readdirSync(path.join(out, 'shop')).sort()).toEqual(['Orders.mmd', 'Orders.svg', 'Refunds.mmd', 'Refunds.svg']);
    const orders = readMermaid(fs.readFileSync(path.join(out, 'shop', 'Orders.mmd'), 'utf8'));
    expect([...orders.titles.values()].filter(Boolean)).toEqual(['Pause', 'Done']);
    expect(fs.readFileSync(path.join(out, 'shop', 'Refunds.svg'), 'utf8')).toContain('<svg');
    expect(result.out).toContain('shop/Orders: ');
  });

  test('--format mermaid writes no SVG, and the diagrams of both syntheses are the same', async () => {
    const json = tmp();
    const hcl = tmp();
    expect((await run([synthHclApp(twoMachines, tmp(), false), '--out', json, '--format=mermaid'])).code).toBe(0);
    expect((await run([synthHclApp(twoMachines, tmp(), true), '--out', hcl, '--format', 'mermaid'])).code).toBe(0);
    expect(fs.readdirSync(path.join(json, 'shop')).sort()).toEqual(['Orders.mmd', 'Refunds.mmd']);
    for (const file of ['Orders.mmd', 'Refunds.mmd']) {
      expect(fs.readFileSync(path.join(hcl, 'shop', file), 'utf8')).toBe(fs.readFileSync(path.join(json, 'shop', file), 'utf8'));
    }
  });

  test.each([
    [['--colour', 'red'], /unknown option --colour/],
    [['--format', 'png'], /--format must be mermaid, svg or all, not "png"/],
    [['--out'], /--out needs a value/],
    [['a', 'b'], /expected at most one synthesis directory/],
  ])('refuses %j with exit code 2 and the usage', async (args, message) => {
    const result = await run(args as string[]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).toContain(`usage: ${FLAVOUR.name}-stepfunctions diagram`);
  });

  test('a directory without a synthesis is refused, naming it', async () => {
    const dir = tmp();
    await expect(run([dir])).rejects.toThrow(`${dir} holds no synthesized stack (no stacks/ directory); run \`${FLAVOUR.name} synth\` first`);
  });

  test('the command dispatcher lists its commands and refuses an unknown one', () => {
    const bin = binPath('cdktf-stepfunctions');
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/run .*\n.*diagram .*\n.*module /);
    const bad = spawnSync(process.execPath, [bin, 'draw'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown command "draw"');
  });
});
