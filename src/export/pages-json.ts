import { z } from 'zod';
import { overviewText } from '../graph/index.ts';
import type { ParsedPage, Section } from '../parse/index.ts';
import type { ExportInput } from './types.ts';
import { toJsonSchema } from './json-schema.ts';
import { SCHEMA_VERSION } from './schema-version.ts';
import { compareCodeUnits } from '../text/index.ts';

/** A heading of a page as the export writes it, with the headings below it. */
export type SectionJson = { title: string; level: number; anchor: string; line: number; children: SectionJson[] };

/** One section of a page's heading tree. */
export const sectionSchema: z.ZodType<SectionJson> = z.lazy(() =>
	z.object({
		/** Heading text, plain. */
		title: z.string().describe('Heading text, plain.'),
		level: z.number().int().min(1).max(6).describe('Heading level: `==` is 2.'),
		anchor: z.string().describe('Anchor id of the heading on the page.'),
		line: z.number().int().min(1).describe('1-based line of the heading.'),
		children: z.array(sectionSchema).describe('Sections under this one.'),
	}),
);

/** Shape of `api/pages.json`. */
export const pagesFileSchema = z
	.object({
		schemaVersion: z.literal(SCHEMA_VERSION).describe('Version of the export format.'),
		pages: z
			.array(
				z.object({
					id: z.string().describe('Page title, e.g. `Heuristic:Learning_Rate_Tuning`.'),
					title: z.string().describe('Display title.'),
					type: z
						.string()
						.describe(
							'Page type: its namespace as canonically spelled (`Heuristic`, `Help`, `Property`), empty for the main namespace.',
						),
					file: z.string().describe('Path of the page file relative to the content folder.'),
					format: z
						.enum(['wikitext', 'markdown'])
						.describe('Whether the page is wikitext (with Markdown parts) or pure Markdown.'),
					sections: z.array(sectionSchema).describe('Heading tree.'),
					summary: z
						.string()
						.describe(
							"Plain-text summary, at most 300 characters: the page's Overview text (else its prose outside metadata sections, else its whole text), never its fact box.",
						),
					diagnostics: z.number().int().min(0).describe('Number of diagnostics about this page.'),
				}),
			)
			.describe('One entry per page, sorted by id.'),
	})
	.strict();

/** JSON Schema of `api/pages.json`. */
export const pagesSchema = toJsonSchema(pagesFileSchema, 'pages', 'wikikb pages');

/** A section as the export writes it. */
export const toSectionJson = (s: Section): SectionJson => ({
	title: s.title,
	level: s.level,
	anchor: s.anchor,
	line: s.line,
	children: s.children.map(toSectionJson),
});

/** Cuts text at a word boundary to at most `max` characters, adding `…` when cut. */
export function summarize(text: string, max = 300): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** A page's plain-text summary: its Overview text, else its prose, else its whole text, cut to 300 characters. */
export function pageSummary(page: ParsedPage): string {
	return summarize(overviewText(page.prose) || page.plainText);
}

/** The `api/pages.json` payload. */
export function pagesJson(result: ExportInput): z.infer<typeof pagesFileSchema> {
	const counts = new Map<string, number>();
	for (const d of result.diagnostics) counts.set(d.file, (counts.get(d.file) ?? 0) + 1);
	const pages = [...result.pages]
		.sort((a, b) => compareCodeUnits(a.id, b.id))
		.map((p) => ({
			id: p.id,
			title: p.title,
			type: p.namespace,
			file: p.file,
			format: p.format,
			sections: p.sections.map(toSectionJson),
			summary: pageSummary(p),
			diagnostics: counts.get(p.path) ?? 0,
		}));
	return { schemaVersion: SCHEMA_VERSION, pages };
}
