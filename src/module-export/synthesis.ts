// Finds a stack in a cdktf synthesis directory and checks that its cdk.tf is what the latest synthesis
// wrote. `cdktf synth` and `cdktf synth --hcl` write into the same stack directory and neither removes
// the other's file, so after an edit and a plain `cdktf synth` the directory still holds the HCL of an
// earlier synthesis, and its metadata.json too. cdktf's manifest.json is rewritten by every synthesis and
// names the file it wrote for each stack: that is what we go by.
import * as fs from 'fs';
import * as path from 'path';
import { FRAMEWORK } from '../core/cdktf';
import { ValidationError } from '../core/errors';

const SYNTH_HCL = `${FRAMEWORK} synth --hcl`;

interface StackEntry {
  readonly name: string;
  readonly synthesizedStackPath: string;
  readonly workingDirectory: string;
}

function readManifest(outdir: string): StackEntry[] | undefined {
  const file = path.join(outdir, 'manifest.json');
  if (!fs.existsSync(file)) return undefined;
  let manifest: { stacks?: Record<string, Partial<StackEntry>> };
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ValidationError(`${file} is not ${FRAMEWORK}'s manifest (${(e as Error).message}); synthesize again with \`${SYNTH_HCL}\``);
  }
  return Object.entries(manifest.stacks ?? {}).map(([name, s]) => ({
    name: s.name ?? name,
    synthesizedStackPath: s.synthesizedStackPath ?? '',
    workingDirectory: s.workingDirectory ?? path.join('stacks', name),
  }));
}

/**
 * The directory of stack `stack` in the synthesis directory `outdir` (cdktf.out). An unknown stack is
 * refused with the names of the stacks that are there.
 */
export function stackDirectory(outdir: string, stack: string): string {
  const stacks = readManifest(outdir);
  const names = stacks?.map((s) => s.name)
    ?? (fs.existsSync(path.join(outdir, 'stacks')) ? fs.readdirSync(path.join(outdir, 'stacks')).sort() : []);
  const entry = stacks?.find((s) => s.name === stack);
  if (entry) return path.join(outdir, entry.workingDirectory);
  if (!stacks && names.includes(stack)) return path.join(outdir, 'stacks', stack);
  if (names.length === 0) {
    throw new ValidationError(`stack ${JSON.stringify(stack)}: ${outdir} holds no synthesized stack; run \`${SYNTH_HCL}\` first (or pass --outdir)`);
  }
  throw new ValidationError(`stack ${JSON.stringify(stack)}: ${outdir} has no such stack; its stacks are ${names.join(', ')}`);
}

/**
 * Refuses a stack directory whose cdk.tf is missing or older than the latest synthesis: the manifest of
 * the synthesis directory around it says which file that synthesis wrote; without a manifest, a
 * cdk.tf.json newer than cdk.tf means the same.
 */
export function checkHclIsCurrent(stackDir: string): void {
  const hcl = path.join(stackDir, 'cdk.tf');
  const json = path.join(stackDir, 'cdk.tf.json');
  const outdir = path.resolve(stackDir, '..', '..');
  const entry = readManifest(outdir)?.find((s) => path.resolve(outdir, s.workingDirectory) === path.resolve(stackDir));
  const latestIsJson = entry
    ? entry.synthesizedStackPath.endsWith('.tf.json')
    : fs.existsSync(json) && fs.existsSync(hcl) && fs.statSync(json).mtimeMs > fs.statSync(hcl).mtimeMs;
  if (!fs.existsSync(hcl)) {
    const why = fs.existsSync(json) ? 'it was synthesized as JSON (cdk.tf.json)' : 'it holds no synthesized stack';
    throw new ValidationError(`${stackDir} has no cdk.tf: ${why}; run \`${SYNTH_HCL}\` and export again`);
  }
  if (latestIsJson) {
    throw new ValidationError(`${stackDir}: the latest synthesis wrote cdk.tf.json, so its cdk.tf is left from an earlier \`${SYNTH_HCL}\` and may be out of date; run \`${SYNTH_HCL}\` and export again`);
  }
}
