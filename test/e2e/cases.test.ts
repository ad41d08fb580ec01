import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { backlinks, outlinks, wantedPages } from '../../src/graph/index.ts';
import type { Graph, GraphNode } from '../../src/graph/types.ts';
import { RULES } from '../../src/diagnostics/rules.ts';
import { recommendLr } from '../../src/lr/index.ts';
import type { LrQuery, LrRule } from '../../src/lr/types.ts';
import type { ParsedPage, Section } from '../../src/parse/types.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline/run.ts';
import { E2E_FIXTURES, expectationCases, isAbout, readExpectation, type PageExpectation } from './case.ts';
import { project, sortSets, type Json } from './expect-shape.ts';

/** Heading tree reduced to what a reader sees: level, title, children. */
const tree = (sections: readonly Section[]): unknown =>
	sections.map((s) => ({ level: s.level, title: s.title, children: tree(s.children) }));

/** A rule as the expectation names it: `notesMatch` is "the notes mention this". */
function projectRule(
	rule: LrRule,
	want: PageExpectation['rules'] extends readonly (infer R)[] | undefined ? R : never,
): unknown {
	const { notesMatch, ...rest } = want;
	const shape = project(rule, rest as Json) as Record<string, unknown>;
	if (notesMatch !== undefined)
		shape.notesMatch = rule.notes.toLowerCase().includes(notesMatch.toLowerCase())
			? notesMatch
			: `notes: ${JSON.stringify(rule.notes)}`;
	return shape;
}

const norm = (tag: string) => tag.replaceAll(' ', '_').toLowerCase();

for (const name of expectationCases()) {
	const want = readExpectation(name);
	describe(`e2e case ${name}`, () => {
		let result: PipelineResult;
		let graph: Graph;
		const node = (id: string): GraphNode | undefined => graph.nodes.find((n) => n.id === id);

		beforeAll(async () => {
			result = await runPipeline({ contentDir: join(E2E_FIXTURES, name), cacheDir: false, threads: 1 });
			graph = result.graph;
		}, 300_000);

		test('reads exactly the page files (no _-prefixed files or folders, every extension)', () => {
			expect(result.pages.map((p) => p.file).sort()).toEqual([...want.pageFiles].sort());
		});

		for (const [file, page] of Object.entries(want.pages)) {
			describe(file, () => {
				const parsed = (): ParsedPage => {
					const p = result.pages.find((x) => x.file === file);
					expect(p, `no parsed page for ${file}`).toBeDefined();
					return p!;
				};

				test('title, name, id, format, front matter, categories', () => {
					expect(project(parsed(), page.page)).toEqual(page.page);
				});
				if (page.sections)
					test('heading tree (the title line is not a section)', () => {
						expect(tree(parsed().sections)).toEqual(page.sections);
					});
				if (page.anchors)
					test('section anchors are MediaWiki-style and unique', () => {
						const flat = (sections: readonly Section[]): string[] =>
							sections.flatMap((x) => [x.anchor, ...flat(x.children)]);
						expect(flat(parsed().sections)).toEqual(page.anchors);
					});
				if (page.facts)
					test('facts exactly as written, none from code, comments or nowiki', () => {
						const facts = parsed().facts.map((f) => ({
							property: f.property,
							value: f.value,
							display: f.display ?? null,
							line: f.line,
						}));
						expect(facts).toEqual(page.facts);
					});
				if (page.links)
					for (const link of page.links)
						test(`as-written link ${JSON.stringify(link)}`, () => {
							const candidates = parsed().links.filter((l) => l.target === (link as { target: string }).target);
							expect(
								candidates.map((l) => project(l, link)),
								`links: ${JSON.stringify(parsed().links.map((l) => l.target))}`,
							).toContainEqual(link);
						});
				if (page.linkPatterns)
					for (const pattern of page.linkPatterns)
						test(`a link matches /${pattern}/`, () => {
							const re = new RegExp(pattern);
							expect(
								parsed()
									.links.map((l) => l.target)
									.filter((t) => re.test(t)),
							).not.toEqual([]);
						});
				if (page.absentLinkPatterns)
					test('no link is read from code, comments, nowiki or categories', () => {
						const res = page.absentLinkPatterns!.map((p) => new RegExp(p, 'i'));
						const bad = parsed().links.filter((l) => res.some((re) => re.test(l.target)));
						expect(bad).toEqual([]);
					});
				if (page.tables?.length === 0)
					test('no tables (not even from code)', () => expect(parsed().tables.map((t) => t.header)).toEqual([]));
				if (page.tables)
					for (const table of page.tables)
						test(`table ${JSON.stringify(table.header)}`, () => {
							const t = parsed().tables.find((x) => JSON.stringify(x.header) === JSON.stringify(table.header));
							expect(t, `tables: ${JSON.stringify(parsed().tables.map((x) => x.header))}`).toBeDefined();
							const { rowCount, firstRow, ...rest } = table;
							const got = {
								...(project(t, rest as Json) as object),
								...(rowCount === undefined ? {} : { rowCount: t!.rows.length }),
								...(firstRow === undefined ? {} : { firstRow: t!.rows[0]?.cells }),
							};
							expect(got).toEqual(table);
						});
				if (page.code)
					test('code blocks', () => {
						const code = parsed().code.map((c) => ({ syntax: c.syntax, lang: c.lang, line: c.line }));
						for (const c of page.code!) expect(code.map((x) => project(x, c))).toContainEqual(c);
					});
				if (page.templates)
					test('templates are kept with their parameters', () => {
						const templates = parsed().templates.map((t) => ({ name: t.name, params: t.params }));
						for (const t of page.templates!) expect(templates.map((x) => project(x, t))).toContainEqual(t);
					});
				if (page.math !== undefined) test('math formulas', () => expect(parsed().math.length).toBe(page.math));
				if (page.diagrams !== undefined) test('diagrams', () => expect(parsed().diagrams.length).toBe(page.diagrams));
				const wantNode = page.node;
				if (wantNode)
					test('graph node: domains, sources, lastUpdated, overview', () => {
						const id = (wantNode as { id: string }).id;
						expect(project(node(id), wantNode)).toEqual(wantNode);
					});
				if (page.rules) {
					const pageId = (page.page as { id: string }).id;
					const ofPage = () => result.rules.filter((r) => r.page === pageId);
					test('LR rules come from exactly the expected lines (none from code, settings or counts)', () => {
						const lines = [...new Set(ofPage().map((r) => r.line))].sort((a, b) => a - b);
						expect(lines).toEqual([...new Set(page.rules!.map((r) => r.line))].sort((a, b) => a - b));
					});
					test('every rule names its page file, has a stable unique id and carries the page sources', () => {
						const rules = ofPage();
						for (const r of rules) {
							expect(r.file).toBe(file);
							expect(r.id.startsWith(`${pageId}#`), r.id).toBe(true);
						}
						expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
						const sources = (wantNode as { sources?: Json } | undefined)?.sources;
						if (sources)
							for (const r of rules)
								expect(project(r.sources, sources), `sources of the rule at line ${r.line}`).toEqual(sources);
					});
					const lines = [...new Set(page.rules.map((r) => r.line))];
					for (const line of lines)
						test(`LR rule at ${file}:${line}`, () => {
							// Several rules on one line (two LR columns, two clauses) are compared in order of their lower bound.
							const wanted = page
								.rules!.filter((r) => r.line === line)
								.sort((a, b) => (a.lr as { min: number }).min - (b.lr as { min: number }).min);
							const onLine = ofPage()
								.filter((r) => r.line === line)
								.sort((a, b) => a.lr.min - b.lr.min);
							const shapes = onLine.map((r, i) => projectRule(r, wanted[Math.min(i, wanted.length - 1)]!));
							expect(shapes).toEqual(
								wanted.map(({ notesMatch, ...rest }) => ({
									...(sortSets(rest as Json) as object),
									...(notesMatch === undefined ? {} : { notesMatch }),
								})),
							);
						});
				}
			});
		}

		if (want.nodes)
			for (const n of want.nodes)
				test(`node ${(n as { id: string }).id}`, () => {
					const id = (n as { id: string }).id;
					expect(node(id), `no node ${id}`).toBeDefined();
					expect(project(node(id), n)).toEqual(n);
				});
		if (want.absentNodePatterns)
			test('no node from code, comments, nowiki or skipped files', () => {
				const res = want.absentNodePatterns!.map((p) => new RegExp(p, 'i'));
				expect(graph.nodes.filter((n) => res.some((re) => re.test(n.id) || re.test(n.title))).map((n) => n.id)).toEqual(
					[],
				);
			});
		if (want.domainNodes)
			for (const [tag, pages] of Object.entries(want.domainNodes)) {
				if (tag.startsWith('$')) continue;
				test(`domain ${tag}: one node whatever the spelling, tagged by exactly these pages`, () => {
					const nodes = graph.nodes.filter((n) => n.kind === 'domain' && norm(n.id.replace(/^Domain:/, '')) === tag);
					expect(nodes.map((n) => n.id)).toHaveLength(1);
					const from = graph.edges.filter((e) => e.relation === 'domain' && e.to === nodes[0]!.id).map((e) => e.from);
					expect(from.sort()).toEqual([...(pages as string[])].sort());
				});
			}
		if (want.sharedSources)
			for (const s of want.sharedSources)
				test(`one source node for ${s.url}, cited by ${s.pages.join(' and ')}`, () => {
					const targets = s.pages.map(
						(p) => new Set(graph.edges.filter((e) => e.from === p && e.relation === 'source').map((e) => e.to)),
					);
					const shared = [...targets[0]!].filter((t) => targets.every((set) => set.has(t)));
					expect(shared).toHaveLength(1);
				});
		if (want.edges)
			for (const e of want.edges)
				test(`edge ${e.from} -${e.relation}-> ${e.to}`, () => {
					const found = graph.edges.filter((x) => x.from === e.from && x.to === e.to && x.relation === e.relation);
					expect(
						found,
						`edges from ${e.from}: ${JSON.stringify(graph.edges.filter((x) => x.from === e.from).map((x) => [x.relation, x.to]))}`,
					).toHaveLength(1);
					if (e.order !== undefined) expect(found[0]!.order).toBe(e.order);
					if (e.facts !== undefined) expect(found[0]!.facts).toHaveLength(e.facts);
				});
		if (want.symmetricEdges)
			for (const e of want.symmetricEdges)
				test(`symmetric ${e.relation} between ${e.a} and ${e.b}`, () => {
					const found = graph.edges.filter(
						(x) => x.relation === e.relation && ((x.from === e.a && x.to === e.b) || (x.from === e.b && x.to === e.a)),
					);
					expect(found.length).toBeGreaterThan(0);
				});
		if (want.absentEdges)
			for (const e of want.absentEdges)
				test(`no edge from ${e.from} with relation ${e.relation}${e.to ? ` to ${e.to}` : ''}`, () => {
					const found = graph.edges.filter(
						(x) => x.from === e.from && x.relation === e.relation && (e.to === undefined || x.to === e.to),
					);
					expect(found.map((x) => x.to)).toEqual([]);
				});
		if (want.stepEdgeCount)
			for (const [wf, count] of Object.entries(want.stepEdgeCount))
				test(`${wf} has ${count} step edges (a repeated step is one edge)`, () => {
					expect(graph.edges.filter((e) => e.from === wf && e.relation === 'step').map((e) => e.to)).toHaveLength(
						count,
					);
				});
		if (want.diagnostics)
			for (const d of want.diagnostics)
				test(`diagnostic ${d.rule ?? '(any rule)'} at ${d.file}:${d.line}`, () => {
					const about = result.diagnostics.filter((x) => isAbout(x, d.file));
					if (d.rule === undefined)
						expect(
							about.map((x) => x.line),
							JSON.stringify(about.map((x) => `${x.line} ${x.rule}`)),
						).toContain(d.line);
					else
						expect(about.map((x) => ({ line: x.line, rule: x.rule }))).toContainEqual({ line: d.line, rule: d.rule });
				});
		if (want.absentDiagnostics)
			for (const d of want.absentDiagnostics)
				test(`no ${d.rule ?? 'diagnostic'} about ${d.file}`, () => {
					const found = result.diagnostics.filter(
						(x) => isAbout(x, d.file) && (d.rule === undefined || x.rule === d.rule),
					);
					expect(found.map((x) => `${x.line}:${x.col} ${x.rule} ${x.message}`)).toEqual([]);
				});
		if (want.wanted)
			test('wanted pages: exactly the missing link targets, with who links to them', () => {
				const wanted = wantedPages(graph);
				expect(wanted.map((w) => w.node.id).sort()).toEqual([...want.wanted!.ids].sort());
				for (const [id, from] of Object.entries(want.wanted!.linkedFrom ?? {})) {
					expect(wanted.find((w) => w.node.id === id)?.linkedFrom, id).toEqual([...from].sort());
				}
			});
		for (const [kind, query] of [
			['backlinks', backlinks],
			['outlinks', outlinks],
		] as const) {
			for (const [id, groups] of Object.entries(want[kind] ?? {})) {
				if (id.startsWith('$')) continue;
				for (const [label, ids] of Object.entries(groups))
					test(`${kind} of ${id}: "${label}"`, () => {
						const found = query(graph, id).filter((g) => g.label === label);
						expect(
							found.map((g) => g.nodes.map((n) => n.id)),
							`groups: ${query(graph, id)
								.map((g) => g.label)
								.join(', ')}`,
						).toEqual([ids]);
					});
			}
		}
		// The catalogue gives a rule's default severity only (a missing `Concept:` page is rightly an info), so severity is not compared.
		test('every diagnostic is well-formed: known rule, a page file, a position, full sentences', () => {
			const bad = result.diagnostics.filter((d) => {
				const rule = (RULES as Record<string, unknown>)[d.rule];
				const onPage = want.pageFiles.some((f) => isAbout(d, f));
				return (
					!rule ||
					!['error', 'warning', 'info'].includes(d.severity) ||
					!onPage ||
					d.line < 0 ||
					d.col < 0 ||
					!/[.!?)`]$/.test(d.message.trim()) ||
					d.message.length < 20
				);
			});
			expect(bad.map((d) => `${d.file}:${d.line}:${d.col} ${d.severity} ${d.rule} ${d.message}`)).toEqual([]);
		});
		if (want.recommend)
			for (const r of want.recommend)
				test(`recommendation for ${JSON.stringify(r.query)}`, () => {
					const rec = recommendLr(r.query as LrQuery, result.rules);
					const { $comment: _, ...wanted } = r as { $comment?: string; lr?: Json; basis?: string };
					expect(
						project({ lr: rec.lr, basis: rec.basis }, { lr: wanted.lr ?? null, basis: wanted.basis ?? null }),
						rec.explanation.join(' '),
					).toEqual({ lr: wanted.lr ?? null, basis: wanted.basis ?? null });
				});
		if (want.errorCount !== undefined)
			test('error count', () => {
				const errors = result.diagnostics.filter((x) => x.severity === 'error');
				expect(errors.map((x) => `${x.file}:${x.line} ${x.rule} ${x.message}`)).toHaveLength(want.errorCount!);
			});
	});
}
