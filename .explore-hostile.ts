import { parsePage } from './src/parse/index.ts';
import { sourceFile } from './test/helpers/source.ts';
const cases: Record<string, string> = {
  braces: '{{a|'.repeat(1000) + '}}'.repeat(1000),
  braces150: '{{a|'.repeat(150) + 'x' + '}}'.repeat(150),
  tables: '{|\n|\n'.repeat(1000),
  links: '[['.repeat(20000),
  divs: '<div>'.repeat(20000),
  quotes: "'''''".repeat(20000),
  lists: ('*'.repeat(5000) + ' x\n').repeat(10),
  backticks: '`'.repeat(50000),
  stars: '*a '.repeat(30000),
  md: '- x\n  - y\n'.repeat(20000),
  fence: '```\n'.repeat(5000),
  pipes: '| a | b |\n|---|---|\n'.repeat(5000),
  mermaid: '{{#mermaid:' + '{'.repeat(10000),
  nul: '\u0000[[a::b]]\u0000',
  big: 'x'.repeat(2_100_000),
  comment: '<!--'.repeat(10000),
  heading: '=='.repeat(50000),
};
for (const [name, text] of Object.entries(cases)) {
  const t0 = performance.now();
  const r = parsePage(sourceFile(text));
  console.log(name, r.tree.kind, Math.round(performance.now() - t0) + 'ms', r.page.diagnostics.map(d => d.rule).slice(0, 3).join(','), r.page.diagnostics.length);
}
