/**
 * The site's door for the command (Node side): read the content for the site, build it or serve it with Astro,
 * index a built site for search, and hear of the dev server's reloads. The site's settings are the wikikb
 * integration's options (`SiteSettings`), given here and read inside through `server/settings.ts`.
 * @example
 * const settings = { contentDir: '/abs/content', namespaces: [], dev: false, deferSearchIndex: false };
 * await loadSite(settings);
 * await buildSite(settings, { base: '/', outDir: '/abs/dist' }, () => {});
 */
export { buildSite, loadSite, serveSite, type SiteAddress } from './server/run-site.ts';
export type { SiteSettings } from './server/settings.ts';
export type { SiteData } from './server/site-data.ts';
export { indexBuiltSite } from './server/search-index.ts';
export { onReload, type ReloadEvent } from './server/site-slot.ts';
export { normalizeBase, normalizeSite } from './view/site-address.ts';
