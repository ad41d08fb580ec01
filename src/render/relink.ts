const DOMAIN_HREF = /href="\/domain\/([^"/#?]+)\/"/gu;

/** The case-insensitive key of a domain URL segment: `~hex~` escapes undone, `_` as space, lower case. */
function segmentKey(segment: string): string {
	const text = segment.replace(/~([0-9a-f]+)~/gu, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
	return text.replace(/[_\s]+/gu, ' ').trim().toLowerCase();
}

/**
 * Points the domain links of a rendered page at the graph's domain nodes. A page links a domain as it spells it
 * (`[[domain::fine_tuning]]` -> `/domain/Fine_tuning/`) while the graph names the node after the most common
 * spelling in the whole wiki (`/domain/Fine_Tuning/`), which is only known once every page is read; run this on
 * each page's HTML after `buildGraph`. Links that already match, and other links, are left as they are.
 * @example relinkDomains('<a href="/domain/Fine_tuning/">', nodes) // '<a href="/domain/Fine_Tuning/">'
 */
export function relinkDomains(html: string, nodes: readonly { readonly namespace: string; readonly name: string; readonly url: string }[]): string {
	const byKey = new Map<string, string>();
	for (const node of nodes) if (node.namespace === 'Domain') byKey.set(node.name.replace(/[_\s]+/gu, ' ').trim().toLowerCase(), node.url);
	return html.replace(DOMAIN_HREF, (whole, segment: string) => {
		const url = byKey.get(segmentKey(segment));
		return url ? `href="${url}"` : whole;
	});
}
