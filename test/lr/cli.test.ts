import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { REPO_ROOT, UNSLOTH } from '../helpers/paths.ts';

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
	let out = '';
	let err = '';
	const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t), isTTY: false });
	return { code, out, err };
}

beforeAll(() => {
	vi.stubEnv('WIKIKB_CACHE_DIR', 'off');
});
// Test files may share a process (`npm run test:fast`): leave the environment as it was.
afterAll(() => vi.unstubAllEnvs());

test('wikikb lr prints the range, how it was chosen, and the rules and pages behind it', async () => {
	const { code, out } = await run('lr', '--content', UNSLOTH, '--task', 'sft', '--params', '70B');
	expect(code).toBe(0);
	expect(out).toMatch(/^Recommended LR for task sft, 70B parameters: 2e-4\n/);
	expect(out).toContain('most specific condition first, then agreement among equally specific rules');
	expect(out).toContain('Instruction Fine-tuning (SFT)');
	expect(out).toContain('Large Models (>13B)');
	expect(out).toContain('heuristics/Learning_Rate_Tuning.md:32');
	expect(out).toContain('Pages: Heuristic:Learning_Rate_Tuning');
});

test('wikikb lr --json prints the recommendation as JSON', async () => {
	const { code, out } = await run('lr', '--content', UNSLOTH, '--task', 'domain-adaptation', '--json');
	expect(code).toBe(0);
	const rec = JSON.parse(out);
	expect(rec).toMatchObject({
		query: { task: 'domain-adaptation' },
		lr: { min: 0.0001, max: 0.0002 },
		basis: 'single',
		pages: ['Heuristic:Learning_Rate_Tuning'],
	});
});

test('wikikb lr says clearly when nothing matches, and which tasks exist', async () => {
	const { code, out } = await run('lr', '--content', UNSLOTH, '--task', 'embedding');
	expect(code).toBe(1);
	expect(out).toContain('No LR recommendation for task embedding.');
	expect(out).toContain('Tasks with rules: sft, domain-adaptation, rlhf, dpo, grpo.');
});

test('wikikb lr explains bad input', async () => {
	expect((await run('lr', '--content', UNSLOTH)).err).toContain('needs a task');
	const bad = await run('lr', '--content', UNSLOTH, '--task', 'sft', '--params', 'huge');
	expect(bad.code).toBe(2);
	expect(bad.err).toContain('The model size `huge` cannot be read.');
	const method = await run('lr', '--content', UNSLOTH, '--task', 'sft', '--method', 'adapter');
	expect(method.code).toBe(2);
	expect(method.out).toBe('');
	expect(method.err).toContain(
		'The method `adapter` is not one wikikb knows. Use one of: lora, qlora, full (full may also be written `full-finetune`',
	);
});

test('wikikb lr reads an exported lr-rules.json as well as a content folder', async () => {
	const out = await mkdtemp(join(tmpdir(), 'wikikb-lr-cli-'));
	try {
		expect((await run('export', '--content', UNSLOTH, '--out', out)).code).toBe(0);
		const fromFile = await run(
			'lr',
			'--content',
			join(out, 'api', 'lr-rules.json'),
			'--task',
			'sft',
			'--params',
			'70B',
		);
		const fromFolder = await run('lr', '--content', UNSLOTH, '--task', 'sft', '--params', '70B');
		expect(fromFile.code).toBe(0);
		expect(fromFile.out).toBe(fromFolder.out);
		const bad = await run('lr', '--content', join(out, 'api', 'schema', 'lr-rules.schema.json'), '--task', 'sft');
		expect(bad.code).toBe(2);
		expect(bad.err).toContain('is not an lr-rules.json file');
	} finally {
		await rm(out, { recursive: true, force: true });
	}
}, 120_000);

test('wikikb lr finds a task written as a plain table label (`embedding`, `Embeddings`)', async () => {
	const content = await mkdtemp(join(tmpdir(), 'wikikb-lr-tasks-'));
	try {
		await mkdir(join(content, 'heuristics'));
		await writeFile(
			join(content, 'heuristics', 'My_Rates.md'),
			'# My Rates\n\n| Task | Method | LR |\n|---|---|---|\n| embedding | lora | 1e-4 |\n| Reward modeling | full | 1e-5 |\n',
		);
		const rec = await run('lr', '--content', content, '--task', 'embedding', '--method', 'lora');
		expect(rec.code).toBe(0);
		expect(rec.out).toMatch(/^Recommended LR for task embedding, method lora: 1e-4\n/);
		expect((await run('lr', '--content', content, '--task', 'Embeddings', '--method', 'lora')).out).toBe(rec.out);
		expect((await run('lr', '--content', content, '--task', 'reward modeling')).out).toMatch(
			/^Recommended LR for task reward-model: 1e-5\n/,
		);
	} finally {
		await rm(content, { recursive: true, force: true });
	}
});

test('wikikb lr answers per method when the rules for the task disagree along it, in text and JSON', async () => {
	const content = join(REPO_ROOT, 'content');
	const { code, out } = await run('lr', '--content', content, '--task', 'dpo');
	expect(code).toBe(0);
	expect(out.split('\n').slice(0, 4)).toEqual([
		'Recommended LR for task dpo depends on the method:',
		'  LoRA              5e-6',
		'  full fine-tuning  1e-6 (start with 1e-6)',
		'Give --method for one answer; without it, the most specific rules give 1e-6 to 2e-4.',
	]);
	expect(out).toContain('\nRules behind each answer:\n  LoRA:\n    5e-6           DPO with LoRA adapters\n');
	const json = JSON.parse((await run('lr', '--content', content, '--task', 'dpo', '--json')).out);
	expect(json).toMatchObject({
		lr: { min: 1e-6, max: 2e-4 },
		basis: 'disagreement',
		byCondition: { condition: 'method' },
	});
	expect(json.byCondition.answers.map((a: { label: string; lr: object }) => [a.label, a.lr])).toEqual([
		['LoRA', { min: 5e-6, max: 5e-6 }],
		['full fine-tuning', { min: 1e-6, max: 1e-6 }],
	]);
	const sized = await run('lr', '--content', content, '--task', 'sft', '--method', 'qlora');
	expect(sized.out.split('\n').slice(0, 3)).toEqual([
		'Recommended LR for task sft, method qlora depends on the model size:',
		'  7B–13B  2e-4 (start with 2e-4)',
		'  ≥ 30B   1e-4',
	]);
	const given = await run('lr', '--content', content, '--task', 'dpo', '--method', 'lora');
	expect(given.out).toMatch(/^Recommended LR for task dpo, method lora: 5e-6\n/);
});
