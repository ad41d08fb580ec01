// What the next command does with what a killed one left beside the output folder. The crash states are made by
// hand with the id of a process that has ended, one per moment a kill can fall on.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { publishFolder } from '../../src/output/index.ts';
import { sidePath } from '../../src/output/location.ts';
import { deadPid, snapshot } from './helpers.ts';

let root: string;
let out: string;
let notes: string[];
let pid: number;

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'wikikb-recover-'));
	out = join(root, 'site');
	notes = [];
	pid = deadPid();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(dir: string, files: Readonly<Record<string, string>>): void {
	for (const [rel, text] of Object.entries(files)) {
		mkdirSync(join(dir, rel, '..'), { recursive: true });
		writeFileSync(join(dir, rel), text);
	}
}

/** An output folder as a command leaves it: its files, its manifest, and the user's entries it keeps. */
function output(
	dir: string,
	files: Readonly<Record<string, string>>,
	user: Readonly<Record<string, string>> = {},
): void {
	write(dir, { ...files, ...user });
	manifest(
		dir,
		files,
		Object.keys(user).filter((f) => !f.startsWith('.git/')),
	);
}

/** Writes a folder's manifest (before the user's entries are carried in, the new output already lists them as kept). */
function manifest(dir: string, files: Readonly<Record<string, string>>, kept: readonly string[]): void {
	writeFileSync(
		join(dir, '.wikikb-build.json'),
		JSON.stringify({ format: 1, generator: 'wikikb test', command: 'build', files: Object.keys(files).sort(), kept }),
	);
}

/** Moves the user's entries from one folder into another, as the swap does before its renames. */
function carry(from: string, to: string, entries: readonly string[]): void {
	for (const rel of entries) renameSync(join(from, rel), join(to, rel));
}

/** The next command, up to the point where it would make its own output (it then declines to publish). */
async function nextCommand(): Promise<void> {
	await publishFolder(
		{ out, command: 'build', force: false, note: (t) => notes.push(t) },
		async () => undefined,
		() => false,
	);
}

const PREVIOUS = { 'index.html': 'previous', 'heuristic/A/index.html': 'a' };
const USER = { '.git/HEAD': 'ref: refs/heads/gh-pages', CNAME: 'kb.example.org' };
const NEW = { 'index.html': 'new', 'heuristic/B/index.html': 'b' };

function sideEntries(): string[] {
	return readdirSync(root).filter((n) => n.includes('.wikikb-'));
}

describe('a build killed', () => {
	test('while it made its output: the unfinished output is removed', async () => {
		output(out, PREVIOUS, USER);
		const previous = snapshot(out);
		write(sidePath(out, 'tmp', pid), { 'index.html': 'half', '_astro/x.js': '' });
		await nextCommand();
		expect(snapshot(out)).toEqual(previous);
		expect(sideEntries()).toEqual([]);
	});

	test('while it carried the user entries into its output: they are moved back', async () => {
		output(out, PREVIOUS, USER);
		const previous = snapshot(out);
		const tmp = sidePath(out, 'tmp', pid);
		output(tmp, NEW);
		manifest(tmp, NEW, ['CNAME']);
		carry(out, tmp, ['.git']); // killed before CNAME was moved
		await nextCommand();
		expect(snapshot(out)).toEqual(previous);
		expect(sideEntries()).toEqual([]);
	});

	test('between the two renames of the swap: the previous output is put back whole', async () => {
		output(out, PREVIOUS, USER);
		const previous = snapshot(out);
		const tmp = sidePath(out, 'tmp', pid);
		output(tmp, NEW);
		manifest(tmp, NEW, ['CNAME']);
		carry(out, tmp, ['.git', 'CNAME']);
		renameSync(out, sidePath(out, 'old', pid));
		expect(existsSync(out)).toBe(false);
		await nextCommand();
		expect(snapshot(out)).toEqual(previous);
		expect(sideEntries()).toEqual([]);
		expect(notes.join('\n')).toMatch(/Put back the previous output/u);
	});

	test('after the swap, while it deleted the previous output: the rest of it is deleted, the new output stays', async () => {
		output(out, NEW, USER);
		const current = snapshot(out);
		const old = sidePath(out, 'old', pid);
		output(old, PREVIOUS);
		rmSync(join(old, 'index.html'));
		await nextCommand();
		expect(snapshot(out)).toEqual(current);
		expect(sideEntries()).toEqual([]);
	});
});

describe('what recovery leaves alone', () => {
	test('the side folders of a running build', async () => {
		output(out, PREVIOUS);
		const running = sidePath(out, 'tmp', process.ppid);
		write(running, { 'index.html': 'in progress' });
		await nextCommand();
		expect(existsSync(join(running, 'index.html'))).toBe(true);
	});

	test('entries in a left-over folder that no manifest lists are kept and reported', async () => {
		output(out, NEW);
		const old = sidePath(out, 'old', pid);
		output(old, PREVIOUS);
		write(old, { 'unknown.txt': 'who wrote this?' });
		await nextCommand();
		expect(existsSync(join(old, 'unknown.txt'))).toBe(true);
		expect(existsSync(join(old, 'index.html'))).toBe(false);
		expect(notes.join('\n')).toMatch(
			/Left `.*` \(from a killed build, process \d+\): it holds 1 file no manifest lists, such as `unknown.txt`\. Look at it, then/u,
		);
	});
});

describe('the lock beside the output folder', () => {
	test('held by a running process refuses the command', async () => {
		output(out, PREVIOUS);
		writeFileSync(sidePath(out, 'lock'), `${process.ppid}\n`);
		await expect(nextCommand()).rejects.toThrow(
			new RegExp(`Another wikikb command \\(process ${process.ppid}\\) is writing`, 'u'),
		);
	});

	test('left by a process that ended is taken over and released', async () => {
		output(out, PREVIOUS);
		writeFileSync(sidePath(out, 'lock'), `${pid}\n`);
		await nextCommand();
		expect(sideEntries()).toEqual([]);
	});
});
