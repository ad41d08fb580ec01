import { parseValue, type TypedValue, type ValueContext } from '../datatypes/index.ts';
import { diag, type Diagnostic } from '../diagnostics/index.ts';
import { valueTitleIn } from './facts.ts';
import { predefinedProperty } from './predefined.ts';
import type { Declarations } from './declarations.ts';
import type { Edge, GraphFact } from './types.ts';

/** A fact as collected, before it is typed. */
export type WrittenFact = Omit<GraphFact, 'type' | 'typed' | 'error'>;

/** For each fact (by index), the node at the other end of the edge it became. */
function factTargets(facts: readonly WrittenFact[], edges: readonly Edge[]): Map<number, string> {
	const targets = new Map<number, string>();
	for (const edge of edges) {
		for (const i of edge.facts)
			if (!targets.has(i)) targets.set(i, edge.from === facts[i]?.subject ? edge.to : edge.from);
	}
	return targets;
}

/**
 * Types every fact by its property's declaration (see `Declarations.of`): the value read as Semantic MediaWiki reads
 * it (a page value names its target through redirects), or the reason it does not fit, reported as `invalid-value`
 * at the fact. A kapso registry property that made an edge (a domain, a source, a step...) is a page value naming
 * the node the edge reaches; its other problems are reported by the registry's own rules.
 * @param resolve where links to an id lead (redirects followed)
 * @param pathOf the path shown in diagnostics of a page file
 */
export function typeFacts(
	facts: readonly WrittenFact[],
	edges: readonly Edge[],
	declarations: Declarations,
	resolve: (id: string) => string,
	pathOf: (file: string) => string,
	diagnostics: Diagnostic[],
): GraphFact[] {
	const targets = factTargets(facts, edges);
	const contextIn = (namespace: string | undefined): ValueContext => ({
		title: (text) => {
			const title = valueTitleIn(text, namespace);
			return (
				title && (title.fragment ? { id: resolve(title.id), fragment: title.fragment } : { id: resolve(title.id) })
			);
		},
		declaration: (property) => declarations.of(property).declaration,
	});
	const plain = contextIn(undefined);
	return facts.map((fact, i): GraphFact => {
		const info = declarations.of(fact.property);
		const valueNamespace = predefinedProperty(info.name)?.valueNamespace;
		const ctx = valueNamespace ? contextIn(valueNamespace) : plain;
		const type = info.declaration.type;
		const target = targets.get(i);
		if (info.source === 'registry' && type === '_wpg') {
			if (target !== undefined) return { ...fact, type, typed: { page: target } satisfies TypedValue };
		}
		const result = predefinedProperty(info.name)?.restricted
			? ({
					ok: false,
					error: {
						key: 'smw-datavalue-property-restricted-annotation-use',
						message: `Property "${info.name}" has a restricted application area and cannot be used as annotation property by a user.`,
					},
				} as const)
			: parseValue(fact.value, info.declaration, info.name, ctx);
		if (result.ok) return { ...fact, type, typed: result.value };
		// the registry's own rules (malformed-date, malformed-source, wrong-value-type) already report its properties
		if (info.source !== 'registry') {
			diagnostics.push(
				diag(pathOf(fact.file), fact.line, fact.col, 'invalid-value', 'doesNotFit', {
					value: fact.value,
					property: info.name,
					type,
					reason: result.error.message,
					declaredOn: info.page,
				}),
			);
		}
		return { ...fact, type, error: result.error };
	});
}
