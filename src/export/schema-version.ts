/**
 * Version of the JSON export format: the major on breaking changes, the minor on additions.
 * 1.1.0: graph facts carry `subobject`.
 * 1.2.0: any namespace (pages.json `type` is the namespace); graph facts carry `type`, `typed`/`error` and `template`;
 * nodes `redirectTo` (kind `redirect`), `defaultSort`, `displayTitle`, `categorySortKeys`; graph `properties` and `subobjects`.
 * 1.3.0: graph `namespaces` (the namespace table titles were read with) and `concepts` (queries of `Concept:` pages).
 */
export const SCHEMA_VERSION = '1.3.0';

/** The major version of an export this wikikb reads (a minor only adds fields). */
const READABLE_MAJOR = SCHEMA_VERSION.split('.')[0];

/**
 * What is wrong with an export file's version for this wikikb, or undefined when it can read it: a file of
 * another major version (or none) may lack fields or hold them in another shape.
 * @param path the file, named in the message
 * @param data the file's parsed JSON
 */
export function unreadableVersion(path: string, data: unknown): string | undefined {
	const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
	if (typeof version === 'string' && version.split('.')[0] === READABLE_MAJOR) return undefined;
	return `\`${path}\` has schemaVersion \`${String(version)}\`, but this wikikb reads ${READABLE_MAJOR}.x. Export again with this wikikb (\`wikikb export --out DIR\`).`;
}
