import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Runs the slow test files first, in the order of the list it is given, then the rest in vitest's own order.
 * Started last, the longest file (the kapso site, about two minutes) would leave the other core idle at the end
 * of the run; and two site builds in a row would wait for each other (one build at a time).
 */
export function slowFirst(slow: readonly string[]) {
	return class SlowFirstSequencer extends BaseSequencer {
		override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
			const rank = (file: TestSpecification) => {
				const at = slow.indexOf(relative(file.project.config.root, file.moduleId).split('\\').join('/'));
				return at === -1 ? slow.length : at;
			};
			// Array sort is stable: the files that are not in the list keep vitest's order.
			return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
		}
	};
}
