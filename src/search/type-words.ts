import { wordTerms } from './analyzer.ts';
import type { QueryPart } from './analyzer.ts';

/**
 * The page types a question names: a typed word with the stem of a type's name ("peft environments" names
 * `Environment`, "alignment heuristics" `Heuristic`). Types are whatever the knowledge base has (its
 * namespaces), so a custom `Tool` namespace is named by "tools"; a type of several words is named by none.
 * @param types the page types of the knowledge base (the type filter's values)
 */
export function typesNamed(parts: readonly QueryPart[], types: Iterable<string>): Set<string> {
	const byStem = new Map<string, string>();
	for (const type of types) {
		const terms = wordTerms(type);
		if (terms.length === 1 && !/\s/u.test(type)) byStem.set(terms[0]!, type);
	}
	const named = new Set<string>();
	for (const part of parts) {
		if (part.synonym) continue;
		for (const term of wordTerms(part.text)) {
			const type = byStem.get(term);
			if (type) named.add(type);
		}
	}
	return named;
}
