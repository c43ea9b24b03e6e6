// The state machines of a synthesis directory (cdktf.out): each stack's aws_sfn_state_machine resources
// with the definition as synthesized, read from cdk.tf.json or, after `cdktf synth --hcl`, from cdk.tf.
import * as fs from 'fs';
import * as path from 'path';
import { FRAMEWORK } from '../core/cdktf';
import { ValidationError } from '../core/errors';
import { parseBody, type HclAttribute, type HclBlock } from '../module-export/hcl-syntax';

/** One synthesized state machine. */
export interface SynthesizedStateMachine {
  readonly stack: string;
  /** The construct's id (its path without the stack and `Resource`), or the Terraform name. */
  readonly name: string;
  /** The `definition` attribute as written. */
  readonly definition: string;
}

// `orders/Orders/Resource` -> `Orders`; the Terraform name when there is no path.
function machineName(id: string, entry: Record<string, any> | undefined): string {
  const constructPath: unknown = entry?.['//']?.metadata?.path;
  if (typeof constructPath !== 'string') return id;
  return constructPath.split('/').slice(1).filter((p) => p !== 'Resource').join('-') || id;
}

function fromJson(stack: string, file: string): SynthesizedStateMachine[] {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  return Object.entries<Record<string, any>>(json.resource?.aws_sfn_state_machine ?? {})
    .map(([id, resource]) => ({ stack, name: machineName(id, resource), definition: String(resource.definition) }));
}

// cdk.tf carries no metadata; cdktf writes it beside, into metadata.json.
function fromHcl(stack: string, file: string): SynthesizedStateMachine[] {
  const metadataFile = path.join(path.dirname(file), 'metadata.json');
  const metadata = fs.existsSync(metadataFile) ? JSON.parse(fs.readFileSync(metadataFile, 'utf8')) : {};
  return parseBody(fs.readFileSync(file, 'utf8'))
    .filter((b): b is HclBlock => b.kind === 'block' && b.type === 'resource' && b.labels[0] === 'aws_sfn_state_machine')
    .map((b) => {
      const definition = b.body.find((i): i is HclAttribute => i.kind === 'attribute' && i.name === 'definition');
      return { stack, name: machineName(b.labels[1], metadata.resource?.aws_sfn_state_machine?.[b.labels[1]]), definition: definition?.expression ?? '' };
    });
}

/** Every state machine synthesized into `outdir`, stack by stack. */
export function synthesizedStateMachines(outdir: string): SynthesizedStateMachine[] {
  const stacksDir = path.join(outdir, 'stacks');
  if (!fs.existsSync(stacksDir)) throw new ValidationError(`${outdir} holds no synthesized stack (no stacks/ directory); run \`${FRAMEWORK} synth\` first`);
  return fs.readdirSync(stacksDir).sort().flatMap((stack) => {
    const dir = path.join(stacksDir, stack);
    const json = path.join(dir, 'cdk.tf.json');
    const hcl = path.join(dir, 'cdk.tf');
    // the file the latest synthesis wrote (both may be there; see module-export/synthesis.ts)
    const useJson = fs.existsSync(json) && (!fs.existsSync(hcl) || fs.statSync(json).mtimeMs >= fs.statSync(hcl).mtimeMs);
    if (useJson) return fromJson(stack, json);
    return fs.existsSync(hcl) ? fromHcl(stack, hcl) : [];
  });
}
