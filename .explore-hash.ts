import { readFileSync } from 'node:fs';
import { parsePage } from './src/parse/index.ts';
import { sourceFile } from './test/helpers/source.ts';
import { corpusPages } from './test/corpus/corpus-files.ts';
const re = new RegExp(process.argv[2]!, 'm');
let n = 0;
for (const p of corpusPages()) {
  const r = parsePage(sourceFile(p.bytes, p.relPath));
  if (r.tree.kind !== 'wikitext') continue;
  const lines = r.tree.text.split('\n');
  lines.forEach((l, i) => { if (re.test(l) && n++ < 25) console.log(p.relPath.slice(0,60), '|', l.slice(0, 120)); });
}
console.log(n);
