import type { QueryStore } from './store.ts';
import type { Printout, PropertyRef } from './types.ts';
import type { TypeId } from '../datatypes/index.ts';

/** Characters a property name cannot hold. */
const BAD_PROPERTY = /[[\]{}|<>#]/u;

/** Why a printout cannot be read. */
export interface PrintoutProblem {
	readonly code: string;
	readonly message: string;
}

/**
 * Splits a printout into what it prints, its output format and its label, as Semantic MediaWiki's
 * `Deserializer::getPartsFromText`: `=` inside an HTML tag of the label (`<span style="a=b">`) is no separator.
 */
function partsOf(text: string): { what: string; format: string | undefined; label: string | undefined } {
	const masked = text.replace(/<[^>]*>[^>]*>/gu, (m) => m.replace(/=/gu, '\u0000'));
	const eq = masked.indexOf('=');
	const head = eq < 0 ? text : text.slice(0, eq);
	const label = eq < 0 ? undefined : text.slice(eq + 1);
	const hash = head.indexOf('#');
	return {
		what: (hash < 0 ? head : head.slice(0, hash)).trim().replace(/_/gu, ' '),
		format: hash < 0 ? undefined : head.slice(hash + 1).trim(),
		label,
	};
}

/** One property of a printout: `-P` is the inverse. */
function propertyRef(store: QueryStore, written: string): PropertyRef | PrintoutProblem {
	const trimmed = written.trim();
	const inverse = trimmed.startsWith('-');
	const bare = inverse ? trimmed.slice(1).trim() : trimmed;
	if (bare === '' || BAD_PROPERTY.test(bare))
		return {
			code: 'smw-datavalue-property-invalid-character',
			message: `\`${trimmed}\` is not a property name: a name cannot be empty or hold \`[]{}|<>#\`. The printout is left out.`,
		};
	return { name: store.property(bare).name, inverse };
}

/** How a property is labelled by default: its name as written, normalized (`?has_number` -> `Has number`, `?-P` -> `-P`). */
function defaultLabel(written: string): string {
	const trimmed = written.trim();
	const inverse = trimmed.startsWith('-');
	const bare = (inverse ? trimmed.slice(1) : trimmed)
		.replace(/^property\s*:/iu, '')
		.replace(/[_\s]+/gu, ' ')
		.trim();
	const name = bare.charAt(0).toUpperCase() + bare.slice(1);
	return inverse ? `-${name}` : name;
}

/**
 * Reads one printout (the text after `?`), as Semantic MediaWiki's print request deserializer: `?` or `?#` is the
 * subject column, `?Category` (or `?Categories`) the categories, `?Category:X` a check of one category, `?A.B` a
 * property chain (labelled by its last property), anything else a property (`?-P`: the pages whose `P` is the row).
 * `#fmt` gives the output format (`?P#` is `?P#-`), `=Label` the header; in `#show` default labels are empty.
 */
export function readPrintout(store: QueryStore, text: string, show: boolean): Printout | PrintoutProblem {
	const { what, format: rawFormat, label: given } = partsOf(text);
	const format = rawFormat === '' ? '-' : rawFormat;
	const base = { written: text, params: {}, ...(format !== undefined ? { format } : {}) };
	const labelled = (fallback: string) => (given !== undefined ? given.trim() : show ? '' : fallback);
	if (what === '') {
		// the subject column (`?`, `?#`, `?#-`); `?#=Label#-` puts the format after the label
		let label = given?.trim() ?? '';
		let subjectFormat = rawFormat === '' ? undefined : rawFormat;
		if (label.includes('#')) {
			const [own = '', after = ''] = label.split('#');
			label = own;
			subjectFormat = after || '-';
		}
		return {
			written: text,
			params: {},
			mode: 'this',
			label,
			type: '_wpg',
			...(subjectFormat !== undefined ? { format: subjectFormat } : {}),
		};
	}
	const titled = what.charAt(0).toUpperCase() + what.slice(1).toLowerCase();
	if (titled === 'Category' || titled === 'Categories')
		return { ...base, mode: 'categories', label: labelled('Category'), type: '_wpg' };
	const category = /^category\s*:(.+)$/iu.exec(what);
	if (category) {
		const name = category[1]!.trim();
		return {
			...base,
			mode: 'category-check',
			category: store.categoryName(name),
			label: labelled(name.charAt(0).toUpperCase() + name.slice(1)),
			type: '_boo',
		};
	}
	const names = what.includes('.') ? what.split('.') : [what];
	const chain: PropertyRef[] = [];
	for (const name of names) {
		const ref = propertyRef(store, name);
		if ('code' in ref) return ref;
		chain.push(ref);
	}
	const last = chain.at(-1)!;
	const type: TypeId = last.inverse ? '_wpg' : store.property(last.name).type;
	return {
		...base,
		mode: chain.length > 1 ? 'chain' : 'property',
		chain,
		label: labelled(defaultLabel(names.at(-1)!)),
		type,
	};
}
