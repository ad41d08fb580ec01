import { parseWikitext } from './src/parse/wikitext.ts';
const root = parseWikitext(`{{#mermaid:graph TD\nA{x} --> B[[y]]\n}}\n{{Implementation\n|domain=NLP,PEFT\n|link=https://x.y\n|anon}}\nSee <code>[[a::b]]</code> and [https://a.b text] or https://c.d/e and [[:Category:Foo|cat]] [[Category:Bar]] <math display="block">x^2</math> <pre>[[p::q]]</pre> '''b''' ''i'' [[p::a<b>c]] {{!}} <br/>\n; term : def\n#: x\n----`);
function dump(t: any, d=0){ for (const c of t.childNodes) { console.log(' '.repeat(d*2)+c.type+(c.name!==undefined?'#'+c.name:'')+(c.closing?' closing':'')+' '+JSON.stringify(String(c).slice(0,40))); if(c.type!=='text') dump(c,d+1);} }
dump(root);
const mm: any = root.querySelector('magic-word');
console.log(mm.name, mm.getAllArgs().map((a: any)=>[a.name, a.anon, a.getValue()]));
const tp: any = root.querySelector('template');
console.log(tp.name, tp.getAllArgs().map((a: any)=>[a.name, a.anon, a.getValue()]));
