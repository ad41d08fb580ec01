/**
 * Semantic MediaWiki's datatypes: the type table and one parser per type from a written value to a typed value or
 * an error, as SMW reads them. Pure and browser-safe (no Node imports): queries (`#ask`) run in the browser too.
 */
export { DATATYPES, TYPE_IDS, DEFAULT_TYPE, typeByLabel, type TypeId } from './types.ts';
export { parseValue, valueKey, type ValueContext } from './parse-value.ts';
export { parseNumber, splitNumber } from './number.ts';
export { parseQuantity, parseTemperature, parseUnit, mainUnit } from './quantity.ts';
export { parseDate, dateToJd, jdToDate } from './date.ts';
export {
	parseBoolean,
	parseText,
	parseUrl,
	parseEmail,
	parseTelephone,
	parseExternalId,
	parseMonolingual,
} from './scalars.ts';
export { cleanValue, type Outcome } from './outcome.ts';
export * from './schema.ts';
export { readTitle, normalizeName, toDbKey, titleOf, type TitleParts, type NamespaceLookup } from './title.ts';
