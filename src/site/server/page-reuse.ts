import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { notePageRendered } from './build-progress.ts';

/**
 * A build renders a node's page only when what it shows changed: the page's inputs (everything its template reads,
 * gathered by the page) are hashed with the build's salt (the site's code, the installed packages, the address), and
 * a page whose hash an earlier build already rendered is answered with that build's HTML. Rendering is a pure
 * function of those inputs, so the bytes are the same. The pages and the CLI are separate module instances (the
 * server bundle and Node), so the state is kept on `globalThis`; this module imports only Node's own modules and
 * the progress hook (which imports nothing), so the server bundle stays small.
 */
const SLOT = Symbol.for('wikikb.page-reuse');

interface ReuseState {
	/** The folder of earlier builds' pages, one `<hash>.html` each. */
	readonly dir: string;
	readonly salt: string;
	/** The site's base path (`/` or `/a/b/`): page paths start with it, output files do not. */
	readonly base: string;
	/** The pages of this build by site path: their hash, and whether an earlier build's HTML answered them. */
	readonly pages: Map<string, { readonly key: string; readonly reused: boolean }>;
}

const holder = globalThis as { [SLOT]?: ReuseState };

/** Lets this process's build reuse the pages kept in `dir` by earlier builds with the same `salt`. */
export function startPageReuse(dir: string, salt: string, base: string): void {
	holder[SLOT] = { dir, salt, base, pages: new Map() };
}

/**
 * The HTML an earlier build rendered for the page at `path` (its site path, with the base) from the same inputs,
 * or undefined: then the page renders, and `finishPageReuse` keeps what it wrote. Outside a build that reuses pages
 * (the dev server, tests rendering pages), always undefined.
 * @param inputs everything the page's HTML is made from, as JSON (its view, its body, the layout's lists): made
 * only when this build reuses pages
 */
export async function reusablePage(path: string, inputs: () => unknown): Promise<Uint8Array | undefined> {
	const state = holder[SLOT];
	if (!state) return undefined;
	const text = JSON.stringify(inputs(), (_, value: unknown) =>
		// A map or set would be written `{}`, whatever it holds.
		value instanceof Map || value instanceof Set ? [...value] : value,
	);
	const key = createHash('sha256').update(state.salt).update('\0').update(text).digest('hex');
	const html = await readFile(join(state.dir, `${key}.html`)).catch(() => undefined);
	state.pages.set(path, { key, reused: html !== undefined });
	// The layout says so for the pages that render.
	if (html) notePageRendered();
	return html;
}

/** The file, among the kept pages, naming the scripts and stylesheets of the build that kept them. */
const ASSETS_FILE = 'assets.json';

/**
 * After Astro's build into `outDir`: keeps the pages that rendered for later builds, removes the kept pages no page
 * of this build asked for, and ends the reuse. Kept pages name scripts and stylesheets (`/_astro/`) by hashes of
 * their content; the build that kept them recorded which it made, and a build missing any of them (the salt should
 * have changed) cannot have reused pages safely.
 * @returns how many pages were reused, or undefined when the reused pages may name files this build did not make
 * (then nothing is kept: build again without reuse)
 */
export async function finishPageReuse(outDir: string): Promise<{ readonly reused: number } | undefined> {
	const state = holder[SLOT];
	delete holder[SLOT];
	if (!state) return { reused: 0 };
	const pages = [...state.pages];
	const reused = pages.filter(([, p]) => p.reused).length;
	const made = await readdir(join(outDir, '_astro')).catch(() => []);
	if (reused > 0) {
		const recorded = await readFile(join(state.dir, ASSETS_FILE), 'utf8')
			.then((text) => JSON.parse(text) as unknown)
			.catch(() => undefined);
		const present = new Set(made);
		if (!Array.isArray(recorded) || recorded.some((name) => !present.has(name))) {
			await rm(state.dir, { recursive: true, force: true });
			return undefined;
		}
	}
	await mkdir(state.dir, { recursive: true });
	await Promise.all(
		pages.map(async ([path, page]) => {
			if (page.reused) return;
			// Copied under another name first: a build killed mid-copy leaves no half page to reuse (the next build
			// removes the stray copy). A page whose file is not where it is looked for is rendered again next time.
			const kept = join(state.dir, `${page.key}.html`);
			const copy = `${kept}.${process.pid}`;
			await copyFile(pageFile(outDir, state.base, path), copy).then(
				() => rename(copy, kept),
				() => undefined,
			);
		}),
	);
	await writeFile(join(state.dir, ASSETS_FILE), JSON.stringify(made));
	const used = new Set([ASSETS_FILE, ...pages.map(([, p]) => `${p.key}.html`)]);
	await Promise.all(
		(await readdir(state.dir))
			.filter((name) => !used.has(name))
			.map((name) => rm(join(state.dir, name), { force: true })),
	);
	return { reused };
}

/** The file Astro writes a page at `path` (a site path ending in `/`, with the base) into, in `outDir`. */
function pageFile(outDir: string, base: string, path: string): string {
	return join(outDir, decodeURIComponent(path.slice(base.length)), 'index.html');
}
