import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { parse } from '@cdktf/hcl2json';
import { type App, AssetType, TerraformAsset, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Duration, iam, sfn } from '../../src';
import { main } from '../../src/module-export/cli';
import { exportModule } from '../../src/module-export/export';
import { parseBody } from '../../src/module-export/hcl-syntax';
import { renderFile } from '../../src/module-export/render';
import { readDefinitionAttribute } from '../../src/diagram/definition-reader';
import { missingFromDiagram, readMermaid } from '../diagram/structure';
import { FLAVOUR } from '../util/flavour';
import { synthHclApp } from '../util/hcl-synth';
import { evaluateModuleDir, evaluateModuleInstances } from '../util/module-eval';
import { evaluateStackJson, hclJsonToTfJson } from '../util/synth';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-module-'));

// Addresses of the managed policies attached to the role at `roleAddress`.
function grantPolicies(instance: { json: any }, roleAddress: string): string[] {
  return Object.values<any>(instance.json.resource.aws_iam_role_policy_attachment)
    .filter((a) => a.role === `\${${roleAddress}.name}`)
    .map((a) => String(a.policy_arn).replace(/^\$\{(.*)\.arn\}$/, '$1'));
}

function ordersStack(app: App): TerraformStack {
  const stack = new TerraformStack(app, 'orders');
  new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  const retries = new TerraformVariable(stack, 'maxAttempts', {
    type: 'number', default: 3, description: 'How often "Process" retries',
    validation: [{ condition: '${var.maxAttempts >= 0}', errorMessage: 'must be >= 0' }],
  });
  const topic = new TerraformVariable(stack, 'alertTopicArn', { type: 'string', description: 'Where alerts go', nullable: false, sensitive: true });
  topic.addOverride('nullable', false);
  const codeFile = path.join(tmp(), 'index.js');
  fs.writeFileSync(codeFile, 'exports.handler = async () => ({});\n');
  const code = new TerraformAsset(stack, 'Code', { path: codeFile, type: AssetType.FILE });
  const fn = new LambdaFunction(stack, 'ProcessFunction', { functionName: 'process', role: 'arn:aws:iam::123456789012:role/r', handler: 'index.handler', runtime: 'nodejs20.x', filename: code.path });
  const pass = new sfn.Pass(stack, 'Prepare', { parameters: { note: 'a ${$.x} %{ y } "q" \\ \n ✓', fn: fn.arn, attempts: retries.numberValue } });
  const wait = new sfn.Wait(stack, 'Wait', { time: sfn.WaitTime.duration(Duration.seconds(5)) });
  const sm = new sfn.StateMachine(stack, 'OrderFlow', { definitionBody: sfn.DefinitionBody.fromChainable(pass.next(wait)), stateMachineName: 'order-flow' });
  sm.addToRolePolicy(new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [fn.arn, `${fn.arn}:*`] }));
  sm.addToRolePolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: [topic.stringValue] }));
  new TerraformOutput(stack, 'functionName', { value: fn.functionName, description: 'The processing function' });
  return stack;
}

// The module with its names as in the stack, and the stack's own variables left as references.
const evaluateModule = (dir: string) => evaluateModuleDir(dir, { name_prefix: '' }, { defaults: false });

describe('exportModule', () => {
  const outdir = synthHclApp((app) => ordersStack(app));
  const stackDir = path.join(outdir, 'stacks', 'orders');

  test('writes the files a module registry expects', () => {
    const result = exportModule({ stackDir, outDir: tmp(), source: 'acme/orders/aws', version: '1.2.0' });
    expect(path.basename(result.dir)).toBe('terraform-aws-orders');
    expect(result.files).toEqual(expect.arrayContaining(['main.tf', 'variables.tf', 'outputs.tf', 'versions.tf', 'README.md', 'examples/basic/main.tf']));
    expect(result.files.some((f) => f.startsWith('assets/') && f.endsWith('index.js'))).toBe(true);
  });

  test('has no provider, no backend, no absolute path and no cdktf metadata', async () => {
    const { dir, files } = exportModule({ stackDir, outDir: tmp() });
    for (const file of files.filter((f) => f.endsWith('.tf') && !f.startsWith('examples/'))) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      expect(text).not.toMatch(/provider\s+"aws"|backend|cdktf|"\/\/"|\/tmp\/|\/work\//);
      await expect(parse(file, text)).resolves.toBeDefined();
    }
  });

  test('evaluates to the same definition and policies as the stack, with readable names', async () => {
    const { dir, renames } = exportModule({ stackDir, outDir: tmp() });
    const fromModule = await evaluateModule(dir);
    const fromStack = evaluateStackJson(hclJsonToTfJson(await parse('cdk.tf', fs.readFileSync(path.join(stackDir, 'cdk.tf'), 'utf8'))));
    const rename = (v: unknown) => JSON.parse([...renames].reduce((text, [from, to]) => text.replace(new RegExp(`\\$\\{${from.replace(/\./g, '\\.')}(?=[.}])`, 'g'), `\${${to}`), JSON.stringify(v)));
    expect(fromModule.machines.map((m) => m.address)).toEqual(['aws_sfn_state_machine.order_flow']);
    expect(fromModule.machines[0].definition).toEqual(rename(fromStack.machines[0].definition));
    expect(fromModule.machines[0].policies).toEqual(rename(fromStack.machines[0].policies));
    expect([...renames.values()].sort()).toEqual([
      'aws_iam_policy.order_flow_policy', 'aws_iam_role.order_flow_role', 'aws_iam_role_policy_attachment.order_flow_policy_attachment',
      'aws_lambda_function.process_function', 'aws_sfn_state_machine.order_flow', 'data.aws_caller_identity.current_account',
      'data.aws_partition.current_partition', 'data.aws_region.current_region', 'output.function_name', 'var.alert_topic_arn', 'var.max_attempts',
    ].filter((n) => [...renames.values()].includes(n)));
    const main = fs.readFileSync(path.join(dir, 'main.tf'), 'utf8');
    expect(main).toContain('definition = jsonencode({');
    expect(main).toContain('var.max_attempts');
    expect(main).toContain('filename      = "${path.module}/assets/');
  });

  test('carries variables and outputs, and outputs each state machine by default', () => {
    const { dir } = exportModule({ stackDir, outDir: tmp() });
    const variables = fs.readFileSync(path.join(dir, 'variables.tf'), 'utf8');
    expect(variables).toContain('variable "max_attempts" {');
    expect(variables).toMatch(/default\s+= 3/);
    expect(variables).toContain('condition     = var.max_attempts >= 0');
    expect(variables).toMatch(/nullable\s+= false/);
    expect(variables).toMatch(/sensitive\s+= true/);
    const outputs = fs.readFileSync(path.join(dir, 'outputs.tf'), 'utf8');
    for (const name of ['function_name', 'order_flow_arn', 'order_flow_name', 'order_flow_role_arn']) expect(outputs).toContain(`output "${name}"`);
    expect(outputs).toContain('value       = aws_sfn_state_machine.order_flow.arn');
    const versions = fs.readFileSync(path.join(dir, 'versions.tf'), 'utf8');
    expect(versions).toContain('source  = "hashicorp/aws"');
    expect(versions).toContain('required_version = ">= 1.5.0"');
  });

  test('the README lists inputs and outputs and shows a usage block', () => {
    const { dir } = exportModule({ stackDir, outDir: tmp(), source: 'acme/orders/aws', version: '1.2.0' });
    const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
    expect(readme).toContain('source  = "acme/orders/aws"');
    expect(readme).toContain('version = "1.2.0"');
    expect(readme).toContain('alert_topic_arn = ...');
    expect(readme).toContain('| max_attempts | How often "Process" retries | `number` | `3` | no |');
    expect(readme).toContain('| order_flow_arn | ARN of the state machine order_flow |');
    const example = fs.readFileSync(path.join(dir, 'examples/basic/main.tf'), 'utf8');
    expect(example).toContain('source          = "../.."');
    expect(example).toContain('alert_topic_arn = "example"');
  });

  test('the README shows the Mermaid flowchart of each state machine, drawn from the module\'s definition', () => {
    const { dir } = exportModule({ stackDir, outDir: tmp() });
    const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
    const chart = /## Workflow\n\n```mermaid\n([\s\S]*?)```/.exec(readme);
    expect(chart).not.toBeNull();
    const main = parseBody(fs.readFileSync(path.join(dir, 'main.tf'), 'utf8'));
    const sm = main.find((b: any) => b.kind === 'block' && b.labels[0] === 'aws_sfn_state_machine') as any;
    const definition = readDefinitionAttribute(sm.body.find((i: any) => i.name === 'definition').expression);
    expect(missingFromDiagram(definition, readMermaid(chart![1]))).toEqual([]);
    expect(Object.keys(definition.States as object).length).toBeGreaterThan(0);
  });

  test('is stable from one export to the next, and laid out as terraform fmt leaves it', () => {
    const a = exportModule({ stackDir, outDir: tmp() });
    const b = exportModule({ stackDir, outDir: tmp() });
    for (const file of a.files.filter((f) => f.endsWith('.tf'))) {
      const text = fs.readFileSync(path.join(a.dir, file), 'utf8');
      expect(fs.readFileSync(path.join(b.dir, file), 'utf8')).toBe(text);
      expect(renderFile(parseBody(text))).toBe(text);
    }
    let terraform = true;
    try {
      execFileSync('terraform', ['version'], { stdio: 'ignore' });
    } catch {
      terraform = false;
    }
    if (terraform) expect(() => execFileSync('terraform', ['fmt', '-check', '-recursive', a.dir], { stdio: 'pipe' })).not.toThrow();
  });

  test('fails for a stack that reads another stack', () => {
    const out = synthHclApp((app) => {
      const producer = new TerraformStack(app, 'producer');
      new AwsProvider(producer, 'aws', { region: 'us-east-1' });
      const fn = new LambdaFunction(producer, 'Fn', { functionName: 'f', role: 'r' });
      const consumer = new TerraformStack(app, 'consumer');
      new AwsProvider(consumer, 'aws', { region: 'us-east-1' });
      new sfn.StateMachine(consumer, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(consumer, 'P', { parameters: { fn: fn.arn } })) });
    });
    expect(() => exportModule({ stackDir: path.join(out, 'stacks', 'consumer'), outDir: tmp() })).toThrow(/cross-stack reference/);
    expect(() => exportModule({ stackDir: path.join(out, 'stacks', 'producer'), outDir: tmp() })).not.toThrow();
  });

  test('fails for several AWS provider configurations', () => {
    const out = synthHclApp((app) => {
      const stack = new TerraformStack(app, 'two');
      new AwsProvider(stack, 'aws', { region: 'us-east-1' });
      new AwsProvider(stack, 'eu', { region: 'eu-west-1', alias: 'eu' });
      new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'P')) });
    });
    expect(() => exportModule({ stackDir: path.join(out, 'stacks', 'two'), outDir: tmp() })).toThrow(/configures 2 AWS providers \(aws \(default\), aws.eu\)/);
  });

  test('fails for a file outside the stack assets', () => {
    const out = synthHclApp((app) => {
      const stack = new TerraformStack(app, 'abs');
      new AwsProvider(stack, 'aws', { region: 'us-east-1' });
      new LambdaFunction(stack, 'Fn', { functionName: 'f', role: 'r', filename: '/opt/build/fn.zip' });
    });
    expect(() => exportModule({ stackDir: path.join(out, 'stacks', 'abs'), outDir: tmp() })).toThrow(/abs\/Fn: 'filename' points at \/opt\/build\/fn.zip, a file outside the stack's assets/);
  });

  test('fails for a stack synthesized without --hcl', () => {
    expect(() => exportModule({ stackDir: tmp(), outDir: tmp() })).toThrow(new RegExp(`has no cdk.tf: it holds no synthesized stack; run \`${FLAVOUR.name} synth --hcl\``));
    const json = synthHclApp((app) => smallStack(app, 'P'), tmp(), false);
    expect(() => exportModule({ stackDir: path.join(json, 'stacks', 'small'), outDir: tmp() })).toThrow(new RegExp(`has no cdk.tf: it was synthesized as JSON \\(cdk.tf.json\\); run \`${FLAVOUR.name} synth --hcl\``));
  });
});

// Named resources of every kind the name prefix meets: a state machine whose name is generated and whose
// policies spell out its own ARN (a distributed map starts child executions of it), a role it grants to,
// a function and a log group named by the user.
function shopStack(app: App): TerraformStack {
  const stack = new TerraformStack(app, 'shop');
  new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  const fn = new LambdaFunction(stack, 'Worker', { functionName: 'worker', role: 'arn:aws:iam::123456789012:role/r', handler: 'index.handler', runtime: 'nodejs20.x', filename: 'f.zip' });
  const logs = new CloudwatchLogGroup(stack, 'Logs', { name: '/aws/vendedlogs/states/shop' });
  const each = new sfn.DistributedMap(stack, 'Each', { itemsPath: '$.items' });
  each.itemProcessor(new sfn.Pass(stack, 'Item', { parameters: { fn: fn.arn } }));
  const sm = new sfn.StateMachine(stack, 'Flow', { definitionBody: sfn.DefinitionBody.fromChainable(each), logs: { destination: logs } });
  sm.grantStartExecution(new IamRole(stack, 'Caller', { name: 'shop-caller', assumeRolePolicy: '{}' }));
  return stack;
}

describe('the name_prefix variable', () => {
  const outdir = synthHclApp((app) => shopStack(app));
  const stackDir = path.join(outdir, 'stacks', 'shop');
  const exported = exportModule({ stackDir, outDir: tmp() });
  const address = (old: string) => exported.renames.get(old)!;
  const machine = [...exported.renames.values()].find((a) => a.startsWith('aws_sfn_state_machine.'))!;
  const named = [[machine, 'name'], [address('aws_lambda_function.Worker'), 'function_name'], [address('aws_iam_role.Caller'), 'name'], [address('aws_cloudwatch_log_group.Logs'), 'name']];
  // The names of the machines this ARN text mentions (`...:stateMachine:<name>`, `...:execution:<name>/*`).
  const machinesIn = (v: unknown) => [...JSON.stringify(v).matchAll(/:(?:stateMachine|execution):([\w-]+)/g)].map((m) => m[1]);
  // The managed policies holding the grants to the caller (its role is not a state machine's).
  const grantOf = async (dir: string, inputs?: Record<string, unknown>) => {
    const instance = await evaluateModuleDir(dir, inputs);
    const [grant] = grantPolicies(instance, address('aws_iam_role.Caller'));
    return JSON.parse(instance.attributeOf(grant, 'policy') as string);
  };

  test('every name derives from it, and its default keeps the names of the stack', async () => {
    const stack = evaluateStackJson(hclJsonToTfJson(await parse('cdk.tf', fs.readFileSync(path.join(stackDir, 'cdk.tf'), 'utf8'))));
    const stackName = stack.machines[0].resource.name;
    expect(stackName).toMatch(/^shop-Flow-[0-9A-F]{8}$/);
    const main = fs.readFileSync(path.join(exported.dir, 'main.tf'), 'utf8');
    expect(main).toContain(`name     = "\${var.name_prefix}${stackName}"`);
    expect(main).toContain('function_name = "${var.name_prefix}worker"');
    expect(main).toContain('name = "/aws/vendedlogs/states/${var.name_prefix}shop"');
    const byDefault = await evaluateModuleDir(exported.dir);
    expect(named.map(([a, attr]) => byDefault.attributeOf(a!, attr!))).toEqual([stackName, 'worker', 'shop-caller', '/aws/vendedlogs/states/shop']);
    expect(machinesIn(byDefault.machines[0].policies)).toEqual([stackName, stackName, stackName]);
    expect(machinesIn(await grantOf(exported.dir))).toEqual([stackName]);
  });

  test('two instances in one configuration have distinct names, each with its own permissions', async () => {
    const root = tmp();
    fs.writeFileSync(path.join(root, 'main.tf'), ['blue', 'green'].map((color) => `module "${color}" {\n  source      = "${exported.dir}"\n  name_prefix = "${color}-"\n}\n`).join('\n'));
    const instances = await evaluateModuleInstances(root);
    expect(Object.keys(instances)).toEqual(['blue', 'green']);
    const names = Object.values(instances).flatMap((i) => named.map(([a, attr]) => i.attributeOf(a!, attr!)));
    expect(new Set(names).size).toBe(names.length);
    for (const [color, instance] of Object.entries(instances)) {
      const name = instance.attributeOf(machine, 'name') as string;
      expect(name).toMatch(new RegExp(`^${color}-shop-Flow-`));
      expect(instance.attributeOf(address('aws_cloudwatch_log_group.Logs'), 'name')).toBe(`/aws/vendedlogs/states/${color}-shop`);
      expect(machinesIn(instance.machines[0].policies)).toEqual([name, name, name]);
      expect(machinesIn(await grantOf(exported.dir, instance.variables))).toEqual([name]);
    }
  });

  test('its validation accepts a prefix that keeps every name within its limit, and refuses others', async () => {
    const variables = await parse('variables.tf', fs.readFileSync(path.join(exported.dir, 'variables.tf'), 'utf8'));
    const { validation: [check], default: byDefault } = (variables as any).variable.name_prefix[0];
    expect(byDefault).toBe('');
    const pattern = new RegExp(/regex\("((?:[^"\\]|\\.)*)"/.exec(check.condition)![1]);
    // state machine names have at most 80 characters, function and role names 64, log group names 512
    const instance = await evaluateModuleDir(exported.dir);
    const room = Math.min(...[80, 64, 64, 512].map((limit, i) => limit - (instance.attributeOf(named[i][0]!, named[i][1]!) as string).length));
    expect(room).toBe(64 - 'shop-caller'.length);
    // the state machine's role has a name_prefix: Terraform adds 26 characters to it, so it may have 38
    const role = address([...exported.renames.keys()].find((k) => k.startsWith('aws_iam_role.Flow_Role'))!);
    const rolePrefix = instance.attributeOf(role, 'name_prefix') as string;
    expect(rolePrefix).toBe(`${instance.attributeOf(machine, 'name')}-`);
    const prefixRoom = 38 - rolePrefix.length;
    expect(prefixRoom).toBeLessThan(room);
    for (const ok of ['', 'blue-', 'a_b-C9', 'x'.repeat(prefixRoom)]) expect(pattern.test(ok)).toBe(true);
    for (const bad of ['x'.repeat(prefixRoom + 1), 'blue green', 'blue.', 'ü']) expect(pattern.test(bad)).toBe(false);
    expect(check.error_message).toBe(`name_prefix must be at most ${prefixRoom} characters of letters, digits, '-' and '_' (${role} has the name_prefix ${JSON.stringify(rolePrefix)}, and its prefixes may have 38 characters).`);
  });

  test('names made of variables get it too, and so do the ARNs that spell them out', async () => {
    const out = synthHclApp((app) => {
      const stack = new TerraformStack(app, 'env');
      new AwsProvider(stack, 'aws', { region: 'us-east-1' });
      const env = new TerraformVariable(stack, 'env', { type: 'string' });
      const caller = new IamRole(stack, 'Caller', { assumeRolePolicy: '{}' });
      const machine = (id: string, name: string) => new sfn.StateMachine(stack, id, { stateMachineName: name, definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, `${id}Pass`)) });
      machine('Templated', `${env.stringValue}-flow`).grantStartExecution(caller);
      machine('Bare', env.stringValue).grantStartExecution(caller);
    });
    const { dir } = exportModule({ stackDir: path.join(out, 'stacks', 'env'), outDir: tmp() });
    const instance = await evaluateModuleDir(dir, { env: 'prod', name_prefix: 'blue-' });
    expect(instance.attributeOf('aws_sfn_state_machine.templated', 'name')).toBe('blue-prod-flow');
    expect(instance.attributeOf('aws_sfn_state_machine.bare', 'name')).toBe('blue-prod');
    const grants = grantPolicies(instance, 'aws_iam_role.caller').map((g) => JSON.parse(instance.attributeOf(g, 'policy') as string));
    expect(grants.flatMap(machinesIn).sort()).toEqual(['blue-prod', 'blue-prod-flow']);
    const variables = fs.readFileSync(path.join(dir, 'variables.tf'), 'utf8');
    expect(variables).toContain('condition     = can(regex("^[A-Za-z0-9_-]*$", var.name_prefix))');
    expect(variables).toContain(`error_message = "name_prefix must be made of letters, digits, '-' and '_'."`);
  });

  test('a module whose resources name nothing has none; a stack variable of that name is refused', () => {
    const unnamed = synthHclApp((app) => {
      const stack = new TerraformStack(app, 'plain');
      new AwsProvider(stack, 'aws', { region: 'us-east-1' });
      new IamRole(stack, 'Role', { assumeRolePolicy: '{}' });
    });
    const { dir } = exportModule({ stackDir: path.join(unnamed, 'stacks', 'plain'), outDir: tmp() });
    expect(fs.readFileSync(path.join(dir, 'variables.tf'), 'utf8')).not.toContain('name_prefix');
    const clash = synthHclApp((app) => {
      const stack = shopStack(app);
      new TerraformVariable(stack, 'namePrefix', { type: 'string' });
    });
    expect(() => exportModule({ stackDir: path.join(clash, 'stacks', 'shop'), outDir: tmp() })).toThrow(/^variable name_prefix: the exported module declares a variable of this name to prefix the names of its resources \(.*aws_sfn_state_machine.flow.*\); rename the stack's TerraformVariable$/);
  });
});

// A stack whose one state is named `pass`, so that a change shows in the definition.
function smallStack(app: App, pass: string): void {
  const stack = new TerraformStack(app, 'small');
  new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  new sfn.StateMachine(stack, 'Flow', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, pass)) });
}

describe('a cdk.tf older than the latest synthesis', () => {
  const exportedStates = async (stackDir: string) => {
    const { dir } = exportModule({ stackDir, outDir: tmp() });
    return Object.keys((await evaluateModule(dir)).machines[0].definition.States);
  };

  test('is refused after a plain `cdktf synth`, and exported once `cdktf synth --hcl` ran again', async () => {
    const outdir = synthHclApp((app) => smallStack(app, 'Before'));
    const stackDir = path.join(outdir, 'stacks', 'small');
    await expect(exportedStates(stackDir)).resolves.toEqual(['Before']);
    synthHclApp((app) => smallStack(app, 'After'), outdir, false);
    expect(() => exportModule({ stackDir, outDir: tmp() })).toThrow(new RegExp(`the latest synthesis wrote cdk.tf.json, so its cdk.tf is left from an earlier \`${FLAVOUR.name} synth --hcl\` and may be out of date; run \`${FLAVOUR.name} synth --hcl\``));
    synthHclApp((app) => smallStack(app, 'After'), outdir);
    await expect(exportedStates(stackDir)).resolves.toEqual(['After']);
  });

  test('without a manifest, is refused when cdk.tf.json is newer', () => {
    const outdir = synthHclApp((app) => smallStack(app, 'Before'));
    synthHclApp((app) => smallStack(app, 'After'), outdir, false);
    const stackDir = path.join(tmp(), 'small');
    fs.cpSync(path.join(outdir, 'stacks', 'small'), stackDir, { recursive: true });
    const touch = (file: string, seconds: number) => fs.utimesSync(path.join(stackDir, file), seconds, seconds);
    touch('cdk.tf', 1_000_000);
    touch('cdk.tf.json', 2_000_000);
    expect(() => exportModule({ stackDir, outDir: tmp() })).toThrow(/the latest synthesis wrote cdk.tf.json/);
    touch('cdk.tf', 3_000_000);
    expect(() => exportModule({ stackDir, outDir: tmp() })).not.toThrow();
  });
});

describe('cdktf-stepfunctions-module', () => {
  const outdir = synthHclApp((app) => ordersStack(app));
  let out = '';
  let err = '';
  beforeEach(() => {
    out = '';
    err = '';
    jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
    jest.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  });
  afterEach(() => jest.restoreAllMocks());

  test('exports a stack of a synthesis directory', () => {
    const target = tmp();
    expect(main(['orders', '--outdir', outdir, '--out', target, '--name', 'order-flow'])).toBe(0);
    expect(out).toContain('terraform-aws-order-flow');
    expect(fs.existsSync(path.join(target, 'terraform-aws-order-flow', 'main.tf'))).toBe(true);
  });

  test('reports bad usage and failures', () => {
    expect(main([])).toBe(2);
    expect(err).toContain(`usage: ${FLAVOUR.name}-stepfunctions-module`);
    expect(main(['orders', '--bogus', 'x'])).toBe(2);
    expect(main(['--help'])).toBe(0);
  });

  test('takes --option=value too', () => {
    const target = tmp();
    expect(main(['orders', `--outdir=${outdir}`, `--out=${target}`])).toBe(0);
    expect(fs.existsSync(path.join(target, 'terraform-aws-orders', 'main.tf'))).toBe(true);
  });

  test('an unknown stack is reported with the stacks that are there', () => {
    expect(main(['missing', '--outdir', outdir])).toBe(1);
    expect(err).toBe(`stack "missing": ${outdir} has no such stack; its stacks are orders\n`);
    err = '';
    const empty = tmp();
    expect(main(['orders', '--outdir', empty])).toBe(1);
    expect(err).toBe(`stack "orders": ${empty} holds no synthesized stack; run \`${FLAVOUR.name} synth --hcl\` first (or pass --outdir)\n`);
  });

  test('an unknown option is reported as unknown, with or without a value', () => {
    expect(main(['orders', '--outdir', outdir, '--bogus'])).toBe(2);
    expect(err.split('\n')[0]).toBe('unknown option --bogus');
    err = '';
    expect(main(['orders', '--bogus=1'])).toBe(2);
    expect(err.split('\n')[0]).toBe('unknown option --bogus');
  });

  test('a known option without a value needs one', () => {
    expect(main(['orders', '--outdir', outdir, '--out'])).toBe(2);
    expect(err.split('\n')[0]).toBe('--out needs a value');
    err = '';
    expect(main(['orders', '--out', '--outdir', outdir])).toBe(2);
    expect(err.split('\n')[0]).toBe('--out needs a value');
  });
});
