import type { QueryParams, ResultFormat } from './types.ts';

/** A parameter value that cannot be read: what is wrong (the parameter keeps its default). */
export interface ParamProblem {
	readonly name: string;
	readonly message: string;
	readonly severity: 'error' | 'warning';
}

/** Result formats by name and Semantic MediaWiki's aliases; `auto` is decided from the columns. */
const FORMATS: Readonly<Record<string, ResultFormat | 'auto'>> = {
	auto: 'auto',
	table: 'table',
	broadtable: 'broadtable',
	list: 'list',
	ul: 'ul',
	ol: 'ol',
	plainlist: 'plainlist',
	plain: 'plainlist',
	template: 'template',
	count: 'count',
	json: 'json',
	csv: 'csv',
	embedded: 'embedded',
	category: 'category',
};

/** Formats of Semantic MediaWiki that a static site has no use for (or that need extensions). */
const UNSUPPORTED_FORMATS = new Set([
	'feed',
	'rss',
	'rdf',
	'dsv',
	'templatefile',
	'template file',
	'debug',
	'datatable',
	'map',
	'calendar',
	'timeline',
	'graph',
]);

const BOOLEAN_WORDS: Readonly<Record<string, boolean>> = {
	yes: true,
	true: true,
	on: true,
	'1': true,
	no: false,
	false: false,
	off: false,
	'0': false,
};

/** Parameters Semantic MediaWiki takes that change nothing here (a static site has no caches, feeds or files). */
const IGNORED = new Set([
	'source',
	'cursor',
	'import-annotation',
	'prefix',
	'align',
	'width',
	'type',
	'prettyprint',
	'unescape',
	'filename',
	'showsep',
	'bom',
	'merge',
	'delim',
	'sort order',
	'nofollow',
	'lang',
	'theme',
	'max',
	'debug',
]);

/** Names this engine reads (lower case; `named args` also as `named_args`/`namedargs`). */
const KNOWN = new Set([
	'format',
	'limit',
	'offset',
	'sort',
	'order',
	'mainlabel',
	'headers',
	'link',
	'default',
	'intro',
	'outro',
	'searchlabel',
	'sep',
	'valuesep',
	'propsep',
	'template',
	'named args',
	'userparam',
	'introtemplate',
	'outrotemplate',
	'class',
	'embedformat',
	'embedonly',
	'transpose',
	'columns',
]);

/** The order words of `order=`: Semantic MediaWiki reads anything unknown as ascending. */
function orderWord(word: string): QueryParams['order'][number] {
	const w = word.trim().toLowerCase();
	if (w === 'desc' || w === 'descending' || w === 'reverse') return 'desc';
	if (w === 'rand' || w === 'random') return 'random';
	if (w === 'none') return 'none';
	return 'asc';
}

/**
 * Reads the query parameters (`limit=10`, `format=ul`...) with Semantic MediaWiki's defaults: format `auto`,
 * limit 50 (at most 500 in a page, as `smwgQMaxInlineLimit`; 10,000 otherwise), offset 0 (at most 5,000), sort by
 * subject ascending, headers shown, links on everything. A value that cannot be read keeps the default and is a
 * problem; an unknown parameter is a warning (SMW drops it silently).
 * @param inline the query is on a page (`#ask`), not from the command line or the `/ask/` page
 */
export function readParams(
	written: ReadonlyMap<string, string>,
	inline: boolean,
): { params: QueryParams; problems: ParamProblem[] } {
	const problems: ParamProblem[] = [];
	const get = (name: string) => written.get(name);
	const integer = (name: string, fallback: number, max: number): number => {
		const raw = get(name);
		if (raw === undefined || raw.trim() === '') return fallback;
		const n = Number(raw.trim());
		if (!Number.isInteger(n)) {
			problems.push({
				name,
				severity: 'error',
				message: `\`${name}=${raw.trim()}\` is not a whole number; ${fallback} is used. Write e.g. \`${name}=${fallback === 0 ? 10 : fallback}\`.`,
			});
			return fallback;
		}
		if (n > max) {
			problems.push({
				name,
				severity: 'warning',
				message: `\`${name}=${n}\` is over the largest value, ${max}; ${max} is used.`,
			});
			return max;
		}
		return Math.max(n, 0);
	};
	const choice = <T extends string>(name: string, options: Readonly<Record<string, T>>, fallback: T): T => {
		const raw = get(name)?.trim().toLowerCase();
		if (raw === undefined || raw === '') return fallback;
		const found = options[raw];
		if (found === undefined)
			problems.push({
				name,
				severity: 'error',
				message: `\`${name}=${raw}\` is not one of ${Object.keys(options)
					.map((o) => `\`${o}\``)
					.join(', ')}; \`${fallback}\` is used.`,
			});
		return found ?? fallback;
	};
	const bool = (name: string): boolean => {
		const raw = get(name)?.trim().toLowerCase();
		if (raw === undefined) return false;
		if (raw === '') return true;
		const value = BOOLEAN_WORDS[raw];
		if (value === undefined)
			problems.push({ name, severity: 'error', message: `\`${name}=${raw}\` is not yes or no; no is used.` });
		return value ?? false;
	};
	const text = (name: string) => (get(name) ?? '').replace(/_/gu, ' ');
	const optional = (name: string) => get(name);

	let formatName: ResultFormat | 'auto' = 'auto';
	const rawFormat = get('format')?.trim().toLowerCase();
	if (rawFormat) {
		const found = FORMATS[rawFormat];
		if (found) formatName = found;
		else
			problems.push({
				name: 'format',
				severity: UNSUPPORTED_FORMATS.has(rawFormat) ? 'warning' : 'error',
				message: UNSUPPORTED_FORMATS.has(rawFormat)
					? `The format \`${rawFormat}\` has no use on a static site, so the default format is used. Use \`table\`, \`list\`, \`ul\`, \`ol\`, \`plainlist\`, \`template\`, \`count\`, \`csv\`, \`json\` or \`embedded\`.`
					: `\`format=${rawFormat}\` is not a result format; the default is used. Use \`table\`, \`broadtable\`, \`list\`, \`ul\`, \`ol\`, \`plainlist\`, \`template\`, \`count\`, \`csv\`, \`json\`, \`embedded\` or \`category\`.`,
			});
	}
	for (const name of written.keys()) {
		if (KNOWN.has(name) || name === 'format') continue;
		if (IGNORED.has(name))
			problems.push({
				name,
				severity: 'warning',
				message: `The parameter \`${name}\` changes nothing on a static site, so it is ignored.`,
			});
		else
			problems.push({
				name,
				severity: 'warning',
				message: `\`${name}\` is not a query parameter, so it is ignored. Check its spelling (parameters: ${[...KNOWN].map((k) => `\`${k}\``).join(', ')}).`,
			});
	}
	const listOf = (name: string) =>
		get(name) === undefined
			? undefined
			: get(name)!
					.split(',')
					.map((s) => s.trim());
	const sort = listOf('sort') ?? [''];
	const order = (listOf('order') ?? []).map(orderWord);
	const embedformat = (get('embedformat') ?? 'h1').trim().toLowerCase();
	const params = {
		format: formatName,
		limit: integer('limit', 50, inline ? 500 : 10_000),
		offset: integer('offset', 0, 5_000),
		sort,
		order,
		...(optional('mainlabel') !== undefined ? { mainlabel: get('mainlabel')! } : {}),
		headers: choice('headers', { show: 'show', plain: 'plain', hide: 'hide' } as const, 'show'),
		link: choice('link', { all: 'all', subject: 'subject', head: 'subject', none: 'none' } as const, 'all'),
		default: text('default'),
		intro: text('intro'),
		outro: text('outro'),
		...(optional('searchlabel') !== undefined ? { searchlabel: get('searchlabel')! } : {}),
		...(optional('sep') !== undefined ? { sep: get('sep')! } : {}),
		...(optional('valuesep') !== undefined ? { valuesep: get('valuesep')! } : {}),
		...(optional('propsep') !== undefined ? { propsep: get('propsep')! } : {}),
		...(optional('template')?.trim() ? { template: get('template')!.trim() } : {}),
		namedArgs: bool('named args'),
		userparam: get('userparam') ?? '',
		...(optional('introtemplate')?.trim() ? { introtemplate: get('introtemplate')!.trim() } : {}),
		...(optional('outrotemplate')?.trim() ? { outrotemplate: get('outrotemplate')!.trim() } : {}),
		...(optional('class') !== undefined ? { class: get('class')! } : {}),
		embedformat: /^(h[1-6]|ul|ol)$/u.test(embedformat) ? embedformat : 'h1',
		embedonly: bool('embedonly'),
		transpose: bool('transpose'),
		columns: integer('columns', 3, 20),
		written: Object.fromEntries(written),
	} satisfies QueryParams;
	return { params, problems };
}

/**
 * A parameter name as Semantic MediaWiki reads it: trimmed, lower case, `_` as space (`named_args` is `named args`;
 * `namedargs` too).
 * @example paramName(' Named_Args ') // 'named args'
 */
export function paramName(raw: string): string {
	const name = raw.trim().toLowerCase().replace(/_/gu, ' ');
	return name === 'namedargs' ? 'named args' : name;
}
