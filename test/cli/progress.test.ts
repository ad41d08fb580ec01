// Long runs show progress on a terminal and one line per phase elsewhere.
import { describe, expect, test } from 'vitest';
import type { CliIo } from '../../src/cli/command.ts';
import { createProgress, timedPhase } from '../../src/cli/progress.ts';

function capture(isTTY: boolean): { io: CliIo; text: () => string } {
	let text = '';
	return { io: { out: (t) => (text += t), err: (t) => (text += t), isTTY }, text: () => text };
}

describe('createProgress', () => {
	test('on a terminal, it redraws one line as items are done, then clears it and says what the phase did', () => {
		const { io, text } = capture(true);
		const progress = createProgress(io, { doing: 'Rendering', done: 'Rendered', unit: ['site page', 'site pages'] });
		progress.tick(1);
		progress.finish();
		expect(text()).toMatch(/^\rRendering 1 site page \(\d+\/s\)\x1b\[K\r\x1b\[KRendered 1 site page in \d+\.\ds\.\n$/u);
	});

	test('with a total, it counts done of the total', () => {
		const { io, text } = capture(true);
		const progress = createProgress(io, 'Parsing');
		progress.tick(34, 34);
		expect(text()).toMatch(/^\rParsing 34\/34 pages /u);
	});

	test('in a log, it writes one line per phase and no redrawn line', () => {
		const { io, text } = capture(false);
		const progress = createProgress(io, { doing: 'Parsing', done: 'Parsed' });
		for (let i = 1; i <= 3; i++) progress.tick(i, 3);
		progress.finish();
		expect(text()).toMatch(/^Parsed 3 pages in \d+\.\ds\.\n$/u);
	});

	test('a phase that does not report itself stays silent in a log', () => {
		const { io, text } = capture(false);
		const progress = createProgress(io, 'Checking');
		progress.tick(1, 1);
		progress.finish();
		expect(text()).toBe('');
	});
});

describe('timedPhase', () => {
	test('says what the phase did and how long it took, from its result', async () => {
		const { io, text } = capture(false);
		expect(
			await timedPhase(
				io,
				'Indexing',
				async () => 1,
				(n) => `Indexed ${n} file`,
			),
		).toBe(1);
		expect(text()).toMatch(/^Indexed 1 file in \d+\.\ds\.\n$/u);
	});

	test('a phase that fails says nothing of success and leaves no timer running', async () => {
		const { io, text } = capture(true);
		await expect(
			timedPhase(
				io,
				'Indexing',
				() => Promise.reject(new Error('disk full')),
				() => 'Indexed',
			),
		).rejects.toThrow('disk full');
		expect(text()).not.toContain('Indexed');
	});
});
