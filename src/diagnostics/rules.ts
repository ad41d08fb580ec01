import type { Severity } from './diagnostic.ts';

/**
 * The catalogue of diagnostic rules. Ids are permanent: tools and CI scripts match on them.
 * Each entry: default severity, a one-line title, and an example of input that triggers it (README).
 */
export const RULES = {
	// load
	'duplicate-title': { severity: 'error', title: 'Two files map to the same page title.', example: 'heuristics/A_b.wiki and heuristics/A b.md' },
	'unreadable-file': { severity: 'error', title: 'A page file could not be read or decoded.', example: 'a file that is not text' },
	'invalid-encoding': { severity: 'warning', title: 'The file holds bytes that are not valid UTF-8, or is UTF-16; they were decoded with replacement.', example: 'a Latin-1 byte 0xE9' },
	'control-character': { severity: 'warning', title: 'The text holds control or invisible characters that were kept but may confuse readers.', example: 'U+0007 or U+202E in a line' },
	'bad-file-name': { severity: 'error', title: 'The file name cannot be a page title.', example: 'heuristics/[x].wiki' },
	'link-outside-content': { severity: 'warning', title: 'A symbolic link leads outside the content folder; the file or folder it points to is not read.', example: 'heuristics/Leak.wiki -> /home/me/.ssh/id_rsa' },
	'link-loop': { severity: 'warning', title: 'A symbolic link leads back to itself or to a folder that holds it; it is not followed.', example: 'heuristics/sub -> ..' },
	'duplicate-link': { severity: 'info', title: 'A symbolic link reaches a file or folder that is read already; each is read once.', example: 'heuristics/Alias.wiki -> Learning_Rate.wiki' },
	'special-file': { severity: 'warning', title: 'A named pipe, socket or device has a page file name; it is never opened.', example: 'mkfifo heuristics/Pipe.wiki' },
	// parse
	'parse-failed': { severity: 'error', title: 'The wikitext parser gave up on this page; it is shown as plain text.', example: 'templates nested 1,000 deep' },
	'page-too-large': { severity: 'warning', title: 'A page exceeds a size limit; part of it is shown as plain text.', example: 'a 5 MB page' },
	'unclosed-table': { severity: 'error', title: 'A wikitable `{|` has no closing `|}`.', example: '{| class="wikitable"\n| a' },
	'unclosed-fence': { severity: 'error', title: 'A Markdown code fence is never closed.', example: '```python\nx = 1' },
	'unclosed-tag': { severity: 'error', title: 'An HTML or extension tag is never closed.', example: '<syntaxhighlight lang="python">x' },
	'unclosed-comment': { severity: 'warning', title: 'A comment `<!--` is never closed: the rest of the page is a comment.', example: '<!-- note' },
	'unbalanced-heading': { severity: 'warning', title: 'A heading has a different number of `=` on each side.', example: '== Title ===' },
	'unclosed-link': { severity: 'warning', title: 'A `[[` has no matching `]]`.', example: '[[domain::LLMs' },
	'malformed-annotation': { severity: 'error', title: 'A semantic annotation cannot be read.', example: '[[::value]]' },
	'table-cell-attributes': { severity: 'info', title: 'A single `|` in a wikitable cell was read as "attributes | content".', example: '| style="x" | text' },
	'wikitext-lint': { severity: 'warning', title: 'The wikitext linter found a likely mistake.', example: 'a lonely `]]`' },
	'invalid-front-matter': { severity: 'error', title: 'The YAML front matter cannot be read or is not a mapping; its fields are ignored.', example: '---\ntitle: [unclosed\n---' },
	'template-shown': { severity: 'info', title: 'A template has no page here; it is shown with its parameters.', example: '{{Infobox|a=b}}' },
	'template-loop': { severity: 'warning', title: 'A template calls itself; the loop is shown where it closes.', example: 'Template:A holding {{A}}' },
	'template-limit': { severity: 'warning', title: "A template call goes over the expansion limits (200 template pages, 1,000,000 characters per page); it is left as written.", example: 'a template that calls itself through ten others, ten times each' },
	'annotation-not-stored': { severity: 'info', title: 'Annotations on a page that does not store them (a template, talk or redirect page) are not facts.', example: '[[Has x::1]] on Template:Box outside <includeonly>' },
	// graph
	'missing-page': { severity: 'warning', title: 'A link or property value names a page that does not exist.', example: '[[step::Principle:Nope]]' },
	'unknown-property': { severity: 'warning', title: 'A property is not in the registry; it is kept as written.', example: '[[lerning_rate::2e-4]]' },
	'wrong-value-type': { severity: 'warning', title: 'A property value has the wrong type for that property.', example: '[[step::Heuristic:X]] (a step must be a Principle)' },
	'wrong-page-type': { severity: 'warning', title: 'A property is written on a page type that should not carry it.', example: '[[step::Principle:X]] on a Heuristic page' },
	'convention-mismatch': { severity: 'info', title: 'An old backlink convention is used; it is read as the new one.', example: '[[uses_heuristic::Workflow:X]] on a Heuristic page under "Used By"' },
	'requires-env-misuse': { severity: 'warning', title: '`requires_env` is written on an Environment page, where `required_by` is meant.', example: '[[requires_env::Implementation:X]] on an Environment page' },
	'malformed-source': { severity: 'warning', title: 'A `source` value is not `Type|Title|URL`.', example: '[[source::Just a title]]' },
	'malformed-date': { severity: 'warning', title: 'A `last_updated` value is not `YYYY-MM-DD HH:MM GMT` or `YYYY-MM-DD`.', example: '[[last_updated::yesterday]]' },
	'invalid-value': { severity: 'warning', title: "A value does not fit its property's declared type or allowed values; it is kept as written, without a typed value.", example: '[[Has number::32a]] where Property:Has number has [[Has type::Number]]' },
	'unknown-type': { severity: 'warning', title: '`[[Has type::...]]` names no datatype; the property is read as Page.', example: '[[Has type::Numbr]]' },
	'redirect-missing': { severity: 'warning', title: 'A redirect points to a page that does not exist.', example: '#REDIRECT [[Nowhere]]' },
	'redirect-chain': { severity: 'warning', title: 'A redirect points to another redirect (a double redirect); links follow it to the end.', example: 'A -> B -> C' },
	'redirect-loop': { severity: 'error', title: 'Redirects point to each other in a loop; links through them stay on the redirect.', example: 'A -> B -> A' },
	'missing-section': { severity: 'warning', title: 'A section that pages of this type must have is missing.', example: 'a Workflow page without `== Execution Steps ==`' },
	// render
	'math-error': { severity: 'warning', title: 'A `<math>` formula cannot be typeset; its source is shown in red.', example: '<math>\\frac{1}{</math>' },
	'render-failed': { severity: 'error', title: 'The page could not be rendered; it is shown as plain text.', example: 'a renderer bug on odd input' },
	// query
	'query-error': { severity: 'error', title: 'A query (`{{#ask:}}`, `{{#show:}}`, `{{#concept:}}`) cannot be read as written; its result shows what could be read, with the problem.', example: '{{#ask: [[Has height::>=8000]] }}' },
	'query-ignored': { severity: 'warning', title: 'A query parameter is unknown or has no use on a static site; it is ignored.', example: '{{#ask: [[Category:X]] |limt=5 }}' },
	// lr
	'reversed-range': { severity: 'warning', title: 'An LR range is written high to low; it was put in order.', example: '5e-4 to 2e-4' },
	'unreadable-lr': { severity: 'warning', title: 'An LR cell or statement has no number that could be read.', example: '| SFT || about right ||' },
} as const satisfies Record<string, { severity: Severity; title: string; example: string }>;

/** A rule id from the catalogue. */
export type RuleId = keyof typeof RULES;

/** Default severity of a rule. */
export function severityOf(rule: RuleId): Severity {
	return RULES[rule].severity;
}
