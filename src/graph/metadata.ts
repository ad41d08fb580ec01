import type { ParsedPage, Section } from '../parse/index.ts';
import type { SourceRef } from './types.ts';
import { parseDate } from './values.ts';

/**
 * Page metadata written without properties, as a reader sees it: a `{{Implementation|domain=a,b|link=URL}}`
 * infobox, a Markdown "Metadata" table (`| **Domains** | a, b |`, `| Last Updated | 2025-12-18 |`),
 * a `== Domains ==` section of links or categories, a `== Knowledge Sources ==` section of external links,
 * or YAML front matter. The graph uses it only for what a page states with no property at all.
 */
export interface PageMetadata {
	readonly domains: readonly string[];
	readonly sources: readonly SourceRef[];
	readonly lastUpdated?: string;
}

const DOMAIN_LABEL = /^(?:primary |secondary )?domains?$/iu;
const DATE_LABEL = /^(?:last[ _-]?updated|updated)$/iu;
const SOURCE_LABEL = /^(?:sources?|source files?)$/iu;

/** A table label cell as plain text: `**Domains**:` -> `Domains`. */
const label = (cell: string) =>
	cell
		.replace(/[*_`'":]+/gu, ' ')
		.replace(/\s+/gu, ' ')
		.trim();
const splitList = (text: string) =>
	text
		.split(/[,;]/u)
		.map((t) => t.replace(/[`*]/gu, '').trim())
		.filter(Boolean);

/** `Repo` for code hosts, `Paper` for paper sites, else `Doc`. */
function sourceType(url: string): string {
	if (/^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org)\//iu.test(url)) return 'Repo';
	if (/^https?:\/\/(?:www\.)?(?:arxiv\.org|aclanthology\.org|openreview\.net|huggingface\.co\/papers)\//iu.test(url))
		return 'Paper';
	return 'Doc';
}

/** Title of a source known only by its URL: `https://github.com/huggingface/peft` -> `huggingface/peft`. */
function titleFromUrl(url: string): string {
	const m = /^[a-z]+:\/\/(?:www\.)?([^/?#]+)(\/[^?#]*)?/iu.exec(url);
	const path = (m?.[2] ?? '').replace(/^\/+|\/+$/gu, '');
	return (m?.[1]?.match(/^(?:github|gitlab)\.com$/iu) && path ? path : [m?.[1], path].filter(Boolean).join('/')) || url;
}

/** Line ranges `[start, end)` of the sections whose title matches, from the heading tree. */
function sectionRanges(sections: readonly Section[], match: RegExp): [number, number][] {
	const flat: Section[] = [];
	const walk = (list: readonly Section[]) => list.forEach((s) => (flat.push(s), walk(s.children)));
	walk(sections);
	flat.sort((a, b) => a.line - b.line);
	return flat.flatMap((s, i) => {
		if (!match.test(s.title.trim())) return [];
		const next = flat.slice(i + 1).find((t) => t.level <= s.level);
		return [[s.line, next ? next.line : Infinity] as [number, number]];
	});
}

const within = (ranges: readonly [number, number][], line: number) => ranges.some(([a, b]) => line > a && line < b);

function domainsOf(page: ParsedPage): string[] {
	const out: string[] = [];
	for (const t of page.templates)
		for (const p of t.params) if (DOMAIN_LABEL.test(p.name.trim())) out.push(...splitList(p.value));
	for (const table of page.tables)
		for (const row of table.rows)
			if (row.cells.length >= 2 && DOMAIN_LABEL.test(label(row.cells[0]!))) out.push(...splitList(row.cells[1]!));
	const fm = page.frontMatter.domains ?? page.frontMatter.domain;
	if (typeof fm === 'string') out.push(...splitList(fm));
	else if (Array.isArray(fm)) out.push(...fm.filter((v): v is string => typeof v === 'string').map((v) => v.trim()));
	if (out.length > 0) return out;
	const ranges = sectionRanges(page.sections, /^domains?$/iu);
	if (ranges.length === 0) return out;
	const prose = page.prose.filter(
		(b) => b.section.length > 0 && /^domains?$/iu.test(b.section[b.section.length - 1]!.trim()) && b.text.trim() !== '',
	);
	for (const block of prose) out.push(...(block.kind === 'paragraph' ? splitList(block.text) : [block.text.trim()]));
	// A Domains section holding only `[[Category:X]]` lines: the categories are the domains the reader sees.
	return out.length > 0 ? out : [...page.categories];
}

function sourcesOf(page: ParsedPage): SourceRef[] {
	const out: SourceRef[] = [];
	for (const t of page.templates) {
		for (const p of t.params)
			if (/^(?:link|url|repository)$/iu.test(p.name.trim()) && /^https?:\/\/\S+$/iu.test(p.value.trim()))
				out.push({ type: sourceType(p.value.trim()), title: titleFromUrl(p.value.trim()), url: p.value.trim() });
	}
	for (const table of page.tables) {
		for (const row of table.rows) {
			if (row.cells.length < 2 || !SOURCE_LABEL.test(label(row.cells[0]!))) continue;
			for (const path of splitList(row.cells[1]!).filter((p) => !/\s/u.test(p)))
				out.push(
					/^https?:\/\//iu.test(path)
						? { type: sourceType(path), title: titleFromUrl(path), url: path }
						: { type: 'Code', title: path.slice(path.lastIndexOf('/') + 1) || path, url: path },
				);
		}
	}
	const ranges = sectionRanges(page.sections, /^(?:knowledge )?sources$/iu);
	const inSources = page.prose.filter(
		(b) => b.section.length > 0 && /^(?:knowledge )?sources$/iu.test(b.section[b.section.length - 1]!.trim()),
	);
	const listed: [number, SourceRef][] = [];
	for (const block of inSources) {
		// `* Source File: src/peft/tuners/lora/aqlm.py`: a code file named in plain text
		const m = /^(?:source(?: file)?|file(?: path)?)\s*:\s*`?([^\s`]+)`?$/iu.exec(block.text.trim());
		if (m && !/^https?:\/\//iu.test(m[1]!))
			listed.push([block.line, { type: 'Code', title: m[1]!.slice(m[1]!.lastIndexOf('/') + 1) || m[1]!, url: m[1]! }]);
	}
	for (const link of page.links) {
		if (link.kind !== 'external' || !within(ranges, link.line)) continue;
		listed.push([
			link.line,
			{ type: sourceType(link.target), title: link.text?.trim() || titleFromUrl(link.target), url: link.target },
		]);
	}
	return [...out, ...listed.sort((a, b) => a[0] - b[0]).map(([, ref]) => ref)];
}

function dateOf(page: ParsedPage): string | undefined {
	for (const table of page.tables) {
		for (const row of table.rows) {
			const iso =
				row.cells.length >= 2 && DATE_LABEL.test(label(row.cells[0]!))
					? parseDate(row.cells[1]!.replace(/[`*]/gu, ''))
					: undefined;
			if (iso) return iso;
		}
	}
	for (const t of page.templates) {
		for (const p of t.params) {
			const iso = DATE_LABEL.test(p.name.trim()) ? parseDate(p.value) : undefined;
			if (iso) return iso;
		}
	}
	for (const key of ['last_updated', 'lastUpdated', 'last-updated', 'updated', 'date']) {
		const v = page.frontMatter[key];
		const iso = typeof v === 'string' ? parseDate(v) : v instanceof Date ? v.toISOString().slice(0, 10) : undefined;
		if (iso) return iso;
	}
	return undefined;
}

/** Reads the metadata a page states without properties (see {@link PageMetadata}). */
export function pageMetadata(page: ParsedPage): PageMetadata {
	const lastUpdated = dateOf(page);
	return lastUpdated
		? { domains: domainsOf(page), sources: sourcesOf(page), lastUpdated }
		: { domains: domainsOf(page), sources: sourcesOf(page) };
}
