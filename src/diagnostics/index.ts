export * from './diagnostic.ts';
export * from './format.ts';
export * from './rules.ts';
export * from './changes.ts';
