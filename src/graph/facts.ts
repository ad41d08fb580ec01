import { diag, type Diagnostic, type MessageArgs, type MessageName, type RuleId } from '../diagnostics/index.ts';
import { namespaces, isPageType, parseTitle, type Title, type PageId } from '../load/index.ts';
import type { Declarations, PropertyInfo } from './declarations.ts';
import { predefinedProperty } from './predefined.ts';
import type { Fact, ParsedPage } from '../parse/index.ts';
import type { EdgeSet } from './edges.ts';
import type { NodeDraft, NodeStore } from './nodes.ts';
import { lookupProperty, normalizePropertyName, suggestProperty, type PropertySpec } from './registry.ts';
import { domainKey, linkedTitle, parseDate, parseSource, sourceIdentity } from './values.ts';

/** What reading one page's facts needs: the page, its node, the graph under construction, and a diagnostics sink. */
export interface FactContext {
	readonly page: ParsedPage;
	readonly node: NodeDraft;
	readonly nodes: NodeStore;
	readonly edges: EdgeSet;
	readonly diagnostics: Diagnostic[];
	/** Normalized names of unknown properties written at least twice in the content (typo suggestions). */
	readonly commonUnknown: readonly string[];
	/** The properties' declarations (`Property:` pages, Semantic MediaWiki's predefined ones, the registry). */
	readonly declarations: Declarations;
}

function report<R extends RuleId, M extends MessageName<R>>(
	ctx: FactContext,
	at: { line: number; col: number },
	rule: R,
	name: M,
	...args: MessageArgs<R, M>
): void {
	ctx.diagnostics.push(diag(ctx.page.path, at.line, at.col, rule, name, ...args));
}

/** Keeps a value on the node as an attribute (by normalized property name), in written order. */
function keepAttribute(ctx: FactContext, property: string, value: string): void {
	// own-property check: a property may be named like an Object.prototype member (`constructor`)
	const attributes = ctx.node.attributes;
	if (Object.hasOwn(attributes, property)) attributes[property]!.push(value);
	else
		Object.defineProperty(attributes, property, {
			value: [value],
			enumerable: true,
			writable: true,
			configurable: true,
		});
}

/**
 * Resolves a title to its node (through redirects) and reports a red link, naming the file that would hold the
 * page (a warning for the five page types, else info).
 */
export function resolveTarget(ctx: FactContext, title: Title, at: { line: number; col: number }, what: string): PageId {
	const target = ctx.nodes.target(title);
	if (target.missing) {
		const pageType = isPageType(title.namespace);
		const final = target.id === title.id ? title : (parseTitle(target.id) ?? title);
		const red = {
			what,
			target: target.id,
			redirect: target.id === title.id ? undefined : title.id,
			namespace: title.namespace,
			file: ctx.nodes.fileFor(final, ctx.page.file),
			undeclared: title.namespace && !namespaces().byName(title.namespace) ? title.namespace : undefined,
			similar: ctx.nodes.similarPages(final),
		};
		if (pageType) report(ctx, at, 'missing-page', 'noPage', red);
		else report(ctx, at, 'missing-page', 'noOtherPage', red);
	}
	return target.id;
}

/** Reads one fact through the property registry: node data, an edge, or an attribute, with diagnostics. */
export function applyFact(ctx: FactContext, fact: Fact, index: number): void {
	const info = ctx.declarations.of(fact.property);
	const registered = lookupProperty(fact.property);
	// a declaration wins over the registry, unless it declares the registry's own type
	const spec =
		registered && (info.source === 'registry' || (info.source === 'page' && info.declaration.type === registered.type))
			? registered
			: undefined;
	const value = fact.value.trim();
	if (!spec && (info.source === 'page' || info.source === 'predefined'))
		return applyDeclared(ctx, fact, index, value, info);
	if (!spec) return applyUnknown(ctx, fact, index, value);
	if (
		spec.writtenOn !== 'any' &&
		!(spec.writtenOn as readonly string[]).includes(ctx.page.namespace) &&
		spec.reversedOn?.pageType !== ctx.page.namespace
	) {
		report(ctx, fact, 'wrong-page-type', 'wrongPage', {
			property: fact.property,
			writtenOn: spec.writtenOn,
			pageType: ctx.page.namespace,
		});
	}
	if (value === '') return report(ctx, fact, 'wrong-value-type', 'empty', { property: fact.property });
	switch (spec.value) {
		case 'tag': {
			const display = value.replace(/[_\s]+/gu, ' ').trim();
			if (display === '') return report(ctx, fact, 'wrong-value-type', 'emptyDomain', { value });
			if (!ctx.node.domains.some((d) => domainKey(d) === domainKey(display))) ctx.node.domains.push(display);
			ctx.edges.add(ctx.page.id, ctx.nodes.domain(value), 'domain', index);
			return;
		}
		case 'source': {
			const ref = parseSource(value);
			if (!ref) return report(ctx, fact, 'malformed-source', 'notTriple', { value });
			if (!ctx.node.sources.some((s) => sourceIdentity(s) === sourceIdentity(ref))) ctx.node.sources.push(ref);
			ctx.edges.add(ctx.page.id, ctx.nodes.source(ref) as PageId, 'source', index);
			return;
		}
		case 'date': {
			const iso = parseDate(value);
			if (!iso) return report(ctx, fact, 'malformed-date', 'notADate', { value });
			ctx.node.lastUpdated ??= iso;
			return;
		}
		case 'text':
			return keepAttribute(ctx, spec.name, value);
		case 'title':
			return applyTitleFact(ctx, fact, index, value, spec);
	}
}

function applyTitleFact(
	ctx: FactContext,
	fact: Fact,
	index: number,
	value: string,
	spec: PropertySpec & { name: string },
): void {
	const title = linkedTitle(spec.name, value, ctx.nodes.exists);
	if (!title) {
		keepAttribute(ctx, spec.name, value);
		return report(ctx, fact, 'wrong-value-type', 'notATitle', {
			property: fact.property,
			value,
			example: spec.valueTypes === 'any' || !spec.valueTypes ? 'Principle' : spec.valueTypes[0]!,
		});
	}
	const target = resolveTarget(ctx, title, fact, `property \`${fact.property}\``);
	const relation = spec.relation!;
	if (spec.direction === 'symmetric') return ctx.edges.add(ctx.page.id, target, relation, index, true);
	const typeFits =
		spec.valueTypes === 'any' ||
		spec.valueTypes === undefined ||
		(spec.valueTypes as readonly string[]).includes(title.namespace);
	let forward = spec.direction === 'forward';
	if (!typeFits && spec.reversedOn?.pageType === ctx.page.namespace) {
		forward = !forward;
		const verb = relation === 'uses_heuristic' ? 'uses' : 'requires';
		report(ctx, fact, spec.reversedOn.rule, 'readReversed', {
			property: fact.property,
			value,
			pageType: ctx.page.namespace,
			write: spec.reversedOn.write,
			target: title.id,
			verb,
		});
	} else if (!typeFits) {
		report(ctx, fact, 'wrong-value-type', 'wrongType', {
			property: fact.property,
			expected: spec.valueTypes as readonly string[],
			target: title.id,
			namespace: title.namespace,
		});
	}
	if (forward) ctx.edges.add(ctx.page.id, target, relation, index);
	else ctx.edges.add(target, ctx.page.id, relation, index);
}

/**
 * A property declared by its `Property:` page (or predefined by Semantic MediaWiki): a Page value is an edge named
 * after the property (a red link when the page is missing), any other type an attribute, as written.
 */
function applyDeclared(ctx: FactContext, fact: Fact, index: number, value: string, info: PropertyInfo): void {
	const name = normalizePropertyName(info.name);
	const title =
		info.declaration.type === '_wpg' && value
			? valueTitleIn(value.replace(/^\[\[(.*)\]\]$/su, '$1'), predefinedProperty(info.name)?.valueNamespace)
			: undefined;
	if (!title) return keepAttribute(ctx, name, value);
	ctx.edges.add(ctx.page.id, resolveTarget(ctx, title, fact, `property \`${info.name}\``), name, index);
}

/**
 * A page value read as a title, in `namespace` when it names none (`Has country` as a `Subproperty of` value is
 * `Property:Has country`).
 */
export function valueTitleIn(value: string, namespace: string | undefined): Title | undefined {
	const title = parseTitle(value);
	return namespace && title && title.namespace !== namespace
		? parseTitle(`${namespace}:${value.trim().replace(/^:/u, '')}`)
		: title;
}

/** An unknown property: an edge named after it when the value is a title, else an attribute; always reported. */
function applyUnknown(ctx: FactContext, fact: Fact, index: number, value: string): void {
	const name = normalizePropertyName(fact.property);
	const suggestion = suggestProperty(fact.property, ctx.commonUnknown);
	report(ctx, fact, 'unknown-property', 'unknown', { property: fact.property, suggestion });
	const title = value ? linkedTitle(fact.property, value, ctx.nodes.exists) : undefined;
	if (!title || name === '') return keepAttribute(ctx, name || fact.property, value);
	const target = resolveTarget(ctx, title, fact, `property \`${fact.property}\``);
	ctx.edges.add(ctx.page.id, target, name, index);
}
