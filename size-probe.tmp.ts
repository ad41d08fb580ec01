import { parsePage } from '/work/main/src/parse/index.ts';
import { renderPage } from '/work/main/src/render/index.ts';
import { sourceFile } from '/work/main/test/helpers/source.ts';
const cases: Record<string, () => string> = {
	'5MB': () => ('Lorem ipsum dolor sit amet [[x]] '.repeat(40) + '\n\n').repeat(3900),
	'100k links': () => Array.from({ length: 100_000 }, (_, i) => `[[P${i}]]`).join(' '),
	'100k links long': () => Array.from({ length: 100_000 }, (_, i) => `[[Heuristic:Page ${i}]]`).join(' '),
	'list 500 deep': () => Array.from({ length: 500 }, (_, i) => '*'.repeat(i + 1) + ' item').join('\n'),
	'list 5000 stars': () => '*'.repeat(5000) + ' x',
	'templates 500 deep': () => '{{a|'.repeat(500) + 'x' + '}}'.repeat(500),
	'templates 150 deep': () => '{{a|'.repeat(150) + 'x' + '}}'.repeat(150),
	'tables 300 deep': () => '{|\n|\n'.repeat(300) + 'x\n' + '|}\n'.repeat(300),
	'tables 150 deep': () => '{|\n|\n'.repeat(150) + 'x\n' + '|}\n'.repeat(150),
	'10k tables': () => '{| class="wikitable"\n! h\n|-\n| a || b\n|}\n'.repeat(10_000),
	'span 2000 deep': () => '<span>'.repeat(2000) + 'x' + '</span>'.repeat(2000),
	'div 5000 deep': () => '<div>'.repeat(5000) + 'x',
	'blockquote 3000': () => '<blockquote>'.repeat(3000) + 'x',
	'dl 1000 deep': () => ':'.repeat(1000) + ' x',
	'md list 500 deep': () => Array.from({ length: 500 }, (_, i) => '  '.repeat(i) + '- item').join('\n'),
	'md quote 1000': () => '>'.repeat(1000) + ' x',
	'1MB line': () => 'a'.repeat(1_000_000),
	'100k unclosed [[': () => '[['.repeat(100_000),
	'100k quotes': () => "'''''x".repeat(50_000),
	'10k headings': () => Array.from({ length: 10_000 }, (_, i) => `== H${i} ==\ntext`).join('\n'),
	'50k math': () => '<math>x^2</math> '.repeat(5000),
	'links in brackets 20k': () => '[http://x.org/a '.repeat(20_000),
};
const only = process.argv[2];
for (const [name, make] of Object.entries(cases)) {
	if (only && !name.includes(only)) continue;
	const text = make();
	const t0 = performance.now();
	const parsed = parsePage(sourceFile(text));
	const t1 = performance.now();
	let r;
	try { r = await renderPage(parsed, { pageExists: () => false }); } catch (e) { console.log(name, 'RENDER THREW', String(e).slice(0, 200)); continue; }
	const t2 = performance.now();
	const rules = [...new Set([...parsed.page.diagnostics, ...r.diagnostics].map((d) => d.rule))].join(',');
	console.log(`${name.padEnd(20)} chars=${text.length} parse=${(t1 - t0).toFixed(0)}ms render=${(t2 - t1).toFixed(0)}ms tree=${parsed.tree.kind} html=${r.html.length} rules=${rules}`);
}
