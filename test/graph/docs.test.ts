import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { RULES } from '../../src/diagnostics/rules.ts';
import { PROPERTIES } from '../../src/graph/registry.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

const read = (rel: string) => readFile(join(REPO_ROOT, rel), 'utf8').catch(() => '');

test('every check rule and registered property is documented with an example in the README', async () => {
	const docs = await read('README.md');
	const undocumented = Object.keys(RULES).filter((id) => !new RegExp(`^\\| \`${id}\` \\|[^\\n]*\\|[^\\n]*\\|[^\\n]*\\S[^\\n]*\\|$`, 'mu').test(docs));
	expect(undocumented).toEqual([]);
	expect(Object.keys(PROPERTIES).filter((p) => !docs.includes(`\`${p}\``))).toEqual([]);
});
