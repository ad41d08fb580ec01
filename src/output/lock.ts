import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { OutputError } from './errors.ts';
import { sidePath } from './location.ts';

/** Is a process with this id running (on this machine)? */
export function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists but belongs to another user.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Takes the output folder's lock file (beside it), so two builds never swap the same folder at once. A lock left
 * by a process that has ended is taken over.
 * @returns a function that releases the lock
 */
export function lockOutput(out: string): () => void {
	const lock = sidePath(out, 'lock');
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
			return () => {
				try {
					unlinkSync(lock);
				} catch {
					// already gone
				}
			};
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code !== 'EEXIST')
				throw new OutputError(
					`The folder beside \`${out}\` cannot be written (${code ?? (error as Error).message}): the new output is made beside the output folder and then swapped in. Choose an output folder inside a folder you can write.`,
				);
			const holder = Number.parseInt(readFileSafe(lock), 10);
			if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
				throw new OutputError(
					`Another wikikb command (process ${holder}) is writing \`${out}\`. Wait for it to finish, or pass another folder with --out; if no wikikb command is running, delete \`${lock}\`.`,
				);
			}
			try {
				unlinkSync(lock);
			} catch {
				// taken by someone else meanwhile: try again
			}
		}
	}
	throw new OutputError(
		`The lock file \`${lock}\` could not be taken. Remove it if no wikikb command is running, then try again.`,
	);
}

function readFileSafe(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return '';
	}
}
