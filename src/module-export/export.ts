import * as fs from 'fs';
import * as path from 'path';
import { FRAMEWORK } from '../core/cdktf';
import { ValidationError } from '../core/errors';
import { StateMachineDiagram } from '../diagram/diagram';
import { parseBody, type HclAttribute, type HclBlock, type HclItem } from './hcl-syntax';
import { applyNamePrefix, NAME_PREFIX } from './name-prefix';
import { namesFromPaths, snakeCase } from './names';
import { renameReferences, unwrapInterpolation } from './references';
import { renderFile } from './render';
import { checkHclIsCurrent } from './synthesis';
import { moduleReadme, type ModuleInterface } from './readme';

/** Options of `exportModule`. */
export interface ExportModuleOptions {
  /** A synthesized stack directory holding `cdk.tf` (`cdktf synth --hcl`) and `metadata.json`. */
  readonly stackDir: string;
  /** Where to write the module; `terraform-aws-<name>/` is created inside it. */
  readonly outDir: string;
  /** Module name. Default: the stack name in snake-case-with-dashes. */
  readonly name?: string;
  /** Registry source shown in the README's usage block. Default: `./terraform-aws-<name>`. */
  readonly source?: string;
  /** Version shown in the README's usage block. Default: none. */
  readonly version?: string;
  /** One paragraph for the README. */
  readonly description?: string;
}

/** What `exportModule` wrote. */
export interface ExportedModule {
  /** The module directory. */
  readonly dir: string;
  /** Files written, relative to `dir`. */
  readonly files: string[];
  /** Old Terraform address -> new address. */
  readonly renames: Map<string, string>;
}

/** The AWS provider versions our output is written for (the provider-aws 21 bindings are AWS 6). */
export const AWS_PROVIDER_VERSIONS = '>= 6.0.0, < 7.0.0';
/** Terraform versions the module needs. */
export const REQUIRED_TERRAFORM = '>= 1.5.0';

const ADDRESSED = new Set(['resource', 'data', 'variable', 'output', 'module', 'locals']);
const FILE_ATTRIBUTES = new Set(['filename', 'source_file', 'source_dir', 'source_path', 'output_path', 'content_file', 'path']);

type Metadata = Record<string, any>;

/**
 * Turns a synthesized stack into a Terraform module for a registry: main.tf, variables.tf, outputs.tf,
 * versions.tf, README.md and examples/basic/main.tf, with readable, stable names, no provider, no
 * backend, no absolute path and no cdktf metadata. Files the stack uses are copied into the module and
 * referenced through `path.module`.
 */
export function exportModule(options: ExportModuleOptions): ExportedModule {
  const hclPath = path.join(options.stackDir, 'cdk.tf');
  checkHclIsCurrent(options.stackDir);
  const metadata: Metadata = JSON.parse(fs.readFileSync(path.join(options.stackDir, 'metadata.json'), 'utf8'));
  const stackName: string = metadata['//']?.metadata?.stackName ?? path.basename(options.stackDir);
  const name = options.name ?? snakeCase(stackName).replace(/_/g, '-');
  const dir = path.join(options.outDir, `terraform-aws-${name}`);
  const items = parseBody(fs.readFileSync(hclPath, 'utf8'));

  const blocks = items.filter((i): i is HclBlock => i.kind === 'block');
  checkSelfContained(blocks, metadata);
  const kept = blocks.filter((b) => ADDRESSED.has(b.type) && !(b.type === 'output' && b.labels[0].startsWith('cross-stack-output-')));
  const constructPaths = new Map(kept.map((b) => [b, pathOf(metadata, b)]));
  const renames = planRenames(kept, metadata);
  const renameMap = new Map<string, string>();
  for (const [from, to] of renames) renameMap.set(from, to);
  for (const block of kept) applyRenames(block, renameMap, renames);
  const namePrefix = applyNamePrefix(kept);

  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const block of kept) relocateFiles(block, constructPaths.get(block)!, options.stackDir, dir, files);

  const variables = [...(namePrefix ? [namePrefix] : []), ...kept.filter((b) => b.type === 'variable')];
  const outputs = [...kept.filter((b) => b.type === 'output'), ...defaultOutputs(kept)];
  const main = kept.filter((b) => b.type !== 'variable' && b.type !== 'output');
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
    files.push(file);
  };
  write('main.tf', renderFile(main));
  write('variables.tf', variables.length > 0 ? renderFile(variables) : '# This module has no input variables.\n');
  write('outputs.tf', outputs.length > 0 ? renderFile(outputs) : '# This module has no outputs.\n');
  write('versions.tf', versionsFile());
  const iface: ModuleInterface = {
    name,
    source: options.source ?? `./terraform-aws-${name}`,
    version: options.version,
    description: options.description ?? `Terraform module exported from the CDKTF stack \`${stackName}\` with ${FRAMEWORK}-stepfunctions.`,
    variables: variables.map(describeVariable),
    namePrefix: namePrefix ? NAME_PREFIX : undefined,
    outputs: outputs.map((o) => ({ name: o.labels[0], description: stringAttribute(o, 'description') ?? '' })),
    diagrams: stateMachineDiagrams(main),
  };
  write('README.md', moduleReadme(iface));
  write('examples/basic/main.tf', basicExample(iface));
  return { dir, files: files.sort(), renames: new Map([...renames].map(([k, v]) => [k, v])) };
}

function checkSelfContained(blocks: HclBlock[], metadata: Metadata): void {
  const remote = blocks.find((b) => b.type === 'data' && b.labels[0] === 'terraform_remote_state');
  if (remote) {
    const where = metadata.data?.terraform_remote_state?.[remote.labels[1]]?.['//']?.metadata?.path ?? remote.labels[1];
    throw new ValidationError(`${where}: the stack reads another stack's outputs (a cross-stack reference); a module must be self-contained: pass the value in as a TerraformVariable instead`);
  }
  const providers = blocks.filter((b) => b.type === 'provider' && b.labels[0] === 'aws');
  if (providers.length > 1) {
    const names = providers.map((p) => {
      const alias = p.body.find((i): i is HclAttribute => i.kind === 'attribute' && i.name === 'alias');
      return alias ? `aws.${JSON.parse(alias.expression)}` : 'aws (default)';
    });
    throw new ValidationError(`the stack configures ${providers.length} AWS providers (${names.join(', ')}); a module takes its providers from the caller: keep one provider and pass regions or accounts in as variables`);
  }
  const modules = blocks.filter((b) => b.type === 'module');
  for (const m of modules) {
    const source = m.body.find((i): i is HclAttribute => i.kind === 'attribute' && i.name === 'source');
    if (source && /^"(\/|\.\.\/)/.test(source.expression)) {
      throw new ValidationError(`module ${m.labels[0]}: its source ${source.expression} is a path outside the stack; publish it and use a registry source`);
    }
  }
}

function pathOf(metadata: Metadata, block: HclBlock): string {
  const [a, b] = block.labels;
  const entry = block.type === 'resource' ? metadata.resource?.[a]?.[b] : block.type === 'data' ? metadata.data?.[a]?.[b] : undefined;
  return entry?.['//']?.metadata?.path ?? `stack/${b ?? a}`;
}

// Old address -> new name, per namespace (each resource type, data type, var, output, module, local).
function planRenames(blocks: HclBlock[], metadata: Metadata): Map<string, string> {
  const groups = new Map<string, Map<string, string>>();
  const add = (namespace: string, key: string, p: string) => {
    if (!groups.has(namespace)) groups.set(namespace, new Map());
    groups.get(namespace)!.set(key, p);
  };
  for (const b of blocks) {
    if (b.type === 'resource') add(b.labels[0], `${b.labels[0]}.${b.labels[1]}`, pathOf(metadata, b));
    else if (b.type === 'data') add(`data.${b.labels[0]}`, `data.${b.labels[0]}.${b.labels[1]}`, pathOf(metadata, b));
    else if (b.type === 'variable') add('var', `var.${b.labels[0]}`, `stack/${b.labels[0]}`);
    else if (b.type === 'output') add('output', `output.${b.labels[0]}`, `stack/${b.labels[0]}`);
    else if (b.type === 'module') add('module', `module.${b.labels[0]}`, `stack/${b.labels[0]}`);
  }
  const renames = new Map<string, string>();
  for (const [namespace, paths] of groups) {
    for (const [key, name] of namesFromPaths(paths)) {
      const prefix = namespace === 'output' ? 'output' : namespace;
      renames.set(key, `${prefix}.${name}`);
    }
  }
  return renames;
}

function applyRenames(block: HclBlock, references: Map<string, string>, renames: Map<string, string>): void {
  const key = block.type === 'resource' ? `${block.labels[0]}.${block.labels[1]}`
    : block.type === 'data' ? `data.${block.labels[0]}.${block.labels[1]}`
      : block.type === 'variable' ? `var.${block.labels[0]}`
        : block.type === 'output' ? `output.${block.labels[0]}`
          : block.type === 'module' ? `module.${block.labels[0]}` : undefined;
  const renamed = key ? renames.get(key) : undefined;
  if (renamed) block.labels[block.labels.length - 1] = renamed.split('.').pop()!;
  const visit = (items: HclItem[]) => {
    for (const item of items) {
      if (item.kind === 'block') {
        visit(item.body);
        continue;
      }
      let expression = renameReferences(item.expression, references);
      if (item.name === 'depends_on') {
        expression = expression.replace(/"([^"$]+)"/g, (_m, address: string) => references.get(address) ?? address);
      }
      item.expression = unwrapInterpolation(expression) ?? expression;
    }
  };
  visit(block.body);
}

function relocateFiles(block: HclBlock, constructPath: string, stackDir: string, moduleDir: string, files: string[]): void {
  const visit = (items: HclItem[]) => {
    for (const item of items) {
      if (item.kind === 'block') {
        visit(item.body);
        continue;
      }
      const literal = /^"([^"$%\\]*)"$/.exec(item.expression)?.[1];
      if (literal === undefined) continue;
      if (literal.startsWith('assets/')) {
        const from = path.join(stackDir, literal);
        fs.cpSync(from, path.join(moduleDir, literal), { recursive: true });
        files.push(literal);
        item.expression = `"\${path.module}/${literal}"`;
      } else if (FILE_ATTRIBUTES.has(item.name) && (path.isAbsolute(literal) || literal.startsWith('../'))) {
        throw new ValidationError(`${constructPath}: '${item.name}' points at ${literal}, a file outside the stack's assets; wrap it in a TerraformAsset so it is copied into the module`);
      }
    }
  };
  visit(block.body);
}

function stringAttribute(block: HclBlock, name: string): string | undefined {
  const attr = block.body.find((i): i is HclAttribute => i.kind === 'attribute' && i.name === name);
  if (!attr) return undefined;
  try {
    return JSON.parse(attr.expression);
  } catch {
    return attr.expression;
  }
}

function describeVariable(v: HclBlock): ModuleInterface['variables'][number] {
  const attr = (n: string) => v.body.find((i): i is HclAttribute => i.kind === 'attribute' && i.name === n)?.expression;
  return {
    name: v.labels[0],
    description: stringAttribute(v, 'description') ?? '',
    type: attr('type') ?? 'any',
    default: attr('default'),
    sensitive: attr('sensitive') === 'true',
  };
}

function attribute(name: string, expression: string): HclAttribute {
  return { kind: 'attribute', name, expression };
}

// Each state machine's ARN and name and its role's ARN, unless the stack already outputs them.
function defaultOutputs(blocks: HclBlock[]): HclBlock[] {
  const taken = new Set(blocks.filter((b) => b.type === 'output').map((b) => b.labels[0]));
  const out: HclBlock[] = [];
  for (const sm of blocks.filter((b) => b.type === 'resource' && b.labels[0] === 'aws_sfn_state_machine')) {
    const id = sm.labels[1];
    const address = `aws_sfn_state_machine.${id}`;
    const role = sm.body.find((i): i is HclAttribute => i.kind === 'attribute' && i.name === 'role_arn')?.expression;
    const candidates: Array<[string, string, string]> = [
      [`${id}_arn`, `${address}.arn`, `ARN of the state machine ${id}`],
      [`${id}_name`, `${address}.name`, `Name of the state machine ${id}`],
    ];
    if (role) candidates.push([`${id}_role_arn`, role, `ARN of the execution role of the state machine ${id}`]);
    for (const [name, value, description] of candidates) {
      if (taken.has(name)) continue;
      out.push({ kind: 'block', type: 'output', labels: [name], body: [attribute('description', JSON.stringify(description)), attribute('value', value)] });
    }
  }
  return out;
}

// The Mermaid flowchart of every state machine of the module, for its README.
function stateMachineDiagrams(blocks: HclBlock[]): Array<{ name: string; mermaid: string }> {
  return blocks.filter((b) => b.type === 'resource' && b.labels[0] === 'aws_sfn_state_machine').flatMap((sm) => {
    const definition = sm.body.find((i): i is HclAttribute => i.kind === 'attribute' && i.name === 'definition');
    return definition ? [{ name: sm.labels[1], mermaid: StateMachineDiagram.fromDefinitionString(definition.expression, sm.labels[1]).toMermaid() }] : [];
  });
}

function versionsFile(): string {
  return renderFile([{
    kind: 'block', type: 'terraform', labels: [], body: [
      attribute('required_version', JSON.stringify(REQUIRED_TERRAFORM)),
      { kind: 'block', type: 'required_providers', labels: [], body: [attribute('aws', `{ source = "hashicorp/aws", version = ${JSON.stringify(AWS_PROVIDER_VERSIONS)} }`)] },
    ],
  }]);
}

function basicExample(iface: ModuleInterface): string {
  const required = iface.variables.filter((v) => v.default === undefined);
  const body: HclItem[] = [attribute('source', '"../.."'), ...required.map((v) => attribute(v.name, exampleValue(v.type)))];
  const outputs: HclBlock[] = iface.outputs.map((o) => ({ kind: 'block', type: 'output', labels: [o.name], body: [attribute('value', `module.${snakeCase(iface.name)}.${o.name}`)] }));
  return renderFile([
    { kind: 'block', type: 'provider', labels: ['aws'], body: [attribute('region', '"us-east-1"')] },
    { kind: 'block', type: 'module', labels: [snakeCase(iface.name)], body },
    ...outputs,
  ]);
}

/** A placeholder value of a Terraform type, for examples. */
export function exampleValue(type: string): string {
  if (type === 'number') return '1';
  if (type === 'bool') return 'true';
  if (type.startsWith('list') || type.startsWith('set') || type.startsWith('tuple')) return '[]';
  if (type.startsWith('map') || type.startsWith('object')) return '{}';
  return '"example"';
}
