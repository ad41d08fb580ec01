import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeExport } from '../../src/export/index.ts';
import { lrSchema } from '../../src/export/lr-json.ts';
import { loadLrRules } from '../../src/api/index.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { SCHEMA_VERSION } from '../../src/export/schema-version.ts';
import { UNSLOTH } from '../helpers/paths.ts';

let out = '';
let rulesJson = '';

beforeAll(async () => {
	out = await mkdtemp(join(tmpdir(), 'wikikb-lr-'));
	const result = await runPipeline({ contentDir: UNSLOTH, cacheDir: false, markdown: true });
	await writeExport(result, out);
	rulesJson = await readFile(join(out, 'api', 'lr-rules.json'), 'utf8');
}, 300_000);

afterAll(async () => {
	await rm(out, { recursive: true, force: true });
});

test('the exported lr-rules.json validates against its JSON Schema 2020-12', async () => {
	const schema = JSON.parse(await readFile(join(out, 'api', 'schema', 'lr-rules.schema.json'), 'utf8'));
	expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
	expect(schema).toEqual(JSON.parse(JSON.stringify(lrSchema)));
	const ajv = new Ajv2020({ strict: true, allErrors: true });
	const validate = ajv.compile(schema);
	const data = JSON.parse(rulesJson);
	expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
	expect(data.schemaVersion).toBe(SCHEMA_VERSION);
	expect(data.rules.length).toBe(7);
});

test('the schema rejects a rule with a task outside the vocabulary', () => {
	const ajv = new Ajv2020({ strict: true });
	const validate = ajv.compile(lrSchema);
	const data = JSON.parse(rulesJson);
	data.rules[0].condition.tasks = ['cooking'];
	expect(validate(data)).toBe(false);
});

test('loadLrRules reads the export back, and a content folder gives the same rules', async () => {
	const fromFile = await loadLrRules(join(out, 'api', 'lr-rules.json'));
	const fromFolder = await loadLrRules(UNSLOTH, { cacheDir: false });
	expect(JSON.parse(JSON.stringify(fromFolder))).toEqual(JSON.parse(rulesJson).rules);
	expect(fromFile).toEqual(JSON.parse(rulesJson).rules);
});

test('loadLrRules says what to do with a file that is not an export', async () => {
	await expect(loadLrRules(join(out, 'api', 'schema', 'lr-rules.schema.json'))).rejects.toThrow(
		/is not an lr-rules.json file/,
	);
	await expect(loadLrRules(join(out, 'nope.json'))).rejects.toThrow(/give a content folder/);
});

test('two exports of the same content are byte-identical', async () => {
	const again = await mkdtemp(join(tmpdir(), 'wikikb-lr-'));
	try {
		await writeExport(await runPipeline({ contentDir: UNSLOTH, cacheDir: false, markdown: true }), again);
		expect(await readFile(join(again, 'api', 'lr-rules.json'), 'utf8')).toBe(rulesJson);
	} finally {
		await rm(again, { recursive: true, force: true });
	}
}, 300_000);
