// The diagrams of the example app, as docs/diagrams/<stack>/<machine>.{mmd,svg}: what
// `cdktf-stepfunctions diagram cdktf.out --out docs/diagrams` writes after `cdktf synth`, made here from
// the constructs. `npm run diagrams` rewrites them; a test checks that they are current.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { sfn } from '../src';
import { EXAMPLES } from './main';

/** Where the diagrams live. */
export const DIAGRAMS_DIR = path.join(__dirname, '..', 'docs', 'diagrams');

/** Every state machine of the example app, with its stack's name and its own. */
export function exampleMachines(): Array<{ stack: string; name: string; machine: sfn.StateMachine }> {
  const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-diagrams-')) });
  return Object.entries(EXAMPLES).flatMap(([stackName, Stack]) => {
    const stack = new Stack(app, stackName);
    return stack.node.findAll()
      .filter((c): c is sfn.StateMachine => c instanceof sfn.StateMachine)
      .map((machine) => ({ stack: stackName, name: machine.node.path.split('/').slice(1).join('-'), machine }));
  });
}

/** The diagram files, relative to DIAGRAMS_DIR, with their contents. */
export async function exampleDiagrams(): Promise<Array<{ file: string; text: string }>> {
  const files: Array<{ file: string; text: string }> = [];
  for (const { stack, name, machine } of exampleMachines()) {
    const diagram = sfn.StateMachineDiagram.fromStateMachine(machine);
    files.push({ file: `${stack}/${name}.mmd`, text: diagram.toMermaid() });
    files.push({ file: `${stack}/${name}.svg`, text: await diagram.toSvg() });
  }
  return files;
}

if (require.main === module) {
  void exampleDiagrams().then((files) => {
    fs.rmSync(DIAGRAMS_DIR, { recursive: true, force: true });
    for (const { file, text } of files) {
      fs.mkdirSync(path.dirname(path.join(DIAGRAMS_DIR, file)), { recursive: true });
      fs.writeFileSync(path.join(DIAGRAMS_DIR, file), text);
    }
    process.stdout.write(`wrote ${files.length} files into ${path.relative(process.cwd(), DIAGRAMS_DIR)}\n`);
  });
}
