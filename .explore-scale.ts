import { parsePage } from './src/parse/index.ts';
import { sourceFile } from './test/helpers/source.ts';
for (const n of [1000, 2000, 4000]) {
  for (const [name, text] of [['md', '- x\n  - y\n'.repeat(n)], ['wiki-md', '[[a]]\n' + '- x\n  - y\n'.repeat(n)], ['bt', '`'.repeat(n*10)], ['bt-wiki', '[[a]]' + '`'.repeat(n*10)]] as const) {
    const t0 = performance.now(); parsePage(sourceFile(text)); console.log(name, n, Math.round(performance.now() - t0) + 'ms');
  }
}
