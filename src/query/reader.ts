/** A piece of the query text: its text and where it is (0-based offsets in the text read). */
export interface Chunk {
	readonly text: string;
	readonly start: number;
	readonly end: number;
}

/** Semantic MediaWiki's query delimiters: links, `::`/`:=`, subqueries, class prefixes (only where the text starts), `||`, `|`. */
const DEFAULT_STOP = '\\[\\[|\\]\\]|::|:=|<q>|</q>|^Category:|^Concept:|\\|\\||\\|';

/** The delimiters inside a value (`[[P::a [[b]] c]]`): brackets and pipes only. */
export const VALUE_STOP = '\\[\\[|\\]\\]|\\|\\||\\|';

/** Only the end of a link (`|+depth=1]]`). */
export const CLOSE_STOP = '\\]\\]';

const patterns = new Map<string, RegExp>();

/**
 * Reads a query text chunk by chunk, as Semantic MediaWiki's `Tokenizer::getToken`: a chunk is a delimiter, or the
 * text before the next one (trimmed unless asked not to); the empty chunk means the end. Keeps offsets, so every
 * problem can be placed.
 */
export class ChunkReader {
	private pos = 0;

	constructor(readonly text: string) {}

	/** The offset where reading goes on. */
	get offset(): number {
		return this.pos;
	}

	/**
	 * The next chunk.
	 * @param stop the delimiters (a regular expression source), default Semantic MediaWiki's
	 * @param consume move past it (else only look)
	 * @param trim drop surrounding whitespace (an untrimmed leading space escapes a property chain)
	 */
	read(stop: string = DEFAULT_STOP, consume = true, trim = true): Chunk {
		let pattern = patterns.get(stop);
		if (!pattern) patterns.set(stop, (pattern = new RegExp(`\\s*(${stop})`, 'iu')));
		const rest = this.text.slice(this.pos);
		const match = pattern.exec(rest);
		if (!match) {
			const chunk = this.piece(this.pos, this.text.length, trim);
			if (consume) this.pos = this.text.length;
			return chunk;
		}
		const delimiterStart = this.pos + match.index + match[0].length - match[1]!.length;
		if (match.index === 0) {
			const chunk = { text: match[1]!, start: delimiterStart, end: delimiterStart + match[1]!.length };
			if (consume) this.pos = chunk.end;
			return chunk;
		}
		const chunk = this.piece(this.pos, this.pos + match.index, trim);
		// the whitespace before the delimiter goes with the chunk
		if (consume) this.pos = delimiterStart;
		return chunk;
	}

	private piece(from: number, to: number, trim: boolean): Chunk {
		const raw = this.text.slice(from, to);
		if (!trim) return { text: raw, start: from, end: to };
		const lead = raw.length - raw.trimStart().length;
		const text = raw.trim();
		return { text, start: from + lead, end: from + lead + text.length };
	}
}
