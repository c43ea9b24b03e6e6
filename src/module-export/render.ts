import { alignItems, formatExpression, type HclItem } from './hcl-syntax';

/** Writes items of a body at `indent` levels, laid out as terraform fmt does. */
export function renderBody(items: HclItem[], indent: number): string {
  const pad = '  '.repeat(indent);
  const chunks: string[] = [];
  let attributes: Array<{ name: string; value: string }> = [];
  const flush = () => {
    if (attributes.length > 0) chunks.push(alignItems(attributes, pad));
    attributes = [];
  };
  for (const item of items) {
    if (item.kind === 'attribute') {
      attributes.push({ name: item.name, value: formatExpression(item.expression, indent) });
    } else {
      flush();
      chunks.push(renderBlock(item, indent));
    }
  }
  flush();
  return chunks.join('\n\n');
}

/** Writes one block. */
export function renderBlock(block: Extract<HclItem, { kind: 'block' }>, indent: number): string {
  const pad = '  '.repeat(indent);
  const head = [block.type, ...block.labels.map((l) => JSON.stringify(l))].join(' ');
  if (block.body.length === 0) return `${pad}${head} {\n${pad}}`;
  return `${pad}${head} {\n${renderBody(block.body, indent + 1)}\n${pad}}`;
}

/** Writes top-level blocks separated by blank lines, with a final newline. */
export function renderFile(blocks: HclItem[]): string {
  return `${blocks.map((b) => (b.kind === 'block' ? renderBlock(b, 0) : renderBody([b], 0))).join('\n\n')}\n`;
}
