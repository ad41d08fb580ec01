import { loadSiteData } from './src/site/lib/site-data.ts';
import { indexInMemory } from './src/site/lib/search-index.ts';
process.env.WIKIKB_CONTENT = process.argv[2];
const data = await loadSiteData();
const t0 = performance.now();
const files = await indexInMemory(data);
console.log('custom records index', files.length, 'files', ((performance.now() - t0) / 1000).toFixed(1), 's', (files.reduce((a, f) => a + f.content.length, 0) / 2 ** 20).toFixed(1), 'MB');
