// The baseline: bare wikiparser-node parse + toHtml of every page, single-threaded, in this process.
// Plain JavaScript, run by plain `node` as a user of the library runs it: under a loader hook (tsx) every `require()`
// wikiparser-node makes inside a parse goes through the hook, which made this baseline ~30% slower per page.
// Reads the list of page files (a JSON array of paths, written by scripts/bench.ts) and prints the elapsed
// milliseconds of the parse+render loop (module loading excluded).
import { readFile } from 'node:fs/promises';
import Parser from 'wikiparser-node';

const files = JSON.parse(await readFile(process.argv[2], 'utf8'));
const texts = await Promise.all(files.map((f) => readFile(f, 'utf8')));
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
