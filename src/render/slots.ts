import type { Element, ElementContent, Nodes, Root, Text } from 'hast';

/** Properties the renderer itself sets (never page text): re-applied after sanitising. */
export interface TrustedProps {
	readonly className?: readonly string[];
	readonly id?: string;
	readonly rel?: readonly string[];
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = /\uE000(\d+)\uE001/gu;
const RESERVED = /[\uE000\uE001]/gu;

/**
 * Holds renderer-made HTML (highlighted code, KaTeX) that must not pass the sanitiser, and the renderer's own
 * classes and ids. Before sanitising, a slot is a text marker made of private-use characters that page text
 * can no longer contain (`seal` replaces them); after sanitising, `fill` swaps markers for the saved nodes.
 */
export class Slots {
	private readonly saved: ElementContent[] = [];
	/** The portable form of each saved node, when it has one (plain code, TeX source): what Markdown is made of. */
	private readonly portable: (ElementContent | undefined)[] = [];
	private readonly markers = new WeakSet<Text>();

	/**
	 * A text node standing for `node` until `fill`.
	 * @param plain the same content without renderer-made HTML (code as text, a formula as its TeX), for `fill(tree, 'portable')`
	 */
	slot(node: ElementContent, plain?: ElementContent): Text {
		// Saved nodes are not sealed later, and `fill` expands markers inside the nodes it inserts: page text
		// inside them (code, TeX) must not be able to forge one, or a marker could insert its own node forever.
		this.clean(node);
		if (plain) this.clean(plain);
		const marker: Text = { type: 'text', value: `${OPEN}${this.saved.length}${CLOSE}` };
		this.saved.push(node);
		this.portable.push(plain);
		this.markers.add(marker);
		return marker;
	}

	/** Marks renderer-owned properties of an element (also set now, for a sanitiser that keeps them). */
	trust(element: Element, props: TrustedProps): Element {
		if (props.className) element.properties.className = [...props.className];
		if (props.id !== undefined) element.properties.id = props.id;
		if (props.rel) element.properties.rel = [...props.rel];
		element.data = { ...element.data, wikikbTrusted: props } as Element['data'];
		return element;
	}

	/** Makes page text unable to forge a marker: reserved characters in any non-marker text become U+FFFD. */
	seal(tree: Root): void {
		visit(tree, (node) => {
			if (node.type === 'text' && !this.markers.has(node)) node.value = node.value.replace(RESERVED, '\uFFFD');
		});
	}

	private clean(node: Nodes): void {
		visit(node, (n) => {
			if ((n.type === 'text' && !this.markers.has(n)) || n.type === 'raw')
				n.value = n.value.replace(RESERVED, '\uFFFD');
		});
	}

	/**
	 * After sanitising: re-applies trusted properties and replaces markers by the saved nodes (`html`), or by
	 * their portable forms where they have one (`portable`: the tree Markdown is made from).
	 */
	fill(tree: Root, variant: 'html' | 'portable' = 'html'): void {
		visit(tree, (node) => {
			if (node.type === 'element') applyTrusted(node);
			if (node.type !== 'element' && node.type !== 'root') return;
			if (!node.children.some((child) => child.type === 'text' && child.value.includes(OPEN))) return;
			node.children = node.children.flatMap((child): ElementContent[] =>
				child.type === 'text' ? this.expand(child, variant) : [child as ElementContent],
			) as typeof node.children;
		});
	}

	private expand(text: Text, variant: 'html' | 'portable'): ElementContent[] {
		if (!text.value.includes(OPEN)) return [text];
		const out: ElementContent[] = [];
		let last = 0;
		for (const match of text.value.matchAll(MARKER)) {
			if (match.index > last) out.push({ type: 'text', value: text.value.slice(last, match.index) });
			const at = Number(match[1]);
			const node = (variant === 'portable' ? this.portable[at] : undefined) ?? this.saved[at];
			// A node may stand in both trees (Markdown is made from a copy), so each use gets its own.
			if (node) out.push(variant === 'portable' ? structuredClone(node) : node);
			last = match.index + match[0].length;
		}
		if (last < text.value.length) out.push({ type: 'text', value: text.value.slice(last) });
		return out;
	}
}

function applyTrusted(element: Element): void {
	const trusted = (element.data as { wikikbTrusted?: TrustedProps } | undefined)?.wikikbTrusted;
	if (!trusted) return;
	if (trusted.className) element.properties.className = union(element.properties.className, trusted.className);
	if (trusted.id !== undefined) element.properties.id = trusted.id;
	if (trusted.rel) element.properties.rel = union(element.properties.rel, trusted.rel);
	delete (element.data as unknown as Record<string, unknown>).wikikbTrusted;
	if (Object.keys(element.data as object).length === 0) delete element.data;
}

function union(current: unknown, extra: readonly string[]): string[] {
	const list = Array.isArray(current)
		? current.map(String)
		: typeof current === 'string'
			? current.split(/\s+/u).filter(Boolean)
			: [];
	for (const item of extra) if (!list.includes(item)) list.push(item);
	return list;
}

/** Pre-order walk over every node (children visited after their parent may have replaced them). */
export function visit(node: Nodes, fn: (node: Nodes) => void): void {
	fn(node);
	if ('children' in node) for (const child of node.children) visit(child, fn);
}
