import Parser from 'wikiparser-node';
import { readFileSync } from 'node:fs';
const cfg = structuredClone(JSON.parse(readFileSync('node_modules/wikiparser-node/config/default.json','utf8')));
Object.assign(cfg.namespaces, { 3000: 'Workflow', 3002: 'Principle', 3004: 'Implementation', 3006: 'Environment', 3008: 'Heuristic' });
Object.assign(cfg.nsid, { workflow: 3000, principle: 3002, implementation: 3004, environment: 3006, heuristic: 3008 });
for (const f of ['mermaid', 'ask', 'show', 'set', 'subobject']) { cfg.parserFunction[0]['#' + f] = f; cfg.functionHook.push(f); }
Parser.config = cfg;
const text = readFileSync('/work/shared/seed/000_8520e3a803257a82.txt','utf8');
const root = Parser.parse(text);
function dump(t, d=0){ if (d>4) return; for (const c of t.childNodes) { const s=c.toString(); console.log(' '.repeat(d*2)+c.type+(c.name?'#'+c.name:'')+' '+JSON.stringify(s.slice(0,50))); if(c.childNodes && c.type!=='text') dump(c,d+1);} }
dump(root);
const t = root.querySelectorAll('table')[1];
console.log(t.getLayout().map(r=>r.map(c=>JSON.stringify(c))));
const c = t.getNthCell({row:1,column:0}); console.log(c.subtype, JSON.stringify(c.innerText), c.childNodes.map(x=>x.type));
console.log(root.querySelector('link').getAbsoluteIndex(), root.posFromIndex(root.querySelector('link').getAbsoluteIndex()));
console.log(root.lint().map(e=>e.rule+' '+e.startLine+':'+e.startCol+' '+e.message).slice(0,20));
