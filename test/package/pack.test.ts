// The published package as a user gets it: `npm pack` (which compiles lib/ afresh), installed from the tarball
// into an empty folder (production dependencies only) and made read-only; its commands, its library entry and
// its type declarations used from there, never the repository's sources.
import { execFile, execFileSync, spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as api from '../../src/index.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { acquireBuildLock, freePort } from '../site/helpers.ts';

const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
const TARBALL = `wikikb-${version}.tgz`;
const TSC = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** The environment of a user's shell: none of npm's variables from `npm test`, no cache folder named. */
const userEnv = Object.fromEntries(
	Object.entries(process.env).filter(([name]) => !name.startsWith('npm_') && name !== 'WIKIKB_CACHE_DIR'),
);

let work: string;
let project: string;
let packed: string[];
let installLog: string;
let installed: string;
let packageBefore: Map<string, number>;
/** Undoes what made the installed package unwritable. */
let unlock = () => {};

/** Runs a command in the project folder; resolves with its exit code and output, whatever the code. */
function run(
	file: string,
	args: readonly string[],
	env: NodeJS.ProcessEnv = userEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
	return new Promise((done) => {
		execFile(file, args, { cwd: project, env, maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
			done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
		);
	});
}

/** Every file of a folder with its modification time, to show that nothing in it was written. */
function snapshot(dir: string): Map<string, number> {
	const files = new Map<string, number>();
	const walk = (at: string) => {
		for (const entry of readdirSync(at, { withFileTypes: true })) {
			const path = join(at, entry.name);
			if (entry.isDirectory()) walk(path);
			files.set(relative(dir, path), statSync(path).mtimeMs);
		}
	};
	walk(dir);
	return files;
}

/** Makes a folder tree unwritable: read-only for anyone, and immutable for root (who ignores permissions). */
function lockTree(dir: string): () => void {
	execFileSync('chmod', ['-R', 'a-w', dir]);
	const immutable = process.getuid?.() === 0;
	if (immutable) execFileSync('chattr', ['-R', '+i', dir]);
	return () => {
		if (immutable) execFileSync('chattr', ['-R', '-i', dir]);
		execFileSync('chmod', ['-R', 'u+w', dir]);
	};
}

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'wikikb-pack-'));
	const pack = await new Promise<string>((done, fail) =>
		execFile(
			'npm',
			['pack', '--json', '--pack-destination', work],
			{ cwd: REPO_ROOT, env: userEnv, maxBuffer: 64 << 20 },
			(error, stdout, stderr) => (error ? fail(new Error(`npm pack failed:\n${stderr}`)) : done(stdout)),
		),
	);
	packed = (JSON.parse(pack) as [{ files: { path: string }[] }])[0].files.map((f) => f.path);
	project = join(work, 'project');
	mkdirSync(project);
	// The policy a user writes to have npm run esbuild's install script and not sharp's, as the README says. npm
	// lists the tarball's own `prepare` script too (it does for any package that is not from the registry, though it
	// does not run it for a tarball), so the tarball has its entry, by the absolute path npm checks while installing.
	const allowScripts = { esbuild: true, sharp: false, [`file:${join(work, TARBALL)}`]: false };
	writeFileSync(
		join(project, 'package.json'),
		`${JSON.stringify({ name: 'kb-project', private: true, type: 'module', allowScripts }, null, 2)}\n`,
	);
	const install = await run('npm', ['install', '--no-audit', '--no-fund', `../${TARBALL}`]);
	installLog = install.stdout + install.stderr;
	expect(install.code, installLog).toBe(0);
	installed = join(project, 'node_modules', 'wikikb');
	cpSync(join(REPO_ROOT, 'content'), join(project, 'kb'), { recursive: true });
	packageBefore = snapshot(installed);
	unlock = lockTree(installed);
}, 900_000);

afterAll(() => {
	unlock();
	if (work) rmSync(work, { recursive: true, force: true });
});

describe('the tarball', () => {
	test('holds the compiled code, its declarations, the site and the licence', () => {
		for (const file of [
			'package.json',
			'README.md',
			'LICENSE',
			'lib/cli/bin.js',
			'lib/index.js',
			'lib/index.d.ts',
			'lib/pipeline/page-job.js',
			'lib/pipeline/code-digest.json',
			'lib/pipeline/cache-checks.generated.js',
			'lib/site/pages/index.astro',
			'lib/site/server/astro-config.js',
		]) {
			expect(packed).toContain(file);
		}
	});

	test('holds no tests, fixtures, sources, images, build state or declarations Astro would take for routes', () => {
		expect(
			packed.filter(
				(f) =>
					/^(test|src|scripts|docs|content)\//u.test(f) ||
					(/\.(png|ts|tsbuildinfo|mjs)$/u.test(f) && !f.endsWith('.d.ts')),
			),
		).toEqual([]);
		expect(packed.filter((f) => f.startsWith('lib/site/') && f.endsWith('.d.ts'))).toEqual([]);
		expect(packed.filter((f) => f.includes('.tsbuildinfo'))).toEqual([]);
	});

	test('installs without EBADENGINE or install-script warnings', () => {
		expect(installLog).not.toMatch(/EBADENGINE|install-scripts|npm warn/u);
		// production dependencies only: none of the development tools (TypeScript itself comes, as Astro's peer)
		for (const dev of ['tsx', 'vitest', 'playwright-core', 'fast-check'])
			expect(existsSync(join(project, 'node_modules', dev))).toBe(false);
	});
});

describe('npx wikikb in a project that installed the tarball, with the package read-only', () => {
	test('build makes the site and the JSON export, its state in the project', async () => {
		const release = await acquireBuildLock();
		try {
			const { code, stderr } = await run('npx', ['wikikb', 'build', '--content', 'kb', '--out', 'site']);
			expect(code, stderr).toBe(0);
		} finally {
			await release();
		}
		expect(readFileSync(join(project, 'site', 'heuristic', 'Learning_Rate_Tuning', 'index.html'), 'utf8')).toContain(
			'<h1',
		);
		expect(existsSync(join(project, 'site', 'api', 'lr-rules.json'))).toBe(true);
		// files are named as the content folder was given, as `wikikb export` names them: the builder's folders stay private
		const page = JSON.parse(
			readFileSync(join(project, 'site', 'api', 'page', 'heuristic', 'Learning_Rate_Tuning.json'), 'utf8'),
		) as { diagnostics: { file: string }[] };
		expect(page.diagnostics.length).toBeGreaterThan(0);
		expect(new Set(page.diagnostics.map((d) => d.file))).toEqual(new Set(['kb/heuristics/Learning_Rate_Tuning.wiki']));
		expect(readdirSync(join(project, 'node_modules', '.cache', 'wikikb')).sort()).toEqual(['astro', 'pages']);
	});

	test('check reports the pages', async () => {
		const { code, stdout } = await run('npx', ['wikikb', 'check', '--content', 'kb']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/0 errors, \d+ warnings?, \d+ infos? in 34 files/u);
	});

	test('lr --json prints nothing but JSON, from an export or from pages', async () => {
		for (const content of ['site/api/lr-rules.json', 'kb']) {
			const { code, stdout } = await run('npx', [
				'wikikb',
				'lr',
				'--task',
				'sft',
				'--params',
				'7B',
				'--method',
				'qlora',
				'--json',
				'--content',
				content,
			]);
			expect(code).toBe(0);
			const rec = JSON.parse(stdout) as { lr: { min: number; max: number } };
			expect(rec.lr.min).toBeGreaterThan(0);
		}
	});

	test('export writes the JSON files', async () => {
		const { code, stderr } = await run('npx', ['wikikb', 'export', '--content', 'kb', '--out', 'export']);
		expect(code, stderr).toBe(0);
		expect(readdirSync(join(project, 'export', 'api')).sort()).toEqual([
			'graph.json',
			'lr-rules.json',
			'page',
			'pages.json',
			'schema',
			'search.json',
		]);
	});

	test('mcp serves the export to an MCP client (the SDK is a dependency of the package)', async () => {
		const transport = new StdioClientTransport({
			command: 'npx',
			args: ['wikikb', 'mcp', '--export', 'export'],
			cwd: project,
			env: userEnv as Record<string, string>,
			stderr: 'pipe',
		});
		const client = new Client({ name: 'wikikb-pack-test', version: '1.0.0' });
		await client.connect(transport);
		try {
			expect((await client.listTools()).tools.map((t) => t.name).sort()).toEqual([
				'ask',
				'check',
				'get_page',
				'recommend_lr',
				'search',
			]);
			const found = await client.callTool({ name: 'search', arguments: { query: 'learning rate', top_k: 3 } });
			expect(found.isError).toBeFalsy();
			expect((found.structuredContent as { results: unknown[] }).results.length).toBeGreaterThan(0);
			const asked = await client.callTool({
				name: 'ask',
				arguments: { query: '[[uses_heuristic::+]]|?uses_heuristic|limit=2' },
			});
			expect(asked.isError).toBeFalsy();
			expect((asked.structuredContent as { rows: unknown[] }).rows).toHaveLength(2);
		} finally {
			await client.close();
		}
	});

	test('dev serves the pages', async () => {
		const release = await acquireBuildLock();
		const port = await freePort();
		// npx starts the command in a process of its own: the group is stopped at the end.
		const server = spawn('npx', ['wikikb', 'dev', '--content', 'kb', '--port', String(port)], {
			cwd: project,
			env: userEnv,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		try {
			let log = '';
			await new Promise<void>((ready, fail) => {
				const onData = (d: Buffer) => {
					log += d;
					if (log.includes('Serving on')) ready();
				};
				server.stdout.on('data', onData);
				server.stderr.on('data', onData);
				server.on('exit', (code) => fail(new Error(`wikikb dev exited with ${code}:\n${log}`)));
			});
			const page = await fetch(`http://localhost:${port}/heuristic/Learning_Rate_Tuning/`);
			expect(page.status).toBe(200);
			expect(await page.text()).toContain('Learning Rate Tuning');
		} finally {
			process.kill(-server.pid!, 'SIGTERM');
			await release();
		}
	});

	test('wrote nothing into the package folder', () => {
		expect(snapshot(installed)).toEqual(packageBefore);
	});
});

describe('the library entry', () => {
	test('imports from plain .mjs with the same exports as the sources', async () => {
		const script = `import * as wikikb from 'wikikb';
import { loadLrRules, recommendLr } from 'wikikb';
const rules = await loadLrRules('kb');
console.log(JSON.stringify({ names: Object.keys(wikikb).sort(), lr: recommendLr({ task: 'sft', params: 7e9, method: 'qlora' }, rules).lr }));`;
		writeFileSync(join(project, 'use.mjs'), script);
		const { code, stdout, stderr } = await run(process.execPath, ['use.mjs']);
		expect(code, stderr).toBe(0);
		const { names, lr } = JSON.parse(stdout) as { names: string[]; lr: { min: number; max: number } };
		expect(names).toEqual(Object.keys(api).sort());
		expect(lr.min).toBeGreaterThanOrEqual(1e-4);
		expect(lr.max).toBeLessThanOrEqual(5e-4);
	});

	test('type-checks a strict TypeScript consumer (NodeNext) against the published declarations', async () => {
		writeFileSync(
			join(project, 'use.ts'),
			`import { loadLrRules, recommendLr, type LrRule, type Recommendation } from 'wikikb';
const rules: readonly LrRule[] = await loadLrRules('site/api/lr-rules.json');
const rec: Recommendation = recommendLr({ task: 'sft', params: 7e9, method: 'qlora' }, rules);
export const low: number | undefined = rec.lr?.min;
// @ts-expect-error: the declarations are real types, not \`any\`
recommendLr({ task: 42 }, rules);
`,
		);
		// skipLibCheck off, so wikikb's own declarations are checked too (and every package they import resolves).
		const compilerOptions = {
			strict: true,
			module: 'NodeNext',
			moduleResolution: 'NodeNext',
			target: 'ES2022',
			noEmit: true,
			skipLibCheck: false,
			types: ['node'],
			typeRoots: [join(REPO_ROOT, 'node_modules', '@types')],
		};
		writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['use.ts'] }));
		const { stdout } = await run(process.execPath, [TSC, '-p', project, '--listFiles']);
		expect(stdout).toContain(join(installed, 'lib', 'index.d.ts'));
		// wikiparser-node 1.40's own declarations have an error of their own (an abstract method in a class that is
		// not abstract), which skipLibCheck (on in Astro's and tsc --init's settings) hides; nothing else may fail.
		const errors = stdout
			.split('\n')
			.filter((line) => /error TS/u.test(line) && !line.startsWith('node_modules/wikiparser-node/'));
		expect(errors).toEqual([]);
	});
});
