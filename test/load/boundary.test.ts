// The content folder is a boundary: links that lead outside it, link loops and special files are reported and
// never read; a link inside it is followed, each real file read once. The fixtures are made at run time: a
// checkout cannot hold FIFOs or sockets, and links to absolute paths would point elsewhere on another machine.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent, type LoadResult } from '../../src/load/index.ts';

let root: string;
let content: string;
let secret: string;
let socket: Server;
let loaded: LoadResult;

const PAGE = (text: string) => `== Overview ==\n${text}\n`;

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'wikikb-boundary-'));
	content = join(root, 'kb');
	secret = join(root, 'secret');
	mkdirSync(join(secret, 'folder'), { recursive: true });
	writeFileSync(join(secret, 'id_rsa.wiki'), 'PRIVATE KEY');
	writeFileSync(join(secret, 'folder', 'Leaked.wiki'), 'SECRET FOLDER');
	for (const folder of ['heuristics', 'workflows', 'principles', 'snippets', '_drafts', '..notes'])
		mkdirSync(join(content, folder), { recursive: true });
	writeFileSync(join(content, '..notes', 'Dotted.wiki'), PAGE('DOTTED PAGE'));
	writeFileSync(join(content, 'heuristics', 'Real.wiki'), PAGE('REAL PAGE'));
	writeFileSync(join(content, 'snippets', 'Shared.wiki'), PAGE('SHARED PAGE'));
	writeFileSync(join(content, '_drafts', 'Draft.wiki'), PAGE('DRAFT PAGE'));
	// Outside the content folder: a file, a folder, a relative link that climbs out.
	symlinkSync(join(secret, 'id_rsa.wiki'), join(content, 'heuristics', 'Leak.wiki'));
	symlinkSync(join(secret, 'folder'), join(content, 'heuristics', 'outside'));
	symlinkSync('../../secret/id_rsa.wiki', join(content, 'workflows', 'Climb.wiki'));
	symlinkSync('/dev/zero', join(content, 'workflows', 'Zero.wiki'));
	// Loops: a link to itself, two links to each other, a folder link to its own parent.
	symlinkSync('Self.wiki', join(content, 'heuristics', 'Self.wiki'));
	symlinkSync('Pong.wiki', join(content, 'heuristics', 'Ping.wiki'));
	symlinkSync('Ping.wiki', join(content, 'heuristics', 'Pong.wiki'));
	symlinkSync('..', join(content, 'heuristics', 'up'));
	symlinkSync('../workflows', join(content, 'principles', 'again'));
	// Inside: a second name for a page, a page from a folder that is not a type folder, a draft, a dangling link.
	symlinkSync('Real.wiki', join(content, 'heuristics', 'Alias.wiki'));
	symlinkSync('../snippets/Shared.wiki', join(content, 'principles', 'Shared_Principle.wiki'));
	symlinkSync('../snippets/Shared.wiki', join(content, 'workflows', 'Shared_Workflow.wiki'));
	symlinkSync('../_drafts/Draft.wiki', join(content, 'workflows', 'Published_Draft.wiki'));
	symlinkSync('Nowhere.wiki', join(content, 'heuristics', 'Dangling.wiki'));
	symlinkSync('../..notes/Dotted.wiki', join(content, 'heuristics', 'Dotted.wiki'));
	// Special files with page names, and one without.
	execFileSync('mkfifo', [join(content, 'heuristics', 'Pipe.wiki')]);
	execFileSync('mkfifo', [join(content, 'heuristics', 'not-a-page')]);
	socket = createServer();
	await new Promise<void>((r) => socket.listen(join(content, 'principles', 'Socket.md'), r));
	loaded = await loadContent(content);
});

afterAll(async () => {
	await new Promise((r) => socket.close(r));
	rmSync(root, { recursive: true, force: true });
});

const rules = (file: string) => loaded.diagnostics.filter((d) => d.file === `${content}/${file}`).map((d) => d.rule);

describe('links that lead outside the content folder', () => {
	test('are not read: no text from outside reaches any page', () => {
		const text = loaded.files.map((f) => f.text).join('\n');
		expect(text).not.toContain('PRIVATE KEY');
		expect(text).not.toContain('SECRET FOLDER');
		expect(loaded.files.map((f) => f.relPath)).not.toContain('heuristics/Leak.wiki');
	});

	test.each(['heuristics/Leak.wiki', 'heuristics/outside', 'workflows/Climb.wiki', 'workflows/Zero.wiki'])(
		'%s is reported with where it points',
		(file) => {
			const found = loaded.diagnostics.find((d) => d.file === `${content}/${file}`);
			expect(found).toMatchObject({ rule: 'link-outside-content', severity: 'warning' });
			expect(found?.message).toMatch(/is a symbolic link to `\/.+`, outside the content folder, so it is not read/u);
		},
	);
});

describe('link loops', () => {
	test.each(['heuristics/Self.wiki', 'heuristics/Ping.wiki', 'heuristics/Pong.wiki', 'heuristics/up'])(
		'%s is reported and not followed',
		(file) => {
			expect(rules(file)).toEqual(['link-loop']);
		},
	);

	test('a folder linked twice is read once', () => {
		expect(rules('principles/again')).toEqual(['duplicate-link']);
		expect(loaded.files.filter((f) => f.text.includes('SHARED PAGE')).length).toBeGreaterThan(0);
	});
});

describe('special files', () => {
	test('a FIFO and a socket with page names are reported and never opened', () => {
		expect(rules('heuristics/Pipe.wiki')).toEqual(['special-file']);
		expect(rules('principles/Socket.md')).toEqual(['special-file']);
		expect(loaded.diagnostics.find((d) => d.file.endsWith('Pipe.wiki'))?.message).toContain('named pipe');
	});

	test('one without a page name is passed over like any other file', () => {
		expect(rules('heuristics/not-a-page')).toEqual([]);
	});
});

describe('links inside the content folder', () => {
	test('a page is read at its own path; a second name for it is reported, not read again', () => {
		expect(loaded.files.filter((f) => f.text.includes('REAL PAGE')).map((f) => f.relPath)).toEqual([
			'heuristics/Real.wiki',
		]);
		expect(rules('heuristics/Alias.wiki')).toEqual(['duplicate-link']);
	});

	test('a file in any folder is read at its own path (a main-namespace subpage), and links to it are second names', () => {
		expect(loaded.files.filter((f) => f.text.includes('SHARED PAGE')).map((f) => f.id)).toEqual(['Snippets/Shared']);
		expect(rules('principles/Shared_Principle.wiki')).toEqual(['duplicate-link']);
		expect(rules('workflows/Shared_Workflow.wiki')).toEqual(['duplicate-link']);
	});

	test('a link into a skipped folder is followed (the link itself is a page name)', () => {
		expect(loaded.files.find((f) => f.relPath === 'workflows/Published_Draft.wiki')?.text).toContain('DRAFT PAGE');
	});

	test('a folder whose name starts with `..` is inside the content folder', () => {
		expect(loaded.files.find((f) => f.relPath === 'heuristics/Dotted.wiki')?.text).toContain('DOTTED PAGE');
	});

	test('a link to nothing is an unreadable file', () => {
		expect(rules('heuristics/Dangling.wiki')).toEqual(['unreadable-file']);
	});
});

test('the same folder gives the same result', async () => {
	expect(await loadContent(content)).toEqual(loaded);
});
