import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from './src/parse/index.ts';
import { sourceFile } from './test/helpers/source.ts';
for (const t of readdirSync('content')) { let fs: string[] = []; try { fs = readdirSync(join('content', t)); } catch { continue; } for (const f of fs) {
  if (f.startsWith('_')) continue;
  const r = parsePage(sourceFile(readFileSync(join('content', t, f)), `${t}/${f}`));
  console.log(`${t}/${f}`, r.page.format, r.page.facts.length, 'facts', r.page.tables.length, 'tables', r.page.diagnostics.map(d => `${d.line}:${d.col} ${d.rule} ${d.message.slice(0, 100)}`));
}}
