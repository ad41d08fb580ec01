/**
 * Version of the JSON export format: the major on breaking changes, the minor on additions.
 * 1.1.0: graph facts carry `subobject`.
 * 1.2.0: any namespace (pages.json `type` is the namespace); graph facts carry `type`, `typed`/`error` and `template`;
 * nodes `redirectTo` (kind `redirect`), `defaultSort`, `displayTitle`, `categorySortKeys`; graph `properties` and `subobjects`.
 * 1.3.0: graph `namespaces` (the namespace table titles were read with) and `concepts` (queries of `Concept:` pages).
 */
export const SCHEMA_VERSION = '1.3.0';
