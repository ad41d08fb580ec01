/** Version of the JSON export format; bump the major on breaking changes. */
export const SCHEMA_VERSION = '1.0.0';
