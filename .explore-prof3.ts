import { parseMarkdown } from './src/parse/markdown.ts';
import { parseMarkdownPage } from './src/parse/markdown-page.ts';
for (const n of [2000, 4000]) {
const text = '- x\n  - y\n'.repeat(n);
let t0 = performance.now(); parseMarkdown(text); console.log('remark', n, Math.round(performance.now() - t0));
t0 = performance.now(); parseMarkdownPage(text, 'x'); console.log('page', n, Math.round(performance.now() - t0));
}
