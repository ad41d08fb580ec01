/**
 * The Content-Security-Policy of the built site, one directive per entry with the reason it is needed.
 * The site sends it as `<meta http-equiv="Content-Security-Policy" content={CONTENT_SECURITY_POLICY}>`, the
 * first element of `<head>` on every page (a meta policy covers only what comes after it), in production
 * builds only (Vite's dev client is an inline script). A meta policy cannot carry `frame-ancestors`,
 * `report-uri` or `sandbox` (browsers ignore them there): a host that can send headers should send
 * `CONTENT_SECURITY_POLICY_HEADER` as a real `Content-Security-Policy` header instead.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
	// Nothing is loaded from anywhere but the site itself unless a directive below says so.
	'default-src': ["'self'"],
	// Our bundled scripts only: no inline script, no eval. Pagefind compiles its WebAssembly search index.
	'script-src': ["'self'", "'wasm-unsafe-eval'"],
	'script-src-attr': ["'none'"],
	// Stylesheets from the site; Mermaid draws each diagram as an SVG holding its own <style> element, so
	// inline style elements are allowed (page text can never produce one: the sanitiser has no <style>).
	'style-src': ["'self'", "'unsafe-inline'"],
	'style-src-elem': ["'self'", "'unsafe-inline'"],
	// KaTeX and Shiki position and colour with style attributes; page styles pass `sanitizeCss` first.
	'style-src-attr': ["'unsafe-inline'"],
	// Site images, and data: images that KaTeX and Mermaid may inline. No remote images (no tracking pixels).
	'img-src': ["'self'", 'data:'],
	// KaTeX fonts are bundled with the site.
	'font-src': ["'self'"],
	// Pagefind fetches its index and WebAssembly; the recommender and graph fetch /api/*.json.
	'connect-src': ["'self'"],
	'worker-src': ["'self'"],
	'media-src': ["'none'"],
	'object-src': ["'none'"],
	'frame-src': ["'none'"],
	'child-src': ["'none'"],
	'manifest-src': ["'self'"],
	// No <base> may redirect relative links; forms (the recommender) submit only to the site.
	'base-uri': ["'none'"],
	'form-action': ["'self'"],
};

/** Directives a browser ignores in a `<meta>` policy; they belong in a real header. */
const HEADER_ONLY: Readonly<Record<string, readonly string[]>> = {
	'frame-ancestors': ["'none'"],
};

function serialize(directives: Readonly<Record<string, readonly string[]>>): string {
	return Object.entries(directives)
		.map(([name, sources]) => `${name} ${sources.join(' ')}`)
		.join('; ');
}

/**
 * The policy for `<meta http-equiv="Content-Security-Policy">` (no header-only directives).
 * @example CONTENT_SECURITY_POLICY.startsWith("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'") // true
 */
export const CONTENT_SECURITY_POLICY: string = serialize(CSP_DIRECTIVES);

/** The same policy plus `frame-ancestors 'none'`, for hosts that can send a `Content-Security-Policy` header. */
export const CONTENT_SECURITY_POLICY_HEADER: string = serialize({ ...CSP_DIRECTIVES, ...HEADER_ONLY });
