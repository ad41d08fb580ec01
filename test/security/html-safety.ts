import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { find, html as htmlSchema, svg as svgSchema } from 'property-information';

/** Elements that run or embed active content, or change how the page resolves URLs. */
const FORBIDDEN_ELEMENTS = new Set([
	'script',
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'base',
	'style',
	'link',
	'form',
	'noscript',
	'template',
	'portal',
]);

/** Attributes whose value a browser loads or navigates to. */
const URL_ATTRIBUTES = new Set([
	'href',
	'src',
	'action',
	'formaction',
	'xlink:href',
	'poster',
	'cite',
	'background',
	'longdesc',
	'srcset',
	'data',
	'codebase',
	'lowsrc',
	'dynsrc',
	'ping',
	'manifest',
]);

/** Schemes that run script or smuggle a document. */
const SCRIPT_URL = /^(?:javascript|vbscript|data|livescript|mocha):/iu;

/** CSS that loads a resource or runs script. */
const BAD_CSS = /expression|url\s*\(|image-set\s*\(|image\s*\(|@import|behavior|-moz-binding|javascript:|vbscript:/iu;

/**
 * Everything script-capable in an HTML fragment, parsed with a real HTML parser (hast-util-from-html, i.e.
 * parse5, the algorithm browsers use), as a list of readable findings; empty when the fragment is safe.
 * Checks: script-running or embedding elements, `<meta http-equiv>`, event-handler attributes, `srcdoc`,
 * script URLs in any URL attribute, and styles that load or run things (after CSS escapes and comments).
 */
export function findUnsafe(fragment: string): string[] {
	const tree = fromHtml(fragment, { fragment: true });
	const problems: string[] = [];
	walk(tree, (element) => {
		const tag = element.tagName.toLowerCase();
		if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`<${tag}> element`);
		const schema = tag === 'svg' || tag === 'math' ? svgSchema : htmlSchema;
		for (const [key, value] of Object.entries(element.properties)) {
			const name = find(schema, key).attribute.toLowerCase();
			const text = Array.isArray(value) ? value.join(' ') : String(value);
			if (name.startsWith('on')) problems.push(`<${tag} ${name}> event attribute`);
			if (name === 'srcdoc') problems.push(`<${tag} srcdoc>`);
			if (tag === 'meta' && name === 'http-equiv') problems.push('<meta http-equiv>');
			if (URL_ATTRIBUTES.has(name) && SCRIPT_URL.test(browserUrl(text)))
				problems.push(`<${tag} ${name}="${text.slice(0, 60)}"> script URL`);
			if (name === 'style' && BAD_CSS.test(decodeCss(text)))
				problems.push(`<${tag} style="${text.slice(0, 60)}"> unsafe CSS`);
		}
	});
	return problems;
}

/** The URL as a browser reads its scheme: tabs and newlines removed, leading spaces and controls trimmed. */
function browserUrl(url: string): string {
	return url.replace(/[\t\n\r]/gu, '').replace(/^[\u0000-\u0020]+/u, '');
}

/** CSS escapes decoded and comments removed (independent of the code under test). */
function decodeCss(css: string): string {
	return css
		.replace(/\\([0-9a-f]{1,6})\s?/giu, (_m, hex: string) => {
			const code = Number.parseInt(hex, 16);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
		})
		.replace(/\\(.)/gu, '$1')
		.replace(/\/\*[^]*?(?:\*\/|$)/gu, '');
}

function walk(node: Nodes, fn: (element: Element) => void): void {
	if (node.type === 'element') fn(node);
	if ('children' in node) for (const child of node.children) walk(child, fn);
	if (node.type === 'element' && node.tagName === 'template' && node.content) walk(node.content, fn);
}

/** All text of an HTML fragment (text nodes joined as they stand, so a word split over highlighted spans stays whole), as a reader or a search index sees it. */
export function visibleText(fragment: string): string {
	const parts: string[] = [];
	const collect = (node: Nodes): void => {
		if (node.type === 'text') parts.push(node.value);
		if ('children' in node) for (const child of node.children) collect(child);
	};
	collect(fromHtml(fragment, { fragment: true }));
	return parts.join('');
}
