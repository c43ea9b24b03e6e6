// `cdktf-stepfunctions diagram [cdktf.out] [--out <dir>] [--format mermaid|svg|all]`: a Mermaid file
// and/or an SVG file for every state machine of a synthesized app.
import * as fs from 'fs';
import * as path from 'path';
import { readCommandLine } from '../core/private/command-line';
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
  const args = readCommandLine(argv, ['out', 'format']);
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.error) return fail(args.error);
  const { positional } = args;
  const options = { out: 'diagrams', format: 'all', ...args.options };
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
