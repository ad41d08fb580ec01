// The floor of the site part of a build: Astro builds the Markdown site `makeMarkdownSite` wrote (argument: its
// folder), then Pagefind indexes its HTML with wikikb's own indexing step (`indexBuiltSite`, what `wikikb build`
// runs after Astro; the bench compiles lib/ first).
import { join } from 'node:path';
import { build } from 'astro';
import { indexBuiltSite } from '../../lib/site/index.js';

const root = process.argv[2];
await build({ root, logLevel: 'silent' });
await indexBuiltSite(join(root, 'dist'));
