import { describe, expect, test } from 'vitest';
import { normalizeCss, sanitizeCss } from '../../src/render/css-sanitize.ts';

describe('normalizeCss', () => {
	test.each([
		['\\65 xpression(1)', 'expression(1)'],
		['\\000065xpression(1)', 'expression(1)'],
		['ex\\pression(1)', 'expression(1)'],
		['ex/**/pression(1)', 'ex pression(1)'],
		['u&#x72;l(x)', 'url(x)'],
		['u&#114;l(x)', 'url(x)'],
		['color: red /* unclosed', 'color: red '],
		['a\\\nb', 'ab'],
		['content: "\\22"', 'content: "\\22 "'],
	])('%j -> %j', (input, output) => {
		expect(normalizeCss(input)).toBe(output);
	});
});

describe('sanitizeCss', () => {
	test.each([
		'color: red',
		'width: 50%; text-align: center',
		'background-color: #f9f9f9; border: 1px solid #aaa',
		'font-family: "Courier New", monospace',
		'vertical-align: top; white-space: nowrap',
		'--shiki-light: #24292e',
	])('keeps %j', (css) => {
		expect(sanitizeCss(css)).toBe(css);
	});

	test.each([
		'width: expression(alert(1))',
		'width: EXPRESSION(alert(1))',
		'width: expr\\65 ssion(alert(1))',
		'width: expr\\000065ssion(alert(1))',
		'width: exp&#x72;ession(alert(1))',
		'width: &#101;xpression(alert(1))',
		'background: url(https://evil/track.png)',
		'background: URL (https://evil/track.png)',
		'background: \\75 rl(x)',
		'background: u\\72 l(x)',
		'background: &#x75;rl(x)',
		'background-image: image-set("x.png" 1x)',
		'background-image: -webkit-image-set("x.png" 1x)',
		'background-image: image("x.png")',
		'content: attr(title url)',
		'@import "https://evil/x.css"',
		'@\\69mport "x"',
		'behavior: url(x.htc)',
		'behavior: x',
		'-moz-binding: url(x.xml#xss)',
		'-\\6d oz-binding: x',
		'background: javascript:alert(1)',
		'background: java\\73 cript:alert(1)',
		'filter: progid:DXImageTransform.Microsoft.Alpha(opacity=50)',
		'color: red\u0000',
		'color: \\0 red',
		'color: red\uFFFD',
		'-o-link: javascript:x',
		'',
		'/* only a comment */',
	])('rejects %j', (css) => {
		expect(sanitizeCss(css)).toBeUndefined();
	});
});

test('a comment inside a word becomes a space in the output, so the word is split for the browser too', () => {
	expect(sanitizeCss('width: ex/**/pression(alert(1))')).toBe('width: ex pression(alert(1))');
});
