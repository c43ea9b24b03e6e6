// Reads Terraform modules as Terraform instantiates them, without a terraform binary: a module's
// variables take the arguments of the `module` block, else their defaults, and its resources are
// evaluated with them bound (see hcl-eval.ts), one set per instance.
import * as fs from 'fs';
import * as path from 'path';
import { parse } from '@cdktf/hcl2json';
import { evaluateTemplate } from './hcl-eval';
import { evaluateStackJson, type Synthesized } from './synth';

/** One instance of a module, evaluated. */
export interface ModuleInstance extends Synthesized {
  /** The values its variables took. */
  readonly variables: Record<string, unknown>;
  /** Every resource's attribute `attribute`, evaluated, by address (`aws_sfn_state_machine.x`). */
  attributeOf(address: string, attribute: string): unknown;
}

async function readDirectory(dir: string): Promise<any> {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.tf')).sort()) {
    const json: Record<string, Record<string, unknown>> = await parse(file, fs.readFileSync(path.join(dir, file), 'utf8'));
    for (const [kind, byName] of Object.entries(json)) merged[kind] = { ...merged[kind], ...byName };
  }
  return merged;
}

/**
 * Evaluates the module in `dir` with `inputs` for its variables, the others at their defaults (or, with
 * `defaults: false`, left as placeholders `${var.x}`).
 */
export async function evaluateModuleDir(dir: string, inputs: Record<string, unknown> = {}, options: { defaults?: boolean } = {}): Promise<ModuleInstance> {
  const config = await readDirectory(dir);
  const variables: Record<string, unknown> = {};
  for (const [name, blocks] of Object.entries<any>(config.variable ?? {})) {
    if (name in inputs) variables[name] = inputs[name];
    else if (options.defaults !== false && 'default' in blocks[0]) variables[name] = blocks[0].default;
  }
  const resource: Record<string, Record<string, any>> = {};
  for (const [type, byName] of Object.entries<any>(config.resource ?? {})) {
    resource[type] = Object.fromEntries(Object.entries<any>(byName).map(([name, blocks]) => [name, blocks[0]]));
  }
  const evaluated = evaluateStackJson({ resource }, variables);
  return {
    ...evaluated,
    variables,
    attributeOf: (address, attribute) => {
      const [type, name] = address.split('.');
      const value = resource[type]?.[name]?.[attribute];
      if (value === undefined) throw new Error(`${address} has no attribute ${attribute}`);
      return typeof value === 'string' ? evaluateTemplate(value, variables) : value;
    },
  };
}

/**
 * Evaluates every `module` block of the root configuration in `rootDir`, by module name. Arguments are
 * evaluated in the root (literals, and templates of them).
 */
export async function evaluateModuleInstances(rootDir: string): Promise<Record<string, ModuleInstance>> {
  const root = await readDirectory(rootDir);
  const out: Record<string, ModuleInstance> = {};
  for (const [name, blocks] of Object.entries<any>(root.module ?? {})) {
    const { source, ...args } = blocks[0];
    const inputs = Object.fromEntries(Object.entries(args).map(([k, v]) => [k, typeof v === 'string' ? evaluateTemplate(v) : v]));
    out[name] = await evaluateModuleDir(path.resolve(rootDir, source), inputs);
  }
  return out;
}
