import { parsePage } from './src/parse/index.ts';
import { sourceFile } from './test/helpers/source.ts';
import { corpusPages } from './test/corpus/corpus-files.ts';
const c: Record<string, number> = {}; let shown = 0; let nested = 0, prose = 0, code: Record<string, number> = {}, math = 0, diagrams = 0, templates = 0, links = 0, cats = 0, sections = 0;
for (const p of corpusPages()) {
  const r = parsePage(sourceFile(p.bytes, p.relPath));
  for (const t of r.page.tables) { const k = `${r.page.format}/${t.syntax}`; c[k] = (c[k] ?? 0) + 1; if (t.depth) nested++; if (r.page.format === 'wikitext' && t.syntax === 'markdown' && shown++ < 2) console.log(p.relPath, JSON.stringify(t).slice(0, 600)); }
  prose += r.page.prose.length; for (const b of r.page.code) code[b.syntax] = (code[b.syntax] ?? 0) + 1; math += r.page.math.length; diagrams += r.page.diagrams.length; templates += r.page.templates.length; links += r.page.links.length; cats += r.page.categories.length; sections += r.page.sections.length;
}
console.log(c, { nested, prose, code, math, diagrams, templates, links, cats, topSections: sections });
