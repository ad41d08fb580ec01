/** One run of output text: copied from the source (offsets shift together) or synthesised (all map to one anchor). */
interface Segment {
	readonly out: number;
	readonly src: number;
	readonly copy: boolean;
}

/** Rewritten text and the way back from its offsets to the original text's offsets. */
export interface MappedText {
	readonly text: string;
	/** 0-based offset in `text` -> 0-based offset in the original text. */
	readonly toSource: (offset: number) => number;
}

/**
 * Builds a rewritten copy of a text piece by piece, remembering where every output character came from, so
 * positions found in the rewritten text can be reported at their place in the file the author wrote.
 * @example
 * const b = new OffsetMapBuilder('## X'); b.insert('== ', 0); b.copy(3, 4); b.insert(' ==', 4);
 * b.build().text // '== X =='
 */
export class OffsetMapBuilder {
	private readonly parts: string[] = [];
	private readonly segments: Segment[] = [];
	private length = 0;

	constructor(private readonly source: string) {}

	/** Appends `source.slice(from, to)` unchanged. */
	copy(from: number, to: number): void {
		if (to <= from) return;
		const last = this.segments.at(-1);
		const contiguous = last?.copy === true && last.src + (this.length - last.out) === from;
		if (!contiguous) this.segments.push({ out: this.length, src: from, copy: true });
		this.parts.push(this.source.slice(from, to));
		this.length += to - from;
	}

	/** Appends synthesised text that stands for the source at `anchor`. */
	insert(text: string, anchor: number): void {
		if (text === '') return;
		this.segments.push({ out: this.length, src: anchor, copy: false });
		this.parts.push(text);
		this.length += text.length;
	}

	/** Output length so far. */
	get size(): number {
		return this.length;
	}

	/** Finishes: the rewritten text and its offset map. */
	build(): MappedText {
		const text = this.parts.join('');
		const segments = [...this.segments];
		const end = this.source.length;
		const toSource = (offset: number): number => {
			if (segments.length === 0) return Math.min(Math.max(offset, 0), end);
			let lo = 0;
			let hi = segments.length - 1;
			while (lo < hi) {
				const mid = (lo + hi + 1) >> 1;
				if (segments[mid]!.out <= offset) lo = mid;
				else hi = mid - 1;
			}
			const seg = segments[lo]!;
			const mapped = seg.copy ? seg.src + Math.max(0, offset - seg.out) : seg.src;
			return Math.min(Math.max(mapped, 0), end);
		};
		return { text, toSource };
	}
}
