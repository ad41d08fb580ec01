// What a command may do to its output folder: refuse it, keep the user's entries, replace only its own files.
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
	MANIFEST_NAME,
	OutputError,
	publishFolder,
	readManifest,
	type PublishOptions,
} from '../../src/output/index.ts';
import { snapshot } from './helpers.ts';

let root: string;
let content: string;
let notes: string[];

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'wikikb-output-'));
	content = join(root, 'kb');
	mkdirSync(join(content, 'heuristics'), { recursive: true });
	writeFileSync(join(content, 'heuristics', 'A.wiki'), 'page');
	notes = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A fake build that writes the given files (relative path -> text). */
function writes(files: Readonly<Record<string, string>>): (dir: string) => Promise<number> {
	return async (dir) => {
		for (const [rel, text] of Object.entries(files)) {
			mkdirSync(join(dir, rel, '..'), { recursive: true });
			writeFileSync(join(dir, rel), text);
		}
		return Object.keys(files).length;
	};
}

function publish(out: string, files: Readonly<Record<string, string>>, options: Partial<PublishOptions> = {}) {
	return publishFolder(
		{ out, command: 'build', contentDir: content, force: false, note: (t) => notes.push(t), ...options },
		writes(files),
	);
}

/** The entries beside the output folder: side folders and lock files must be gone after every command. */
function sideEntries(): string[] {
	return readdirSync(root).filter((n) => n.includes('.wikikb-'));
}

describe('a new or empty output folder', () => {
	test('is created, with a manifest listing every file written', async () => {
		const out = join(root, 'a', 'b', 'site');
		await publish(out, { 'index.html': 'home', 'x/index.html': 'x' });
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('home');
		expect(readManifest(out)).toMatchObject({
			format: 1,
			command: 'build',
			files: ['index.html', 'x/index.html'],
			kept: [],
		});
		expect(sideEntries()).toEqual([]);
	});

	test('an existing empty folder is used', async () => {
		const out = join(root, 'site');
		mkdirSync(out);
		await publish(out, { 'index.html': 'home' });
		expect(readdirSync(out).sort()).toEqual([MANIFEST_NAME, 'index.html']);
	});

	test('a relative --out is resolved against the working directory', async () => {
		const cwd = process.cwd();
		process.chdir(root);
		try {
			const { out } = await publish('rel/site', { 'index.html': 'home' });
			expect(out).toBe(join(root, 'rel', 'site'));
		} finally {
			process.chdir(cwd);
		}
		expect(existsSync(join(root, 'rel', 'site', 'index.html'))).toBe(true);
	});
});

describe('a folder an earlier command wrote', () => {
	test('loses the files the previous manifest lists and nothing else; .git stays', async () => {
		const out = join(root, 'site');
		await publish(out, { 'index.html': 'v1', 'old/index.html': 'gone soon', 'keep/index.html': 'v1' });
		mkdirSync(join(out, '.git', 'objects'), { recursive: true });
		writeFileSync(join(out, '.git', 'HEAD'), 'ref: refs/heads/gh-pages\n');
		await publish(out, { 'index.html': 'v2', 'keep/index.html': 'v2' });
		expect(snapshot(out).map((e) => e.split(' ')[0])).toEqual([
			'.git/',
			'.git/HEAD',
			'.git/objects/',
			MANIFEST_NAME,
			'index.html',
			'keep/',
			'keep/index.html',
		]);
		expect(readFileSync(join(out, 'keep', 'index.html'), 'utf8')).toBe('v2');
		expect(readFileSync(join(out, '.git', 'HEAD'), 'utf8')).toContain('gh-pages');
		expect(sideEntries()).toEqual([]);
	});

	test('a file added inside one of its folders is foreign', async () => {
		const out = join(root, 'site');
		await publish(out, { 'heuristic/A/index.html': 'a' });
		writeFileSync(join(out, 'heuristic', 'my-notes.txt'), 'mine');
		const before = snapshot(out);
		await expect(publish(out, { 'index.html': 'v2' })).rejects.toThrow(
			/holds 1 entry that an earlier wikikb command did not write: `heuristic\/my-notes.txt`/u,
		);
		expect(snapshot(out)).toEqual(before);
	});

	test('a manifest naming files outside the folder is not believed: nothing outside is deleted', async () => {
		const out = join(root, 'site');
		await publish(out, { 'index.html': 'v1' });
		writeFileSync(join(root, 'precious.txt'), 'mine');
		const manifest = JSON.parse(readFileSync(join(out, MANIFEST_NAME), 'utf8')) as { files: string[] };
		writeFileSync(
			join(out, MANIFEST_NAME),
			JSON.stringify({ ...manifest, files: [...manifest.files, '../precious.txt'] }),
		);
		await expect(publish(out, { 'index.html': 'v2' })).rejects.toThrow(/no wikikb manifest/u);
		expect(readFileSync(join(root, 'precious.txt'), 'utf8')).toBe('mine');
	});

	test('a folder of the previous output replaced by a link is foreign, and what it points to is left alone', async () => {
		const out = join(root, 'site');
		await publish(out, { 'index.html': 'v1', 'heuristic/A/index.html': 'a' });
		mkdirSync(join(root, 'elsewhere', 'A'), { recursive: true });
		writeFileSync(join(root, 'elsewhere', 'A', 'index.html'), "not wikikb's");
		rmSync(join(out, 'heuristic'), { recursive: true });
		symlinkSync(join(root, 'elsewhere'), join(out, 'heuristic'));
		await expect(publish(out, { 'index.html': 'v2' })).rejects.toThrow(/`heuristic`/u);
		await publish(out, { 'index.html': 'v2' }, { force: true });
		expect(readFileSync(join(root, 'elsewhere', 'A', 'index.html'), 'utf8')).toBe("not wikikb's");
	});

	test('an unreadable manifest makes every entry foreign', async () => {
		const out = join(root, 'site');
		await publish(out, { 'index.html': 'v1' });
		writeFileSync(join(out, MANIFEST_NAME), '{"format": 1, "files": [');
		await expect(publish(out, { 'index.html': 'v2' })).rejects.toThrow(/no wikikb manifest/u);
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('v1');
	});
});

describe('foreign entries', () => {
	function userFolder(): string {
		const out = join(root, 'thesis');
		mkdirSync(join(out, 'chapters'), { recursive: true });
		for (let i = 1; i <= 7; i++) writeFileSync(join(out, 'chapters', `ch${i}.tex`), `chapter ${i}`);
		writeFileSync(join(out, 'thesis.pdf'), '%PDF');
		writeFileSync(join(out, 'index.html'), 'my own page');
		mkdirSync(join(out, 'empty'));
		return out;
	}

	test('refuse the folder before anything is touched, naming some of them', async () => {
		const out = userFolder();
		const before = snapshot(out);
		const error = await publish(out, { 'index.html': 'site' }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(OutputError);
		expect((error as Error).message).toBe(
			`The output folder \`${out}\` holds 4 entries and no wikikb manifest (\`.wikikb-build.json\`), so none of them is known to be wikikb's: \`chapters/\`, \`empty/\`, \`index.html\`, \`thesis.pdf\`. A command replaces its output folder, so it stopped before changing anything. Pass another folder with --out, or --force to write into this one and keep these entries (they are never deleted or overwritten). If the folder is a site built by a wikikb older than the manifest, delete it first.`,
		);
		expect(snapshot(out)).toEqual(before);
		expect(sideEntries()).toEqual([]);
	});

	test('more than five are counted', async () => {
		const out = join(root, 'many');
		mkdirSync(out);
		for (let i = 0; i < 8; i++) writeFileSync(join(out, `f${i}`), '');
		await expect(publish(out, {})).rejects.toThrow(/`f4` and 3 more\./u);
	});

	test('with --force are kept, never overwritten, and remembered for later commands', async () => {
		const out = userFolder();
		rmSync(join(out, 'index.html'));
		const mine = snapshot(out);
		await publish(out, { 'index.html': 'site', 'chapters-index/index.html': 'x' }, { force: true });
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('site');
		expect(
			snapshot(out).filter(
				(e) => !e.startsWith('index.html') && !e.startsWith('chapters-index') && !e.startsWith(MANIFEST_NAME),
			),
		).toEqual(mine);
		expect(readManifest(out)?.kept).toEqual(['chapters', 'empty', 'thesis.pdf']);
		expect(notes.join('\n')).toContain('Kept 3 entries wikikb did not write');
		// The next command needs no --force and still keeps them.
		await publish(out, { 'index.html': 'site v2' });
		expect(readFileSync(join(out, 'thesis.pdf'), 'utf8')).toBe('%PDF');
		expect(readdirSync(join(out, 'chapters'))).toHaveLength(7);
		expect(existsSync(join(out, 'chapters-index'))).toBe(false);
	});

	test('with --force, one where the new output has a file stops the command and changes nothing', async () => {
		const out = userFolder();
		const before = snapshot(out);
		await expect(publish(out, { 'index.html': 'site' }, { force: true })).rejects.toThrow(
			/The new output has an entry where `.*` holds one wikikb did not write: `index.html`\. Nothing was changed\./u,
		);
		expect(snapshot(out)).toEqual(before);
		expect(sideEntries()).toEqual([]);
	});
});

describe('folders that can never be the output', () => {
	test.each([
		['the content folder', () => content, /is or holds the content folder/u],
		['a folder inside the content', () => join(content, 'heuristics'), /inside the content folder/u],
		['a folder holding the content', () => root, /is or holds the content folder/u],
		['the root of the file system', () => '/', /root of the file system/u],
	])('%s, even with --force', async (_name, out, why) => {
		const before = snapshot(root);
		await expect(publish(out(), { 'index.html': 'x' }, { force: true })).rejects.toThrow(why);
		expect(snapshot(root)).toEqual(before);
	});

	test('the home folder and what holds it', async () => {
		const home = process.env.HOME;
		process.env.HOME = join(root, 'home', 'me');
		mkdirSync(process.env.HOME, { recursive: true });
		try {
			await expect(publish(join(root, 'home'), {}, { force: true })).rejects.toThrow(/is or holds the home folder/u);
			await expect(publish(join(root, 'home', 'me'), {}, { force: true })).rejects.toThrow(
				/is or holds the home folder/u,
			);
		} finally {
			process.env.HOME = home;
		}
	});

	test('the current folder and what holds it', async () => {
		const cwd = process.cwd();
		mkdirSync(join(root, 'here', 'deeper'), { recursive: true });
		process.chdir(join(root, 'here', 'deeper'));
		try {
			await expect(publish('.', {}, { force: true, contentDir: content })).rejects.toThrow(
				/is or holds the current folder/u,
			);
			await expect(publish('..', {}, { force: true })).rejects.toThrow(/is or holds the current folder/u);
		} finally {
			process.chdir(cwd);
		}
	});

	test('the folder that holds wikikb', async () => {
		await expect(
			publish(join(import.meta.dirname, '..', '..'), {}, { force: true, contentDir: content }),
		).rejects.toThrow(/holds wikikb itself/u);
	});

	test('a file', async () => {
		writeFileSync(join(root, 'file'), 'x');
		await expect(publish(join(root, 'file'), {})).rejects.toThrow(/`.*file` is a file, not a folder/u);
	});

	test('a link to nowhere', async () => {
		symlinkSync(join(root, 'nowhere'), join(root, 'dangling'));
		await expect(publish(join(root, 'dangling'), {})).rejects.toThrow(/symbolic link to a folder that does not exist/u);
	});
});

describe('an output folder given as a symbolic link', () => {
	test('stays a link; the folder it points to is replaced', async () => {
		const real = join(root, 'real-site');
		mkdirSync(real);
		symlinkSync(real, join(root, 'site'));
		const { out } = await publish(join(root, 'site'), { 'index.html': 'v1' });
		expect(out).toBe(real);
		await publish(join(root, 'site'), { 'index.html': 'v2' });
		expect(readFileSync(join(root, 'site', 'index.html'), 'utf8')).toBe('v2');
		expect(
			readdirSync(root)
				.filter((n) => n !== basename(content))
				.sort(),
		).toEqual(['real-site', 'site']);
	});
});

describe('a command that fails', () => {
	test('leaves the previous output byte-identical and no side folder', async () => {
		const out = join(root, 'site');
		await publish(out, { 'index.html': 'v1', 'a/b.html': 'b' });
		const before = snapshot(out);
		await expect(
			publishFolder({ out, command: 'build', contentDir: content, force: false }, async (dir) => {
				writeFileSync(join(dir, 'index.html'), 'half');
				throw new Error('Astro failed');
			}),
		).rejects.toThrow('Astro failed');
		expect(snapshot(out)).toEqual(before);
		expect(sideEntries()).toEqual([]);
	});

	test('that says its output is not ready leaves the previous output too', async () => {
		const out = join(root, 'site');
		await publish(out, { 'index.html': 'v1' });
		const before = snapshot(out);
		const result = await publishFolder(
			{ out, command: 'build', contentDir: content, force: false },
			writes({ 'index.html': 'v2' }),
			() => false,
		);
		expect(result.published).toBe(false);
		expect(snapshot(out)).toEqual(before);
		expect(sideEntries()).toEqual([]);
	});
});

describe('an output folder whose parent cannot be written', () => {
	/** Makes a folder unwritable: immutable for root (who ignores permissions), read-only for anyone else. */
	function lock(dir: string): () => void {
		if (process.getuid?.() === 0) {
			execFileSync('chattr', ['+i', dir]);
			return () => execFileSync('chattr', ['-i', dir]);
		}
		chmodSync(dir, 0o555);
		return () => chmodSync(dir, 0o755);
	}

	test('is refused with a message, the previous output unchanged', async () => {
		const parent = join(root, 'www');
		const out = join(parent, 'kb');
		await publish(out, { 'index.html': 'v1' });
		const before = snapshot(out);
		const unlock = lock(parent);
		try {
			await expect(publish(out, { 'index.html': 'v2' })).rejects.toThrow(
				/The folder beside `.*kb` cannot be written \((EPERM|EACCES)\): the new output is made beside the output folder and then swapped in\. Choose an output folder inside a folder you can write\./u,
			);
		} finally {
			unlock();
		}
		expect(snapshot(out)).toEqual(before);
		expect(readdirSync(parent)).toEqual(['kb']);
	});
});
