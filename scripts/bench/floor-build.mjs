// The floor of the site part of a build: Astro builds the Markdown site `makeMarkdownSite` wrote (argument: its
// folder), then Pagefind indexes its HTML with the Node API, as `wikikb build` does after Astro.
import { join } from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';

const root = process.argv[2];
await build({ root, logLevel: 'silent' });
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: join(root, 'dist') });
if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: join(root, 'dist', 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
