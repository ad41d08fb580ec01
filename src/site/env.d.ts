/// <reference types="astro/client" />

/** Site path of mermaid's browser module (defined by the wikikb integration). */
declare const __WIKIKB_MERMAID_URL__: string;
