import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { REPO_ROOT, SEED_PAGE } from '../helpers/paths.ts';
import { renderText } from '../security/pipeline.ts';

/**
 * One bad page must not change how the next one renders (the parser and highlighter keep module state): the
 * reference page renders byte-identically before and after every hostile fixture and a few pathological pages.
 */
test('the reference page renders the same after hostile and pathological pages', async () => {
	const seed = readFileSync(SEED_PAGE);
	const before = await renderText(seed, 'heuristics/Learning_Rate_Tuning.md');
	const hostile = join(REPO_ROOT, 'test', 'fixtures', 'hostile');
	const bad = [
		...readdirSync(hostile).map((name) => readFileSync(join(hostile, name), 'utf8')),
		'{{a|'.repeat(500) + '}}'.repeat(500),
		'<span>'.repeat(2000),
		'{|\n|\n'.repeat(150) + 'x\n',
		`<math>${'\\frac{'.repeat(300)}</math>`,
		'<syntaxhighlight lang="python">' + '('.repeat(5000) + '</syntaxhighlight>',
	];
	for (const text of bad) await renderText(text, 'heuristics/Bad.wiki');
	const after = await renderText(seed, 'heuristics/Learning_Rate_Tuning.md');
	expect(after.html).toBe(before.html);
	expect(after.diagnostics).toEqual(before.diagnostics);
});
