// Types and the zod schemas of the export that describe the same records from two sides: the graph and the
// diagnostics own their types, the export its published contract. `graphPayload` checks that a graph's values fit
// the schema; these checks, run by `npm run typecheck`, add that both name the same fields, so a field added to one
// and not the other (even an optional one) is a type error.
import type { z } from 'zod';
import { expectTypeOf, test } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import type { graphFileSchema } from '../../src/export/graph-json.ts';
import type { diagnosticSchema } from '../../src/export/page-json.ts';
import type {
	Edge,
	GraphConcept,
	GraphFact,
	GraphNamespace,
	GraphNode,
	GraphProperty,
	GraphSubobject,
} from '../../src/graph/types.ts';

type GraphFile = z.infer<typeof graphFileSchema>;
type Item<K extends keyof GraphFile> = NonNullable<GraphFile[K]>[number];

test('graph.json records name the same fields as the graph types', () => {
	expectTypeOf<keyof Item<'nodes'>>().toEqualTypeOf<keyof GraphNode>();
	expectTypeOf<keyof Item<'facts'>>().toEqualTypeOf<keyof GraphFact>();
	expectTypeOf<keyof Item<'edges'>>().toEqualTypeOf<keyof Edge>();
	expectTypeOf<keyof Item<'properties'>>().toEqualTypeOf<keyof GraphProperty>();
	expectTypeOf<keyof Item<'subobjects'>>().toEqualTypeOf<keyof GraphSubobject>();
	expectTypeOf<keyof Item<'namespaces'>>().toEqualTypeOf<keyof GraphNamespace>();
	expectTypeOf<keyof Item<'concepts'>>().toEqualTypeOf<keyof GraphConcept>();
});

test("a diagnostic in the export names the same fields as the pipeline's", () => {
	expectTypeOf<keyof z.infer<typeof diagnosticSchema>>().toEqualTypeOf<keyof Diagnostic>();
});
