import type { Element, ElementContent } from 'hast';

/**
 * One step of a page's flow, between the wikitext tree and the block builder: text, finished nodes, HTML
 * tags written in the page, bold/italic toggles, list prefixes, and things that depend on their line
 * (`lazy`: a formula or template is a block when it stands alone on its line).
 */
export type FlowEvent =
	| { readonly k: 'text'; readonly v: string }
	| { readonly k: 'node'; readonly n: ElementContent; readonly block: boolean }
	| { readonly k: 'open'; readonly el: Element; readonly raw: string }
	| { readonly k: 'close'; readonly tag: string; readonly raw: string }
	| { readonly k: 'quote'; readonly marks: readonly ('b' | 'i')[] }
	| { readonly k: 'list'; readonly prefix: string }
	| { readonly k: 'dd'; readonly prefix: string }
	| { readonly k: 'hidden' }
	| { readonly k: 'lazy'; readonly make: (alone: boolean) => ElementContent };
