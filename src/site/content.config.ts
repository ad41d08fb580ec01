// The site's content collections, all filled by the wikikb loader from one pipeline run per build.
import { defineCollection } from 'astro:content';
import { wikikbLoader } from './loader.ts';

/** `nodes`: every graph node (pages, red links, domains, sources, categories); `properties`: one per property;
 * `rules`: the LR rules; `graph`: one entry, the compact graph of the graph view. */
export const collections = {
	nodes: defineCollection({ loader: wikikbLoader('nodes') }),
	properties: defineCollection({ loader: wikikbLoader('properties') }),
	rules: defineCollection({ loader: wikikbLoader('rules') }),
	graph: defineCollection({ loader: wikikbLoader('graph') }),
};
