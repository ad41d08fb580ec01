/// <reference types="astro/client" />

/** Site path of mermaid's browser module (defined by the wikikb integration). */
declare const __WIKIKB_MERMAID_URL__: string;

/** Site path of cytoscape's browser module (defined by the wikikb integration). */
declare const __WIKIKB_CYTOSCAPE_URL__: string;

/** The base path the site is built for, ending in `/` (defined by the wikikb integration). */
declare const __WIKIKB_BASE__: string;

/** The site's public address (`--site`), or `''` (defined by the wikikb integration). */
declare const __WIKIKB_SITE__: string;
