/**
 * The run over a content folder: load -> parse (in worker threads, through the page cache) -> graph -> LR rules,
 * with each page's HTML and Markdown made on demand. `runPipeline` is the verb; the rest are its result's types
 * and where its cache lives.
 */
export { runPipeline, type PipelineOptions, type PipelineResult } from './run.ts';
export type { BodyInfo, RenderedBodies } from './bodies.ts';
export type { PageMarkdown } from './markdown.ts';
export type { RenderedHtml } from './page-job.ts';
export { cacheRoot, pageCacheDir } from './cache-root.ts';
