import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { cruise, type ICruiseResult, type IModule } from 'dependency-cruiser';
import { beforeAll, describe, expect, test } from 'vitest';
import config, { LAYERS, SIDEWAYS } from '../../.dependency-cruiser.mjs';
import { REPO_ROOT } from '../helpers/paths.ts';

/** The top folder of a module under `src/` (`lr`), or its file name for a module at the root (`index.ts`). */
const folderOf = (source: string) => source.split('/')[1] ?? source;

const layerOf = (name: string) => LAYERS.findIndex((layer) => layer.includes(name));

let result: ICruiseResult;

beforeAll(async () => {
	const previous = process.cwd();
	// dependency-cruiser reports and resolves paths relative to the working directory.
	process.chdir(REPO_ROOT);
	try {
		const { output } = await cruise(['src'], {
			...config.options,
			validate: true,
			ruleSet: config,
			outputType: 'json',
		});
		result = (typeof output === 'string' ? JSON.parse(output) : output) as ICruiseResult;
	} finally {
		process.chdir(previous);
	}
}, 300_000);

const ours = () => result.modules.filter((module) => module.source.startsWith('src/'));

describe('the dependency rules (.dependency-cruiser.mjs)', () => {
	test('see the real graph: every module of src/ and its imports, resolved', () => {
		// A resolver that cannot read our `.ts` imports reports no dependencies at all, and no rule can fail then.
		const modules = ours().filter((module) => /\.(ts|mjs)$/.test(module.source));
		expect(modules.length).toBeGreaterThan(250);
		const edges = modules.flatMap((module) =>
			module.dependencies.filter((dependency) => dependency.resolved.startsWith('src/')),
		);
		expect(edges.length).toBeGreaterThan(900);
		// Astro's virtual modules (`astro:content`) exist only inside Astro's build.
		const unresolved = modules.flatMap((module) =>
			module.dependencies
				.filter((dependency) => dependency.couldNotResolve && !dependency.module.startsWith('astro:'))
				.map((dependency) => `${module.source} -> ${dependency.module}`),
		);
		expect(unresolved).toEqual([]);
		// Both sides of the door rule occur: imports across folders, and type-only ones among them.
		const across = edges.filter(
			(dependency) => dependency.resolved.startsWith('src/') && dependency.dependencyTypes.includes('type-only'),
		);
		expect(across.length).toBeGreaterThan(50);
	});

	test('are all met', () => {
		const violations = result.summary.violations.map(
			(violation) =>
				`${violation.rule.name}: ${violation.from} -> ${violation.to}${violation.cycle ? ` (cycle ${violation.cycle.map((step) => step.name).join(' -> ')})` : ''}`,
		);
		expect(violations).toEqual([]);
	});

	test('every folder of src/ is in exactly one layer', () => {
		const folders = [...new Set(ours().map((module) => folderOf(module.source)))].sort();
		expect(folders.filter((name) => LAYERS.flat().filter((other) => other === name).length !== 1)).toEqual([]);
	});

	test('folders form no cycle', () => {
		const next = new Map<string, Set<string>>();
		for (const module of ours()) {
			for (const dependency of module.dependencies) {
				if (!dependency.resolved.startsWith('src/') || folderOf(dependency.resolved) === folderOf(module.source))
					continue;
				next.set(
					folderOf(module.source),
					(next.get(folderOf(module.source)) ?? new Set()).add(folderOf(dependency.resolved)),
				);
			}
		}
		const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
			[...(next.get(from) ?? [])].some(
				(step) => step === to || (!seen.has(step) && (seen.add(step), reaches(step, to, seen))),
			);
		expect([...next.keys()].filter((name) => reaches(name, name))).toEqual([]);
	});

	test('client scripts reach no Node built-in, however far down (type-only imports aside, as the bundle drops them)', () => {
		const clients = ours()
			.filter((module) => module.source.startsWith('src/site/client/'))
			.map((module) => module.source);
		expect(clients.length).toBeGreaterThan(5);
		expect(
			reachedFrom(clients)
				.filter((path) => path.at(-1)!.core)
				.map(shown),
		).toEqual([]);
	});

	test("the site's pages, which Astro bundles with all they import, reach no wikitext parser", () => {
		// wikiparser-node pulls in browser packages that do not resolve on the server: a page that reached it (through
		// a door that re-exports the parser) would fail the build. The pages need the run's results, not the parser.
		const pages = [
			...new Set([
				...astroImports()
					.filter(({ to, typeOnly }) => !typeOnly && to.endsWith('.ts'))
					.map(({ to }) => to),
				...ours()
					.filter((module) => /^src\/site\/pages\/.*\.ts$/.test(module.source))
					.map((module) => module.source),
			]),
		];
		expect(pages.length).toBeGreaterThan(20);
		expect(
			reachedFrom(pages)
				.filter((path) => path.at(-1)!.name.startsWith('wikiparser-node'))
				.map(shown),
		).toEqual([]);
	});

	test('the pipeline loads no highlighter or TeX typesetter until a run makes HTML', () => {
		// Shiki with its grammars and KaTeX were a third of the renderer's start-up, paid by every worker of an export
		// (Markdown only); `render/html-makers.ts` imports them when a page is rendered to HTML.
		// `page-job.ts` is what a worker, or the run's own thread for a few pages, loads to parse and render pages.
		const reached = reachedFrom(['src/pipeline/page-job.ts'], { dynamic: false });
		expect(reached.some((path) => path.at(-1)!.name === 'src/render/index.ts')).toBe(true);
		expect(reached.filter((path) => /^(shiki|@shikijs\/|katex)/.test(path.at(-1)!.name)).map(shown)).toEqual([]);
		// and a run that makes HTML does reach them
		const all = reachedFrom(['src/pipeline/page-job.ts']);
		expect(all.some((path) => path.at(-1)!.name === 'katex')).toBe(true);
		expect(all.some((path) => path.at(-1)!.name.startsWith('shiki/'))).toBe(true);
	});
});

/** One step of an import path: a module, or a package or Node built-in it imports. */
interface Step {
	readonly name: string;
	readonly core: boolean;
}

const shown = (path: readonly Step[]) => path.map((step) => step.name).join(' -> ');

/**
 * The first path found from `starts` to each module, package and Node built-in they reach through imports that stay
 * in the code (type-only imports are dropped by every bundler); with `dynamic: false`, through static imports only
 * (what loading the modules loads).
 */
function reachedFrom(starts: readonly string[], options: { readonly dynamic?: boolean } = {}): Step[][] {
	const byName = new Map(result.modules.map((module) => [module.source, module]));
	const seen = new Set<string>(starts);
	const paths: Step[][] = [];
	const queue: Step[][] = starts.map((name) => [{ name, core: false }]);
	for (let path = queue.shift(); path; path = queue.shift()) {
		for (const dependency of byName.get(path.at(-1)!.name)?.dependencies ?? []) {
			if (dependency.dependencyTypes.includes('type-only')) continue;
			if (options.dynamic === false && dependency.dynamic) continue;
			const name = dependency.resolved.startsWith('src/') ? dependency.resolved : dependency.module;
			if (seen.has(name)) continue;
			seen.add(name);
			const next = [...path, { name, core: dependency.coreModule }];
			paths.push(next);
			if (dependency.resolved.startsWith('src/')) queue.push(next);
		}
	}
	return paths;
}

/** The `.astro` files' front matter imports, which dependency-cruiser does not read. */
function astroImports(): { from: string; to: string; typeOnly: boolean }[] {
	const site = join(REPO_ROOT, 'src', 'site');
	const files = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.astro'));
	return files.flatMap((file) => {
		const path = join(site, file);
		const text = readFileSync(path, 'utf8');
		return [...text.matchAll(/^\s*import\s(type\s)?[^'"]*['"](\.[^'"]+)['"]/gm)].map((match) => ({
			from: relative(REPO_ROOT, path),
			to: relative(REPO_ROOT, resolve(dirname(path), match[2]!)),
			typeOnly: match[1] !== undefined,
		}));
	});
}

describe('the .astro files', () => {
	test('import other folders through their doors, and only lower layers', () => {
		const imports = astroImports();
		expect(imports.length).toBeGreaterThan(50);
		const wrong = imports.filter(({ to }) => {
			if (folderOf(to) === 'site') return false;
			const allowed =
				layerOf(folderOf(to)) < layerOf('site') ||
				SIDEWAYS.some(([from, other]) => from === 'site' && other === folderOf(to));
			return !allowed || !/\/(index|browser)\.ts$/.test(to);
		});
		expect(wrong.map(({ from, to }) => `${from} -> ${to}`)).toEqual([]);
	});
});
