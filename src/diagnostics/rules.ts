import { agree, countOf } from '../text/index.ts';
import type { Severity } from './severity.ts';

/**
 * One message of a rule: its text from typed arguments, or that with a severity other than the rule's and a hint.
 * Arguments are raw values; the phrasing lives here, so every text a rule can say is in one table.
 */
type MessageSpec =
	| ((args: never) => string)
	| { readonly severity?: Severity; readonly text: (args: never) => string; readonly hint?: (args: never) => string };

/** One rule: its default severity, a one-line title (the README's table, `/diagnostics/`), an example and its messages. */
interface RuleSpec {
	readonly severity: Severity;
	readonly title: string;
	readonly example: string;
	readonly messages: Readonly<Record<string, MessageSpec>>;
}

/** `a Workflow`, `an Implementation`. */
const article = (word: string) => `${/^[aeiou]/iu.test(word) ? 'an' : 'a'} ${word}`;
/** `a Principle or an Implementation page`'s first part; `any page` for a property written anywhere. */
const typeList = (types: 'any' | readonly string[]) => (types === 'any' ? 'any page' : types.map(article).join(' or '));
const quoted = (id: string) => `\`${id}\``;

/** What a red link names: `target` the id it ends at, `redirect` the title as written when a redirect led there. */
interface MissingPage {
	/** The link as the sentence names it: `link`, ``property `step` ``. */
	readonly what: string;
	readonly target: string;
	readonly redirect?: string;
	/** Namespace of the title as written. */
	readonly namespace: string;
	/** The page file that would hold the target, when one can. */
	readonly file?: string;
	/** The title's prefix when it is no namespace (it could be declared as one). */
	readonly undeclared?: string;
	/** Existing pages it may have meant. */
	readonly similar: readonly string[];
}

/** The text of `missing-page`, at either severity. */
const missingPage = ({ what, target, redirect, namespace, file, undeclared, similar }: MissingPage) => {
	const through = redirect ? ` (through the redirect \`${redirect}\`)` : '';
	const meant = similar.length > 0 ? ` Did you mean ${similar.map(quoted).join(' or ')}?` : '';
	// a prefix that is no namespace (kapso's `Tool:`) can also be declared as one, with a folder of its own
	const declare = undeclared
		? ` (or declare \`${undeclared}\` as a namespace in \`wikikb.config.json\` to give it a folder)`
		: '';
	const why = file
		? `Create \`${file}\`${declare} or fix the ${what}.${meant}`
		: `No page file can hold a \`${namespace}:\` page, so it stays a wanted page; fix the ${what}.`;
	return `The ${what} points to \`${target}\`${through}, which has no page. ${why}`;
};

/** The text of `convention-mismatch` and `requires-env-misuse`: a backlink written the old way round, read the new way. */
const readReversed = ({
	property,
	value,
	pageType,
	write,
	target,
	verb,
}: {
	property: string;
	value: string;
	pageType: string;
	write: string;
	target: string;
	verb: 'uses' | 'requires';
}) =>
	`\`${property}::${value}\` on ${article(pageType)} page is read as \`${write}\`: \`${target}\` ${verb} this page. Write \`[[${write}::${value}]]\` instead.`;

/** A query's problem as the query engine words it (Semantic MediaWiki's code as the hint). */
const queryIssue = {
	text: ({ message, template }: { message: string; template?: string; code: string }) =>
		`${message}${template ? ` (written by the template \`${template}\`)` : ''}`,
	hint: ({ code }: { code: string }) => `Semantic MediaWiki: ${code}`,
};

/**
 * The catalogue of diagnostic rules, in the manner of Astro's `errors-data.ts`: each rule's id, default severity,
 * title, an example of input that triggers it (README) and every message it says. Ids are permanent: tools and CI
 * scripts match on them. `diag()` is typed against this table: an unknown rule, an unknown message or a wrong
 * argument is a compile error.
 */
export const RULES = {
	// load
	'duplicate-title': {
		severity: 'error',
		title: 'Two files map to the same page title.',
		example: 'heuristics/A_b.wiki and heuristics/A b.md',
		messages: {
			clash: ({ first, id }: { first: string; id: string }) =>
				`This file and \`${first}\` both map to the title \`${id}\`. Rename or remove one of them.`,
		},
	},
	'unreadable-file': {
		severity: 'error',
		title: 'A page file could not be read or decoded.',
		example: 'a file that is not text',
		messages: {
			unreadable: ({ reason }: { reason: string }) => `The file cannot be read (${reason}).`,
			brokenLink: ({ target, code }: { target: string; code: string }) =>
				`The file is a symbolic link to \`${target}\`, which does not exist (${code}).`,
		},
	},
	'invalid-encoding': {
		severity: 'warning',
		title: 'The file holds bytes that are not valid UTF-8, or is UTF-16; they were decoded with replacement.',
		example: 'a Latin-1 byte 0xE9',
		messages: {
			invalidBytes: ({ count }: { count: number }) =>
				`The file holds ${countOf(count, 'byte sequence')} that ${agree(count, 'is', 'are')} not valid UTF-8 (or U+FFFD characters); they are shown as the replacement character U+FFFD. Save the page as UTF-8.`,
			utf16le: {
				severity: 'info',
				text: () => 'The file is UTF-16 (little endian); it was read as such. Save pages as UTF-8.',
			},
			utf16be: {
				severity: 'info',
				text: () => 'The file is UTF-16 (big endian); it was read as such. Save pages as UTF-8.',
			},
		},
	},
	'control-character': {
		severity: 'warning',
		title: 'The text holds control or invisible characters that were kept but may confuse readers.',
		example: 'U+0007 or U+202E in a line',
		messages: {
			invisible: ({ code }: { code: string }) =>
				`The text holds the invisible control character U+${code}; it is kept but may hide or reorder text. Remove it unless it is meant.`,
		},
	},
	'bad-file-name': {
		severity: 'error',
		title: 'The file name cannot be a page title.',
		example: 'heuristics/[x].wiki',
		messages: {
			notATitle: ({ fileName }: { fileName: string }) =>
				`The file name \`${fileName}\` cannot be a page title (it is empty or holds one of \`# < > [ ] { } |\`). Rename the file.`,
		},
	},
	'link-outside-content': {
		severity: 'warning',
		title: 'A symbolic link leads outside the content folder; the file or folder it points to is not read.',
		example: 'heuristics/Leak.wiki -> /home/me/.ssh/id_rsa',
		messages: {
			outside: ({ kind, target }: { kind: 'file' | 'folder'; target: string }) =>
				`This ${kind} is a symbolic link to \`${target}\`, outside the content folder, so it is not read: a build publishes what it reads. Copy what should be published into the content folder.`,
		},
	},
	'link-loop': {
		severity: 'warning',
		title: 'A symbolic link leads back to itself or to a folder that holds it; it is not followed.',
		example: 'heuristics/sub -> ..',
		messages: {
			loop: ({ target }: { target: string }) =>
				`This symbolic link leads round in a loop (it points to \`${target}\`), so it cannot be read. Remove it or point it at a file.`,
			/** `folder` is the folder's path in the content folder, `''` for the content folder itself. */
			holdsItself: ({ folder }: { folder: string }) =>
				`This symbolic link points to ${folder ? `\`${folder}\`` : 'the content folder'}, a folder that holds the link itself, so it is not followed. Remove it.`,
		},
	},
	'duplicate-link': {
		severity: 'info',
		title: 'A symbolic link reaches a file or folder that is read already; each is read once.',
		example: 'heuristics/Alias.wiki -> Learning_Rate.wiki',
		messages: {
			folderRead: ({ folder }: { folder: string }) =>
				`This symbolic link points to the folder \`${folder}\`, which is read already; a folder is read once. Remove the link, or link the pages you mean.`,
			fileRead: ({ kept }: { kept: string }) =>
				`This path reaches, through a symbolic link, the same file as \`${kept}\`, which is read as a page there; a file is read once, so it has one title. Link to that page instead, or remove the symbolic link.`,
		},
	},
	'special-file': {
		severity: 'warning',
		title: 'A named pipe, socket or device has a page file name; it is never opened.',
		example: 'mkfifo heuristics/Pipe.wiki',
		messages: {
			/** `kind` is `a named pipe (FIFO)`, `a socket`...; absent when the walk cannot tell. */
			special: ({ kind }: { kind?: string }) =>
				`This is ${kind ?? 'not a regular file'}, not a page file, so it is not read (reading it could block the build). Remove it or give it another name.`,
			notRegular: () =>
				'This is not a regular file, so it is not read (reading it could block the build). Remove it or give it another name.',
		},
	},
	// parse
	'parse-failed': {
		severity: 'error',
		title: 'The wikitext parser gave up on this page; it is shown as plain text.',
		example: 'templates nested 1,000 deep',
		messages: {
			tooDeep: ({ depth, limit }: { depth: number; limit: number }) =>
				`Templates or tables are nested ${depth} deep, over the limit of ${limit}, so the page is shown as plain text and no facts are read from it. Close the open \`{{\` or \`{|\`.`,
			gaveUp: ({ reason }: { reason: string }) =>
				`The parser gave up on this page (${reason.slice(0, 160)}), so it is shown as plain text and no facts are read from it. Look for deeply nested or unclosed markup.`,
		},
	},
	'page-too-large': {
		severity: 'warning',
		title: 'A page exceeds a size limit; part of it is shown as plain text.',
		example: 'a 5 MB page',
		messages: {
			tooLarge: ({
				chars,
				lines,
				maxChars,
				maxLines,
			}: {
				chars: number;
				lines: number;
				maxChars: number;
				maxLines: number;
			}) =>
				`The page has ${chars} characters on ${lines} lines, over the limit of ${maxChars} characters or ${maxLines} lines, so it is shown as plain text and no facts are read from it. Split it into smaller pages.`,
		},
	},
	'unclosed-table': {
		severity: 'error',
		title: 'A wikitable `{|` has no closing `|}`.',
		example: '{| class="wikitable"\n| a',
		messages: {
			neverClosed: () =>
				'This table `{|` is never closed with `|}`, so everything after it up to the end of the page is part of the table. Add `|}` where the table ends.',
		},
	},
	'unclosed-fence': {
		severity: 'error',
		title: 'A Markdown code fence is never closed.',
		example: '```python\nx = 1',
		messages: {
			neverClosed: () =>
				'This code fence is never closed, so the rest of the page is read as code. Add a closing fence line.',
			/** In wikitext with Markdown, where the fence's own marker is known. */
			markerNeverClosed: ({ marker }: { marker: string }) =>
				`This code fence \`${marker}\` is never closed, so the rest of the page is read as code. Add a closing \`${marker}\` line.`,
		},
	},
	'unclosed-tag': {
		severity: 'error',
		title: 'An HTML or extension tag is never closed.',
		example: '<syntaxhighlight lang="python">x',
		messages: {
			tag: ({ name }: { name: string }) =>
				`The tag \`<${name}>\` is never closed, so what follows it is read as ordinary text. Add \`</${name}>\` where it ends.`,
			mermaid: () =>
				'This `{{#mermaid:` diagram is never closed with `}}`, so it is shown as ordinary text. Close it with `}}`.',
		},
	},
	'unclosed-comment': {
		severity: 'warning',
		title: 'A comment `<!--` is never closed: the rest of the page is a comment.',
		example: '<!-- note',
		messages: {
			neverClosed: () =>
				'This comment `<!--` is never closed, so the rest of the page is hidden as a comment. Add `-->` where the comment ends.',
		},
	},
	'unbalanced-heading': {
		severity: 'warning',
		title: 'A heading has a different number of `=` on each side.',
		example: '== Title ===',
		messages: {
			/** `close` is 0 when the line has no closing `=` at all. */
			unbalanced: ({ heading, open, close }: { heading: string; open: number; close: number }) =>
				`The heading \`${heading.slice(0, 60)}\` ${close === 0 ? 'has no closing `=`, so it is plain text, not a heading' : `opens with ${open} \`=\` and closes with ${close}, so its level and title are misread`}. Use the same number of \`=\` on both sides.`,
		},
	},
	'unclosed-link': {
		severity: 'warning',
		title: 'A `[[` has no matching `]]`.',
		example: '[[domain::LLMs',
		messages: {
			noClose: ({ shown, annotation }: { shown: string; annotation: boolean }) =>
				`The \`${shown}\` has no closing \`]]\` on its line, ${annotation ? 'so this annotation is not a fact' : 'so this is not a link'}; it is shown as text. Add \`]]\` where it ends.`,
		},
	},
	'malformed-annotation': {
		severity: 'error',
		title: 'A semantic annotation cannot be read.',
		example: '[[::value]]',
		messages: {
			noProperty: ({ inner }: { inner: string }) =>
				`The annotation \`[[${inner}]]\` has no property name before \`::\`, so it is not a fact. Write \`[[property::value]]\`.`,
			badPropertyName: ({ property, inner }: { property: string; inner: string }) =>
				`The property name \`${property}\` holds a character that a property name cannot have, so \`[[${inner}]]\` is not a fact. Use letters, digits, spaces or \`_\`.`,
			noValue: ({ inner, property }: { inner: string; property: string }) =>
				`The annotation \`[[${inner}]]\` has no value after \`::\`, so it is not a fact. Write \`[[${property}::value]]\`.`,
			noSourceValue: ({ inner }: { inner: string }) =>
				`The annotation \`[[${inner}]]\` has no value after \`::\`, so it is not a fact. Write \`[[source::Type|Title|URL]]\`.`,
			/** An argument of `{{#set:}}` or `{{#subobject:}}`; `property` absent when there is no `=`. */
			badArgument: ({ arg, call, property }: { arg: string; call: string; property?: string }) =>
				`The argument \`${arg.slice(0, 80)}\` of \`{{${call}:}}\` ${property === undefined ? 'has no `=`' : property === '' ? 'has no property name before `=`' : `has a property name \`${property}\` with a character a property name cannot have`}, so it is not a fact. Write \`property=value\`.`,
		},
	},
	'table-cell-attributes': {
		severity: 'info',
		title: 'A single `|` in a wikitable cell was read as "attributes | content".',
		example: '| style="x" | text',
		messages: {
			attributes: ({ text }: { text: string }) =>
				`A single \`|\` in this table cell makes \`${text.trim().slice(0, 60)}\` its attributes, so that text is not shown. Write \`||\` between cells, or \`&#124;\` for a bar meant as text (\`{{!}}\` is read as a cell separator too).`,
		},
	},
	'wikitext-lint': {
		severity: 'warning',
		title: 'The wikitext linter found a likely mistake.',
		example: 'a lonely `]]`',
		messages: {
			/** `message` and `rule` are the linter's (wikiparser-node); `advice` what to do about that rule. */
			lint: ({ message, rule, snippet, advice }: { message: string; rule: string; snippet: string; advice: string }) =>
				`The wikitext linter reports ${message} (rule \`${rule}\`) at \`${snippet}\`. ${advice}`,
		},
	},
	'invalid-front-matter': {
		severity: 'error',
		title: 'The YAML front matter cannot be read or is not a mapping; its fields are ignored.',
		example: '---\ntitle: [unclosed\n---',
		messages: {
			/** `reason` is the YAML parser's message, a full sentence. */
			unreadable: ({ reason }: { reason: string }) =>
				`The YAML front matter cannot be read: ${reason.split('\n')[0]} Its fields are ignored; fix the YAML between the \`---\` lines.`,
			failed: ({ cause }: { cause: string }) =>
				`The YAML front matter cannot be read (${cause.slice(0, 120)}). Its fields are ignored; fix the YAML between the \`---\` lines.`,
			notMapping: {
				severity: 'warning',
				text: () =>
					'The YAML front matter is not a mapping of `key: value` fields, so it is ignored. Write one `key: value` per line.',
			},
		},
	},
	'template-shown': {
		severity: 'info',
		title: 'A template has no page here; it is shown with its parameters.',
		example: '{{Infobox|a=b}}',
		messages: {
			shown: ({ name }: { name: string }) =>
				`The template \`{{${name}}}\` has no template page here, so it is shown as a box with its parameters. Nothing needs doing unless it was meant to be expanded.`,
		},
	},
	'template-loop': {
		severity: 'warning',
		title: 'A template calls itself; the loop is shown where it closes.',
		example: 'Template:A holding {{A}}',
		messages: {
			/** `template` is the template that calls itself. */
			loop: ({ call, template }: { call: string; template: string }) =>
				`The call \`{{${call}}}\` cannot be expanded: \`${template}\` calls itself. Break the loop in the template.`,
		},
	},
	'template-limit': {
		severity: 'warning',
		title:
			'A template call goes over the expansion limits (200 template pages, 1,000,000 characters per page); it is left as written.',
		example: 'a template that calls itself through ten others, ten times each',
		messages: {
			/** `limit` says which limit, e.g. `200 template pages`. */
			overLimit: ({ call, limit }: { call: string; limit: string }) =>
				`The call \`{{${call}}}\` cannot be expanded: it went over a limit (${limit}). Simplify the templates it uses.`,
		},
	},
	'annotation-not-stored': {
		severity: 'info',
		title: 'Annotations on a page that does not store them (a template, talk or redirect page) are not facts.',
		example: '[[Has x::1]] on Template:Box outside <includeonly>',
		messages: {
			redirect: ({ count }: { count: number }) =>
				`${countOf(count, 'annotation')} of this page ${agree(count, 'is not a fact', 'are not facts')}: the page is a redirect, whose annotations and categories Semantic MediaWiki discards. Put them on the target page.`,
			namespace: ({ count, namespace }: { count: number; namespace: string }) =>
				`${countOf(count, 'annotation')} of this page ${agree(count, 'is not a fact', 'are not facts')}: annotations on \`${namespace}:\` pages are not stored (Semantic MediaWiki's \`smwgNamespacesWithSemanticLinks\`); in a template they count for the pages that call it. Nothing needs doing unless they were meant for this page.`,
		},
	},
	// graph
	'missing-page': {
		severity: 'warning',
		title: 'A link or property value names a page that does not exist.',
		example: '[[step::Principle:Nope]]',
		messages: {
			/** A red link to one of the five page types. `what` names the link (`link`, ``property `step` ``). */
			noPage: missingPage,
			/** A red link in any other namespace: a wanted page, not a broken part of the knowledge base. */
			noOtherPage: { severity: 'info', text: missingPage },
		},
	},
	'unknown-property': {
		severity: 'warning',
		title: 'A property is not in the registry; it is kept as written.',
		example: '[[lerning_rate::2e-4]]',
		messages: {
			unknown: ({ property, suggestion }: { property: string; suggestion?: string }) =>
				`Property \`${property}\` is not in the registry; it is kept as written.${suggestion ? ` Did you mean \`${suggestion}\`?` : ' Use a registered property if one fits.'}`,
		},
	},
	'wrong-value-type': {
		severity: 'warning',
		title: 'A property value has the wrong type for that property.',
		example: '[[step::Heuristic:X]] (a step must be a Principle)',
		messages: {
			empty: ({ property }: { property: string }) =>
				`The property \`${property}\` has an empty value. Write a value or remove the annotation.`,
			emptyDomain: ({ value }: { value: string }) =>
				`The domain \`${value}\` is empty once \`_\` is read as a space. Write a domain name or remove the annotation.`,
			/** `example` is a namespace the property's values are in, for the title to suggest. */
			notATitle: ({ property, value, example }: { property: string; value: string; example: string }) =>
				`The value \`${value}\` of \`${property}\` is not a page title; it is kept as an attribute. Write a title such as \`${example}:Name\`.`,
			/** `namespace` is the target's, `''` for the main namespace. */
			wrongType: ({
				property,
				expected,
				target,
				namespace,
			}: {
				property: string;
				expected: readonly string[];
				target: string;
				namespace: string;
			}) =>
				`The value of \`${property}\` should be ${typeList(expected)}, but \`${target}\` is ${namespace ? article(namespace) : 'in the main namespace'}. The edge is kept as written; check the namespace.`,
		},
	},
	'wrong-page-type': {
		severity: 'warning',
		title: 'A property is written on a page type that should not carry it.',
		example: '[[step::Principle:X]] on a Heuristic page',
		messages: {
			wrongPage: ({
				property,
				writtenOn,
				pageType,
			}: {
				property: string;
				writtenOn: 'any' | readonly string[];
				pageType: string;
			}) =>
				`The property \`${property}\` belongs on ${typeList(writtenOn)} page, not on ${article(pageType)} page. It is kept as written; move it to the page it belongs on.`,
		},
	},
	'convention-mismatch': {
		severity: 'info',
		title: 'An old backlink convention is used; it is read as the new one.',
		example: '[[uses_heuristic::Workflow:X]] on a Heuristic page under "Used By"',
		messages: { readReversed },
	},
	'requires-env-misuse': {
		severity: 'warning',
		title: '`requires_env` is written on an Environment page, where `required_by` is meant.',
		example: '[[requires_env::Implementation:X]] on an Environment page',
		messages: { readReversed },
	},
	'malformed-source': {
		severity: 'warning',
		title: 'A `source` value is not `Type|Title|URL`.',
		example: '[[source::Just a title]]',
		messages: {
			notTriple: ({ value }: { value: string }) =>
				`The source \`${value}\` is not \`Type|Title|URL\`. Write it as e.g. \`[[source::Paper|LoRA Paper|https://arxiv.org/abs/2106.09685]]\`.`,
		},
	},
	'malformed-date': {
		severity: 'warning',
		title: 'A `last_updated` value is not `YYYY-MM-DD HH:MM GMT` or `YYYY-MM-DD`.',
		example: '[[last_updated::yesterday]]',
		messages: {
			notADate: ({ value }: { value: string }) =>
				`The date \`${value}\` is not \`YYYY-MM-DD HH:MM GMT\` or \`YYYY-MM-DD\`. Write it as e.g. \`2025-12-12 00:00 GMT\`.`,
		},
	},
	'invalid-value': {
		severity: 'warning',
		title:
			"A value does not fit its property's declared type or allowed values; it is kept as written, without a typed value.",
		example: '[[Has number::32a]] where Property:Has number has [[Has type::Number]]',
		messages: {
			/** `reason` is the datatype's own sentence; `declaredOn` the property's page, when it has one. */
			doesNotFit: ({
				value,
				property,
				type,
				reason,
				declaredOn,
			}: {
				value: string;
				property: string;
				type: string;
				reason: string;
				declaredOn?: string;
			}) =>
				`The value \`${value}\` of \`${property}\` does not fit its type ${type}: ${reason} It is kept as written; fix the value${declaredOn ? ` or the declaration on \`${declaredOn}\`` : ''}.`,
			unitWithoutNumber: ({ value }: { value: string }) =>
				`The unit \`${value}\` has no number, so it declares no unit. Write it as e.g. \`[[Corresponds to::1 km²]]\`.`,
		},
	},
	'unknown-type': {
		severity: 'warning',
		title: '`[[Has type::...]]` names no datatype; the property is read as Page.',
		example: '[[Has type::Numbr]]',
		messages: {
			notADatatype: ({ value, property }: { value: string; property: string }) =>
				`\`${value}\` is not a datatype, so \`${property}\` is read as Page (Semantic MediaWiki's default). Write one of Page, Text, Number, Quantity, Date, URL, Email, Boolean, Telephone number, Code, Annotation URI, External identifier, Keyword, Monolingual text, Record, Temperature.`,
			secondType: ({ property, type, value }: { property: string; type: string; value: string }) =>
				`\`${property}\` already has the type \`${type}\`; the second \`[[Has type::${value}]]\` is ignored (Semantic MediaWiki: "More than one type defined for property"). Keep one.`,
		},
	},
	'redirect-missing': {
		severity: 'warning',
		title: 'A redirect points to a page that does not exist.',
		example: '#REDIRECT [[Nowhere]]',
		messages: {
			notATitle: ({ target }: { target: string }) =>
				`The redirect target \`${target}\` is no page title, so the redirect leads nowhere. Write \`#REDIRECT [[Page name]]\`.`,
			noTarget: ({ target }: { target: string }) =>
				`This page redirects to \`${target}\`, which has no page, so links to it are red links. Create the target page or fix the redirect.`,
		},
	},
	'redirect-chain': {
		severity: 'warning',
		title: 'A redirect points to another redirect (a double redirect); links follow it to the end.',
		example: 'A -> B -> C',
		messages: {
			chain: ({ target, final }: { target: string; final: string }) =>
				`This page redirects to \`${target}\`, which is itself a redirect (to \`${final}\`); links follow the chain. Point this redirect straight at \`${final}\`.`,
		},
	},
	'redirect-loop': {
		severity: 'error',
		title: 'Redirects point to each other in a loop; links through them stay on the redirect.',
		example: 'A -> B -> A',
		messages: {
			/** `cycle` lists the pages of the loop in order, ending with this one. */
			loop: ({ cycle, page }: { cycle: readonly string[]; page: string }) =>
				`The redirects \`${cycle.join('` -> `')}\` go round in a loop, so links to \`${page}\` stay on it. Point one of them at a page with content.`,
		},
	},
	'missing-section': {
		severity: 'warning',
		title: 'A section that pages of this type must have is missing.',
		example: 'a Workflow page without `== Execution Steps ==`',
		messages: {
			/** `heading` is written in the page's own syntax (`== X ==` or `## X`). */
			missing: ({ pageType, heading }: { pageType: string; heading: string }) =>
				`This ${pageType} page has no \`${heading}\` section, which every ${pageType} page has. Add the section.`,
		},
	},
	// render
	'math-error': {
		severity: 'warning',
		title: 'A `<math>` formula cannot be typeset; its source is shown in red.',
		example: '<math>\\frac{1}{</math>',
		messages: {
			cannotTypeset: ({ tex, reason }: { tex: string; reason: string }) =>
				`The formula \`${tex}\` cannot be typeset: ${reason.replace(/\s+/gu, ' ')}. It is shown as source; fix the TeX.`,
		},
	},
	'render-failed': {
		severity: 'error',
		title: 'The page could not be rendered; it is shown as plain text.',
		example: 'a renderer bug on odd input',
		messages: {
			failed: ({ reason }: { reason: string }) =>
				`The page could not be rendered (${reason.slice(0, 200)}), so it is shown as plain text. Please report this with the page.`,
		},
	},
	// query
	'query-error': {
		severity: 'error',
		title:
			'A query (`{{#ask:}}`, `{{#show:}}`, `{{#concept:}}`) cannot be read as written; its result shows what could be read, with the problem.',
		example: '{{#ask: [[Has height::>=8000]] }}',
		messages: {
			/** An error of the query engine (its `QueryIssue`), worded by it. */
			issue: queryIssue,
			engineFailed: ({ reason }: { reason: string }) =>
				`The query could not be answered (a wikikb bug: ${reason}); its place shows this note. Report it with the query.`,
		},
	},
	'query-ignored': {
		severity: 'warning',
		title: 'A query parameter is unknown or has no use on a static site; it is ignored.',
		example: '{{#ask: [[Category:X]] |limt=5 }}',
		messages: {
			/** A warning of the query engine (its `QueryIssue`), worded by it. */
			issue: queryIssue,
		},
	},
	// lr
	'reversed-range': {
		severity: 'warning',
		title: 'An LR range is written high to low; it was put in order.',
		example: '5e-4 to 2e-4',
		messages: {
			/** `range` is the range as read, formatted low to high. */
			reversed: ({ text, range }: { text: string; range: string }) =>
				`The LR range \`${text}\` is written high to low; it was read as ${range}. Write the smaller value first.`,
		},
	},
	'unreadable-lr': {
		severity: 'warning',
		title: 'An LR cell or statement has no number that could be read.',
		example: '| SFT || about right ||',
		messages: {
			cell: ({ cell, column }: { cell: string; column: string }) =>
				`The LR cell \`${cell}\` in the column \`${column}\` has no learning rate that could be read, so the row gives no rule. Write a number such as \`2e-4\` or a range such as \`1e-4 to 2e-4\`.`,
			pageFailed: ({ reason }: { reason: string }) =>
				`The LR rules of this page could not be read (${reason}), so it gives none. Please report this as a wikikb bug with the page attached.`,
		},
	},
} as const satisfies Record<string, RuleSpec>;

/** A rule id from the catalogue. */
export type RuleId = keyof typeof RULES;

/** The names of a rule's messages. */
export type MessageName<R extends RuleId> = keyof (typeof RULES)[R]['messages'] & string;

type TextOf<S> = S extends { readonly text: infer T } ? T : S;

/** The arguments a rule's message takes: `[]` or `[args]`. */
export type MessageArgs<R extends RuleId, M extends MessageName<R>> =
	TextOf<(typeof RULES)[R]['messages'][M]> extends (...args: infer A) => string ? A : never;

/**
 * A catalogue message composed, before it has a place in a file: what a diagnostic says. Parsers that find a
 * problem before they know its line (at an offset, in a value read elsewhere) carry this.
 */
export interface Finding {
	readonly rule: RuleId;
	readonly severity: Severity;
	readonly message: string;
	readonly hint?: string;
}

/**
 * Composes a rule's message from its arguments, with its severity (the message's, else the rule's) and hint.
 * @example finding('malformed-date', 'notADate', { value: 'yesterday' }).message // 'The date `yesterday` is not ...'
 */
export function finding<R extends RuleId, M extends MessageName<R>>(
	rule: R,
	name: M,
	...args: MessageArgs<R, M>
): Finding {
	type Text = (...a: unknown[]) => string;
	const spec = (RULES[rule].messages as Record<string, MessageSpec>)[name]!;
	const entry = typeof spec === 'function' ? { text: spec } : spec;
	const message = (entry.text as Text)(...args);
	const severity = ('severity' in entry && entry.severity) || RULES[rule].severity;
	const hint = 'hint' in entry && entry.hint ? (entry.hint as Text)(...args) : undefined;
	return hint === undefined ? { rule, severity, message } : { rule, severity, message, hint };
}

/** Default severity of a rule. */
export function severityOf(rule: RuleId): Severity {
	return RULES[rule].severity;
}
