/** Reads a page's `[[source::Type|Title|URL]]` facts into the sources its rules carry. Pure. */
import type { ParsedPage } from '../parse/types.ts';
import type { LrSource } from './types.ts';

/** `source`, `Source`, ` source ` alike (first letter case-insensitive, `_` = space). */
const isSourceProperty = (name: string) => name.trim().replace(/_/g, ' ').toLowerCase() === 'source';

/**
 * Reads one source value: `Type|Title|URL`, or `Type|Title` (two-part form), or a lone title.
 * The third part may be a path or free text; any further `|` stays in it.
 * @example readSource('Paper|LoRA Paper|https://arxiv.org/abs/2106.09685') // { type: 'Paper', title: 'LoRA Paper', url: 'https://arxiv.org/abs/2106.09685' }
 */
export function readSource(value: string): LrSource | undefined {
	const parts = value.split('|').map((p) => p.trim());
	if (parts.every((p) => p === '')) return undefined;
	if (parts.length === 1) return { type: '', title: parts[0]! };
	const [type, title, ...rest] = parts as [string, string, ...string[]];
	const url = rest.join('|').trim();
	return url ? { type, title, url } : { type, title };
}

/** The sources a page cites, in the order written, each once. */
export function pageSources(page: ParsedPage): LrSource[] {
	const seen = new Set<string>();
	const out: LrSource[] = [];
	for (const fact of page.facts) {
		if (!isSourceProperty(fact.property)) continue;
		const source = readSource(fact.value);
		if (!source) continue;
		const key = `${source.type}|${source.title}|${source.url ?? ''}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(source);
	}
	return out;
}
