/** Helpers of the output-folder tests: folder snapshots and processes that have ended. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every entry under a folder with what identifies it (a file's sha256, a link's target), sorted: two equal
 * snapshots mean the folder is byte-identical. `.git` is walked like the rest.
 */
export function snapshot(dir: string): string[] {
	const out: string[] = [];
	const walk = (rel: string) => {
		for (const name of readdirSync(join(dir, rel)).sort()) {
			const child = rel ? `${rel}/${name}` : name;
			const stat = lstatSync(join(dir, child));
			if (stat.isDirectory()) {
				out.push(`${child}/`);
				walk(child);
			} else if (stat.isSymbolicLink()) out.push(`${child} -> ${readlinkSync(join(dir, child))}`);
			else
				out.push(
					`${child} ${createHash('sha256')
						.update(readFileSync(join(dir, child)))
						.digest('hex')}`,
				);
		}
	};
	walk('');
	return out;
}

/** The id of a process that has ended (a short `true`), for side folders left by "killed" builds. */
export function deadPid(): number {
	const child = spawnSync('true');
	return child.pid!;
}
