import { readCommandLine } from '../core/private/command-line';
import { FRAMEWORK } from '../core/cdktf';
import { exportModule } from './export';
import { stackDirectory } from './synthesis';

const OPTIONS = new Set(['outdir', 'out', 'name', 'source', 'version', 'description']);

const USAGE = `usage: ${FRAMEWORK}-stepfunctions-module <stack> [options]

Turns a stack synthesized with \`${FRAMEWORK} synth --hcl\` into a Terraform module directory
terraform-aws-<name>/ (main.tf, variables.tf, outputs.tf, versions.tf, README.md, examples/basic).

options (--option value, or --option=value):
  --outdir <dir>    where ${FRAMEWORK} wrote the synthesis (default: cdktf.out)
  --out <dir>       where to write the module (default: modules)
  --name <name>     module name (default: the stack name)
  --source <src>    registry source for the README's usage block
  --version <ver>   version for the README's usage block
  --description <text>
`;

/** Runs the command line; returns the exit code. */
export function main(argv: string[]): number {
  const { help, options, positional, error } = readCommandLine(argv, [...OPTIONS]);
  if (help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (error) {
    process.stderr.write(`${error}\n${USAGE}`);
    return 2;
  }
  if (positional.length !== 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  try {
    const result = exportModule({
      stackDir: stackDirectory(options.outdir ?? 'cdktf.out', positional[0]),
      outDir: options.out ?? 'modules',
      name: options.name,
      source: options.source,
      version: options.version,
      description: options.description,
    });
    process.stdout.write(`wrote ${result.dir}:\n${result.files.map((f) => `  ${f}`).join('\n')}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 1;
  }
}
