// The published package works as a dependency: `npm pack` gives a tarball with what a user needs and
// nothing else, and a fresh cdktf TypeScript project outside the repo, with cdktf, constructs and
// @cdktf/provider-aws installed as a user installs them (peer ranges checked by npm), synthesizes a
// workflow from it.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.join(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' } });

describe('the npm package', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-package-'));
  let tarball = '';

  beforeAll(() => {
    if (!fs.existsSync(path.join(root, 'lib', 'index.js')) || !fs.existsSync(path.join(root, '.jsii'))) {
      throw new Error('the library is not built: run `npm run build` (npm test does) before this test');
    }
    const out = JSON.parse(npm(['pack', '--json', '--pack-destination', work], root));
    tarball = path.join(work, out[0].filename);
  });

  test('holds the compiled library, its jsii assembly, types, docs, licence and bundled dependencies, and nothing else', () => {
    const files: string[] = JSON.parse(npm(['pack', '--dry-run', '--json'], root))[0].files.map((f: { path: string }) => f.path);
    for (const required of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', '.jsii', 'lib/index.js', 'lib/_bundle.js', 'lib/index.d.ts', 'bin/cdktf-stepfunctions-module', 'lib/module-export/cli.js']) {
      expect(files).toContain(required);
    }
    // jsii wants every dependency that is no jsii module bundled: jsonata checks JSONata expressions
    expect(pkg.bundledDependencies).toEqual(Object.keys(pkg.dependencies));
    for (const bundled of pkg.bundledDependencies) expect(files).toContain(`node_modules/${bundled}/package.json`);
    const own = files.filter((f) => !pkg.bundledDependencies.some((b: string) => f.startsWith(`node_modules/${b}/`)));
    expect(own.filter((f) => /^(src|__tests__|examples|bench|scratch|cdktf\.out|node_modules|\.ci)\//.test(f) || f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  });

  test('installs into a fresh cdktf project and synthesizes a workflow', () => {
    const project = path.join(work, 'app');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'user-app', private: true, version: '1.0.0' }));
    const dev = pkg.devDependencies;
    npm(['install', '--prefer-offline', tarball, `cdktf@${dev.cdktf}`, `constructs@${dev.constructs}`, `@cdktf/provider-aws@${dev['@cdktf/provider-aws']}`, `typescript@${dev.typescript}`], project);
    fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'es2022', module: 'commonjs', strict: true, skipLibCheck: true } }));
    fs.writeFileSync(path.join(project, 'main.ts'), [
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
    ].join('\n'));
    execFileSync(path.join(project, 'node_modules', '.bin', 'tsc'), ['-p', '.'], { cwd: project, stdio: 'pipe' });
    execFileSync(process.execPath, ['main.js'], { cwd: project, stdio: 'pipe', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
    const tf = JSON.parse(fs.readFileSync(path.join(project, 'cdktf.out', 'stacks', 'user', 'cdk.tf.json'), 'utf8'));
    const machine: any = Object.values(tf.resource.aws_sfn_state_machine)[0];
    expect(machine.definition).toMatch(/^\$\{jsonencode\(\{"StartAt":"Invoke",/);
    expect(machine.definition).toContain('"FunctionName":aws_lambda_function.Fn.arn');
    expect(Object.keys(tf.resource.aws_iam_policy)).toHaveLength(1);
    // lib/ is bundled into one file (scripts/bundle-lib.js): a deep import gets the same classes
    const sameClass = "process.exit(require('cdktf-stepfunctions').sfn.StateMachine === require('cdktf-stepfunctions/lib/sfn/state-machine').StateMachine ? 0 : 1)";
    execFileSync(process.execPath, ['-e', sameClass], { cwd: project, stdio: 'pipe' });
    // the bundled command runs from the installed package
    expect(execFileSync(path.join(project, 'node_modules', '.bin', 'cdktf-stepfunctions-module'), ['--help'], { encoding: 'utf8' })).toContain('usage: cdktf-stepfunctions-module');
  }, 300_000);
});
