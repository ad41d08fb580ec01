import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import type { Json } from './expect-shape.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

/** Folder of the end-to-end fixture cases: `<case>/<type-folder>/<Name>.<ext>` plus a hand-written `expected.json`. */
export const E2E_FIXTURES = resolve(REPO_ROOT, 'test', 'fixtures', 'e2e');

/** What a careful reader expects of one page (see any `expected.json`); only the named fields are compared. */
export interface PageExpectation {
	readonly page: Json;
	readonly sections?: Json;
	/** Section anchors in document order (MediaWiki style, unique within the page). */
	readonly anchors?: readonly string[];
	readonly facts?: Json;
	readonly links?: readonly Json[];
	readonly linkPatterns?: readonly string[];
	readonly absentLinkPatterns?: readonly string[];
	readonly tables?: readonly { readonly header: readonly string[]; readonly [key: string]: Json }[];
	readonly code?: readonly Json[];
	readonly templates?: readonly Json[];
	readonly math?: number;
	readonly diagrams?: number;
	readonly node?: Json;
	readonly rules?: readonly {
		readonly line: number;
		readonly notesMatch?: string;
		readonly [key: string]: Json | undefined;
	}[];
}

/** A diagnostic a reader expects (or forbids), by file relative to the case folder. */
export interface DiagnosticExpectation {
	readonly file: string;
	readonly line?: number;
	readonly rule?: string;
}

/** The whole `expected.json` of a case. */
export interface CaseExpectation {
	readonly pageFiles: readonly string[];
	readonly pages: Readonly<Record<string, PageExpectation>>;
	readonly nodes?: readonly Json[];
	readonly absentNodePatterns?: readonly string[];
	readonly domainNodes?: Readonly<Record<string, readonly string[] | string>>;
	readonly sharedSources?: readonly { readonly url: string; readonly pages: readonly string[] }[];
	readonly edges?: readonly {
		readonly from: string;
		readonly to: string;
		readonly relation: string;
		readonly order?: number;
		readonly facts?: number;
	}[];
	readonly symmetricEdges?: readonly { readonly a: string; readonly b: string; readonly relation: string }[];
	readonly absentEdges?: readonly { readonly from: string; readonly relation: string; readonly to?: string }[];
	readonly stepEdgeCount?: Readonly<Record<string, number>>;
	readonly diagnostics?: readonly DiagnosticExpectation[];
	readonly absentDiagnostics?: readonly DiagnosticExpectation[];
	readonly errorCount?: number;
	/** Every missing (red-link) node of the case, and who points at some of them. */
	/** Relation groups around a node as a reader sees them: id -> label -> other ends in display order. */
	readonly backlinks?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
	readonly outlinks?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
	/** Recommender answers a reader works out from the rules: query -> range and how it was chosen. */
	readonly recommend?: readonly { readonly query: Json; readonly lr?: Json; readonly basis?: string }[];
	readonly wanted?: {
		readonly ids: readonly string[];
		readonly linkedFrom?: Readonly<Record<string, readonly string[]>>;
	};
}

/** Case folders that carry an `expected.json`, sorted. */
export function expectationCases(): string[] {
	return readdirSync(E2E_FIXTURES, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name)
		.filter((name) => readdirSync(join(E2E_FIXTURES, name)).includes('expected.json'))
		.sort();
}

/** Reads a case's hand-written expectations. */
export function readExpectation(name: string): CaseExpectation {
	return JSON.parse(readFileSync(join(E2E_FIXTURES, name, 'expected.json'), 'utf8')) as CaseExpectation;
}

/** Whether a diagnostic is about `rel` (a path relative to the case folder), whatever prefix the run gave it. */
export function isAbout(d: Diagnostic, rel: string): boolean {
	const file = d.file.replaceAll('\\', '/');
	return file === rel || file.endsWith(`/${rel}`);
}
