import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, test } from 'vitest';
import { isAllowedTag, isSafeUrl, sanitizeTree, URL_PROTOCOLS, WIKITEXT_TAGS } from '../../src/render/sanitize.ts';
import { findUnsafe } from './html-safety.ts';

/** Sanitises one element (inside a root) and returns the HTML. */
function clean(element: Element): string {
	const root: Root = { type: 'root', children: [element] };
	return toHtml(sanitizeTree(root));
}

describe('allowlist sizes match MediaWiki', () => {
	test('59 wikitext tags: MediaWiki 61 less meta and link', () => {
		expect(WIKITEXT_TAGS).toHaveLength(59);
		expect(new Set(WIKITEXT_TAGS).size).toBe(59);
		expect(WIKITEXT_TAGS).not.toContain('meta');
		expect(WIKITEXT_TAGS).not.toContain('link');
	});
	test('29 URL protocols ($wgUrlProtocols default)', () => {
		expect(URL_PROTOCOLS).toHaveLength(29);
		expect(URL_PROTOCOLS).toContain('//');
		expect(URL_PROTOCOLS).not.toContain('javascript:');
	});
});

describe('isAllowedTag', () => {
	test.each(['span', 'SPAN', 'sup', 'table', 'td', 'font', 'center', 'ruby', 'bdi', 'time', 'data', 'wbr'])(
		'%s is allowed',
		(name) => {
			expect(isAllowedTag(name)).toBe(true);
		},
	);
	test.each([
		'script',
		'style',
		'iframe',
		'object',
		'embed',
		'base',
		'meta',
		'link',
		'a',
		'img',
		'svg',
		'math',
		'form',
		'input',
		'textarea',
		'button',
		'video',
		'audio',
		'frame',
		'applet',
		'template',
		'noscript',
		'xmp',
		'plaintext',
	])('%s is not allowed', (name) => {
		expect(isAllowedTag(name)).toBe(false);
	});
});

describe('sanitizeTree: elements', () => {
	test('keeps allowed markup and its safe attributes', () => {
		expect(clean(h('span', { class: 'x y', style: 'color: red', title: 't', lang: 'de', dir: 'rtl' }, 'hi'))).toBe(
			'<span class="x y" style="color: red" title="t" lang="de" dir="rtl">hi</span>',
		);
	});
	test('unwraps a disallowed element and keeps its text visible', () => {
		expect(clean(h('div', [h('script', 'alert(1)'), h('iframe', 'inner'), h('object', 'obj')]))).toBe(
			'<div>alert(1)innerobj</div>',
		);
	});
	test('drops every event attribute, however it is spelled', () => {
		const el = h('span', { onclick: 'a()', onMouseOver: 'b()', onfocusin: 'c()' }, 'x');
		el.properties['ONLOAD'] = 'd()';
		el.properties['on-error'] = 'e()';
		expect(clean(el)).toBe('<span>x</span>');
	});
	test('keeps table parts only inside a table', () => {
		expect(clean(h('div', [h('td', 'cell'), h('tr', 'row')]))).toBe('<div>cellrow</div>');
		expect(clean(h('table', [h('tbody', [h('tr', [h('td', { colspan: '2', style: 'width:5em' }, 'c')])])]))).toBe(
			'<table><tbody><tr><td colspan="2" style="width:5em">c</td></tr></tbody></table>',
		);
	});
	test('drops comments, doctypes and raw HTML nodes', () => {
		const root = {
			type: 'root',
			children: [
				{ type: 'comment', value: '--><script>x</script>' },
				{ type: 'raw', value: '<script>alert(1)</script>' },
				h('b', 'ok'),
			],
		} as Root;
		expect(toHtml(sanitizeTree(root))).toBe('<b>ok</b>');
	});
	test('does not change its input', () => {
		const el = h('span', { onclick: 'x()' }, 'x');
		clean(el);
		expect(el.properties.onClick).toBe('x()');
	});
});

describe('sanitizeTree: attributes', () => {
	test('keeps ids as written (heading anchors must match the table of contents), whitespace made _', () => {
		expect(clean(h('h2', { id: 'Rule_of_thumb' }, 'x'))).toBe('<h2 id="Rule_of_thumb">x</h2>');
		expect(clean(h('span', { id: 'a b\tc' }))).toBe('<span id="a_b_c"></span>');
		expect(clean(h('span', { id: 'wikikb-search' }))).toBe('<span></span>');
	});
	test('tabindex only 0', () => {
		expect(clean(h('span', { tabindex: '0' }))).toBe('<span tabindex="0"></span>');
		expect(clean(h('span', { tabindex: '1' }))).toBe('<span></span>');
	});
	test('data-* kept, reserved data-pagefind-* and data-wikikb-* dropped', () => {
		expect(
			clean(
				h('span', {
					'data-sort-value': '3',
					'data-pagefind-filter': 'type:Evil',
					'data-pagefind-body': '',
					'data-wikikb-x': '1',
					'data-mw': '{}',
				}),
			),
		).toBe('<span data-sort-value="3"></span>');
	});
	test('attributes not on the element list are dropped', () => {
		expect(
			clean(
				h('span', {
					href: 'https://x',
					src: 'https://x',
					srcdoc: '<script>',
					formaction: 'javascript:x',
					name: 'n',
					width: '3',
				}),
			),
		).toBe('<span></span>');
	});
	test('RDFa and Microdata values that smuggle javascript are dropped; itemtype needs itemscope', () => {
		expect(
			clean(h('span', { property: 'javascript:alert(1)', typeof: 'x', itemtype: 'https://schema.org/Thing' })),
		).toBe('<span typeof="x"></span>');
		expect(clean(h('div', { itemscope: true, itemtype: 'https://schema.org/Thing' }))).toBe(
			'<div itemscope itemtype="https://schema.org/Thing"></div>',
		);
	});
	test('style values go through the CSS sanitiser', () => {
		expect(clean(h('span', { style: 'width: expr\\65 ssion(alert(1))' }))).toBe('<span></span>');
		expect(clean(h('span', { style: 'background: u&#x72;l(https://evil/x.png)' }))).toBe('<span></span>');
		expect(clean(h('span', { style: 'color:red; /* note */ font-weight:bold' }))).toBe(
			'<span style="color:red;   font-weight:bold"></span>',
		);
	});
});

describe('sanitizeTree: links', () => {
	test('external links get rel="noopener nofollow", merged with rel already set', () => {
		expect(clean(h('a', { href: 'https://arxiv.org/abs/1' }, 'x'))).toBe(
			'<a href="https://arxiv.org/abs/1" rel="noopener nofollow">x</a>',
		);
		expect(clean(h('a', { href: '//example.org/', rel: 'external' }, 'x'))).toBe(
			'<a href="//example.org/" rel="external noopener nofollow">x</a>',
		);
		expect(clean(h('a', { href: 'mailto:a@b.c' }, 'x'))).toBe('<a href="mailto:a@b.c" rel="noopener nofollow">x</a>');
	});
	test('internal links keep no rel', () => {
		expect(clean(h('a', { href: '/heuristic/X/' }, 'x'))).toBe('<a href="/heuristic/X/">x</a>');
		expect(clean(h('a', { href: '#Part_2' }, 'x'))).toBe('<a href="#Part_2">x</a>');
	});
	test.each([
		'javascript:alert(1)',
		'JaVaScRiPt:alert(1)',
		' javascript:alert(1)',
		'java\tscript:alert(1)',
		'java\nscript:x',
		'\u0001javascript:x',
		'vbscript:msgbox',
		'data:text/html,<script>alert(1)</script>',
		'DATA:image/svg+xml;base64,PHN2Zz4=',
		'file:///etc/passwd',
		'blob:https://x/1',
		'filesystem:x',
		'jar:x',
		'http:/x',
	])('href %j is dropped', (href) => {
		expect(clean(h('a', { href }, 'x'))).toBe('<a>x</a>');
	});
	test.each([
		'https://a.b/c?d=e#f',
		'http://x',
		'ftp://x',
		'irc://x',
		'news:comp.lang',
		'urn:isbn:1',
		'tel:+1',
		'geo:1,2',
		'magnet:?xt=1',
		'/page/X/',
		'#x',
		'?q=1',
		'relative/path',
	])('href %j is kept', (href) => {
		expect(isSafeUrl(href)).toBe(true);
		expect(clean(h('a', { href }, 'x'))).toContain('href=');
	});
	test('blockquote cite URLs are checked too', () => {
		expect(clean(h('blockquote', { cite: 'javascript:alert(1)' }, 'q'))).toBe('<blockquote>q</blockquote>');
		expect(clean(h('blockquote', { cite: 'https://x.org' }, 'q'))).toBe(
			'<blockquote cite="https://x.org">q</blockquote>',
		);
	});
});

describe('sanitizeTree: output stays safe', () => {
	test('a hostile tree serialises to HTML with nothing script-capable', () => {
		const root: Root = {
			type: 'root',
			children: [
				h('div', { onclick: 'x()', style: 'behavior:url(x.htc)' }, [
					h('script', 'alert(1)'),
					h('a', { href: 'javascript:alert(1)', onmouseover: 'y()' }, 'l'),
					h('svg', [h('script', 'alert(2)'), h('a', { 'xlink:href': 'javascript:alert(3)' }, 's')]),
					h('math', [h('maction', { actiontype: 'statusline' }, 'm')]),
					h('iframe', { src: 'data:text/html,x', srcdoc: '<script>alert(4)</script>' }),
					h('meta', { 'http-equiv': 'refresh', content: '0;url=javascript:alert(5)' }),
					h('base', { href: 'https://evil/' }),
					h('form', { action: 'https://evil/' }, [h('input', { formaction: 'javascript:x' }), h('button', 'b')]),
					h('style', '@import "https://evil/x.css";'),
				]),
			],
		};
		const out = toHtml(sanitizeTree(root));
		expect(findUnsafe(out)).toEqual([]);
		expect(out).toContain('alert(1)');
	});
});

describe('sanitizeTree: reports what it removes', () => {
	test('unwrapped elements and dropped attributes, with the reason', () => {
		const drops: { tagName: string; attribute?: string; reason: string }[] = [];
		const root: Root = {
			type: 'root',
			children: [
				h('div', { onclick: 'x()', style: 'background:url(x)', tabindex: '3', 'data-pagefind-body': '' }, [
					h('iframe'),
					h('a', { href: 'javascript:x' }, 'l'),
					h('a', { href: 'HTTPS://ok.example/' }, 'k'),
				]),
			],
		};
		const out = toHtml(
			sanitizeTree(root, (drop) =>
				drops.push({ tagName: drop.tagName, attribute: drop.attribute, reason: drop.reason }),
			),
		);
		expect(out).toContain('href="https://ok.example/"');
		expect(drops).toEqual(
			expect.arrayContaining([
				{ tagName: 'div', attribute: 'onclick', reason: 'not allowed' },
				{ tagName: 'div', attribute: 'style', reason: 'unsafe CSS' },
				{ tagName: 'div', attribute: 'tabindex', reason: 'only tabindex=0' },
				{ tagName: 'div', attribute: 'data-pagefind-body', reason: 'reserved' },
				{ tagName: 'iframe', attribute: undefined, reason: 'not allowed' },
				{ tagName: 'a', attribute: 'href', reason: 'unsafe URL' },
			]),
		);
		expect(drops).toHaveLength(6);
	});
});

describe('isAllowedTag agrees with the schema', () => {
	test.each(WIKITEXT_TAGS)('<%s> written in wikitext survives sanitizing', (name) => {
		const element = h(name, 'x');
		const inTable = ['tr', 'td', 'th', 'caption'].includes(name) ? h('table', [element]) : element;
		expect(clean(inTable)).toContain(`<${name}`);
	});
});
