import type { Element, ElementContent } from 'hast';
import type { RenderState } from './state.ts';
import { domainId, linkedTitle } from '../graph/index.ts';
import { externalLink, isExternalUrl, pageLink, propertyKey, text, titleText, wikiLink } from './links.ts';

/**
 * Renders an annotation `[[property::value]]` as Semantic MediaWiki shows it: a link to page `value` (red when
 * missing) with the value (or `display`) as text when the graph reads the value as a title (see `linkedTitle`); `domain` links to its Domain page, `source` (`Type|Title|URL`)
 * is an external link `Title (Type)`, `last_updated` a `<time>`, URLs external links, other values plain text.
 * `display` is the rendered text after the last `|` (not for `source`); an empty array hides the value (`[[p::v| ]]`).
 */
export function renderAnnotation(
	state: RenderState,
	property: string,
	value: string,
	display?: ElementContent[],
): ElementContent[] {
	const key = propertyKey(property);
	if (key === 'Source') return [renderSource(state, value)];
	if (display && display.length === 0) return [];
	const shown = display ?? [text(value)];
	if (key === 'Last updated') return renderDate(value, shown);
	if (isExternalUrl(value)) return [externalLink(state, value, shown)];
	if (key === 'Domain') {
		const id = domainId(value);
		return id ? [pageLink(state, id, undefined, display ?? [text(titleText(value))])] : shown;
	}
	// The graph's own decision (src/graph `linkedTitle`): a link exactly where the graph makes an edge; a data
	// property (`github_url`) or plain text (`Apache-2.0`) is an attribute there and text here.
	const title = linkedTitle(property, value, (id) => state.ctx.pageExists(id));
	if (title) return [pageLink(state, title.id, title.fragment, display ?? [text(titleText(value))])];
	return value.trim().startsWith('#') ? [wikiLink(state, value, shown)!] : shown;
}

/**
 * `Type|Title|URL` -> `<a class="external" href=URL>Title</a> (Type)`; a third part that is no URL is shown as
 * text after the title; the two-part form `Type|Title` is text.
 */
function renderSource(state: RenderState, value: string): Element {
	const parts = value.split('|').map((part) => part.trim());
	const children: ElementContent[] = [];
	if (parts.length === 1) {
		children.push(text(parts[0] ?? ''));
	} else {
		const [type = '', title = '', ...rest] = parts;
		const where = rest.join('|');
		const label = title || where || type;
		children.push(isExternalUrl(where) ? externalLink(state, where, [text(label)]) : text(label));
		if (type) children.push(text(` (${type})`));
		if (where && !isExternalUrl(where))
			children.push(text(': '), { type: 'element', tagName: 'code', properties: {}, children: [text(where)] });
	}
	const span: Element = { type: 'element', tagName: 'span', properties: {}, children };
	return state.slots.trust(span, { className: ['wikikb-source'] });
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?\s*(?:GMT|UTC|Z)?$/u;

/** `2025-12-12 00:00 GMT` -> `<time datetime="2025-12-12T00:00:00Z">`; a value that is no date stays text. */
function renderDate(value: string, shown: ElementContent[]): ElementContent[] {
	const match = DATE.exec(value.trim());
	if (!match) return shown;
	const [, y, mo, d, h, mi, s] = match;
	const datetime = h === undefined ? `${y}-${mo}-${d}` : `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}Z`;
	return [{ type: 'element', tagName: 'time', properties: { dateTime: datetime }, children: shown }];
}
