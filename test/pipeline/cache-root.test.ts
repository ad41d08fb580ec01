import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test, vi } from 'vitest';
import { cacheRoot, pageCacheDir } from '../../src/pipeline/cache-root.ts';

const dir = mkdtempSync(join(tmpdir(), 'wikikb-cache-root-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a folder named by WIKIKB_CACHE_DIR is the cache folder, relative to the working directory', () => {
	expect(cacheRoot('/home/me/kb', { WIKIKB_CACHE_DIR: '.cache/kb' })).toBe('/home/me/kb/.cache/kb');
	expect(cacheRoot('/home/me/kb', { WIKIKB_CACHE_DIR: '/var/cache/wikikb' })).toBe('/var/cache/wikikb');
	expect(pageCacheDir('/home/me/kb', { WIKIKB_CACHE_DIR: '/var/cache/wikikb' })).toBe('/var/cache/wikikb/pages');
});

test('the project of the working directory, or of a folder above it, holds the cache in its node_modules', () => {
	const project = join(dir, 'project');
	mkdirSync(join(project, 'node_modules'), { recursive: true });
	mkdirSync(join(project, 'docs', 'kb'), { recursive: true });
	expect(cacheRoot(project, {})).toBe(join(project, 'node_modules', '.cache', 'wikikb'));
	expect(cacheRoot(join(project, 'docs', 'kb'), {})).toBe(join(project, 'node_modules', '.cache', 'wikikb'));
});

test('without a project, the system cache folder holds it', () => {
	vi.stubEnv('XDG_CACHE_HOME', join(dir, 'xdg'));
	try {
		const alone = join(dir, 'alone');
		mkdirSync(alone);
		expect(cacheRoot(alone, {})).toEqual(
			process.platform === 'linux' ? join(dir, 'xdg', 'wikikb') : expect.stringContaining('wikikb'),
		);
	} finally {
		vi.unstubAllEnvs();
	}
});

test("WIKIKB_CACHE_DIR=off turns the page cache off; the cache folder (Astro's project folders) stays where it would be", () => {
	const project = join(dir, 'project');
	mkdirSync(join(project, 'node_modules'), { recursive: true });
	expect(pageCacheDir(project, { WIKIKB_CACHE_DIR: 'off' })).toBe(false);
	expect(pageCacheDir(project, { WIKIKB_CACHE_DIR: '0' })).toBe(false);
	expect(cacheRoot(project, { WIKIKB_CACHE_DIR: 'off' })).toBe(join(project, 'node_modules', '.cache', 'wikikb'));
});
