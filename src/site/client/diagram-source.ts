/** The start of a tag in a label's HTML, up to an attribute: `<svg title="a > b"`. */
const TAG_START = String.raw`<[a-z](?:[^<>"']|"[^"]*"|'[^']*')*?`;

/** An event-handler attribute there, with its separator (`/` too, as in `<svg/onload=...>`) and value, if any. */
const HANDLER_ATTRIBUTE = new RegExp(
	`(${TAG_START})[\\s/]+on[^\\s"'<>/=]*(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s"'<>]*))?`,
	'giu',
);

/**
 * A diagram's source without event-handler attributes in the HTML of its labels, for mermaid to draw. mermaid drops
 * them anyway (strict security level, DOMPurify), but DOMPurify first parses the label in an inert document, and
 * Chromium (156 and later) reports `<svg onload=...>` parsed there as a Content-Security-Policy violation of the
 * page: the handler never runs, yet readers see an error in the console. This is not what keeps scripts out (mermaid's
 * sanitizing and the site's CSP are); it keeps the console clean. Removed until none is left, so that a removal
 * cannot join two halves into a new attribute.
 */
export function withoutHandlers(source: string): string {
	let previous: string;
	let current = source;
	do {
		previous = current;
		current = current.replace(HANDLER_ATTRIBUTE, '$1');
	} while (current !== previous);
	return current;
}

/** A sequence diagram's actor menu entries: `link A: Docs @ https://...` and `links A: {...}`. */
const ACTOR_MENU = /^[ \t]*links?[ \t]+[^\n:]+:.*$/gmu;

/** The diagram's type: its first line that is neither blank nor a `%%` comment or directive. */
function diagramType(source: string): string {
	return (
		source
			.split('\n')
			.map((line) => line.trim())
			.find((line) => line !== '' && !line.startsWith('%%'))
			?.split(/\s/u)[0] ?? ''
	);
}

/**
 * A sequence diagram's source without its actor menus. mermaid opens them with an inline `onclick`, which the site's
 * Content-Security-Policy forbids: the menu never opened, and setting the attribute is reported as a violation. The
 * lines are blanked, not removed, so mermaid's error messages keep their line numbers.
 */
export function withoutActorMenus(source: string): string {
	return diagramType(source) === 'sequenceDiagram' ? source.replace(ACTOR_MENU, '') : source;
}

/** What mermaid is given to draw: the source without event handlers or actor menus (see both). */
export function drawnSource(source: string): string {
	return withoutActorMenus(withoutHandlers(source));
}
