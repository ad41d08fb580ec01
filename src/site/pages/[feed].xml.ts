// `/feed.xml`: an RSS feed of the most recently updated pages, made only when the site has an address (`--site`),
// because a feed's links must be absolute.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { allNodes } from '../server/content.ts';
import { href, SITE } from '../view/href.ts';
import { SITE_NAME } from '../view/page-meta.ts';
import { byUpdated } from '../view/routes.ts';

/** How many pages the feed lists. */
const FEED_SIZE = 50;

/** The feed is `/feed.xml`, and only with a site address. */
export function getStaticPaths(): { params: { feed: string } }[] {
	return SITE ? [{ params: { feed: 'feed' } }] : [];
}

/** `GET /feed.xml`. */
export async function GET(context: APIContext): Promise<Response> {
	const pages = (await allNodes()).list
		.filter((n) => n.kind === 'page' && n.lastUpdated)
		.sort(byUpdated)
		.slice(0, FEED_SIZE);
	return rss({
		title: `${SITE_NAME}: recently updated pages`,
		description: 'Knowledge-base pages by their last update, newest first.',
		site: new URL(href('/'), context.site).href,
		trailingSlash: true,
		items: pages.map((n) => ({
			title: n.title,
			link: href(n.url),
			pubDate: new Date(n.lastUpdated!),
			...(n.overview ? { description: n.overview } : {}),
			categories: n.domains.map((d) => d.title),
		})),
	});
}
