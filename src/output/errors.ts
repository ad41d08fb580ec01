/**
 * Thrown when an output folder cannot be used or replaced: it is the wrong folder, holds files wikikb did not
 * write, or cannot be written. Nothing in the output folder was changed. The CLI prints the message, exit code 2.
 */
export class OutputError extends Error {
	override name = 'OutputError';
}
