/**
 * Where a built site is served: its base path (`--base`) and public address (`--site`). Pure functions, shared by
 * the CLI (to check what the user wrote), the Astro pages and the browser scripts.
 */

/** Characters a base path may hold as they are; anything else outside ASCII is percent-encoded. */
const PATH_CHAR = /^[A-Za-z0-9\-._~!$&()*+,;=:@]$/u;

/**
 * A base path as the site uses it: starting and ending with `/`, non-ASCII characters percent-encoded.
 * @throws Error with a message for the user when the text cannot be a base path
 * @example normalizeBase('repo') // '/repo/'
 * @example normalizeBase('/a/b') // '/a/b/'
 * @example normalizeBase('/wiki-ü/') // '/wiki-%C3%BC/'
 */
export function normalizeBase(raw: string): string {
	const text = raw.trim();
	if (/^[a-z][a-z0-9+.-]*:/iu.test(text))
		throw new Error(
			`The base path \`${raw}\` is a full address; give the path only (e.g. \`/repo/\`) and the address with --site.`,
		);
	const inner = text.replace(/^\/+|\/+$/gu, '');
	if (inner.includes('//'))
		throw new Error(`The base path \`${raw}\` has an empty segment (\`//\`). Write it like \`/repo/\` or \`/a/b/\`.`);
	let out = '/';
	for (const segment of inner === '' ? [] : inner.split('/')) {
		// Browsers read `%2e` as a dot in these segments too.
		if (/^(?:\.|%2e){1,2}$/iu.test(segment))
			throw new Error(`The base path \`${raw}\` holds \`${segment}\`. Write the path itself, like \`/repo/\`.`);
		let encoded = '';
		for (let i = 0; i < segment.length; i++) {
			const ch = segment[i]!;
			if (ch === '%') {
				if (!/^%[0-9A-Fa-f]{2}$/u.test(segment.slice(i, i + 3)))
					throw new Error(`The base path \`${raw}\` holds a \`%\` that starts no escape like \`%20\`.`);
				encoded += ch;
			} else if (PATH_CHAR.test(ch)) encoded += ch;
			else if (ch.codePointAt(0)! > 0x7f && !/[\p{C}\p{Z}]/u.test(ch)) encoded += encodeURIComponent(ch);
			else
				throw new Error(
					`The base path \`${raw}\` holds the character U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}${/^[!-~]$/u.test(ch) && ch !== '`' ? ` (\`${ch}\`)` : ''}, which a path cannot hold as it is. Use letters, digits, \`-\`, \`_\` and \`.\`, or percent-encode it.`,
				);
		}
		out += `${encoded}/`;
	}
	return out;
}

/** A public address: its origin and its path, which is the site's base path unless `--base` says otherwise. */
export interface SiteAddress {
	/** `https://example.org` (no path, no trailing slash). */
	readonly origin: string;
	/** The address's path as a base path (`/` when it has none). */
	readonly path: string;
}

/**
 * Reads a public address (`--site`): an http(s) URL without query, fragment or credentials.
 * @throws Error with a message for the user when it is no such URL
 * @example normalizeSite('https://user.github.io/repo') // { origin: 'https://user.github.io', path: '/repo/' }
 */
export function normalizeSite(raw: string): SiteAddress {
	let url: URL;
	try {
		url = new URL(raw.trim());
	} catch {
		throw new Error(
			`The site address \`${raw}\` is not a URL. Write it like \`https://example.org\` or \`https://user.github.io/repo/\`.`,
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(`The site address \`${raw}\` is not an http or https URL. Write it like \`https://example.org\`.`);
	if (url.search || url.hash || url.username || url.password)
		throw new Error(
			`The site address \`${raw}\` has a query, fragment or credentials. Give the address of the site's home page only.`,
		);
	return { origin: url.origin, path: normalizeBase(url.pathname) };
}

/**
 * A site path under the base path; anything that is not a root-relative path (a full or protocol-relative
 * URL, `#anchor`) is returned as it is.
 * @example withBase('/repo/', '/heuristic/X/') // '/repo/heuristic/X/'
 * @example withBase('/', '/heuristic/X/') // '/heuristic/X/'
 */
export function withBase(base: string, path: string): string {
	return path.startsWith('/') && !path.startsWith('//') ? `${base}${path.slice(1)}` : path;
}
