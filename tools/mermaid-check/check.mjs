// Parses Mermaid flowcharts with the real Mermaid parser and reports, for each file, whether it parsed and the
// nodes and edges Mermaid understood, with their labels as a browser would display them.
//
// Usage: node check.mjs FILE...   (prints a JSON array, one entry per file; exits 1 if any file fails to parse)
// Setup: npm ci --prefix tools/mermaid-check
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

// Mermaid sanitizes labels with DOMPurify, which needs a DOM; jsdom provides one.
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

// Mermaid keeps entity codes (#quot;, #35;) encoded until it renders; decode them as its renderer does, then let the
// DOM decode the HTML entities, so the text is what a reader sees.
function displayed(text) {
  if (text === undefined || text === null) {
    return null;
  }
  const html = String(text).replace(/ﬂ°°/g, '&#').replace(/ﬂ°/g, '&').replace(/¶ß/g, ';');
  const element = document.createElement('div');
  element.innerHTML = html;
  return element.textContent;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node check.mjs FILE...');
  process.exit(2);
}
const reports = [];
let failed = false;
for (const file of files) {
  const source = readFileSync(file, 'utf8');
  try {
    const parsed = await mermaid.parse(source);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
    const db = diagram.db;
    const report = { file, ok: true, diagramType: parsed.diagramType };
    if (typeof db.getVertices === 'function') {
      report.vertices = [...db.getVertices().values()].map((v) => ({ id: v.id, text: displayed(v.text), shape: v.type ?? null }));
      report.edges = db.getEdges().map((e) => ({ from: e.start, to: e.end, text: displayed(e.text), stroke: e.stroke ?? null }));
    }
    reports.push(report);
  } catch (error) {
    failed = true;
    reports.push({ file, ok: false, error: String(error && error.message ? error.message : error) });
  }
}
// Exit only once the report is flushed: a pipe takes large output in several writes.
process.stdout.write(JSON.stringify(reports, null, 2) + '\n', () => process.exit(failed ? 1 : 0));
