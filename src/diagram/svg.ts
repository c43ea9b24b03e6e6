// SVG through Graphviz compiled to WebAssembly (@viz-js/viz): no browser, no native binary. The module is
// loaded on the first SVG asked for, never by a synthesis.
import { toDot } from './dot';
import type { DiagramGraph } from './model';

interface Viz {
  renderString(src: string, options: { format: string }): string;
}

let viz: Promise<Viz> | undefined;

function graphviz(): Promise<Viz> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  viz ??= (require('@viz-js/viz') as { instance(): Promise<Viz> }).instance();
  return viz;
}

/** A standalone SVG document of the graph. */
export async function toSvg(graph: DiagramGraph, title?: string): Promise<string> {
  return (await graphviz()).renderString(toDot(graph, title), { format: 'svg' });
}
