/**
 * The library API's functions that run the pipeline (the layer above it): `loadLrRules` reads a content folder's
 * pages or an exported `lr-rules.json`.
 */
export { loadLrRules, type LoadLrRulesOptions } from './lr-rules.ts';
