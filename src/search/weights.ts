/**
 * How the two searches weigh a match against a word the reader typed: the MCP server's MiniSearch (`engine.ts`) and
 * the site's ranking on Pagefind (`site/client/pagefind-ranking.ts`). One set, so both forgive and prefer alike.
 */
export const MATCH_WEIGHTS = { synonym: 0.6, typo: 0.5, prefix: 0.4 } as const;

/** A question naming a page type ("peft environments") prefers pages of that type by this factor. */
export const TYPE_BOOST = 1.5;

/** Typos are forgiven in words of `minLength` letters or more: an edit per `perLetter` of the word, at most `max`. */
export const TYPO = { minLength: 5, perLetter: 0.25, max: 2 } as const;
