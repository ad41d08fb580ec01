import { expect, test } from 'vitest';
import { foldName } from '../../src/text/fold.ts';

test.each([
	[' Learning_Rate  Tuning ', 'learning rate tuning'],
	['User_talk', 'user talk'],
	['fine\ttuning', 'fine tuning'],
	['Cafe\u0301', 'caf\u00e9'],
	['__', ''],
])('foldName(%j) is %j', (name, folded) => {
	expect(foldName(name)).toBe(folded);
});
