import { loadSiteData } from './src/site/lib/site-data.ts';
process.env.WIKIKB_CONTENT = process.argv[2];
const { result, model } = await loadSiteData();
const mb = (x: unknown) => (JSON.stringify(x).length / 2 ** 20).toFixed(0) + ' MB';
const p0 = result.pages[0]!;
console.log('pages', mb(result.pages), 'rendered', mb([...result.rendered.values()]), 'graph', mb(result.graph), 'rules', mb(result.rules), 'model nodes data', mb(model.nodes.map((n) => n.data)), 'properties', mb(model.properties), 'model graph', mb(model.graph));
for (const k of Object.keys(p0)) console.log(' page.' + k, mb(result.pages.map((p) => (p as any)[k])));
console.log('heap', (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0));
process.exit(0);
