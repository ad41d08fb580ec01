/** What makes a URL lead out of the site: pure, so the site's view model (and a browser) can use it without the renderer. */

/** `rel` of every external link (SPEC: page text is untrusted). */
export const EXTERNAL_REL = ['noopener', 'nofollow'] as const;

/**
 * Does this link lead out of the site: a scheme (`https:`, `mailto:`, `irc:`...) or protocol-relative `//host`
 * (browsers read `\\` as `/`)? The one test of an external link: such a link gets class `external` and
 * `rel="noopener nofollow"`. Tabs and newlines are ignored and leading spaces and controls skipped, as browsers do.
 * @example leavesSite('https://arxiv.org/abs/1') // true
 * @example leavesSite('/heuristic/X/') // false
 */
export function leavesSite(url: string): boolean {
	const seen = url.replace(/[\t\n\r]/gu, '').replace(/^[\u0000-\u0020]+/u, '');
	return /^[\\/]{2}/u.test(seen) || /^[a-z][a-z0-9+.-]*:/iu.test(seen);
}

const URL_START = /^(?:https?:|ftps?:|mailto:|\/\/)/iu;

/**
 * Is this text (a property value, a source's third part) a URL to make a link of: http, https, ftp, ftps, mailto
 * or protocol-relative, with no space in it? Whether a link leaves the site is `leavesSite`.
 * @example isExternalUrl('https://arxiv.org/abs/1') // true
 */
export function isExternalUrl(text: string): boolean {
	return URL_START.test(text.trim()) && !/\s/u.test(text.trim());
}
