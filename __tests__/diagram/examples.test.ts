// The diagram of every example state machine holds every state and every transition of its definition,
// in Mermaid (read back structurally, and parsed by Mermaid itself) and in SVG (Graphviz's node and edge
// titles); and docs/diagrams holds what `npm run diagrams` writes now.
import * as fs from 'fs';
import * as path from 'path';
import { sfn } from '../../src';
import { DIAGRAMS_DIR, exampleDiagrams, exampleMachines } from '../../examples/diagrams';
import { mermaidErrors, missingFromDiagram, readMermaid, readSvg } from './structure';

const machines = exampleMachines();

describe('diagrams of the examples', () => {
  test('there is one per state machine of the example app', () => {
    expect(machines.length).toBeGreaterThanOrEqual(17);
  });

  test.each(machines.map((m) => [`${m.stack}/${m.name}`, m] as const))('%s: the Mermaid chart holds every state and transition', (_name, { machine }) => {
    expect(missingFromDiagram(machine.definition(), readMermaid(machine.toMermaid()))).toEqual([]);
  });

  test.each(machines.map((m) => [`${m.stack}/${m.name}`, m] as const))('%s: the SVG holds every node and edge of the chart', async (_name, { machine }) => {
    const diagram = sfn.StateMachineDiagram.fromStateMachine(machine);
    const svg = readSvg(await machine.toSvg());
    const graph = diagram._graph;
    expect([...svg.nodes.keys()].sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    for (const node of graph.nodes) if (node.stateName) expect(svg.nodes.get(node.id)![0]).toBe(node.stateName);
    expect(svg.edges.map((e) => `${e.from}->${e.to}`).sort()).toEqual(graph.edges.map((e) => `${e.from}->${e.to}`).sort());
  });

  test('Mermaid parses every chart', () => {
    expect(mermaidErrors(machines.map((m) => m.machine.toMermaid()))).toEqual({});
  });

  test('docs/diagrams is current (run `npm run diagrams` after changing an example)', async () => {
    const files = await exampleDiagrams();
    const stale = files.filter(({ file, text }) => !fs.existsSync(path.join(DIAGRAMS_DIR, file)) || fs.readFileSync(path.join(DIAGRAMS_DIR, file), 'utf8') !== text);
    expect(stale.map((f) => f.file)).toEqual([]);
    const listed = new Set(files.map((f) => f.file));
    const extra = fs.readdirSync(DIAGRAMS_DIR, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(DIAGRAMS_DIR, path.join(e.parentPath, e.name)))
      .filter((f) => !listed.has(f));
    expect(extra).toEqual([]);
  });
});
