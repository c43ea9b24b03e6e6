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
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE);
      return 0;
    }
    if (a.startsWith('--')) {
      // --name value or --name=value; an option is known before it is asked for its value
      const eq = a.indexOf('=');
      const flag = eq < 0 ? a : a.slice(0, eq);
      if (!OPTIONS.has(flag.slice(2))) {
        process.stderr.write(`unknown option ${flag}\n${USAGE}`);
        return 2;
      }
      const value = eq < 0 ? argv[++i] : a.slice(eq + 1);
      if (value === undefined || (eq < 0 && value.startsWith('--'))) {
        process.stderr.write(`${flag} needs a value\n${USAGE}`);
        return 2;
      }
      options[flag.slice(2)] = value;
    } else {
      positional.push(a);
    }
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
