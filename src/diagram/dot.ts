// Graphviz DOT of a diagram graph, for the SVG (Graphviz lays it out).
import type { DiagramEdge, DiagramGraph, DiagramGroup, DiagramNode } from './model';

function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

const STYLE: Record<DiagramNode['shape'], string> = {
  start: 'shape=circle, style=filled, fillcolor="#222222", color="#222222", width=0.22, fixedsize=true',
  end: 'shape=doublecircle, style=filled, fillcolor="#222222", color="#222222", width=0.18, fixedsize=true',
  join: 'shape=circle, style=filled, fillcolor="#888888", color="#888888", width=0.12, fixedsize=true',
  task: 'shape=box, style="rounded,filled", fillcolor="#e8f0fe", color="#3b6fd8"',
  pass: 'shape=box, style="rounded,filled,dashed", fillcolor="#f4f4f4", color="#888888"',
  choice: 'shape=diamond, style=filled, fillcolor="#fff4d6", color="#c79100"',
  wait: 'shape=hexagon, style=filled, fillcolor="#f0e8fe", color="#7b4fd8"',
  succeed: 'shape=box, style="rounded,filled,bold", fillcolor="#e3f6e8", color="#2e8b57"',
  fail: 'shape=box, style="rounded,filled,bold", fillcolor="#fde8e8", color="#c0392b"',
  parallel: 'shape=box, style="filled,bold", fillcolor="#eef7f7", color="#2a8c8c"',
  map: 'shape=box, style="filled,bold", fillcolor="#eef7f7", color="#2a8c8c"',
};

function nodeLine(node: DiagramNode): string {
  const text = node.shape === 'start' || node.shape === 'end' || node.shape === 'join' ? '' : [node.title, ...node.details].join('\n');
  return `${node.id} [${STYLE[node.shape]}, label=${quote(text)}${node.stateName ? `, tooltip=${quote(node.stateName)}` : ''}];`;
}

function edgeLine(edge: DiagramEdge): string {
  const attrs = [
    ...(edge.label === undefined ? [] : [`label=${quote(edge.label)}`]),
    ...(edge.kind === 'catch' ? ['style=dashed', 'color="#c0392b"', 'fontcolor="#c0392b"'] : []),
    ...(edge.kind === 'default' ? ['style=bold'] : []),
  ];
  return `${edge.from} -> ${edge.to}${attrs.length ? ` [${attrs.join(', ')}]` : ''};`;
}

/** The DOT source of a graph, top to bottom. */
export function toDot(graph: DiagramGraph, title = 'state machine'): string {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const lines = [
    `digraph ${quote(title)} {`,
    '  rankdir=TB; compound=true; nodesep=0.4; ranksep=0.45;',
    '  node [fontname="Helvetica", fontsize=11, margin="0.15,0.06"];',
    '  edge [fontname="Helvetica", fontsize=9, color="#555555"];',
  ];
  const writeNodes = (ids: string[], pad: string) => {
    for (const id of ids) lines.push(`${pad}${nodeLine(byId.get(id)!)}`);
  };
  const writeGroup = (group: DiagramGroup, pad: string) => {
    const style = group.kind === 'branch' ? 'style="rounded,dashed", color="#7aa6a6"' : 'style=rounded, color="#2a8c8c"';
    lines.push(`${pad}subgraph cluster_${group.id} {`, `${pad}  label=${quote(group.title)}; fontname="Helvetica"; fontsize=10; ${style.replace(/, /g, '; ')};`);
    writeNodes(group.nodeIds, `${pad}  `);
    for (const inner of group.groups) writeGroup(inner, `${pad}  `);
    lines.push(`${pad}}`);
  };
  writeNodes(graph.rootNodeIds, '  ');
  for (const group of graph.groups) writeGroup(group, '  ');
  for (const edge of graph.edges) lines.push(`  ${edgeLine(edge)}`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
