import { createHash } from 'node:crypto';
import { diag, type Diagnostic } from '../diagnostics/index.ts';
import { agree, countOf } from '../text/index.ts';

/** Decoded text of a page file and what was wrong with its bytes. */
export interface DecodedText {
	readonly text: string;
	readonly diagnostics: readonly Diagnostic[];
}

// Also zero-width space, word joiner and a BOM inside the text: invisible, they split words and titles.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/gu;

/**
 * Decodes page bytes: UTF-16 (by BOM) or UTF-8, BOM dropped, invalid bytes replaced by U+FFFD and reported,
 * CRLF and lone CR turned into LF, stray control and bidi-override characters reported (kept in the text).
 * @param file path used in diagnostics
 */
export function decodePage(bytes: Uint8Array, file: string): DecodedText {
	const diagnostics: Diagnostic[] = [];
	let text: string;
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
		diagnostics.push(diag(file, 1, 1, 'invalid-encoding', 'utf16le'));
	} else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
		diagnostics.push(diag(file, 1, 1, 'invalid-encoding', 'utf16be'));
	} else {
		text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
	}
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	text = text.replace(/\r\n?/g, '\n');
	const index = new LineIndex(text);
	const bad = text.indexOf('\uFFFD');
	if (bad >= 0) {
		const { line, col } = index.position(bad);
		const count = text.split('\uFFFD').length - 1;
		diagnostics.push(diag(file, line, col, 'invalid-encoding', 'invalidBytes', { count }));
	}
	let reported = 0;
	for (const m of text.matchAll(CONTROL)) {
		if (reported++ >= 20) break;
		const { line, col } = index.position(m.index);
		const code = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
		diagnostics.push(diag(file, line, col, 'control-character', 'invisible', { code }));
	}
	return { text, diagnostics };
}

/** sha256 hex digest of bytes or text. */
export function hashContent(data: Uint8Array | string): string {
	return createHash('sha256').update(data).digest('hex');
}

/** Maps 0-based string offsets to 1-based line and column. */
export class LineIndex {
	private readonly starts: number[] = [0];

	constructor(text: string) {
		for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
	}

	/** 1-based `{line, col}` of a 0-based offset. */
	position(offset: number): { line: number; col: number } {
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.starts[mid]! <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, col: offset - this.starts[lo]! + 1 };
	}

	/** 0-based offset of the start of a 1-based line. */
	lineStart(line: number): number {
		return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]!;
	}

	get lineCount(): number {
		return this.starts.length;
	}
}
