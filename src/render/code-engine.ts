import type { PatternScanner, RegexEngine, RegexEngineString } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';

/** What a scanner finds: the index of the pattern that matched first, and its capture groups' places. */
type ScanResult = ReturnType<PatternScanner['findNextMatchSync']>;

/**
 * Shiki highlights a block once per theme (light, then dark), and each pass runs the grammar over the same lines:
 * the same scanners are asked the same questions (line, position) in the same order, since which rule applies does
 * not depend on colours. Shiki has no option to tokenize once for several themes, so the scanners remember what
 * they answered during one block (a "run") and answer the second pass from memory, which halves the regular
 * expression work. A new run forgets everything, so memory stays one block's worth.
 */
let run = 0;

/** Starts a new run: the scanners forget the lines of the block before. Call before highlighting a block. */
export function startHighlightRun(): void {
	run++;
}

/** A scanner over one rule's patterns, answering repeated questions of the current run from memory. */
class RememberingScanner {
	readonly #scanner: PatternScanner;
	#run = -1;
	/** Answers of the current run, by line text, then by start position. */
	readonly #answers = new Map<string, Map<number, ScanResult>>();

	constructor(scanner: PatternScanner) {
		this.#scanner = scanner;
	}

	findNextMatchSync(string: string | RegexEngineString, startPosition: number, options: number): ScanResult {
		if (this.#run !== run) {
			this.#answers.clear();
			this.#run = run;
		}
		const line = typeof string === 'string' ? string : string.content;
		let byPosition = this.#answers.get(line);
		if (!byPosition) this.#answers.set(line, (byPosition = new Map()));
		const known = byPosition.get(startPosition);
		if (known !== undefined) return known;
		const answer = this.#scanner.findNextMatchSync(string, startPosition, options);
		byPosition.set(startPosition, answer);
		return answer;
	}
}

/**
 * A regular expression engine whose scanners are `engine`'s (same patterns, same matches: by default Shiki's
 * JavaScript engine) remembering their answers within a run (`startHighlightRun`): the light and dark passes over a
 * block do the matching once. An answer depends only on the patterns, the line and the position, so one from
 * memory is the answer the scanner would give again.
 */
export function createRememberingEngine(engine: RegexEngine = createJavaScriptRegexEngine()): RegexEngine {
	return {
		createScanner: (patterns) => new RememberingScanner(engine.createScanner(patterns)),
		createString: (s) => engine.createString(s),
	};
}
