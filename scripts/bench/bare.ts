// The baseline: bare wikiparser-node parse + toHtml of every page, single-threaded, in this process.
// Prints the elapsed milliseconds of the parse+render loop (module loading excluded).
import { readFile } from 'node:fs/promises';
import Parser from 'wikiparser-node';
import { listPageFiles } from './corpus.ts';

const dir = process.argv[2]!;
const texts = await Promise.all((await listPageFiles(dir)).map((f) => readFile(f, 'utf8')));
const started = performance.now();
let chars = 0;
for (const text of texts) {
	try {
		chars += Parser.parse(text).toHtml().length;
	} catch {
		// the baseline skips what the bare library cannot do; wikikb reports those pages instead
	}
}
process.stdout.write(`${JSON.stringify({ ms: performance.now() - started, pages: texts.length, chars })}\n`);
