// Mermaid flowchart text of a diagram graph (GitHub, GitLab and most wikis render it).
import type { DiagramEdge, DiagramGraph, DiagramGroup, DiagramNode } from './model';

// Mermaid reads `"`, `#`, `<` and `>` in a quoted label as markup: they are written as entity codes.
function escape(text: string): string {
  return text.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

function label(node: DiagramNode): string {
  return `"${[node.title, ...node.details].map(escape).join('<br/>')}"`;
}

const OPEN_CLOSE: Record<DiagramNode['shape'], [string, string]> = {
  start: ['((', '))'], end: ['(((', ')))'], join: ['((', '))'],
  task: ['[', ']'], pass: ['([', '])'], choice: ['{', '}'], wait: ['{{', '}}'],
  succeed: ['(', ')'], fail: ['(', ')'], parallel: ['[[', ']]'], map: ['[[', ']]'],
};

function nodeLine(node: DiagramNode): string {
  const [open, close] = OPEN_CLOSE[node.shape];
  const text = node.shape === 'start' || node.shape === 'end' || node.shape === 'join' ? '" "' : label(node);
  return `${node.id}${open}${text}${close}:::${CLASS_PREFIX}${node.shape}`;
}

function edgeLine(edge: DiagramEdge): string {
  const text = edge.label === undefined ? '' : `|"${escape(edge.label)}"|`;
  const arrow = edge.kind === 'catch' ? '-.->' : edge.kind === 'default' ? '==>' : '-->';
  return `${edge.from} ${arrow}${text} ${edge.to}`;
}

const CLASS_PREFIX = 'sfn';
// (Mermaid reserves `end`: the classes carry a prefix.)
const CLASSES = [
  'classDef sfnstart fill:#222,stroke:#222',
  'classDef sfnend fill:#222,stroke:#222',
  'classDef sfnjoin fill:#888,stroke:#888',
  'classDef sfntask fill:#e8f0fe,stroke:#3b6fd8',
  'classDef sfnpass fill:#f4f4f4,stroke:#888',
  'classDef sfnchoice fill:#fff4d6,stroke:#c79100',
  'classDef sfnwait fill:#f0e8fe,stroke:#7b4fd8',
  'classDef sfnsucceed fill:#e3f6e8,stroke:#2e8b57',
  'classDef sfnfail fill:#fde8e8,stroke:#c0392b',
  'classDef sfnparallel fill:#eef7f7,stroke:#2a8c8c',
  'classDef sfnmap fill:#eef7f7,stroke:#2a8c8c',
];

/** The Mermaid `flowchart` of a graph, top to bottom. */
export function toMermaid(graph: DiagramGraph): string {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const lines = ['flowchart TD'];
  const writeNodes = (ids: string[], pad: string) => {
    for (const id of ids) lines.push(`${pad}${nodeLine(byId.get(id)!)}`);
  };
  const writeGroup = (group: DiagramGroup, pad: string) => {
    lines.push(`${pad}subgraph ${group.id}["${escape(group.title)}"]`);
    writeNodes(group.nodeIds, `${pad}  `);
    for (const inner of group.groups) writeGroup(inner, `${pad}  `);
    lines.push(`${pad}end`);
  };
  writeNodes(graph.rootNodeIds, '  ');
  for (const group of graph.groups) writeGroup(group, '  ');
  for (const edge of graph.edges) lines.push(`  ${edgeLine(edge)}`);
  const used = new Set(graph.nodes.map((n) => `${CLASS_PREFIX}${n.shape}`));
  for (const line of CLASSES) if (used.has(line.split(' ')[1])) lines.push(`  ${line}`);
  return `${lines.join('\n')}\n`;
}
