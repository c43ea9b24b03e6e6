// The published package works as a dependency: `npm pack` gives a tarball with what a user needs and
// nothing else, and a fresh cdktf TypeScript project outside the repo, with cdktf, constructs and
// @cdktf/provider-aws installed as a user installs them (peer ranges checked by npm), synthesizes a
// workflow from it, and a stack trace through it maps back to its TypeScript sources. On the cdktn flavour
// (`npm run unit:cdktn`) the same for cdktn-stepfunctions (dist/cdktn) in a fresh cdktn project.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FLAVOUR } from './util/flavour';

const repo = path.join(__dirname, '..');
const root = FLAVOUR.packageDir;
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const ours = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
// a user's program, written for cdktf, in the flavour's packages
const program = (lines: string[]) => lines.join('\n')
  .replace(/'cdktf'/g, `'${FLAVOUR.core}'`)
  .replace(/'@cdktf\/provider-aws\//g, `'${FLAVOUR.provider}/`)
  .replace(/cdktf-stepfunctions/g, FLAVOUR.packageName);
// the packages of the other flavour, in our devDependencies for its tests only
const OTHER_FLAVOUR = FLAVOUR.name === 'cdktf' ? ['cdktn', 'cdktn-cli', '@cdktn/provider-aws'] : ['cdktf', 'cdktf-cli', '@cdktf/provider-aws'];
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' } });

describe('the npm package', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-package-'));
  let tarball = '';

  beforeAll(() => {
    if (!fs.existsSync(path.join(root, 'lib', 'index.js')) || !fs.existsSync(path.join(root, '.jsii'))) {
      throw new Error(`the library is not built: run \`${FLAVOUR.build}\` (npm test does) before this test`);
    }
    const out = JSON.parse(npm(['pack', '--json', '--pack-destination', work], root));
    tarball = path.join(work, out[0].filename);
  });

  test('holds the compiled library, its jsii assembly, types, docs, licence and bundled dependencies, and nothing else', () => {
    const files: string[] = JSON.parse(npm(['pack', '--dry-run', '--json'], root))[0].files.map((f: { path: string }) => f.path);
    for (const required of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', '.jsii', 'lib/index.js', 'lib/_bundle.js', 'lib/index.d.ts', `bin/${FLAVOUR.name}-stepfunctions-module`, `bin/${FLAVOUR.name}-stepfunctions`, 'lambda-handlers/evaluate-expression/index.js', 'lib/module-export/cli.js', 'lib/diagram/cli.js', 'lib/testing/cli.js', 'lib/_bundle.js.map']) {
      expect(files).toContain(required);
    }
    // jsii wants every dependency that is no jsii module bundled: jsonata checks JSONata expressions
    expect(pkg.bundledDependencies).toEqual(Object.keys(pkg.dependencies));
    for (const bundled of pkg.bundledDependencies) expect(files).toContain(`node_modules/${bundled}/package.json`);
    const own = files.filter((f) => !pkg.bundledDependencies.some((b: string) => f.startsWith(`node_modules/${b}/`)));
    expect(own.filter((f) => /^(__tests__|examples|bench|scratch|cdktf\.out|node_modules|\.ci)\//.test(f) || f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.startsWith('src/'))).toEqual([]);
    // the bundle's source map points at TypeScript sources that are shipped, and only at those
    const map = JSON.parse(fs.readFileSync(path.join(root, 'lib', '_bundle.js.map'), 'utf8'));
    const sources = map.sources.map((s: string) => path.posix.join('lib', s));
    expect(sources.filter((s: string) => !files.includes(s))).toEqual([]);
    expect(own.filter((f) => f.startsWith('src/')).sort()).toEqual([...sources].sort());
  });

  test('engines.node starts at the lowest Node version every dev and peer dependency accepts', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const semver = require('semver') as { minVersion(r: string): { version: string; major: number; minor: number }; satisfies(v: string, r: string): boolean };
    const floor = semver.minVersion(pkg.engines.node);
    const ranges = Object.keys({ ...ours.devDependencies, ...pkg.peerDependencies }).filter((name) => !OTHER_FLAVOUR.includes(name))
      .map((name) => [name, JSON.parse(fs.readFileSync(path.join(repo, 'node_modules', name, 'package.json'), 'utf8')).engines?.node] as const)
      .filter(([, range]) => range !== undefined);
    // aws-local-stepfunctions 3.0.0 asks for Node 22 for Promise.withResolvers only, which the jest setup defines
    const refusing = (version: string) => ranges.filter(([name, range]) => name !== 'aws-local-stepfunctions' && !semver.satisfies(version, range)).map(([name]) => name);
    expect(refusing(floor.version)).toEqual([]);
    const below = floor.minor > 0 ? `${floor.major}.${floor.minor - 1}.999` : `${floor.major - 1}.999.999`;
    expect(refusing(below)).not.toEqual([]);
  });

  test('the bundle\'s source map takes every throw of the bundle to the throw in the TypeScript source', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { SourceMap } = require('module') as { SourceMap: new (payload: unknown) => { findEntry(line: number, column: number): any } };
    const map = new SourceMap(JSON.parse(fs.readFileSync(path.join(root, 'lib', '_bundle.js.map'), 'utf8')));
    const bundle = fs.readFileSync(path.join(root, 'lib', '_bundle.js'), 'utf8').split('\n');
    const sources = new Map<string, string[]>();
    const lineOf = (file: string, line: number) => {
      if (!sources.has(file)) sources.set(file, fs.readFileSync(path.join(root, 'lib', file), 'utf8').split('\n'));
      return sources.get(file)![line];
    };
    let checked = 0;
    bundle.forEach((text, line) => {
      const column = text.indexOf('throw new errors_1.ValidationError(');
      if (column < 0) return;
      const entry = map.findEntry(line, column);
      expect(lineOf(entry.originalSource, entry.originalLine).slice(entry.originalColumn)).toMatch(/^throw new ValidationError\(/);
      checked++;
    });
    expect(checked).toBeGreaterThan(100);
  });

  // A fresh project, installed as a user installs it: the tarball and the peers at our dev versions.
  const project = path.join(work, 'app');
  const tsc = () => execFileSync(path.join(project, 'node_modules', '.bin', 'tsc'), ['-p', '.'], { cwd: project, stdio: 'pipe' });

  beforeAll(() => {
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'user-app', private: true, version: '1.0.0' }));
    const dev = pkg.devDependencies;
    npm(['install', '--prefer-offline', tarball, `${FLAVOUR.core}@${ours.devDependencies[FLAVOUR.core]}`, `constructs@${dev.constructs}`, `${FLAVOUR.provider}@${dev[FLAVOUR.provider]}`, `typescript@${ours.devDependencies.typescript}`], project);
    fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'es2022', module: 'commonjs', strict: true, skipLibCheck: true, sourceMap: true } }));
  }, 300_000);

  test(`installs into a fresh ${FLAVOUR.name} project and synthesizes a workflow`, () => {
    fs.writeFileSync(path.join(project, 'main.ts'), program([
      "import { App, TerraformStack } from 'cdktf';",
      "import { AwsProvider } from '@cdktf/provider-aws/lib/provider';",
      "import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';",
      "import { Duration, sfn, tasks } from 'cdktf-stepfunctions';",
      "const app = new App({ outdir: 'cdktf.out' });",
      "const stack = new TerraformStack(app, 'user');",
      "new AwsProvider(stack, 'aws', { region: 'eu-west-1' });",
      "const fn = new LambdaFunction(stack, 'Fn', { functionName: 'f', role: 'arn:aws:iam::123456789012:role/r', handler: 'index.handler', runtime: 'nodejs20.x', filename: 'f.zip' });",
      "const invoke = new tasks.LambdaInvoke(stack, 'Invoke', { lambdaFunction: fn, outputPath: '$.Payload' });",
      "const wait = new sfn.Wait(stack, 'Wait', { time: sfn.WaitTime.duration(Duration.seconds(10)) });",
      "const shape = sfn.Pass.jsonata(stack, 'Shape', { outputs: { id: '{% $states.input.Payload.id %}' } });",
      "new sfn.StateMachine(stack, 'Flow', { definitionBody: sfn.DefinitionBody.fromChainable(invoke.next(wait).next(shape)) });",
      'app.synth();',
    ]));
    tsc();
    execFileSync(process.execPath, ['main.js'], { cwd: project, stdio: 'pipe', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
    const tf = JSON.parse(fs.readFileSync(path.join(project, 'cdktf.out', 'stacks', 'user', 'cdk.tf.json'), 'utf8'));
    const machine: any = Object.values(tf.resource.aws_sfn_state_machine)[0];
    expect(machine.definition).toMatch(/^\$\{jsonencode\(\{"StartAt":"Invoke",/);
    expect(machine.definition).toContain('"FunctionName":aws_lambda_function.Fn.arn');
    expect(Object.keys(tf.resource.aws_iam_policy)).toHaveLength(1);
    // lib/ is bundled into one file (scripts/bundle-lib.js): a deep import gets the same classes
    const sameClass = program(["process.exit(require('cdktf-stepfunctions').sfn.StateMachine === require('cdktf-stepfunctions/lib/sfn/state-machine').StateMachine ? 0 : 1)"]);
    execFileSync(process.execPath, ['-e', sameClass], { cwd: project, stdio: 'pipe' });
    // the bundled command runs from the installed package
    expect(execFileSync(path.join(project, 'node_modules', '.bin', `${FLAVOUR.name}-stepfunctions-module`), ['--help'], { encoding: 'utf8' })).toContain(`usage: ${FLAVOUR.name}-stepfunctions-module`);
  }, 300_000);

  test('the installed command draws the synthesized workflow and runs it locally with mocks', () => {
    // needs the synthesis of the test above (cdktf.out/stacks/user)
    const bin = path.join(project, 'node_modules', '.bin', `${FLAVOUR.name}-stepfunctions`);
    const drawn = execFileSync(bin, ['diagram', 'cdktf.out', '--out', 'diagrams'], { cwd: project, encoding: 'utf8' });
    expect(drawn).toContain('user/Flow: ');
    expect(fs.readFileSync(path.join(project, 'diagrams', 'user', 'Flow.mmd'), 'utf8')).toMatch(/^flowchart TD\n/);
    expect(fs.readFileSync(path.join(project, 'diagrams', 'user', 'Flow.svg'), 'utf8')).toContain('<svg');
    fs.writeFileSync(path.join(project, 'input.json'), JSON.stringify({ id: 'o-1' }));
    fs.writeFileSync(path.join(project, 'mocks.json'), JSON.stringify({ mocks: { Invoke: { result: { Payload: { id: 'o-1' } } } } }));
    const run = spawnSync(bin, ['run', 'user/Flow', '--input', 'input.json', '--mocks', 'mocks.json', '--json'], { cwd: project, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    // the workflow's Shape reads `Payload.id`, but Invoke's OutputPath already took the Payload out: the
    // local run shows the bug a deployment would (an empty output)
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: {}, path: ['Invoke', 'Wait', 'Shape'] });
    expect(result.states.find((s: any) => s.name === 'Shape' || s.path === 'Shape').input).toEqual({ id: 'o-1' });
  }, 120_000);

  test('the installed package zips its own handler for a Lambda-backed task', () => {
    fs.writeFileSync(path.join(project, 'evaluate.ts'), program([
      "import { App, TerraformStack } from 'cdktf';",
      "import { AwsProvider } from '@cdktf/provider-aws/lib/provider';",
      "import { sfn, tasks } from 'cdktf-stepfunctions';",
      "const app = new App({ outdir: 'cdktf.out' });",
      "const stack = new TerraformStack(app, 'evaluate');",
      "new AwsProvider(stack, 'aws', { region: 'eu-west-1' });",
      "const sum = new tasks.EvaluateExpression(stack, 'Sum', { expression: '$.a + $.b' });",
      "new sfn.StateMachine(stack, 'Flow', { definitionBody: sfn.DefinitionBody.fromChainable(sum) });",
      'app.synth();',
    ]));
    tsc();
    execFileSync(process.execPath, ['evaluate.js'], { cwd: project, stdio: 'pipe', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
    const stackDir = path.join(project, 'cdktf.out', 'stacks', 'evaluate');
    const fn: any = Object.values(JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8')).resource.aws_lambda_function)[0];
    expect(fs.readFileSync(path.join(stackDir, fn.filename)).includes(Buffer.from('index.js'))).toBe(true);
  }, 60_000);

  test('with --enable-source-maps, a stack trace shows the library\'s TypeScript file and line, and the user\'s', () => {
    fs.writeFileSync(path.join(project, 'bad.ts'), program([
      "import { App, TerraformStack } from 'cdktf';",
      "import { sfn } from 'cdktf-stepfunctions';",
      "const stack = new TerraformStack(new App(), 'user');",
      "new sfn.StateMachine(stack, 'Flow', { stateMachineName: 'not a name', definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'P')) });",
    ]));
    tsc();
    const run = (flags: string[]) => spawnSync(process.execPath, [...flags, 'bad.js'], { cwd: project, encoding: 'utf8' }).stderr;
    const mapped = run(['--enable-source-maps']);
    expect(mapped).toContain("ValidationError: user/Flow: 'stateMachineName' must be");
    const frame = new RegExp(`\\((\\S*node_modules/${FLAVOUR.packageName}/src/\\S+\\.ts):(\\d+):\\d+\\)`).exec(mapped);
    expect(frame).not.toBeNull();
    // the frame's line of the shipped source is the throw
    expect(fs.readFileSync(frame![1], 'utf8').split('\n')[Number(frame![2]) - 1]).toContain('throw new ValidationError(');
    expect(mapped).toMatch(/\(\S*\/bad\.ts:4:\d+\)/);
    // without the flag, node does not read the map: the frame is the bundle's
    expect(run([])).toMatch(new RegExp(`\\(\\S*node_modules/${FLAVOUR.packageName}/lib/_bundle\\.js:\\d+:\\d+\\)`));
  }, 60_000);
});
