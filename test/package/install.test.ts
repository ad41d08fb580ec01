// A clean install on the declared engines: `npm ci` prints no EBADENGINE warning on any Node the package declares,
// and every dependency that ships an install script has been reviewed in `allowScripts` (npm 11 warns otherwise).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.ts';

interface LockEntry {
	readonly version?: string;
	readonly engines?: { readonly node?: string };
	readonly hasInstallScript?: boolean;
	readonly dev?: boolean;
}

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
	engines: { node: string };
	allowScripts?: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as {
	packages: Record<string, LockEntry>;
};
/** Every installed package of the lockfile, by name (`node_modules/a/node_modules/b` is `b`). */
const installed = Object.entries(lock.packages)
	.filter(([path]) => path !== '')
	.map(([path, entry]) => ({ name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length), entry }));

describe('package.json against the lockfile', () => {
	test('the declared Node range is one every installed package supports (no EBADENGINE on any declared Node)', () => {
		const declared = manifest.engines.node;
		expect(semver.validRange(declared)).not.toBeNull();
		const unsupported = installed
			.filter(({ entry }) => entry.engines?.node !== undefined && !semver.subset(declared, entry.engines.node))
			.map(({ name, entry }) => `${name}@${entry.version} needs ${entry.engines!.node}`);
		expect(unsupported, `declared ${declared}`).toEqual([]);
	});

	test('the declared Node range is as wide as the production dependencies allow: its floor is one of theirs', () => {
		const floors = installed
			.filter(({ entry }) => !entry.dev && entry.engines?.node)
			.map(({ entry }) => semver.minVersion(entry.engines!.node!)!.version);
		expect(floors).toContain(semver.minVersion(manifest.engines.node)!.version);
	});

	test('every package with an install script is allowed or denied in allowScripts, by name', () => {
		const policy = manifest.allowScripts ?? {};
		const unreviewed = installed
			.filter(({ name, entry }) => entry.hasInstallScript && typeof policy[name] !== 'boolean')
			.map(({ name, entry }) => `${name}@${entry.version}`);
		expect(unreviewed).toEqual([]);
		// and no entry is left over from a package that is gone
		const withScripts = new Set(installed.filter(({ entry }) => entry.hasInstallScript).map(({ name }) => name));
		expect(Object.keys(policy).filter((name) => !withScripts.has(name))).toEqual([]);
	});
});
