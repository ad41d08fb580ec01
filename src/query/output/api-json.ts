import type { TypedValue } from '../../datatypes/index.ts';
import type { QueryStore } from '../store.ts';
import type { AskResult, Printout, ResultEntity, ResultValue } from '../types.ts';

/** One print request as Semantic MediaWiki's ask API lists it. */
export interface ApiPrintRequest {
	readonly label: string;
	/** The property's key (`Has_height`); `''` for the subject and categories. */
	readonly key: string;
	readonly redi: string;
	readonly typeid: string;
	/** 0 categories, 1 property, 2 subject, 3 category check, 4 chain. */
	readonly mode: number;
	/** The output format after `#`; `false` for the subject column. */
	readonly format: string | false;
	/** A chain printout: the properties before the last (`A.B` of `?A.B.C`). */
	readonly chain?: string;
}

/** A page as the ask API serializes it. */
export interface ApiPage {
	readonly fulltext: string;
	readonly fullurl: string;
	readonly namespace: number;
	/** `"1"` when the page exists, else `""` (PHP's `strval(true)`). */
	readonly exists: '1' | '';
	readonly displaytitle: string;
}

/** One result of the ask API: its printouts by label, then the page itself. */
export interface ApiResult extends ApiPage {
	readonly printouts: Readonly<Record<string, readonly unknown[]>> | readonly never[];
}

/** The whole answer of `api.php?action=ask&format=json` (API version 2). */
export interface AskApiJson {
	readonly 'query-continue-offset'?: number;
	readonly query: {
		readonly printrequests: readonly ApiPrintRequest[];
		readonly results: Readonly<Record<string, ApiResult>> | readonly never[];
		readonly serializer: string;
		readonly version: 2;
		readonly meta: { readonly hash: string; readonly count: number; readonly offset: number; readonly source: string };
	};
}

const MODES: Readonly<Record<Printout['mode'], number>> = {
	categories: 0,
	property: 1,
	this: 2,
	'category-check': 3,
	chain: 4,
};

/** How the ask API answer is addressed. */
export interface ApiOptions {
	/** Prefix of `fullurl` (the site's address with its base path, `https://kb.example.org/docs`); default none. */
	readonly siteUrl?: string;
}

function printRequest(printout: Printout): ApiPrintRequest {
	const last = printout.chain?.at(-1);
	const key =
		printout.mode === 'property' || printout.mode === 'chain'
			? `${last?.inverse ? '-' : ''}${(last?.name ?? '').replace(/ /gu, '_')}`
			: '';
	return {
		label: printout.label,
		key,
		redi: '',
		typeid: printout.type,
		mode: MODES[printout.mode],
		format: printout.mode === 'this' ? false : (printout.format ?? ''),
		...(printout.mode === 'chain'
			? {
					chain: printout
						.chain!.slice(0, -1)
						.map((p) => `${p.inverse ? '-' : ''}${p.name}`)
						.join('.'),
				}
			: {}),
	};
}

/** A deterministic digest of the answer (Semantic MediaWiki's is an md5; clients only compare it). */
function digest(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x01000193;
	for (let i = 0; i < text.length; i++) {
		a = Math.imul(a ^ text.charCodeAt(i), 0x01000193);
		b = Math.imul(b ^ text.charCodeAt(i), 0x5bd1e995);
	}
	return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * A result as Semantic MediaWiki's ask API returns it (`api.php?action=ask&format=json`, API version 2): the print
 * requests, the results keyed by full title with their printouts by label and the page's `fulltext`, `fullurl`,
 * `namespace`, `exists`, `displaytitle`, and `meta` with the count; `query-continue-offset` when there are more.
 * Values as SMW's `QueryResultSerializer` writes them: pages as objects, numbers as numbers, quantities as
 * `{value, unit}`, dates as `{timestamp, raw}`, booleans as `"t"`/`"f"`, text and URIs as strings.
 */
export function askApiJson(store: QueryStore, result: AskResult, options: ApiOptions = {}): AskApiJson {
	const site = (options.siteUrl ?? '').replace(/\/+$/u, '');
	const page = (entity: ResultEntity, node?: string): ApiPage => {
		const url = (node ? store.node(node)?.url : undefined) ?? entity.url;
		return {
			fulltext: entity.fulltext,
			fullurl: url ? `${site}${url}` : '',
			namespace: entity.namespaceId ?? 0,
			exists: entity.exists || (node !== undefined && store.node(node) !== undefined) ? '1' : '',
			displaytitle: entity.displayTitle ?? '',
		};
	};
	const value = (v: ResultValue): unknown =>
		v.entity ? page(v.entity, v.node) : typedJson(store, v.typed, v.type, v.property);
	const printouts = result.columns.filter((c) => c.mode !== 'this' || result.query.printouts.includes(c));
	const results: Record<string, ApiResult> = {};
	for (const row of result.rows) {
		const cells: Record<string, unknown[]> = {};
		for (const [i, column] of result.columns.entries())
			if (printouts.includes(column)) cells[column.label] = row.cells[i]!.map(value);
		results[row.subject.fulltext] = { printouts: printouts.length > 0 ? cells : [], ...page(row.subject) };
	}
	const printrequests = result.columns.map(printRequest);
	const body = {
		printrequests,
		results: result.rows.length > 0 ? results : [],
		serializer: 'SMW\\Serializers\\QueryResultSerializer',
		version: 2 as const,
	};
	const meta = {
		hash: digest(JSON.stringify(body)),
		count: result.rows.length,
		offset: result.query.params.offset,
		source: '',
	};
	return {
		...(result.further ? { 'query-continue-offset': result.query.params.offset + result.rows.length } : {}),
		query: { ...body, meta },
	};
}

/** A non-page value as `QueryResultSerializer` writes it. */
function typedJson(store: QueryStore, typed: TypedValue, type: string, property: string | undefined): unknown {
	if ('fields' in typed) {
		const fields = property ? (store.property(property).declaration.fields ?? []) : [];
		return Object.fromEntries(
			typed.fields.map((f, i) => {
				const field = store.property(fields[i] ?? String(i + 1));
				return [
					field.name,
					{
						label: field.name,
						key: field.name.replace(/ /gu, '_'),
						typeid: field.type,
						item: f ? [typedJson(store, f, field.type, field.name)] : [],
					},
				];
			}),
		);
	}
	if ('jd' in typed) return { timestamp: String(Math.round((typed.jd - 2440587.5) * 86400)), raw: typed.raw };
	if ('lang' in typed)
		return {
			Text: { label: 'Text', key: '_TEXT', typeid: '_txt', item: [typed.text] },
			'Language code': { label: 'Language code', key: '_LCODE', typeid: '__lcode', item: [typed.lang] },
		};
	if ('written' in typed) return type === '_qty' ? { value: typed.number, unit: typed.unit } : typed.number;
	if ('number' in typed) return typed.number;
	if ('boolean' in typed) return typed.boolean ? 't' : 'f';
	if ('uri' in typed && !('text' in typed)) return typed.uri;
	if ('text' in typed) return typed.text;
	if ('page' in typed)
		return { fulltext: typed.page.replace(/_/gu, ' '), fullurl: '', namespace: 0, exists: '', displaytitle: '' };
	return null;
}
