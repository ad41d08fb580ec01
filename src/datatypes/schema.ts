import { z } from 'zod';
import { TYPE_IDS } from './types.ts';

/** A page value: the title's id (after redirects, when the graph resolves it), and its `#fragment` (a subobject). */
export const pageValueSchema = z
	.object({
		page: z
			.string()
			.min(1)
			.describe('Id of the page the value names, e.g. `Help:Foo` (the target when the title is a redirect).'),
		fragment: z.string().min(1).optional().describe('The `#fragment`: in Semantic MediaWiki, a subobject of the page.'),
	})
	.strict();

/** A Text, Code, Keyword or External identifier value. */
export const textValueSchema = z
	.object({
		text: z.string().describe('The text, trimmed, control and invisible characters removed.'),
		uri: z
			.string()
			.optional()
			.describe('External identifier: the link its formatter makes (`$1` replaced by the text).'),
	})
	.strict();

/** A Number value. */
export const numberValueSchema = z
	.object({ number: z.number().describe('The number as read (`1,234.5` -> 1234.5).') })
	.strict();

/** A Quantity or Temperature value: the number in the main unit (kelvin for temperatures), and as written. */
export const quantityValueSchema = z
	.object({
		number: z
			.number()
			.describe('The value in the main unit (the unit whose `Corresponds to` factor is 1; kelvin for Temperature).'),
		unit: z.string().describe('The main unit, e.g. `km²`, `K`; empty when none is declared as main.'),
		written: z
			.object({ number: z.number(), unit: z.string() })
			.strict()
			.describe('The number and unit as written, the unit as declared (`25 sq mi` -> `{25, "sqmi"}`).'),
	})
	.strict();

/** A Date value: the Julian day, the precision written and the calendar model. */
export const dateValueSchema = z
	.object({
		jd: z.number().describe('Julian day number (UTC), what dates are compared and sorted by.'),
		precision: z.enum(['year', 'month', 'day', 'time']).describe('How much of the date was written.'),
		calendar: z
			.enum(['gregorian', 'julian'])
			.describe(
				'Calendar model of the components: Julian before 15 October 1582 unless written `Gr`, as Semantic MediaWiki.',
			),
		year: z.number().int().describe('Year in the calendar model, negative for BC (no year 0: 1 BC is -1).'),
		month: z.number().int().min(1).max(12).optional(),
		day: z.number().int().min(1).max(31).optional(),
		hour: z.number().int().min(0).max(24).optional(),
		minute: z.number().int().min(0).max(59).optional(),
		second: z.number().min(0).max(60).optional(),
		iso: z
			.string()
			.describe(
				'The date in the proleptic Gregorian calendar as ISO 8601 at its precision (`2000`, `2000-02`, `2000-02-11`, `2000-02-11T10:00:01`).',
			),
		raw: z
			.string()
			.describe(
				"Semantic MediaWiki's serialization `<model>/<year>[/<month>[/<day>[/<h>/<m>/<s>/<tz>]]]`, model 1 Gregorian, 2 Julian.",
			),
	})
	.strict();

/** A Boolean value. */
export const booleanValueSchema = z.object({ boolean: z.boolean() }).strict();

/** A URL, Annotation URI, Email (`mailto:`) or Telephone number (`tel:`) value. */
export const uriValueSchema = z
	.object({
		uri: z
			.string()
			.describe('The normalized URI: `http://example.org/Foo_bar`, `mailto:a@b.org`, `tel:+1-201-555-0123`.'),
	})
	.strict();

/** A Monolingual text value. */
export const monolingualValueSchema = z
	.object({ text: z.string(), lang: z.string().describe('BCP 47 language code, normalized (`zh-Hans`).') })
	.strict();

const scalarValueSchema = z.union([
	pageValueSchema,
	textValueSchema,
	numberValueSchema,
	quantityValueSchema,
	dateValueSchema,
	booleanValueSchema,
	uriValueSchema,
	monolingualValueSchema,
]);

/** A Record or Reference value: its fields in the order of `Has fields`, each typed by its own property (null when left empty). */
export const recordValueSchema = z
	.object({
		fields: z.array(scalarValueSchema.nullable()).describe('The typed fields, `null` for an empty (`?`) one.'),
	})
	.strict();

/** The typed value of a fact, its shape given by the fact's `type`. */
export const typedValueSchema = z.union([scalarValueSchema, recordValueSchema]);

/** A typed value (see {@link typedValueSchema}). */
export type TypedValue = z.infer<typeof typedValueSchema>;
export type PageValue = z.infer<typeof pageValueSchema>;
export type DateValue = z.infer<typeof dateValueSchema>;
export type QuantityValue = z.infer<typeof quantityValueSchema>;

/** Why a value does not fit its type: Semantic MediaWiki's message key and the English message. */
export const valueErrorSchema = z
	.object({
		key: z
			.string()
			.describe(
				"Semantic MediaWiki's message key, e.g. `smw_nofloat`, `smw-datavalue-number-textnotallowed`, `smw_notinenum`.",
			),
		message: z.string().describe('What is wrong, in English.'),
	})
	.strict();

/** A value's error (see {@link valueErrorSchema}). */
export type ValueError = z.infer<typeof valueErrorSchema>;

/** The id of a datatype (`_num`), for schemas. */
export const typeIdSchema = z.enum(TYPE_IDS);

/** One unit of a Quantity property, from `[[Corresponds to::0.3861 sq mi, sqmi]]`. */
export const unitSchema = z
	.object({
		names: z.array(z.string()).min(1).describe('Its spellings, spaces removed; the first is shown.'),
		factor: z.number().describe('How many of this unit make one main unit.'),
		prefix: z.boolean().describe('Written before the number (`€ 1`), and so shown.'),
	})
	.strict();

/** What a `Property:` page declares about its property (Semantic MediaWiki's declarative properties). */
export const declarationSchema = z
	.object({
		type: typeIdSchema.describe('`[[Has type::...]]`; Page when not declared.'),
		units: z.array(unitSchema).optional().describe('`[[Corresponds to::...]]`: the units of a Quantity.'),
		displayUnits: z.array(z.string()).optional().describe('`[[Display units::...]]`.'),
		allowedValues: z
			.array(z.string())
			.optional()
			.describe('`[[Allows value::...]]`: the values a fact may take (or ranges `>N`, `<N`, `A...B` for numbers).'),
		subpropertyOf: z
			.array(z.string())
			.optional()
			.describe('`[[Subproperty of::...]]`: parent properties (names without `Property:`).'),
		formatter: z
			.string()
			.optional()
			.describe('`[[External formatter URI::...]]` of an External identifier, with `$1`.'),
		precision: z.number().int().min(0).optional().describe('`[[Display precision of::N]]`.'),
		fields: z.array(z.string()).optional().describe('`[[Has fields::A;B;C]]` of a Record: its field properties.'),
	})
	.strict();

/** A property's declaration (see {@link declarationSchema}). */
export type Declaration = z.infer<typeof declarationSchema>;
export type Unit = z.infer<typeof unitSchema>;
