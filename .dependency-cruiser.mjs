/**
 * The architecture of `src/`, as rules dependency-cruiser checks (`test/architecture/dependencies.test.ts` runs them
 * in `npm test`; `npx depcruise src` prints the same findings). A folder is a stage: other folders reach it only
 * through its door, `index.ts`, and imports go downstream only, from a higher layer to a lower one.
 */

/**
 * The layers, lowest first. A folder imports folders of lower layers only, never of a higher one; folders that
 * share a layer do not import each other unless `SIDEWAYS` lists the pair. The README's "Project layout" shows them.
 */
export const LAYERS = [
	// Pure text helpers every stage shares: counts in words, the two string orders, the name fold.
	['text'],
	// Leaves above them: the search ranking shared with the browser (`search`), Semantic MediaWiki's datatypes
	// (`datatypes`), and where the package is (`package-paths.ts`).
	['search', 'datatypes', 'package-paths.ts'],
	// Diagnostics as values, their rule catalogue and formats.
	['diagnostics'],
	// Content files found and decoded, titles and namespaces.
	['load'],
	// One page's text -> ParsedPage and the tree to render.
	['parse'],
	// Pages -> the typed graph.
	['graph'],
	// What is read off the graph: SMW queries, LR rules and the recommender, HTML and Markdown.
	['query', 'lr', 'render'],
	// The JSON files and their schemas.
	['export'],
	// The run: load -> parse -> graph -> lr -> render, with workers and the page cache.
	['pipeline'],
	// What the run feeds: the output folder's swap and lock, the MCP server, the Astro site.
	['output', 'mcp', 'site'],
	// The library API functions that need the run (`loadLrRules`).
	['api'],
	// The `wikikb` command.
	['cli'],
	// The package's entry: the library API.
	['index.ts'],
];

/** Imports allowed between folders of one layer: `[from, to]`. */
export const SIDEWAYS = [
	// The site's build step writes the build into the output folder through its swap and lock.
	['site', 'output'],
];

/** Folders with module cycles inside them that predate the rules (none leaves its folder). */
const KNOWN_CYCLES = ['^src/render/', '^src/pipeline/'];

/**
 * A folder's doors: `index.ts`, and for a folder whose door holds Node code beside code a browser script needs,
 * `browser.ts` with only that part (the test checks that no client script reaches a Node built-in through it).
 */
const DOOR = '(index|browser)\\.ts$';

const folder = (name) => (name.endsWith('.ts') ? `^src/${name.replace('.', '\\.')}$` : `^src/${name}/`);

/** One rule per layer: nothing in it imports a folder of a higher layer, or of its own layer unless SIDEWAYS says so. */
const layerRules = LAYERS.flatMap((layer, index) =>
	layer.flatMap((name) => {
		const higher = LAYERS.slice(index + 1).flat();
		const sameLayer = layer.filter(
			(other) => other !== name && !SIDEWAYS.some(([from, to]) => from === name && to === other),
		);
		const forbidden = [...higher, ...sameLayer];
		if (forbidden.length === 0) return [];
		return {
			name: `layer-${name.replace('.ts', '')}`,
			comment: `\`${name}\` is in layer ${index}: it imports only lower layers (${LAYERS.slice(0, index).flat().join(', ') || 'none'}).`,
			severity: 'error',
			from: { path: folder(name) },
			to: { path: forbidden.map(folder) },
		};
	}),
);

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
	forbidden: [
		{
			name: 'no-module-cycles',
			comment:
				"Modules form no cycle either (the folder-level check is in the test). The cycles inside these folders predate the rule: their modules import each other's types and helpers, harmless at run time, to be untangled.",
			severity: 'error',
			from: { path: '^src/', pathNot: KNOWN_CYCLES },
			to: { circular: true },
		},
		{
			name: 'through-the-door',
			comment:
				'Another folder is reached only through its door (`index.ts`, or `browser.ts` for code a browser may load), type-only imports too.',
			severity: 'error',
			from: { path: '^src/([^/]+)/' },
			to: { path: '^src/[^/]+/', pathNot: ['^src/$1/', `^src/[^/]+/${DOOR}`] },
		},
		{
			name: 'root-through-the-door',
			comment: 'The package entry reaches folders through their doors too.',
			severity: 'error',
			from: { path: '^src/index\\.ts$' },
			to: { path: '^src/[^/]+/', pathNot: `^src/[^/]+/${DOOR}` },
		},
		{
			name: 'client-no-node',
			comment: 'Client scripts run in the browser: no Node built-in, directly (the test checks what they reach, too).',
			severity: 'error',
			from: { path: '^src/site/client/' },
			to: { dependencyTypes: ['core'] },
		},
		{
			name: 'site-view-below-server',
			comment:
				"The site's view model (`site/view/`) is what the pages and the browser scripts share: it imports nothing of the site's Node side (`server/`), its pages or its scripts.",
			severity: 'error',
			from: { path: '^src/site/view/' },
			to: { path: '^src/site/(server|client|pages|layouts|components)/' },
		},
		{
			name: 'site-client-no-server',
			comment: "Client scripts import the view model, never the site's Node side.",
			severity: 'error',
			from: { path: '^src/site/client/' },
			to: { path: '^src/site/(server|pages|layouts|components)/' },
		},
		...layerRules,
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		// Type-only imports count: a door is a door for types too.
		tsPreCompilationDeps: true,
		// Our imports name the `.ts` file (allowImportingTsExtensions): resolve them as written.
		enhancedResolveOptions: {
			extensions: ['.ts', '.mts', '.mjs', '.js', '.d.ts'],
			conditionNames: ['import', 'types', 'node', 'default'],
			exportsFields: ['exports'],
			mainFields: ['module', 'main', 'types'],
		},
		moduleSystems: ['es6'],
	},
};
