import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { EXAMPLES } from '../../examples/main';
import { main, parseMocksFile } from '../../src/testing/cli';
import { readDefinitionAttribute as definitionFromAttribute } from '../../src/diagram/definition-reader';
import { FLAVOUR } from '../util/flavour';

async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s: any) => ((out += s), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s: any) => ((err += s), true));
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'run-cli-'));
const write = (name: string, value: unknown) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(value));
  return file;
};

const ASL = {
  StartAt: 'Check',
  States: {
    Check: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', OutputPath: '$.Payload', Retry: [{ ErrorEquals: ['Busy'], IntervalSeconds: 5 }], Next: 'Ok?' },
    'Ok?': { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'Yes' }], Default: 'No' },
    Yes: { Type: 'Pass', Result: { answer: 'yes' }, End: true },
    No: { Type: 'Fail', Error: 'NotOk', Cause: 'not ok' },
  },
};

describe('cdktf-stepfunctions run', () => {
  test('runs a hand-written ASL file with a mocks file and prints the path and the output', async () => {
    const mocks = write('mocks.json', { mocks: { Check: { sequence: [{ error: 'Busy', cause: 'later' }, { result: { Payload: { ok: true } } }] } } });
    const { code, out } = await runCli([write('def.json', ASL), '--input', write('in.json', { n: 1 }), '--mocks', mocks]);
    expect(code).toBe(0);
    expect(out).toContain('  Check (Task)  [retried 1x after 5s]');
    expect(out).toContain('  Ok? (Choice)');
    expect(out).toContain('SUCCEEDED');
    expect(JSON.parse(out.slice(out.indexOf('output:') + 'output:'.length))).toEqual({ answer: 'yes' });
  });

  test('a failed run exits 1 and prints the error; --json prints the whole result', async () => {
    const mocks = write('mocks-no.json', { mocks: { Check: { result: { Payload: { ok: false } } } } });
    const failed = await runCli([write('def.json', ASL), '--mocks', mocks]);
    expect(failed.code).toBe(1);
    expect(failed.out).toContain('error: NotOk');
    const json = await runCli([write('def.json', ASL), '--mocks', mocks, '--json']);
    expect(JSON.parse(json.out)).toMatchObject({ status: 'FAILED', error: 'NotOk', path: ['Check', 'Ok?', 'No'] });
  });

  test('runs a state machine of a synthesized app by <stack>/<machine>', async () => {
    const outdir = path.join(dir, 'cdktf.out');
    const app = new App({ outdir });
    new EXAMPLES['job-poller'](app, 'job-poller');
    app.synth();
    const mocks = write('poller.json', {
      mocks: {
        'Submit Job': { result: { Payload: { jobId: 'j', waitSeconds: 10, items: [] } } },
        'Get Job Status': { sequence: [{ result: { Payload: { status: 'RUNNING' } } }, { result: { Payload: { status: 'SUCCEEDED' } } }] },
      },
    });
    const { code, out } = await runCli(['job-poller/JobPoller', '--outdir', outdir, '--mocks', mocks, '--json']);
    expect(code).toBe(0);
    const run = JSON.parse(out);
    expect(run.path.filter((n: string) => n === 'Wait X Seconds')).toHaveLength(2);
    expect(run.output).toEqual({ jobId: 'j', waitSeconds: 10, items: [], job: { status: 'SUCCEEDED' } });

    const unknown = runCli(['job-poller/Nope', '--outdir', outdir]);
    await expect(unknown).rejects.toThrow(/has no state machine named "Nope"; its state machines are job-poller\/JobPoller/);

    // after a `cdktf synth --hcl` the manifest names cdk.tf: the cdk.tf.json left there may be stale
    const manifestFile = path.join(outdir, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    manifest.stacks['job-poller'].synthesizedStackPath = manifest.stacks['job-poller'].synthesizedStackPath.replace(/\.tf\.json$/, '.tf');
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    await expect(runCli(['job-poller/JobPoller', '--outdir', outdir, '--mocks', mocks])).rejects.toThrow(new RegExp(`the latest synthesis wrote cdk.tf \\(--hcl\\).*run \`${FLAVOUR.name} synth\` \\(JSON, not --hcl\\) first`));
  });

  test('usage errors exit 2; a mock for a state that is not a task is refused', async () => {
    expect((await runCli([])).code).toBe(2);
    expect((await runCli(['a.json', '--frobnicate', 'x'])).err).toContain('unknown option --frobnicate');
    expect((await runCli(['--help'])).code).toBe(0);
    const typo = write('typo.json', { mocks: { Chek: { result: {} } } });
    await expect(runCli([write('def.json', ASL), '--mocks', typo])).rejects.toThrow(/"Chek", which is no Task state of the definition; its Task states are "Check"/);
  });
});

describe('the mocks file', () => {
  test('accepts result, error, timeout, heartbeatTimeout and sequence; refuses anything else', () => {
    const spec = parseMocksFile({ mocks: { A: { result: 1 }, B: { error: 'E' }, C: { timeout: true }, D: { heartbeatTimeout: true }, E: { sequence: [{ result: 1 }] } } }, 'f');
    expect(Object.keys(spec.mocks)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(() => parseMocksFile({ mocks: { A: { reslt: 1 } } }, 'f')).toThrow(/f: mocks\["A"\]: must be one of/);
    expect(() => parseMocksFile({ mock: {} }, 'f')).toThrow(/unknown key\(s\) mock/);
  });
});

describe('reading a synthesized definition attribute', () => {
  test('jsonencode with bare references, escaped templates and nested values', () => {
    const attribute = '${jsonencode({"StartAt":"A","States":{"A":{"Type":"Task","Resource":aws_lambda_function.f.arn,"Parameters":{"Text":"a $${literal} %%{x} \\"q\\" \\u2713 ${data.aws_region.r.name}","N":3,"L":[true,null,(var.x)]},"End":true}}})}';
    expect(definitionFromAttribute(attribute, 'x')).toEqual({
      StartAt: 'A',
      States: { A: { Type: 'Task', Resource: '${aws_lambda_function.f.arn}', Parameters: { Text: 'a ${literal} %{x} "q" ✓ ${data.aws_region.r.name}', N: 3, L: [true, null, '${(var.x)}'] }, End: true } },
    });
    expect(definitionFromAttribute('{"StartAt":"A","States":{}}', 'x')).toEqual({ StartAt: 'A', States: {} });
    expect(() => definitionFromAttribute('${jsonencode({"StartAt":"A"', 'x')).toThrow(/x: the definition is neither an ASL object nor a jsonencode/);
  });
});
