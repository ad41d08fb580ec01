import { DATATYPES, type TypeId } from '../datatypes/index.ts';

/** One of Semantic MediaWiki's predefined properties: its key, its type, and whether only a property page may use it. */
export interface Predefined {
	/** SMW's internal key (`_TYPE`, `_CONV`). */
	readonly key: string;
	readonly type: TypeId;
	/** Declarative: meant for `Property:` (or `Category:`) pages only. */
	readonly declarative: boolean;
	/** Set by Semantic MediaWiki itself, never by a page (`Modification date`, `Has subobject`). */
	readonly restricted?: true;
	/** The namespace a page value is in when written without one (`[[Subproperty of::Has country]]` is `Property:Has country`). */
	readonly valueNamespace?: 'Property' | 'Category';
}

/**
 * Semantic MediaWiki's predefined properties that a page may write, by English label and alias (`i18n/extra/en.json`),
 * with the type their values are read as. The declarative ones make up a `Property:` page's declaration.
 */
const PREDEFINED: Readonly<Record<string, Predefined>> = {
	'Has type': { key: '_TYPE', type: '_txt', declarative: true },
	'Corresponds to': { key: '_CONV', type: '_txt', declarative: true },
	'Display units': { key: '_UNIT', type: '_txt', declarative: true },
	'Display unit': { key: '_UNIT', type: '_txt', declarative: true },
	'Allows value': { key: '_PVAL', type: '_txt', declarative: true },
	'Allows value list': { key: '_PVALI', type: '_txt', declarative: true },
	'Has allows value list': { key: '_PVALI', type: '_txt', declarative: true },
	'Allows pattern': { key: '_PVAP', type: '_txt', declarative: true },
	'Has allows pattern': { key: '_PVAP', type: '_txt', declarative: true },
	'Has uniqueness constraint': { key: '_PVUC', type: '_boo', declarative: true },
	'Display precision of': { key: '_PREC', type: '_num', declarative: true },
	'Display precision': { key: '_PREC', type: '_num', declarative: true },
	'Subproperty of': { key: '_SUBP', type: '_wpg', declarative: true, valueNamespace: 'Property' },
	'Subcategory of': { key: '_SUBC', type: '_wpg', declarative: true, valueNamespace: 'Category' },
	'Has fields': { key: '_LIST', type: '_txt', declarative: true },
	'Property description': { key: '_PDESC', type: '_mlt_rec', declarative: true },
	'Has property description': { key: '_PDESC', type: '_mlt_rec', declarative: true },
	'Preferred property label': { key: '_PPLB', type: '_mlt_rec', declarative: true },
	'External formatter URI': { key: '_PEFU', type: '_uri', declarative: true },
	'External formatter uri': { key: '_PEFU', type: '_uri', declarative: true },
	'External formatter URL': { key: '_PEFU', type: '_uri', declarative: true },
	'Imported from': { key: '_IMPO', type: '_txt', declarative: true },
	'Equivalent URI': { key: '_URI', type: '_uri', declarative: true },
	'Provides service': { key: '_SERV', type: '_txt', declarative: true },
	'Display title of': { key: '_DTITLE', type: '_txt', declarative: false },
	'Has display title of': { key: '_DTITLE', type: '_txt', declarative: false },
	'Modification date': { key: '_MDAT', type: '_dat', declarative: false, restricted: true },
	'Has subobject': { key: '_SOBJ', type: '_wpg', declarative: false, restricted: true },
	'Language code': { key: '_LCODE', type: '_txt', declarative: false },
};

/** Datatype names are properties of that type too (`[[Email::a@b.org]]`), except Record, Reference and Keyword. */
const TYPE_PROPERTIES = new Map<string, TypeId>(
	(Object.entries(DATATYPES) as [TypeId, (typeof DATATYPES)[TypeId]][])
		.filter(([id]) => id !== '_rec' && id !== '_ref_rec' && id !== '_keyw')
		.flatMap(([id, t]) => [t.name, ...t.aliases].map((label) => [label, id] as [string, TypeId])),
);

/**
 * The predefined property a name (normalized: `Has type`) is, if any: a label above, or a datatype name.
 * @example predefinedProperty('Has type')?.key // '_TYPE'
 * @example predefinedProperty('Email')?.type // '_ema'
 */
export function predefinedProperty(name: string): Predefined | undefined {
	if (Object.hasOwn(PREDEFINED, name)) return PREDEFINED[name];
	const type = TYPE_PROPERTIES.get(name);
	return type ? { key: type, type, declarative: false } : undefined;
}
