// The handler archive of the Lambda-backed tasks: written into cdktf.out by a synth, hashed from the
// handler's source, and carried into an exported module through path.module.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from '@cdktf/hcl2json';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { type App, TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { exportModule } from '../../../src/module-export/export';
import { _useHandlersDirectory, handlersDirectory } from '../../../src/tasks/private/lambda-backed';
import { synthHclApp } from '../../util/hcl-synth';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-handler-'));

function evalStack(app: App): TerraformStack {
  const stack = new TerraformStack(app, 'evaluate');
  new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  const task = new tasks.EvaluateExpression(stack, 'Convert', { expression: '`Now waiting ${$.waitSeconds} seconds...`' });
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
  return stack;
}

function synthesizedFunction(outdir: string): { fn: any; stackDir: string } {
  const stackDir = path.join(outdir, 'stacks', 'evaluate');
  const json = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8'));
  return { fn: Object.values<any>(json.resource.aws_lambda_function)[0], stackDir };
}

describe('handler archives', () => {
  afterEach(() => _useHandlersDirectory(undefined));

  test('the handlers ship in the package (package.json files)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
    expect(pkg.files).toContain('lambda-handlers/**/*.js');
    expect(fs.existsSync(path.join(handlersDirectory(), 'evaluate-expression', 'index.js'))).toBe(true);
  });

  test('a synth writes the archive into cdktf.out, with the handler in it', () => {
    const { fn, stackDir } = synthesizedFunction(synthHclApp(evalStack, tmp(), false));
    expect(fn.filename).toMatch(/^assets\/EvaluateExpressionCode\/[0-9A-F]+\/archive\.zip$/);
    const zip = fs.readFileSync(path.join(stackDir, fn.filename));
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    expect(zip.includes(Buffer.from('index.js'))).toBe(true);
  });

  test('source_code_hash changes when the handler changes', () => {
    const dir = tmp();
    fs.cpSync(handlersDirectory(), dir, { recursive: true });
    _useHandlersDirectory(dir);
    const before = synthesizedFunction(synthHclApp(evalStack, tmp(), false)).fn.source_code_hash;
    const again = synthesizedFunction(synthHclApp(evalStack, tmp(), false)).fn.source_code_hash;
    fs.appendFileSync(path.join(dir, 'evaluate-expression', 'index.js'), '\n// changed\n');
    const after = synthesizedFunction(synthHclApp(evalStack, tmp(), false)).fn.source_code_hash;
    expect(again).toBe(before);
    expect(after).not.toBe(before);
  });

  test('the module exporter copies the archive into the module and points at it through path.module', async () => {
    const stackDir = path.join(synthHclApp(evalStack), 'stacks', 'evaluate');
    const { dir, files } = exportModule({ stackDir, outDir: tmp() });
    const archive = files.find((f) => f.startsWith('assets/EvaluateExpressionCode/'));
    expect(archive).toBeDefined();
    expect(fs.existsSync(path.join(dir, archive!))).toBe(true);
    const main = await parse('main.tf', fs.readFileSync(path.join(dir, 'main.tf'), 'utf8'));
    const fn = Object.values<any>(main.resource.aws_lambda_function)[0][0];
    expect(fn.filename).toBe(`\${path.module}/${archive!.endsWith('.zip') ? archive : `${archive}/archive.zip`}`);
  });
});

describe('handler functions in an exported module', () => {
  test("with a name_prefix, the logs statements still name the functions' log groups", async () => {
    const stackDir = path.join(synthHclApp((app) => {
      const stack = evalStack(app);
      const call = new tasks.CallAwsServiceCrossRegion(stack, 'Call', { service: 's3', action: 'listBuckets', region: 'eu-west-1', iamResources: ['*'] });
      new sfn.StateMachine(stack, 'SM2', { definitionBody: sfn.DefinitionBody.fromChainable(call) });
    }), 'stacks', 'evaluate');
    const { dir } = exportModule({ stackDir, outDir: tmp() });
    const main = await parse('main.tf', fs.readFileSync(path.join(dir, 'main.tf'), 'utf8'));
    const groups = Object.entries<any>(main.resource.aws_cloudwatch_log_group);
    expect(groups).toHaveLength(1);
    const [groupName, [group]] = groups[0];
    expect(group.name).toMatch(/^\/aws\/lambda\/\$\{var\.name_prefix\}eval-[0-9a-f]{8}$/);
    const fns = Object.entries<any>(main.resource.aws_lambda_function);
    const crossRegion = fns.find(([, [f]]) => f.function_name.includes('call-aws-sdk-'))!;
    for (const [, [f]] of fns) expect(f.function_name).toMatch(/^\$\{var\.name_prefix\}/);
    const policies = Object.values<any>(main.resource.aws_iam_role_policy).map(([p]) => p.policy as string);
    expect(policies.some((p) => p.includes(`log-group:\${aws_cloudwatch_log_group.${groupName}.name}`))).toBe(true);
    expect(policies.some((p) => p.includes(`log-group:/aws/lambda/\${aws_lambda_function.${crossRegion[0]}.function_name}`))).toBe(true);
    expect(policies.join('\n')).not.toMatch(/log-group:\/aws\/lambda\/(eval|call-aws-sdk)-/);
  });
});
