/**
 * THE datatype table: Semantic MediaWiki's types by id, with their English names and aliases (`i18n/extra/en.json`),
 * as `[[Has type::...]]` names them (case-insensitive; `_num` ids work too).
 */
export const DATATYPES = {
	/** A wiki page; the default type of an undeclared property. */
	_wpg: { name: 'Page', aliases: [] },
	/** Free text, compared exactly. */
	_txt: { name: 'Text', aliases: ['String', 'Enumeration'] },
	/** Text shown as preformatted code. */
	_cod: { name: 'Code', aliases: [] },
	/** `true`/`false`, also `yes`/`no`, `t`/`f`, `y`/`n`, `1`/`0`. */
	_boo: { name: 'Boolean', aliases: [] },
	/** A number: `1,234.5`, `.5`, `-2e-5`. */
	_num: { name: 'Number', aliases: ['Float', 'Integer'] },
	/** A number with a unit declared by `[[Corresponds to::...]]`, stored in the main unit. */
	_qty: { name: 'Quantity', aliases: [] },
	/** A temperature in K, °C, °F or °R, stored in kelvin. */
	_tem: { name: 'Temperature', aliases: [] },
	/** A date in Semantic MediaWiki's input formats, with its precision and calendar. */
	_dat: { name: 'Date', aliases: [] },
	/** A URL (`http://` added when there is no scheme). */
	_uri: { name: 'URL', aliases: ['URI'] },
	/** An email address, stored as `mailto:`. */
	_ema: { name: 'Email', aliases: ['E-mail'] },
	/** A telephone number in international form, stored as `tel:+...`. */
	_tel: { name: 'Telephone number', aliases: ['Phone number'] },
	/** A URI used as an annotation (an RDF property value). */
	_anu: { name: 'Annotation URI', aliases: [] },
	/** An identifier shown as a link through the property's `External formatter URI`. */
	_eid: { name: 'External identifier', aliases: [] },
	/** Text compared case-insensitively. */
	_keyw: { name: 'Keyword', aliases: [] },
	/** Text with a language code: `text@en`. */
	_mlt_rec: { name: 'Monolingual text', aliases: [] },
	/** Several fields `a;b;c`, each of its own property's type (`[[Has fields::A;B;C]]`). */
	_rec: { name: 'Record', aliases: [] },
	/** A Record whose first field is the value and the others a reference. */
	_ref_rec: { name: 'Reference', aliases: [] },
	/** Geographic coordinates (needs the Maps extension in SMW; here kept as text). */
	_geo: { name: 'Geographic coordinates', aliases: ['Geographic coordinate'] },
} as const satisfies Record<string, { readonly name: string; readonly aliases: readonly string[] }>;

/** A datatype id (`_num`). */
export type TypeId = keyof typeof DATATYPES;

/** Every datatype id, for schemas. */
export const TYPE_IDS = Object.keys(DATATYPES) as [TypeId, ...TypeId[]];

/** Semantic MediaWiki's default type of a property that no page declares. */
export const DEFAULT_TYPE: TypeId = '_wpg';

const BY_LABEL = new Map<string, TypeId>(
	(Object.entries(DATATYPES) as [TypeId, (typeof DATATYPES)[TypeId]][]).flatMap(([id, t]) => [
		[id, id],
		[t.name.toLowerCase(), id],
		...t.aliases.map((a) => [a.toLowerCase(), id] as [string, TypeId]),
	]),
);
// the legacy id of Text
BY_LABEL.set('_str', '_txt');

/**
 * The type a `[[Has type::...]]` value names: its name or alias case-insensitively, or its id; undefined for none.
 * @example typeByLabel('number') // '_num'
 * @example typeByLabel('_wpg') // '_wpg'
 */
export function typeByLabel(label: string): TypeId | undefined {
	return (
		BY_LABEL.get(
			label
				.trim()
				.replace(/[_\s]+/gu, ' ')
				.replace(/^ /u, '_')
				.toLowerCase(),
		) ?? BY_LABEL.get(label.trim().toLowerCase())
	);
}
