import { describe, expect, test } from 'vitest';
import { relinkDomains } from '../../src/render/relink.ts';

const nodes = [
	{ namespace: 'Domain', name: 'Fine Tuning', url: '/domain/Fine_Tuning/' },
	{ namespace: 'Domain', name: 'C++ tips', url: '/domain/C~2b~~2b~_tips/' },
	{ namespace: 'Heuristic', name: 'Fine tuning', url: '/heuristic/Fine_tuning/' },
] as const;

describe('relinkDomains', () => {
	test('points a domain link spelled another way at the graph node', () => {
		expect(relinkDomains('<a href="/domain/Fine_tuning/">fine_tuning</a> <a href="/domain/C~2b~~2b~_Tips/">x</a>', nodes)).toBe('<a href="/domain/Fine_Tuning/">fine_tuning</a> <a href="/domain/C~2b~~2b~_tips/">x</a>');
	});

	test('leaves other links and unknown domains alone', () => {
		const html = '<a href="/heuristic/Fine_tuning/">a</a> <a href="/domain/Other/">b</a>';
		expect(relinkDomains(html, nodes)).toBe(html);
	});
});
