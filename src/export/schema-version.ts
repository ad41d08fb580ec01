/**
 * Version of the JSON export format: the major on breaking changes, the minor on additions.
 * 1.1.0: graph facts carry `subobject`.
 */
export const SCHEMA_VERSION = '1.1.0';
