import { describe, expect, test } from 'vitest';
import { titleFromPath } from '../../src/load/file-title.ts';
import { normalizeName, parseTitle, shownTitle } from '../../src/load/title.ts';

describe('normalizeName', () => {
	test.each([
		['learning_rate__tuning ', 'Learning rate tuning'],
		['ärger', 'Ärger'],
		['  a  b ', 'A b'],
		['loraplus.py', 'Loraplus.py'],
	])('%j -> %j', (raw, expected) => expect(normalizeName(raw)).toBe(expected));
});

describe('shownTitle: a display title that only spells the page name shows spaces, as MediaWiki shows titles', () => {
	test.each([
		['huggingface_peft_Core_Environment', 'Huggingface peft Core Environment', 'huggingface peft Core Environment'],
		['QLoRA_Finetuning', 'QLoRA Finetuning', 'QLoRA Finetuning'],
		['check_repo.py', 'Check repo', 'check_repo.py'],
		['LoRA: the __init__ step', 'LoRA', 'LoRA: the __init__ step'],
		[undefined, 'Learning Rate Tuning', 'Learning Rate Tuning'],
	])('%j on %j -> %j', (written, name, expected) => expect(shownTitle(written, name)).toBe(expected));

	test.each([
		['help:foo_bar', 'Foo bar', 'Help', 'help:foo bar'],
		['Help:Foo_bar', 'Foo bar', 'Help', 'Help:Foo bar'],
		['Foo_bar', 'Foo bar', 'Help', 'Foo bar'],
		['Other:Foo_bar', 'Foo bar', 'Help', 'Other:Foo_bar'],
		["Mount ''Everest''", 'Mount Everest', '', "Mount ''Everest''"],
	])('a namespaced display title %j on %j of %j -> %j', (written, name, namespace, expected) =>
		expect(shownTitle(written, name, namespace)).toBe(expected),
	);
});

describe('parseTitle', () => {
	test('matches page namespaces case-insensitively and capitalises the name', () => {
		expect(parseTitle('heuristic:learning_rate_tuning#Values')).toEqual({
			id: 'Heuristic:Learning_rate_tuning',
			namespace: 'Heuristic',
			name: 'Learning rate tuning',
			fragment: 'Values',
		});
	});
	test('keeps other namespaces', () => {
		expect(parseTitle('Concept:Attention')?.id).toBe('Concept:Attention');
		expect(parseTitle(':Category:LLMs')?.id).toBe('Category:LLMs');
	});
	test('a colon after several words is not a namespace', () => {
		expect(parseTitle('Note: this is text')?.namespace).toBe('Note');
		expect(parseTitle('a-b: c')?.namespace).toBe('');
	});
	test('rejects text that cannot be a title', () => {
		expect(parseTitle('')).toBeUndefined();
		expect(parseTitle('a|b')).toBeUndefined();
		expect(parseTitle('{{x}}')).toBeUndefined();
	});

	test('composes the text first: a decomposed character is not read as a forbidden one', () => {
		// `≮` (U+226E) decomposes to `<` + U+0338; found by the fast-check url test
		expect(parseTitle('Heuristic:\u226E'.normalize('NFD'))?.id).toBe('Heuristic:\u226E');
		expect(parseTitle('Heuristic:Cafe\u0301')?.id).toBe('Heuristic:Caf\u00E9');
	});
});

describe('titleFromPath', () => {
	test('drops the page extension only', () => {
		expect(titleFromPath('implementations/loraplus.py.md')?.id).toBe('Implementation:Loraplus.py');
		expect(titleFromPath('heuristics/Learning Rate Tuning.wiki')?.id).toBe('Heuristic:Learning_Rate_Tuning');
	});

	test('composes decomposed (macOS) file names', () => {
		expect(titleFromPath('heuristics/A\u226E.wiki'.normalize('NFD'))?.id).toBe('Heuristic:A\u226E');
	});
});
