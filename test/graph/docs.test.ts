import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { RULES } from '../../src/diagnostics/rules.ts';
import { PROPERTIES } from '../../src/graph/registry.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

const read = (rel: string) => readFile(join(REPO_ROOT, rel), 'utf8').catch(() => '');

test('every check rule and registered property is documented with an example in the README', async () => {
	const docs = await read('README.md');
	const undocumented = Object.keys(RULES).filter(
		(id) => !new RegExp(`^\\| \`${id}\` \\|[^\\n]*\\|[^\\n]*\\|[^\\n]*\\S[^\\n]*\\|$`, 'mu').test(docs),
	);
	expect(undocumented).toEqual([]);
	expect(Object.keys(PROPERTIES).filter((p) => !docs.includes(`\`${p}\``))).toEqual([]);
});

test("the README's rule tables give each rule the catalogue's severity, and name no rule the catalogue lacks", async () => {
	const docs = await read('README.md');
	const rows = [...docs.matchAll(/^\| `([a-z-]+)` \| ([a-z /]+) \|/gmu)].map(
		([, id, severity]) => [id!, severity!.split(' / ')[0]!] as const,
	);
	const documented = new Map(rows.filter(([id]) => Object.hasOwn(RULES, id)));
	expect(Object.fromEntries(documented)).toEqual(
		Object.fromEntries(Object.entries(RULES).map(([id, rule]) => [id, rule.severity])),
	);
	// severity words only appear in the rule tables' second column
	expect(
		rows
			.filter(([id, severity]) => !Object.hasOwn(RULES, id) && ['error', 'warning', 'info'].includes(severity))
			.map(([id]) => id),
	).toEqual([]);
});
