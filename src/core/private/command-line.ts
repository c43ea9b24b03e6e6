// The argument reading the library's commands share (`cdktf-stepfunctions run`, `diagram`, `module`):
// `--option value` or `--option=value`, switches without a value, positional arguments, and `-h`/`--help`.
// Not part of the public API.

/** What a command's arguments said. */
export interface CommandLine {
  /** `-h` or `--help` was given. */
  readonly help: boolean;
  /** Options by name (without `--`); a switch given is `'true'`. */
  readonly options: Record<string, string>;
  readonly positional: string[];
  /** Why the arguments cannot be read (an unknown option, a missing value), when they cannot. */
  readonly error?: string;
}

/** Reads `argv` against the options that take a value and the switches that take none. */
export function readCommandLine(argv: string[], valued: string[], switches: string[] = []): CommandLine {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') return { help: true, options, positional };
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    // an option is known before it is asked for its value
    const eq = arg.indexOf('=');
    const name = (eq < 0 ? arg : arg.slice(0, eq)).slice(2);
    if (switches.includes(name) && eq < 0) {
      options[name] = 'true';
      continue;
    }
    if (!valued.includes(name)) return { help: false, options, positional, error: `unknown option --${name}` };
    const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || (eq < 0 && value.startsWith('--'))) return { help: false, options, positional, error: `--${name} needs a value` };
    options[name] = value;
  }
  return { help: false, options, positional };
}
