// The site's content collections, all filled by the wikikb loader from one pipeline run per build.
import { defineCollection } from 'astro:content';
import { wikikbLoader } from './server/loader.ts';

/** `nodes`: every graph node (pages, red links, domains, sources, categories) as lists show it; `properties`: one
 * per property; `rules`: the LR rules. Pages read a node's or property's whole view from `server/views.ts`. */
export const collections = {
	nodes: defineCollection({ loader: wikikbLoader('nodes') }),
	properties: defineCollection({ loader: wikikbLoader('properties') }),
	rules: defineCollection({ loader: wikikbLoader('rules') }),
};
