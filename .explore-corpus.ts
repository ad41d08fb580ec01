import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from './src/parse/index.ts';
import { sourceFile } from './test/helpers/source.ts';
const root = '/work/shared/corpus';
const files: [string,string][] = [];
for (const c of readdirSync(root)) { if (c.endsWith('.md')) continue; for (const t of readdirSync(join(root,c))) for (const f of readdirSync(join(root,c,t))) files.push([join(root,c,t,f), `${t}/${f}`]); }
const byRule: Record<string, number> = {}; const lintRules: Record<string, number> = {};
let facts = 0, md = 0; const t0 = performance.now(); const show = process.argv[2];
for (const [p, rel] of files) {
  const r = parsePage(sourceFile(readFileSync(p), rel));
  facts += r.page.facts.length; if (r.page.format === 'markdown') md++;
  for (const d of r.page.diagnostics) { byRule[d.rule] = (byRule[d.rule] ?? 0) + 1; if (d.rule === 'wikitext-lint') { const m = /rule `([^`]+)`/.exec(d.message); lintRules[m![1]!] = (lintRules[m![1]!] ?? 0)+1; } if (show && d.rule === show) console.log(`${p.slice(27)}:${d.line}:${d.col} ${d.message.slice(0,200)}`); }
}
console.log({ pages: files.length, md, facts, ms: Math.round(performance.now()-t0), byRule, lintRules });
