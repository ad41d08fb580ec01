import { diag, type Diagnostic, type Severity } from '../diagnostics/diagnostic.ts';
import type { RuleId } from '../diagnostics/rules.ts';
import { namespaces } from '../load/index.ts';
import { isPageType, parseTitle, type Title } from '../load/title.ts';
import type { Declarations, PropertyInfo } from './declarations.ts';
import { predefinedProperty } from './predefined.ts';
import type { PageId } from '../load/types.ts';
import type { Fact, ParsedPage } from '../parse/types.ts';
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

function report(ctx: FactContext, at: { line: number; col: number }, rule: RuleId, severity: Severity, message: string): void {
	ctx.diagnostics.push(diag(ctx.page.path, at.line, at.col, severity, rule, message));
}

/** `a Workflow`, `an Implementation`. */
const article = (word: string) => `${/^[aeiou]/iu.test(word) ? 'an' : 'a'} ${word}`;
const list = (types: 'any' | readonly string[]) => (types === 'any' ? 'any page' : types.map(article).join(' or '));

/** Keeps a value on the node as an attribute (by normalized property name), in written order. */
function keepAttribute(ctx: FactContext, property: string, value: string): void {
	// own-property check: a property may be named like an Object.prototype member (`constructor`)
	const attributes = ctx.node.attributes;
	if (Object.hasOwn(attributes, property)) attributes[property]!.push(value);
	else Object.defineProperty(attributes, property, { value: [value], enumerable: true, writable: true, configurable: true });
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
		const similar = ctx.nodes.similarPages(final);
		const meant = similar.length > 0 ? ` Did you mean ${similar.map((id) => `\`${id}\``).join(' or ')}?` : '';
		const file = ctx.nodes.fileFor(final, ctx.page.file);
		// a prefix that is no namespace (kapso's `Tool:`) can also be declared as one, with a folder of its own
		const declare = title.namespace && !namespaces().byName(title.namespace) ? ` (or declare \`${title.namespace}\` as a namespace in \`wikikb.config.json\` to give it a folder)` : '';
		const why = file ? `Create \`${file}\`${declare} or fix the ${what}.${meant}` : `No page file can hold a \`${title.namespace}:\` page, so it stays a wanted page; fix the ${what}.`;
		const through = target.id === title.id ? '' : ` (through the redirect \`${title.id}\`)`;
		report(ctx, at, 'missing-page', pageType ? 'warning' : 'info', `The ${what} points to \`${target.id}\`${through}, which has no page. ${why}`);
	}
	return target.id;
}

/** Reads one fact through the property registry: node data, an edge, or an attribute, with diagnostics. */
export function applyFact(ctx: FactContext, fact: Fact, index: number): void {
	const info = ctx.declarations.of(fact.property);
	const registered = lookupProperty(fact.property);
	// a declaration wins over the registry, unless it declares the registry's own type
	const spec = registered && (info.source === 'registry' || (info.source === 'page' && info.declaration.type === registered.type)) ? registered : undefined;
	const value = fact.value.trim();
	if (!spec && (info.source === 'page' || info.source === 'predefined')) return applyDeclared(ctx, fact, index, value, info);
	if (!spec) return applyUnknown(ctx, fact, index, value);
	if (spec.writtenOn !== 'any' && !(spec.writtenOn as readonly string[]).includes(ctx.page.namespace) && spec.reversedOn?.pageType !== ctx.page.namespace) {
		report(ctx, fact, 'wrong-page-type', 'warning', `The property \`${fact.property}\` belongs on ${list(spec.writtenOn)} page, not on ${article(ctx.page.namespace)} page. It is kept as written; move it to the page it belongs on.`);
	}
	if (value === '') return report(ctx, fact, 'wrong-value-type', 'warning', `The property \`${fact.property}\` has an empty value. Write a value or remove the annotation.`);
	switch (spec.value) {
		case 'tag': {
			const display = value.replace(/[_\s]+/gu, ' ').trim();
			if (display === '') return report(ctx, fact, 'wrong-value-type', 'warning', `The domain \`${value}\` is empty once \`_\` is read as a space. Write a domain name or remove the annotation.`);
			if (!ctx.node.domains.some((d) => domainKey(d) === domainKey(display))) ctx.node.domains.push(display);
			ctx.edges.add(ctx.page.id, ctx.nodes.domain(value), 'domain', index);
			return;
		}
		case 'source': {
			const ref = parseSource(value);
			if (!ref) return report(ctx, fact, 'malformed-source', 'warning', `The source \`${value}\` is not \`Type|Title|URL\`. Write it as e.g. \`[[source::Paper|LoRA Paper|https://arxiv.org/abs/2106.09685]]\`.`);
			if (!ctx.node.sources.some((s) => sourceIdentity(s) === sourceIdentity(ref))) ctx.node.sources.push(ref);
			ctx.edges.add(ctx.page.id, ctx.nodes.source(ref) as PageId, 'source', index);
			return;
		}
		case 'date': {
			const iso = parseDate(value);
			if (!iso) return report(ctx, fact, 'malformed-date', 'warning', `The date \`${value}\` is not \`YYYY-MM-DD HH:MM GMT\` or \`YYYY-MM-DD\`. Write it as e.g. \`2025-12-12 00:00 GMT\`.`);
			ctx.node.lastUpdated ??= iso;
			return;
		}
		case 'text':
			return keepAttribute(ctx, spec.name, value);
		case 'title':
			return applyTitleFact(ctx, fact, index, value, spec);
	}
}

function applyTitleFact(ctx: FactContext, fact: Fact, index: number, value: string, spec: PropertySpec & { name: string }): void {
	const title = linkedTitle(spec.name, value, ctx.nodes.exists);
	if (!title) {
		keepAttribute(ctx, spec.name, value);
		return report(ctx, fact, 'wrong-value-type', 'warning', `The value \`${value}\` of \`${fact.property}\` is not a page title; it is kept as an attribute. Write a title such as \`${spec.valueTypes === 'any' || !spec.valueTypes ? 'Principle' : spec.valueTypes[0]}:Name\`.`);
	}
	const target = resolveTarget(ctx, title, fact, `property \`${fact.property}\``);
	const relation = spec.relation!;
	if (spec.direction === 'symmetric') return ctx.edges.add(ctx.page.id, target, relation, index, true);
	const typeFits = spec.valueTypes === 'any' || spec.valueTypes === undefined || (spec.valueTypes as readonly string[]).includes(title.namespace);
	let forward = spec.direction === 'forward';
	if (!typeFits && spec.reversedOn?.pageType === ctx.page.namespace) {
		forward = !forward;
		const rule = spec.reversedOn.rule;
		report(ctx, fact, rule, rule === 'convention-mismatch' ? 'info' : 'warning', `\`${fact.property}::${value}\` on ${article(ctx.page.namespace)} page is read as \`${spec.reversedOn.write}\`: \`${title.id}\` ${relation === 'uses_heuristic' ? 'uses' : 'requires'} this page. Write \`[[${spec.reversedOn.write}::${value}]]\` instead.`);
	} else if (!typeFits) {
		report(ctx, fact, 'wrong-value-type', 'warning', `The value of \`${fact.property}\` should be ${list(spec.valueTypes as readonly string[])}, but \`${title.id}\` is ${title.namespace ? article(title.namespace) : 'in the main namespace'}. The edge is kept as written; check the namespace.`);
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
	const title = info.declaration.type === '_wpg' && value ? valueTitleIn(value.replace(/^\[\[(.*)\]\]$/su, '$1'), predefinedProperty(info.name)?.valueNamespace) : undefined;
	if (!title) return keepAttribute(ctx, name, value);
	ctx.edges.add(ctx.page.id, resolveTarget(ctx, title, fact, `property \`${info.name}\``), name, index);
}

/**
 * A page value read as a title, in `namespace` when it names none (`Has country` as a `Subproperty of` value is
 * `Property:Has country`).
 */
export function valueTitleIn(value: string, namespace: string | undefined): Title | undefined {
	const title = parseTitle(value);
	return namespace && title && title.namespace !== namespace ? parseTitle(`${namespace}:${value.trim().replace(/^:/u, '')}`) : title;
}

/** An unknown property: an edge named after it when the value is a title, else an attribute; always reported. */
function applyUnknown(ctx: FactContext, fact: Fact, index: number, value: string): void {
	const name = normalizePropertyName(fact.property);
	const suggestion = suggestProperty(fact.property, ctx.commonUnknown);
	const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : ' Use a registered property if one fits.';
	report(ctx, fact, 'unknown-property', 'warning', `Property \`${fact.property}\` is not in the registry; it is kept as written.${hint}`);
	const title = value ? linkedTitle(fact.property, value, ctx.nodes.exists) : undefined;
	if (!title || name === '') return keepAttribute(ctx, name || fact.property, value);
	const target = resolveTarget(ctx, title, fact, `property \`${fact.property}\``);
	ctx.edges.add(ctx.page.id, target, name, index);
}
