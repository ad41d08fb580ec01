import { corpusPages } from './test/corpus/corpus-files.ts';
import { sourceFile } from './test/helpers/source.ts';
const LITERAL = /<!--[\s\S]*?(?:-->|$(?![\s\S]))|<(syntaxhighlight|source|pre|nowiki|code|math)(?=[\s/>])[^<>]*?(?:\/>|>[\s\S]*?<\/\1\s*>)|^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]*\2[ \t]*$|(?![\s\S]))|(`+)(?!`)[^\n]*?[^`]\3(?!`)/gim;
const re = new RegExp(process.argv[2]!);
let n = 0;
for (const p of corpusPages()) {
  const text = sourceFile(p.bytes, p.relPath).text.replace(LITERAL, (s) => s.replace(/[^\n]/g, ' '));
  const lines = text.split('\n');
  lines.forEach((l, i) => { if (i > 0 && re.test(l) && n++ < 40) console.log(p.relPath.slice(0,50), i+1, '|', l.slice(0, 100), '| prev:', lines[i-1]!.slice(0,20), '| next:', (lines[i+1]??'').slice(0,20)); });
}
console.log(n);
