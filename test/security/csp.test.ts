import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from '../../src/site/view/csp.ts';

/** A policy string as a map of directive -> sources, as a browser reads it. */
function parse(policy: string): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/u);
		if (!name) continue;
		expect(out.has(name), `directive ${name} appears twice`).toBe(false);
		out.set(name.toLowerCase(), sources);
	}
	return out;
}

describe('Content-Security-Policy', () => {
	const csp = parse(CONTENT_SECURITY_POLICY);

	test('scripts only from the site: no inline script, no eval, no other origin; WebAssembly for Pagefind', () => {
		expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(csp.get('script-src-attr')).toEqual(["'none'"]);
		for (const [name, sources] of csp) {
			if (!name.startsWith('script-src') && name !== 'default-src') continue;
			for (const bad of [
				"'unsafe-inline'",
				"'unsafe-eval'",
				"'unsafe-hashes'",
				'*',
				'data:',
				'blob:',
				'http:',
				'https:',
			])
				expect(sources, name).not.toContain(bad);
		}
	});

	test('nothing from other origins anywhere', () => {
		for (const [name, sources] of csp) {
			for (const source of sources)
				expect(source, `${name} ${source}`).toMatch(/^(?:'self'|'none'|'unsafe-inline'|'wasm-unsafe-eval'|data:)$/u);
		}
	});

	test('no plugins, frames, base changes; forms and fetches only to the site; images only from the site or data:', () => {
		expect(csp.get('default-src')).toEqual(["'self'"]);
		expect(csp.get('object-src')).toEqual(["'none'"]);
		expect(csp.get('base-uri')).toEqual(["'none'"]);
		expect(csp.get('frame-src')).toEqual(["'none'"]);
		expect(csp.get('form-action')).toEqual(["'self'"]);
		expect(csp.get('connect-src')).toEqual(["'self'"]);
		expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
	});

	test('data: only for images, never for scripts, frames or fetches', () => {
		for (const [name, sources] of csp) if (name !== 'img-src') expect(sources, name).not.toContain('data:');
	});

	test('the meta policy leaves out what browsers ignore in <meta>; the header form adds frame-ancestors', () => {
		for (const name of ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'])
			expect(csp.has(name), name).toBe(false);
		expect(parse(CONTENT_SECURITY_POLICY_HEADER).get('frame-ancestors')).toEqual(["'none'"]);
		expect(CONTENT_SECURITY_POLICY).not.toMatch(/["<>\n]/u);
	});
});
