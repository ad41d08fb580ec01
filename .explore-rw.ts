import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { rewriteMarkdown } from './src/parse/markdown-to-wikitext.ts';
import { detectFormat } from './src/parse/page-format.ts';
import { readHead } from './src/parse/front-matter.ts';
const root = '/work/shared/corpus';
const files: string[] = [];
for (const c of readdirSync(root)) { if (c.endsWith('.md')) continue; for (const t of readdirSync(join(root,c))) for (const f of readdirSync(join(root,c,t))) files.push(join(root,c,t,f)); }
let md = 0, same = 0, changed = 0; const diags: Record<string, number> = {};
const mode = process.argv[2];
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  if (detectFormat(text) === 'markdown') { md++; continue; }
  const head = readHead(text, f);
  const r = rewriteMarkdown(text, head.hidden);
  for (const d of r.diagnostics) diags[d.rule] = (diags[d.rule] ?? 0) + 1;
  // compare with source minus hidden
  let expected = text; for (const [a,b] of [...head.hidden].reverse()) expected = expected.slice(0,a)+expected.slice(b);
  if (r.text === expected) same++; else { changed++; if (mode === 'diff') { const a = expected.split('\n'), b = r.text.split('\n'); let shown=0; for (let i=0;i<Math.max(a.length,b.length)&&shown<3;i++) if (a[i]!==b[i]) { console.log(f.slice(27), '\n  -', a[i]?.slice(0,150), '\n  +', b[i]?.slice(0,150)); shown++; } } }
}
console.log({ files: files.length, md, same, changed, diags });
