import type { Schema } from 'hast-util-sanitize';

/**
 * The HTML tags a page may write in wikitext: MediaWiki's `Sanitizer::getRecognizedTagData` list (61 tags)
 * less `meta` and `link`, which MediaWiki keeps only for Microdata and a static site has no use for.
 * Any other tag is shown as escaped text by the renderer (see `isAllowedTag`).
 */
export const WIKITEXT_TAGS: readonly string[] = [
	'abbr', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br', 'caption', 'center', 'cite', 'code', 'data', 'dd', 'del', 'dfn', 'div',
	'dl', 'dt', 'em', 'font', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 'rb',
	'rp', 'rt', 'rtc', 'ruby', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'table', 'td', 'th', 'time', 'tr', 'tt',
	'u', 'ul', 'var', 'wbr',
];

/** Elements the renderer makes itself from page syntax (links, table sections), never from a tag written in the page. */
const RENDERER_TAGS = ['a', 'tbody', 'thead', 'tfoot'];

/**
 * MediaWiki's `$wgUrlProtocols` default (29 entries, `//` being protocol-relative): the only schemes an
 * `href` or `cite` URL from page text may use. Matched case-insensitively at the start of the URL.
 */
export const URL_PROTOCOLS: readonly string[] = [
	'bitcoin:', 'ftp://', 'ftps://', 'geo:', 'git://', 'gopher://', 'http://', 'https://', 'irc://', 'ircs://', 'magnet:', 'mailto:',
	'matrix:', 'mms://', 'news:', 'nntp://', 'redis://', 'sftp://', 'sip:', 'sips:', 'sms:', 'ssh://', 'svn://', 'tel:', 'telnet://',
	'urn:', 'worldwind://', 'xmpp:', '//',
];

/** MediaWiki's `$common` attributes (HTML, WAI-ARIA, RDFa, Microdata), as hast property names. */
const COMMON = [
	'id', 'className', 'style', 'lang', 'dir', 'title', 'tabIndex',
	'ariaDescribedBy', 'ariaFlowTo', 'ariaHidden', 'ariaLabel', 'ariaLabelledBy', 'ariaOwns', 'role',
	'about', 'property', 'resource', 'typeof',
	'itemId', 'itemProp', 'itemRef', 'itemScope', 'itemType',
	// MediaWiki allows every `data-*` attribute; reserved ones are removed after sanitising.
	'data*',
];
const BLOCK = [...COMMON, 'align'];
const TABLE_ALIGN = ['align', 'vAlign'];
const TABLE_CELL = ['abbr', 'axis', 'headers', 'scope', 'rowSpan', 'colSpan', 'noWrap', 'width', 'height', 'bgColor'];

/** Per-element attributes after MediaWiki's `Sanitizer::setupAttributesAllowedInternal`. */
const ATTRIBUTES: Record<string, string[]> = {
	div: BLOCK, center: COMMON, span: COMMON,
	h1: BLOCK, h2: BLOCK, h3: BLOCK, h4: BLOCK, h5: BLOCK, h6: BLOCK,
	bdo: COMMON, em: COMMON, strong: COMMON, cite: COMMON, dfn: COMMON, code: COMMON, samp: COMMON, kbd: COMMON, var: COMMON, abbr: COMMON,
	blockquote: [...COMMON, 'cite'], q: [...COMMON, 'cite'],
	sub: COMMON, sup: COMMON, p: BLOCK, br: [...COMMON, 'clear'], wbr: COMMON, pre: [...COMMON, 'width'],
	ins: [...COMMON, 'cite', 'dateTime'], del: [...COMMON, 'cite', 'dateTime'],
	ul: [...COMMON, 'type'], ol: [...COMMON, 'type', 'start', 'reversed'], li: [...COMMON, 'type', 'value'],
	dl: COMMON, dd: COMMON, dt: COMMON,
	table: [...COMMON, 'summary', 'width', 'border', 'frame', 'rules', 'cellSpacing', 'cellPadding', 'align', 'bgColor'],
	caption: BLOCK, thead: COMMON, tfoot: COMMON, tbody: COMMON,
	tr: [...COMMON, 'bgColor', ...TABLE_ALIGN],
	td: [...COMMON, ...TABLE_CELL, ...TABLE_ALIGN], th: [...COMMON, ...TABLE_CELL, ...TABLE_ALIGN],
	a: [...COMMON, 'href', 'rel', 'rev'],
	tt: COMMON, b: COMMON, i: COMMON, big: COMMON, small: COMMON, strike: COMMON, s: COMMON, u: COMMON,
	font: [...COMMON, 'size', 'color', 'face'], hr: [...COMMON, 'width'],
	ruby: COMMON, rb: COMMON, rp: COMMON, rt: COMMON, rtc: COMMON,
	bdi: COMMON, data: [...COMMON, 'value'], time: [...COMMON, 'dateTime'], mark: COMMON,
};

/** Schemes for hast-util-sanitize's own check: the scheme names of `URL_PROTOCOLS` (it compares up to the colon). */
const SCHEMES = [...new Set(URL_PROTOCOLS.filter((p) => p !== '//').map((p) => p.slice(0, p.indexOf(':'))))];

/**
 * The one hast-util-sanitize schema for everything derived from page text. Not-allowed elements are
 * unwrapped (their text stays visible, nothing is stripped), comments and doctypes dropped, ids kept as
 * written (`clobberPrefix: ''`: heading ids must match the table of contents, and `[[#anchor]]` must reach a
 * `<span id="anchor">`); table parts are kept only inside a table.
 */
export const SANITIZE_SCHEMA: Schema = {
	tagNames: [...WIKITEXT_TAGS, ...RENDERER_TAGS],
	attributes: ATTRIBUTES,
	protocols: { href: SCHEMES, cite: SCHEMES },
	ancestors: { tbody: ['table'], thead: ['table'], tfoot: ['table'], tr: ['table'], td: ['table'], th: ['table'], caption: ['table'] },
	clobber: [],
	clobberPrefix: '',
	required: {},
	strip: [],
	allowComments: false,
	allowDoctypes: false,
};
