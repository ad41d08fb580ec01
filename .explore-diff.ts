import { readFileSync } from 'node:fs';
import { rewriteMarkdown } from './src/parse/markdown-to-wikitext.ts';
import { readHead } from './src/parse/front-matter.ts';
const f = process.argv[2]!; const needle = process.argv[3]!;
const text = readFileSync(f,'utf8'); const r = rewriteMarkdown(text, readHead(text,f).hidden);
for (const l of r.text.split('\n')) if (l.includes(needle)) console.log(l);
