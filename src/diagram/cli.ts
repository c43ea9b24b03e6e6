// `cdktf-stepfunctions diagram [cdktf.out] [--out <dir>] [--format mermaid|svg|all]`: a Mermaid file
// and/or an SVG file for every state machine of a synthesized app.
import * as fs from 'fs';
import * as path from 'path';
import { FRAMEWORK } from '../core/cdktf';
import { StateMachineDiagram } from './diagram';
import { synthesizedStateMachines } from './synthesized';

const USAGE = `usage: ${FRAMEWORK}-stepfunctions diagram [cdktf.out] [options]

Writes a diagram of every state machine of a synthesized app: <out>/<stack>/<machine>.mmd (Mermaid)
and <out>/<stack>/<machine>.svg.

options (--option value, or --option=value):
  --out <dir>       where to write the diagrams (default: diagrams)
  --format <f>      mermaid, svg or all (default: all)
`;

const FORMATS = new Set(['mermaid', 'svg', 'all']);

function fail(message: string): number {
  process.stderr.write(`${message}\n${USAGE}`);
  return 2;
}

/** Runs the command; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const options: Record<string, string> = { out: 'diagrams', format: 'all' };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE);
      return 0;
    }
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const flag = (eq < 0 ? a : a.slice(0, eq)).slice(2);
    if (!(flag in options)) return fail(`unknown option --${flag}`);
    const value = eq < 0 ? argv[++i] : a.slice(eq + 1);
    if (value === undefined || value.startsWith('--')) return fail(`--${flag} needs a value`);
    options[flag] = value;
  }
  if (positional.length > 1) return fail(`expected at most one synthesis directory, got ${positional.join(' ')}`);
  if (!FORMATS.has(options.format)) return fail(`--format must be mermaid, svg or all, not ${JSON.stringify(options.format)}`);
  const outdir = positional[0] ?? 'cdktf.out';
  const machines = synthesizedStateMachines(outdir);
  if (machines.length === 0) {
    process.stderr.write(`${outdir} holds no aws_sfn_state_machine\n`);
    return 1;
  }
  for (const machine of machines) {
    const diagram = StateMachineDiagram.fromDefinitionString(machine.definition, machine.name);
    const base = path.join(options.out, machine.stack, machine.name);
    fs.mkdirSync(path.dirname(base), { recursive: true });
    const written: string[] = [];
    if (options.format !== 'svg') {
      fs.writeFileSync(`${base}.mmd`, diagram.toMermaid());
      written.push(`${base}.mmd`);
    }
    if (options.format !== 'mermaid') {
      fs.writeFileSync(`${base}.svg`, await diagram.toSvg());
      written.push(`${base}.svg`);
    }
    process.stdout.write(`${machine.stack}/${machine.name}: ${written.join(', ')}\n`);
  }
  return 0;
}
