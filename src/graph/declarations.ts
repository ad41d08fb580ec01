import { DEFAULT_TYPE, parseUnit, typeByLabel, type Declaration, type TypeId, type Unit } from '../datatypes/index.ts';
import { diag, type Diagnostic } from '../diagnostics/index.ts';
import { normalizeName, parseTitle } from '../load/index.ts';
import type { ParsedPage } from '../parse/index.ts';
import { predefinedProperty } from './predefined.ts';
import { lookupProperty } from './registry.ts';

/** Where a property's type comes from: its `Property:` page, Semantic MediaWiki's predefined ones, the kapso registry, or SMW's default (Page). */
export type DeclarationSource = 'page' | 'predefined' | 'registry' | 'default';

/** What the graph knows about one property: its declaration and where it comes from. */
export interface PropertyInfo {
	/** Name as Semantic MediaWiki spells it: first letter capitalised, spaces (`Has number`). */
	readonly name: string;
	readonly declaration: Declaration;
	readonly source: DeclarationSource;
	/** Id of its `Property:` page, when it has one. */
	readonly page?: string;
	/** The property its page redirects to (`#REDIRECT [[Property:B]]`): facts of this one are facts of that one. */
	readonly redirectTo?: string;
}

/**
 * A property name as Semantic MediaWiki normalizes it (first letter capitalised, `_` and runs of spaces one space),
 * without a `Property:` prefix.
 * @example propertyKey('has_number') // 'Has number'
 */
export function propertyKey(name: string): string {
	const bare = name.trim().replace(/^property\s*:/iu, '');
	return normalizeName(bare);
}

type Draft = { -readonly [K in keyof Declaration]: Declaration[K] };

/** Reads one page's declaration from its facts (`Has type`, `Corresponds to`, `Allows value`...). */
function declare(page: ParsedPage, diagnostics: Diagnostic[]): Draft {
	const draft: Draft = { type: DEFAULT_TYPE };
	let typed = false;
	const push = <K extends 'units' | 'displayUnits' | 'allowedValues' | 'subpropertyOf' | 'fields'>(
		key: K,
		values: NonNullable<Draft[K]>,
	) => {
		draft[key] = [...((draft[key] as unknown[] | undefined) ?? []), ...(values as unknown[])] as Draft[K];
	};
	for (const fact of page.facts) {
		if (fact.subobject) continue;
		const value = fact.value.trim();
		switch (predefinedProperty(propertyKey(fact.property))?.key) {
			case '_TYPE': {
				const type = typeByLabel(value);
				if (!type)
					diagnostics.push(
						diag(page.path, fact.line, fact.col, 'unknown-type', 'notADatatype', { value, property: page.name }),
					);
				else if (typed && type !== draft.type)
					diagnostics.push(
						diag(page.path, fact.line, fact.col, 'unknown-type', 'secondType', {
							property: page.name,
							type: draft.type,
							value,
						}),
					);
				else {
					draft.type = type;
					typed = true;
				}
				break;
			}
			case '_CONV': {
				const unit: Unit | undefined = parseUnit(value);
				if (unit) push('units', [unit]);
				else diagnostics.push(diag(page.path, fact.line, fact.col, 'invalid-value', 'unitWithoutNumber', { value }));
				break;
			}
			case '_UNIT':
				push(
					'displayUnits',
					value
						.split(',')
						.map((u) => u.trim())
						.filter(Boolean),
				);
				break;
			case '_PVAL':
				push('allowedValues', [value]);
				break;
			case '_SUBP':
				push('subpropertyOf', [propertyKey(value)]);
				break;
			case '_LIST':
				push('fields', value.split(';').map(propertyKey).filter(Boolean));
				break;
			case '_PEFU':
				draft.formatter = value;
				break;
			case '_PREC': {
				const n = Number(value);
				if (Number.isInteger(n) && n >= 0) draft.precision = n;
				break;
			}
			default:
		}
	}
	return draft;
}

/** The type the kapso registry gives a property it knows (`last_updated` Date, `github_url` URL, the rest Page). */
function registryType(name: string): TypeId | undefined {
	return lookupProperty(name)?.type;
}

/** Every property's declaration, and how to find the one a fact's property name means. */
export class Declarations {
	private readonly byName = new Map<string, PropertyInfo>();

	/**
	 * Reads the declarations of the `Property:` pages (a redirect page makes its property a synonym of the target's).
	 * @param redirects redirect target id by redirect page id
	 */
	constructor(
		pages: readonly ParsedPage[],
		redirects: ReadonlyMap<string, string>,
		readonly diagnostics: Diagnostic[],
	) {
		for (const page of pages) {
			if (page.namespace !== 'Property') continue;
			const name = propertyKey(page.name);
			const target = redirects.get(page.id);
			const redirectTo =
				target && target.startsWith('Property:') ? propertyKey(parseTitle(target)?.name ?? '') : undefined;
			this.byName.set(name, {
				name,
				declaration: declare(page, diagnostics),
				source: 'page',
				page: page.id,
				...(redirectTo ? { redirectTo } : {}),
			});
		}
	}

	/**
	 * The property a fact's property name means, through property redirects: declared by its page, else predefined
	 * by Semantic MediaWiki, else in the kapso registry, else Page (SMW's default for undeclared properties).
	 * @example declarations.of('has_number') // { name: 'Has number', declaration: { type: '_num' }, source: 'page', ... }
	 */
	of(property: string): PropertyInfo {
		let name = propertyKey(property);
		for (let hop = 0; hop < 5; hop++) {
			const info = this.byName.get(name);
			if (!info?.redirectTo || info.redirectTo === name) break;
			name = info.redirectTo;
		}
		const declared = this.byName.get(name);
		if (declared) return declared;
		const predefined = predefinedProperty(name);
		if (predefined) return { name, declaration: { type: predefined.type }, source: 'predefined' };
		const registry = registryType(property);
		if (registry) return { name, declaration: { type: registry }, source: 'registry' };
		return { name, declaration: { type: DEFAULT_TYPE }, source: 'default' };
	}

	/** Every property with a `Property:` page. */
	declared(): PropertyInfo[] {
		return [...this.byName.values()];
	}
}
