import type { NodeData } from './view-types.ts';

/** The name the site gives itself in titles, feeds and metadata. */
export const SITE_NAME = 'wikikb';

/**
 * JSON for a `<script type="application/ld+json">` element: page text is untrusted, and `</script>` or `<!--`
 * inside a string would end or change the element, so `<`, `>` and `&` (and the line separators JavaScript once
 * refused) are written as `\u` escapes, which JSON reads back as the same characters.
 * @example scriptJson({ name: '</script><script>alert(1)' }) // '{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)"}'
 */
export function scriptJson(value: unknown): string {
	return JSON.stringify(value).replace(
		/[<>&\u2028\u2029]/gu,
		(ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}

/**
 * The schema.org description of a knowledge page (`TechArticle`): its title, overview, date of last update,
 * domains (`about`) and sources (`citation`), with absolute addresses.
 * @param page the page's view
 * @param absolute turns a site path into the page's public address
 */
export function articleJsonLd(
	page: Pick<NodeData, 'title' | 'overview' | 'lastUpdated' | 'domains' | 'sources' | 'url' | 'namespace'>,
	absolute: (path: string) => string,
): Record<string, unknown> {
	const url = absolute(page.url);
	return {
		'@context': 'https://schema.org',
		'@type': 'TechArticle',
		headline: page.title,
		name: page.title,
		url,
		mainEntityOfPage: url,
		genre: page.namespace,
		...(page.overview ? { description: page.overview } : {}),
		...(page.lastUpdated ? { dateModified: page.lastUpdated } : {}),
		...(page.domains.length > 0
			? {
					about: page.domains.map((d) => ({ '@type': 'DefinedTerm', name: d.title, url: absolute(d.url) })),
					keywords: page.domains.map((d) => d.title).join(', '),
				}
			: {}),
		...(page.sources.length > 0
			? {
					citation: page.sources.map((s) => ({
						'@type': 'CreativeWork',
						name: s.title,
						...(s.href ? { url: s.href } : {}),
					})),
				}
			: {}),
		isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: absolute('/') },
	};
}
