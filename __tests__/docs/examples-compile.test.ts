// The `@example` of a class is what Construct Hub and editor hovers show a user. This test reads every
// example in src/ as the TypeScript compiler reads JSDoc (what the hover shows), writes each as a module
// of its own in which 'cdktf-stepfunctions' is the package's source, and type-checks them all in one
// program. Then it runs each, with a stand-in for every `declare const`, and synthesizes the stack, so
// that the checks made in constructors and at synthesis pass too. It also checks that every public
// construct (each state, each task) and the value classes a workflow is written with carry an example,
// so a new task without one fails here.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiGatewayRestApi } from '@cdktf/provider-aws/lib/api-gateway-rest-api';
import { Apigatewayv2Api } from '@cdktf/provider-aws/lib/apigatewayv2-api';
import { BedrockGuardrail } from '@cdktf/provider-aws/lib/bedrock-guardrail';
import { CloudwatchEventBus } from '@cdktf/provider-aws/lib/cloudwatch-event-bus';
import { CloudwatchEventConnection } from '@cdktf/provider-aws/lib/cloudwatch-event-connection';
import { CodebuildProject } from '@cdktf/provider-aws/lib/codebuild-project';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { DataAwsBedrockFoundationModel } from '@cdktf/provider-aws/lib/data-aws-bedrock-foundation-model';
import { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table';
import { EcsCluster } from '@cdktf/provider-aws/lib/ecs-cluster';
import { EcsTaskDefinition } from '@cdktf/provider-aws/lib/ecs-task-definition';
import { EcrRepository } from '@cdktf/provider-aws/lib/ecr-repository';
import { EksCluster } from '@cdktf/provider-aws/lib/eks-cluster';
import { EmrcontainersVirtualCluster } from '@cdktf/provider-aws/lib/emrcontainers-virtual-cluster';
import { IamOpenidConnectProvider } from '@cdktf/provider-aws/lib/iam-openid-connect-provider';
import { GlueCrawler } from '@cdktf/provider-aws/lib/glue-crawler';
import { GlueJob } from '@cdktf/provider-aws/lib/glue-job';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { SfnActivity } from '@cdktf/provider-aws/lib/sfn-activity';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import type { TerraformStack } from 'cdktf';
import * as ts from 'typescript';
import * as pkg from '../../src';
import { sfn } from '../../src';
import { newStack, synth } from '../util/synth';

const ROOT = path.join(__dirname, '..', '..');
const SRC = path.join(ROOT, 'src');

// Classes that are no constructs but are how a workflow is written: they need an example too.
const VALUE_CLASSES = ['sfn.Chain', 'sfn.JsonPath', 'sfn.TaskInput', 'sfn.Condition', 'sfn.Timeout', 'sfn.WaitTime', 'sfn.DefinitionBody'];
// Exported constructs a user extends or meets in types but never creates: no example needed.
const BASE_CLASSES = ['sfn.State', 'sfn.TaskStateBase', 'sfn.MapBase'];
// The working directory an example runs in, with the files it reads (`DefinitionBody.fromFile`).
const FIXTURES = path.join(__dirname, 'fixtures');

// What a `declare const x: T` of an example stands for when it runs, by the type written.
const STAND_INS: Record<string, (stack: TerraformStack, id: string) => unknown> = {
  'Construct': (stack) => stack,
  'LambdaFunction': (s, id) => new LambdaFunction(s, id, { functionName: id, role: 'arn:aws:iam::123456789012:role/lambda' }),
  'IamRole': (s, id) => new IamRole(s, id, { assumeRolePolicy: '{}' }),
  'SnsTopic': (s, id) => new SnsTopic(s, id, {}),
  'SqsQueue': (s, id) => new SqsQueue(s, id, {}),
  'EksCluster': (s, id) => new EksCluster(s, id, { name: id, roleArn: 'arn:aws:iam::123456789012:role/eks', vpcConfig: { subnetIds: ['subnet-1'] } }),
  'DynamodbTable': (s, id) => new DynamodbTable(s, id, { name: id, hashKey: 'id', attribute: [{ name: 'id', type: 'S' }] }),
  'S3Bucket': (s, id) => new S3Bucket(s, id, {}),
  'SfnActivity': (s, id) => new SfnActivity(s, id, { name: id }),
  'DataAwsPartition': (s, id) => new DataAwsPartition(s, id),
  'ApiGatewayRestApi': (s, id) => new ApiGatewayRestApi(s, id, { name: id }),
  'Apigatewayv2Api': (s, id) => new Apigatewayv2Api(s, id, { name: id, protocolType: 'HTTP' }),
  'CloudwatchEventBus': (s, id) => new CloudwatchEventBus(s, id, { name: id }),
  'CloudwatchEventConnection': (s, id) => new CloudwatchEventConnection(s, id, {
    name: id, authorizationType: 'API_KEY', authParameters: { apiKey: { key: 'x-api-key', value: 'secret' } },
  }),
  'EcsCluster': (s, id) => new EcsCluster(s, id, { name: id }),
  'EcsTaskDefinition': (s, id) => new EcsTaskDefinition(s, id, {
    family: id, networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu: '256', memory: '512',
    containerDefinitions: JSON.stringify([{ name: 'worker', image: 'worker:1' }]),
  }),
  'Subnet[]': (s, id) => [new Subnet(s, id, { vpcId: 'vpc-1', cidrBlock: '10.0.0.0/24' })],
  'EmrcontainersVirtualCluster': (s, id) => new EmrcontainersVirtualCluster(s, id, {
    name: id, containerProvider: { id: 'prod', type: 'EKS', info: { eksInfo: { namespace: 'spark' } } },
  }),
  'IamOpenidConnectProvider': (s, id) => new IamOpenidConnectProvider(s, id, { url: 'https://oidc.eks.us-east-1.amazonaws.com/id/ABC', clientIdList: ['sts.amazonaws.com'] }),
  'KmsKey': (s, id) => new KmsKey(s, id, {}),
  'GlueJob': (s, id) => new GlueJob(s, id, { name: id, roleArn: 'arn:aws:iam::123456789012:role/glue', command: { scriptLocation: 's3://scripts/etl.py' } }),
  'GlueCrawler': (s, id) => new GlueCrawler(s, id, { name: id, databaseName: 'db', role: 'arn:aws:iam::123456789012:role/glue', s3Target: [{ path: 's3://landing/' }] }),
  'CodebuildProject': (s, id) => new CodebuildProject(s, id, {
    name: id, serviceRole: 'arn:aws:iam::123456789012:role/codebuild', artifacts: { type: 'NO_ARTIFACTS' },
    environment: { computeType: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0', type: 'LINUX_CONTAINER' },
    source: { type: 'NO_SOURCE', buildspec: 'version: 0.2' },
  }),
  'DataAwsBedrockFoundationModel': (s, id) => new DataAwsBedrockFoundationModel(s, id, { modelId: 'amazon.titan-text-express-v1' }),
  'BedrockGuardrail': (s, id) => new BedrockGuardrail(s, id, { name: id, blockedInputMessaging: 'blocked', blockedOutputsMessaging: 'blocked' }),
  'sfn.StateMachine': (s, id) => new sfn.StateMachine(s, id, { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(s, `${id} start`)) }),
  'sfn.Choice': (s, id) => new sfn.Choice(s, id),
  'sfn.State': (s, id) => new sfn.Pass(s, id),
  // SageMaker
  'Subnet': (s, id) => new Subnet(s, id, { vpcId: 'vpc-1', cidrBlock: '10.0.0.0/24' }),
  'EcrRepository': (s, id) => new EcrRepository(s, id, { name: id.toLowerCase() }),
};

interface Example {
  /** Path of the source file, relative to the repository. */
  readonly file: string;
  /** The declaration the example documents (`LambdaInvoke`, `StateMachine.grant`). */
  readonly owner: string;
  /** Line of the source file the example's first line is on (1-based). */
  readonly line: number;
  readonly code: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

function declarationName(node: ts.Node): string | undefined {
  const named = node as ts.Node & { name?: ts.Node };
  if (ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isFunctionDeclaration(node) || ts.isEnumDeclaration(node)
    || ts.isMethodDeclaration(node) || ts.isPropertyDeclaration(node) || ts.isGetAccessorDeclaration(node)
    || ts.isPropertySignature(node) || ts.isMethodSignature(node) || ts.isModuleDeclaration(node)) {
    return named.name && (ts.isIdentifier(named.name) || ts.isStringLiteral(named.name)) ? named.name.text : undefined;
  }
  return undefined;
}

function extractExamples(file: string): Example[] {
  const text = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Example[] = [];
  const visit = (node: ts.Node, outer: string[]) => {
    const name = declarationName(node);
    const owner = name === undefined ? outer : [...outer, name];
    if (name !== undefined) {
      for (const tag of ts.getJSDocTags(node)) {
        if (tag.tagName.text !== 'example' || tag.parent.parent !== node) continue;
        out.push({
          file: path.relative(ROOT, file),
          owner: owner.join('.'),
          line: sf.getLineAndCharacterOfPosition(tag.getStart(sf)).line + 2,
          code: ts.getTextOfJSDocComment(tag.comment) ?? '',
        });
      }
    }
    ts.forEachChild(node, (child) => visit(child, owner));
  };
  visit(sf, []);
  return out;
}

const examples = sourceFiles(SRC).flatMap(extractExamples);

// One module per example in a temporary directory, with a tsconfig that can be run by hand
// (`npx tsc -p <dir>`) to look at a failure.
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-doc-examples-'));
const exampleFiles = new Map<string, Example>();
examples.forEach((ex, i) => {
  const name = `${String(i).padStart(3, '0')}-${ex.owner.replace(/[^A-Za-z0-9]+/g, '-')}.ts`;
  const file = path.join(outDir, name);
  // an example without imports would be a script, whose `declare const` would collide with the others'
  const isModule = /^\s*(import|export)\b/m.test(ex.code);
  fs.writeFileSync(file, `${ex.code}\n${isModule ? '' : 'export {};\n'}`);
  exampleFiles.set(path.resolve(file), ex);
});
const compilerOptions = {
  strict: true,
  noImplicitAny: true,
  noImplicitReturns: true,
  target: 'es2022',
  lib: ['es2022'],
  module: 'commonjs',
  moduleResolution: 'node10',
  skipLibCheck: true,
  noEmit: true,
  // no Node.js types, as jsii-rosetta compiles the examples
  types: [],
  paths: {
    'cdktf-stepfunctions': [path.join(SRC, 'index.ts')],
    '*': [path.join(ROOT, 'node_modules', '*')],
  },
};
fs.writeFileSync(path.join(outDir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.ts'] }, undefined, 2));
const parsed = ts.parseJsonConfigFileContent({ compilerOptions }, ts.sys, outDir);
const program = ts.createProgram([...exampleFiles.keys(), path.join(SRC, 'index.ts')], parsed.options);
const checker = program.getTypeChecker();

function describeDiagnostic(d: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  const ex = d.file && exampleFiles.get(path.resolve(d.file.fileName));
  if (!d.file || !ex || d.start === undefined) return `${d.file?.fileName ?? 'options'}: ${message}`;
  const { line } = d.file.getLineAndCharacterOfPosition(d.start);
  const codeLine = d.file.text.split('\n')[line].trim();
  return `${ex.file}:${ex.line + line} (@example of ${ex.owner}): ${message}\n    ${codeLine}`;
}

// `sfn.StateMachine`, `tasks.LambdaInvoke`, ... for every class the package's root exports.
function exportedClasses(): Map<string, ts.ClassDeclaration> {
  const index = program.getSourceFile(path.join(SRC, 'index.ts'));
  const moduleSymbol = index && checker.getSymbolAtLocation(index);
  if (!moduleSymbol) throw new Error('src/index.ts is not in the program');
  const out = new Map<string, ts.ClassDeclaration>();
  for (const ns of checker.getExportsOfModule(moduleSymbol)) {
    const target = ns.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(ns) : ns;
    if (!(target.flags & ts.SymbolFlags.ValueModule)) continue;
    for (const member of checker.getExportsOfModule(target)) {
      const resolved = member.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(member) : member;
      const decl = resolved.declarations?.find(ts.isClassDeclaration);
      if (decl) out.set(`${ns.name}.${member.name}`, decl);
    }
  }
  return out;
}

function extendsConstruct(decl: ts.ClassDeclaration): boolean {
  const seen = new Set<ts.Type>();
  const walk = (type: ts.Type): boolean => {
    if (seen.has(type)) return false;
    seen.add(type);
    const symbol = type.getSymbol();
    const declFile = symbol?.declarations?.[0]?.getSourceFile().fileName ?? '';
    if (symbol?.name === 'Construct' && declFile.includes(`${path.sep}constructs${path.sep}`)) return true;
    return (checker.getBaseTypes(type as ts.InterfaceType) ?? []).some(walk);
  };
  const type = checker.getTypeAtLocation(decl);
  return (checker.getBaseTypes(type as ts.InterfaceType) ?? []).some(walk);
}

// Runs an example: its imports of the package get the source, its `declare const`s get stand-ins.
function runExample(ex: Example): TerraformStack {
  const stack = newStack('example');
  const sf = ts.createSourceFile('example.ts', ex.code, ts.ScriptTarget.Latest, true);
  const declared = sf.statements.filter(ts.isVariableStatement)
    .filter((st) => st.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword))
    .flatMap((st) => [...st.declarationList.declarations]);
  const names = declared.map((d) => d.name.getText(sf));
  const values = declared.map((d) => {
    const type = d.type?.getText(sf) ?? '';
    const standIn = STAND_INS[type];
    if (!standIn) throw new Error(`${ex.file}:${ex.line} (${ex.owner}): no stand-in for 'declare const ${d.name.getText(sf)}: ${type}'; add one to STAND_INS`);
    return standIn(stack, d.name.getText(sf));
  });
  const js = ts.transpileModule(ex.code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = (id: string) => (id === 'cdktf-stepfunctions' ? pkg : require(id));
  // what the stand-ins built for themselves (the first state of a stand-in StateMachine) stays out
  const standInParts = new Set(stack.node.findAll().filter((c) => !values.includes(c)));
  const machinesBefore = stack.node.findAll().filter((c) => c instanceof sfn.StateMachine).length;
  const cwd = process.cwd();
  process.chdir(FIXTURES);
  try {
    new Function('exports', 'require', ...names, js)({}, load, ...values);
  } finally {
    process.chdir(cwd);
  }
  if (stack.node.findAll().filter((c) => c instanceof sfn.StateMachine).length === machinesBefore) {
    addMachine(stack, stack.node.findAll().filter((c) => sfn.State.isState(c) && !standInParts.has(c)) as pkg.sfn.State[]);
  }
  return stack;
}

// An example that builds states but no state machine gets one, so that its states are bound, rendered
// and checked as in a deployment: the states no other state leads to, as the branches of a Parallel.
function addMachine(stack: TerraformStack, states: pkg.sfn.State[]): void {
  const inner = new Set<sfn.State>();
  for (const state of states) {
    for (const next of sfn.State.findReachableStates(state)) if (next !== state) inner.add(next);
    // the states of a Parallel's branches and of a Map's item processor
    const nested: pkg.sfn.IChainable[] = [...((state as any).branches ?? []), ...((state as any)._processor ? [(state as any)._processor] : [])];
    for (const n of nested) for (const s of sfn.State.findReachableStates(n.startState)) inner.add(s);
  }
  const roots = states.filter((s) => !inner.has(s));
  const definition = roots.length === 1 ? roots[0] : new sfn.Parallel(stack, 'Example roots').branch(...roots);
  new sfn.StateMachine(stack, 'Example machine', { definitionBody: sfn.DefinitionBody.fromChainable(definition) });
}

describe('@example blocks in the JSDoc of src/', () => {
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  test('type-check against the package source, all in one program', () => {
    expect(examples.length).toBeGreaterThan(0);
    const diagnostics = [
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...[...exampleFiles.keys()].flatMap((f) => {
        const sf = program.getSourceFile(f)!;
        return [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
      }),
    ];
    expect(diagnostics.map(describeDiagnostic)).toEqual([]);
  });

  test.each(examples.map((ex) => [`${ex.file} (${ex.owner})`, ex] as const))('%s runs and synthesizes', (_name, ex) => {
    const { machines } = synth(runExample(ex));
    expect(machines.length).toBeGreaterThan(0);
  });

  // one `declare const` per line: jsii-rosetta joins the names of one statement into one Python comment
  test('each is written as a user writes it: importing from cdktf-stepfunctions, no deep import, one declare a line', () => {
    const wrong = examples
      .filter((ex) => !/from 'cdktf-stepfunctions'/.test(ex.code) || /from '(\.|cdktf-stepfunctions\/)/.test(ex.code)
        || /^declare const \w+: [\w.]+,/m.test(ex.code))
      .map((ex) => `${ex.file}:${ex.line} (${ex.owner})`);
    expect(wrong).toEqual([]);
  });

  test('every public construct and the value classes of a workflow have one', () => {
    const classes = exportedClasses();
    const documented = new Set(examples.map((ex) => `${ex.file}#${ex.owner}`));
    const hasExample = (decl: ts.ClassDeclaration) =>
      documented.has(`${path.relative(ROOT, decl.getSourceFile().fileName)}#${decl.name?.text}`);
    const constructs = [...classes].filter(([name, decl]) => !BASE_CLASSES.includes(name) && extendsConstruct(decl)).map(([name]) => name);
    // the walk finds the constructs it should (so that it cannot pass by finding none)
    expect(constructs).toEqual(expect.arrayContaining(['sfn.StateMachine', 'sfn.Activity', 'sfn.Pass', 'sfn.StateMachineFragment', 'tasks.LambdaInvoke']));
    for (const name of [...VALUE_CLASSES, ...BASE_CLASSES]) expect(classes.has(name)).toBe(true);
    const missing = [...constructs, ...VALUE_CLASSES].filter((name) => !hasExample(classes.get(name)!));
    expect(missing).toEqual([]);
  });
});
