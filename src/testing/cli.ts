// `cdktf-stepfunctions run`: runs a definition locally with the mocks of a file and prints the path taken
// and the output. The definition is an Amazon States Language file, or a state machine of a synthesized
// stack (`<stack>/<machine>`, read from cdktf.out/stacks/<stack>/cdk.tf.json).
import * as fs from 'fs';
import * as path from 'path';
import { ValidationError, describeValue } from '../core/errors';
import { FRAMEWORK } from '../core/cdktf';
import { readCommandLine } from '../core/private/command-line';
import { readDefinitionAttribute } from '../diagram/definition-reader';
import { stackDirectory } from '../module-export/synthesis';
import { LocalRunner, type LocalRunResult } from './local-runner';
import { TaskMock } from './task-mock';

const USAGE = `usage: ${FRAMEWORK}-stepfunctions run <definition.json | stack/machine> [options]

Runs a state machine locally: every Task state answers from the mocks file, Wait states and retry
back-off are recorded, not slept. Prints the states entered and the output.

  <definition.json>   an Amazon States Language file
  <stack/machine>     a state machine of a synthesized stack (its construct id or path, its Terraform
                      resource name, or its name attribute), read from <outdir>/stacks/<stack>/cdk.tf.json

options (--option value, or --option=value):
  --input <file>      the execution input, JSON (default: {})
  --mocks <file>      the mocks, JSON (see docs/TESTING.md):
                        { "mocks": { "<Task state>": { "result": ... } | { "error": "...", "cause": "..." }
                                     | { "timeout": true } | { "heartbeatTimeout": true }
                                     | { "sequence": [ <one of those>, ... ] } },
                          "itemReaders": { "<Map state>": [ ...items ] },
                          "references": { "<Terraform expression>": <value> } }
  --outdir <dir>      where cdktf wrote the synthesis (default: cdktf.out)
  --json              print the whole result as JSON
`;

/** Runs the command line; resolves to the exit code (0 succeeded, 1 failed or timed out, 2 usage). */
export async function main(argv: string[]): Promise<number> {
  const { help, options, positional, error } = readCommandLine(argv, ['input', 'mocks', 'outdir'], ['json']);
  if (help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (error) return usage(error);
  if (positional.length !== 1) return usage(positional.length === 0 ? 'give a definition file or <stack>/<machine>' : `one definition only, got ${positional.join(' ')}`);

  const input = options.input === undefined ? {} : readJson(options.input, '--input');
  const mocksFile = options.mocks === undefined ? {} : readJson(options.mocks, '--mocks');
  const spec = parseMocksFile(mocksFile, options.mocks ?? '--mocks');
  const definition = loadDefinition(positional[0], options.outdir ?? 'cdktf.out');
  const runner = LocalRunner.fromDefinition(definition, { references: spec.references });
  const result = await runner.run(input, { mocks: spec.mocks, itemReaders: spec.itemReaders });
  process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : describeRun(result));
  return result.status === 'SUCCEEDED' ? 0 : 1;
}

function usage(message: string): number {
  process.stderr.write(`${message}\n${USAGE}`);
  return 2;
}

function readJson(file: string, what: string): any {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new ValidationError(`${what} ${file}: cannot read it (${(e as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ValidationError(`${what} ${file}: not JSON (${(e as Error).message})`);
  }
}

/** The definition of a file, or of `<stack>/<machine>` in a synthesis directory. */
export function loadDefinition(target: string, outdir: string): Record<string, unknown> {
  if (fs.existsSync(target) && fs.statSync(target).isFile()) return readJson(target, 'definition');
  const slash = target.indexOf('/');
  if (slash < 0) throw new ValidationError(`${target}: no such file, and not <stack>/<machine>`);
  const [stack, machine] = [target.slice(0, slash), target.slice(slash + 1)];
  const file = path.join(stackDirectory(outdir, stack), 'cdk.tf.json');
  if (!fs.existsSync(file) || latestSynthesisWasHcl(outdir, stack)) {
    throw new ValidationError(`stack ${JSON.stringify(stack)}: ${fs.existsSync(file) ? `the latest synthesis wrote cdk.tf (--hcl), so ${file} may be out of date` : `${file} does not exist`}; run \`${FRAMEWORK} synth\` (JSON, not --hcl) first`);
  }
  const machines = Object.entries<any>(readJson(file, 'stack').resource?.aws_sfn_state_machine ?? {});
  const matches = (name: string, r: any) => {
    const constructPath: string | undefined = r['//']?.metadata?.path;
    const constructId = constructPath?.replace(/\/Resource$/, '');
    return name === machine || r.name === machine || constructId === `${stack}/${machine}` || constructId?.endsWith(`/${machine}`) === true;
  };
  const found = machines.filter(([name, r]) => matches(name, r));
  if (found.length !== 1) {
    const names = machines.map(([name, r]) => r['//']?.metadata?.path?.replace(/\/Resource$/, '') ?? name);
    const why = found.length === 0 ? 'has no state machine' : 'has several state machines';
    throw new ValidationError(`${file} ${why} named ${JSON.stringify(machine)}; its state machines are ${names.join(', ') || 'none'}`);
  }
  return readDefinitionAttribute(found[0][1].definition, `${stack}/${found[0][0]}`);
}

// cdktf's manifest names the file the latest synthesis wrote for each stack (cdk.tf.json or cdk.tf)
function latestSynthesisWasHcl(outdir: string, stack: string): boolean {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
    const written: unknown = Object.values<any>(manifest.stacks ?? {}).find((s) => s?.name === stack)?.synthesizedStackPath;
    return typeof written === 'string' && written.endsWith('.tf');
  } catch {
    return false;
  }
}

interface MocksSpec {
  readonly mocks: Record<string, TaskMock>;
  readonly itemReaders?: Record<string, any[]>;
  readonly references?: Record<string, unknown>;
}

/** Reads a mocks file (format in docs/TESTING.md). */
export function parseMocksFile(file: any, where: string): MocksSpec {
  if (!file || typeof file !== 'object' || Array.isArray(file)) throw new ValidationError(`${where}: must be a JSON object with "mocks", "itemReaders" and "references"`);
  const unknown = Object.keys(file).filter((k) => !['mocks', 'itemReaders', 'references'].includes(k));
  if (unknown.length > 0) throw new ValidationError(`${where}: unknown key(s) ${unknown.join(', ')}; allowed: mocks, itemReaders, references`);
  const mocks = Object.fromEntries(Object.entries<any>(file.mocks ?? {}).map(([name, m]) => [name, mockFromJson(m, `${where}: mocks[${JSON.stringify(name)}]`)]));
  return { mocks, itemReaders: file.itemReaders, references: file.references };
}

function mockFromJson(m: any, where: string): TaskMock {
  const keys = m && typeof m === 'object' && !Array.isArray(m) ? Object.keys(m) : [];
  if ('result' in (m ?? {}) && keys.length === 1) return TaskMock.result(m.result);
  if (typeof m?.error === 'string' && keys.every((k) => k === 'error' || k === 'cause')) return TaskMock.error(m.error, m.cause);
  if (m?.timeout === true && keys.length === 1) return TaskMock.timeout();
  if (m?.heartbeatTimeout === true && keys.length === 1) return TaskMock.heartbeatTimeout();
  if (Array.isArray(m?.sequence) && keys.length === 1 && m.sequence.length > 0) {
    return TaskMock.sequence(m.sequence.map((x: any, i: number) => mockFromJson(x, `${where}.sequence[${i}]`)));
  }
  throw new ValidationError(`${where}: must be one of { "result": ... }, { "error": "...", "cause": "..." }, { "timeout": true }, { "heartbeatTimeout": true }, { "sequence": [...] }; got ${describeValue(m)}`);
}

/** The path taken, one state a line, then the outcome. */
export function describeRun(result: LocalRunResult): string {
  const lines = result.states.map((s) => {
    const notes: string[] = [];
    if (s.retryDelaySeconds.length > 0) notes.push(`retried ${s.retryDelaySeconds.length}x after ${s.retryDelaySeconds.join('s, ')}s`);
    if (s.waitSeconds !== undefined) notes.push(`waited ${s.waitSeconds}s`);
    if (s.error !== undefined) notes.push(`${s.error}${s.cause ? `: ${s.cause}` : ''}`);
    if (s.caughtBy !== undefined) notes.push(`caught -> ${s.caughtBy}`);
    return `  ${s.path} (${s.type})${notes.length > 0 ? `  [${notes.join('; ')}]` : ''}`;
  });
  const outcome = result.status === 'SUCCEEDED'
    ? `output:\n${JSON.stringify(result.output, null, 2)}`
    : `error: ${result.error}\ncause: ${result.cause}`;
  return `states entered:\n${lines.join('\n')}\n${result.status}\n${outcome}\n`;
}
