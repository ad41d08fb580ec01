/** One case of a MediaWiki parser test file. */
export interface ParserTestCase {
	/** The file it came from, e.g. `sanitizer.txt`. */
	readonly file: string;
	/** The test's name (`!! test` section). */
	readonly name: string;
	/** Every wikitext input of the case (`!! wikitext`, and `!! wikitext/edited` when present), as raw bytes. */
	readonly inputs: readonly Uint8Array[];
}

/**
 * Reads MediaWiki's parser test format (`tests/parser/*.txt`): `!! test` / `!! wikitext` / `!! html/php` /
 * ... / `!! end` blocks, where a section runs until the next line that starts with `!!`. `!! article` blocks
 * and file-level `!! options` are skipped. The text is read as Latin-1 so that every byte survives (some
 * cases hold invalid UTF-8 on purpose); inputs are handed back as the original bytes.
 */
export function readParserTests(file: string, bytes: Uint8Array): ParserTestCase[] {
	const text = Buffer.from(bytes).toString('latin1');
	const cases: ParserTestCase[] = [];
	let section: string | undefined;
	let body: string[] = [];
	let current: { name: string; inputs: Uint8Array[] } | undefined;
	const close = (): void => {
		if (current && section !== undefined) {
			const value = body.join('\n');
			if (section === 'test') current.name = value.trim();
			else if (section === 'wikitext' || section.startsWith('wikitext/'))
				current.inputs.push(Uint8Array.from(Buffer.from(value, 'latin1')));
		}
		body = [];
	};
	for (const line of text.split('\n')) {
		const header = /^!!\s*(\S+)/u.exec(line);
		if (!header) {
			body.push(line);
			continue;
		}
		close();
		section = header[1]!.toLowerCase();
		if (section === 'test') current = { name: '', inputs: [] };
		else if (section === 'end' && current) {
			cases.push({ file, name: current.name, inputs: current.inputs });
			current = undefined;
		}
	}
	return cases;
}
