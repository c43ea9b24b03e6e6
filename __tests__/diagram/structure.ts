// Reads a diagram back into its structure, to check it against the definition it was drawn from: the
// Mermaid text (node ids, their first label line, subgraph nesting, edges) and the SVG Graphviz wrote
// (node and edge titles). Test-only: the library never needs to read a diagram.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface ReadDiagram {
  /** node id -> first label line (the state name; '' for marks). */
  readonly titles: Map<string, string>;
  /** node id -> id of the innermost subgraph holding it ('' at the top). */
  readonly groupOf: Map<string, string>;
  /** `from->to` for every edge, with its label. */
  readonly edges: Array<{ from: string; to: string; label?: string; arrow: string }>;
}

const decode = (text: string) => text.replace(/#quot;/g, '"').replace(/#lt;/g, '<').replace(/#gt;/g, '>').replace(/#35;/g, '#');

/** The structure of a Mermaid flowchart as this library writes it. */
export function readMermaid(text: string): ReadDiagram {
  const titles = new Map<string, string>();
  const groupOf = new Map<string, string>();
  const edges: ReadDiagram['edges'] = [];
  const groups: string[] = [];
  for (const raw of text.split('\n').slice(1)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('classDef')) continue;
    let m: RegExpExecArray | null;
    if ((m = /^subgraph (\w+)\[/.exec(line))) {
      groups.push(m[1]);
    } else if (line === 'end') {
      groups.pop();
    } else if ((m = /^(\w+) (-->|-\.->|==>)(?:\|"([^"]*)"\|)? (\w+)$/.exec(line))) {
      edges.push({ from: m[1], arrow: m[2], label: m[3] === undefined ? undefined : decode(m[3]), to: m[4] });
    } else if ((m = /^(\w+)[[({/]+"([^"]*)"[\])}/]+:::\w+$/.exec(line))) {
      titles.set(m[1], decode(m[2].split('<br/>')[0]).trim());
      groupOf.set(m[1], groups[groups.length - 1] ?? '');
    } else {
      throw new Error(`unreadable Mermaid line: ${line}`);
    }
  }
  return { titles, groupOf, edges };
}

const unescapeXml = (text: string) => text.replace(/&#45;/g, '-').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The node ids, the texts of each node and the edges of an SVG written by Graphviz. */
export function readSvg(svg: string): { nodes: Map<string, string[]>; edges: Array<{ from: string; to: string }> } {
  const nodes = new Map<string, string[]>();
  const edges: Array<{ from: string; to: string }> = [];
  const group = /<g id="[^"]*" class="(node|edge)">\s*(?:<a[^>]*>\s*)?<title>([^<]*)<\/title>([\s\S]*?)<\/g>/g;
  for (let m = group.exec(svg); m; m = group.exec(svg)) {
    const title = unescapeXml(m[2]);
    if (m[1] === 'node') {
      nodes.set(title, [...m[3].matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => unescapeXml(t[1])));
    } else {
      const [from, to] = title.split('->');
      edges.push({ from, to });
    }
  }
  return { nodes, edges };
}

/** The Mermaid parse errors of some flowcharts, by index (empty when all parse). */
export function mermaidErrors(charts: string[]): Record<string, string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-mermaid-'));
  const files = charts.map((chart, i) => {
    const file = path.join(dir, `${i}.mmd`);
    fs.writeFileSync(file, chart);
    return file;
  });
  const out = execFileSync(process.execPath, [path.join(__dirname, 'mermaid-parse.mjs'), ...files], { encoding: 'utf8' });
  return Object.fromEntries(Object.entries<string>(JSON.parse(out)).map(([file, error]) => [path.basename(file, '.mmd'), error]));
}

type Json = Record<string, any>;

/**
 * Every transition of a definition, by state names: Next, each Choice rule and the default, each Catch,
 * and the entry of each Parallel branch and Map processor (`<state> -> <first state>`), read straight
 * from the ASL.
 */
export function definitionTransitions(definition: Json): { states: string[]; transitions: Array<{ from: string; to: string; kind: string }> } {
  const states: string[] = [];
  const transitions: Array<{ from: string; to: string; kind: string }> = [];
  const walk = (scope: Json) => {
    for (const [name, state] of Object.entries<Json>(scope.States)) {
      states.push(name);
      if (state.Next) transitions.push({ from: name, to: state.Next, kind: 'next' });
      for (const rule of state.Choices ?? []) transitions.push({ from: name, to: rule.Next, kind: 'choice' });
      if (state.Default) transitions.push({ from: name, to: state.Default, kind: 'default' });
      for (const clause of state.Catch ?? []) transitions.push({ from: name, to: clause.Next, kind: 'catch' });
      const bodies: Json[] = state.Type === 'Parallel' ? state.Branches : state.Type === 'Map' ? [state.ItemProcessor ?? state.Iterator] : [];
      for (const body of bodies) {
        transitions.push({ from: name, to: body.StartAt, kind: 'branch' });
        walk(body);
      }
    }
  };
  walk(definition);
  return { states, transitions };
}

/**
 * Asserts (returns the problems) that a Mermaid diagram holds every state and every transition of the
 * definition: each state is one node titled with its name, and each transition an edge between the
 * nodes of its states (leaving a Parallel or Map from the join node in its group).
 */
export function missingFromDiagram(definition: Json, diagram: ReadDiagram): string[] {
  const problems: string[] = [];
  const { states, transitions } = definitionTransitions(definition);
  const nodeOf = new Map<string, string>();
  for (const [id, title] of diagram.titles) if (states.includes(title)) nodeOf.set(title, id);
  for (const state of states) if (!nodeOf.has(state)) problems.push(`no node for state ${state}`);
  const stateNodes = [...diagram.titles.values()].filter((t) => t !== '');
  if (stateNodes.length !== states.length) problems.push(`${stateNodes.length} titled nodes for ${states.length} states`);
  // the node a state's outgoing arrows leave from: itself, or the join in its group (Parallel, Map)
  const exitOf = (state: string): string => {
    const id = nodeOf.get(state)!;
    const group = diagram.groupOf.get(id)!;
    const join = [...diagram.groupOf].find(([other, g]) => g === group && other !== id && other.startsWith('j') && group !== '' && isForkGroup(diagram, group, id));
    return join ? join[0] : id;
  };
  for (const t of transitions) {
    const from = t.kind === 'branch' ? nodeOf.get(t.from) : exitOf(t.from);
    const to = nodeOf.get(t.to);
    const arrows = diagram.edges.filter((e) => e.from === from && e.to === to);
    const wanted = t.kind === 'catch' ? '-.->' : t.kind === 'default' ? '==>' : '-->';
    if (!arrows.some((a) => a.arrow === wanted)) problems.push(`no ${t.kind} edge ${t.from} -> ${t.to}`);
  }
  return problems;
}

// Whether node `id` is the fork of `group` (the first node declared in it).
function isForkGroup(diagram: ReadDiagram, group: string, id: string): boolean {
  const first = [...diagram.groupOf].find(([, g]) => g === group);
  return first?.[0] === id;
}
