// Parses Mermaid files with Mermaid itself (in jsdom: its sanitizer wants a DOM) and prints, as JSON,
// the error of each file that does not parse. Run by diagram tests as a child process: Mermaid is ESM only.
import fs from 'fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const mermaid = (await import('mermaid')).default;
mermaid.initialize({ startOnLoad: false });
const failures = {};
for (const file of process.argv.slice(2)) {
  try {
    const result = await mermaid.parse(fs.readFileSync(file, 'utf8'));
    if (!result || result.diagramType !== 'flowchart-v2') failures[file] = `parsed as ${result && result.diagramType}`;
  } catch (error) {
    failures[file] = String(error && error.message ? error.message : error);
  }
}
process.stdout.write(JSON.stringify(failures));
