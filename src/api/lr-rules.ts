/**
 * The library entry for other tools: load the LR rules (from a content folder or an exported
 * `lr-rules.json`), to ask the recommender with. It sits above the pipeline, which it runs for a content folder.
 * @example
 * import { loadLrRules, recommendLr } from 'wikikb';
 * const rules = await loadLrRules('content');
 * const { lr, explanation } = recommendLr({ task: 'sft', params: 7e9, method: 'qlora' }, rules);
 */
import { readFile, stat } from 'node:fs/promises';
import { lrFileSchema } from '../export/browser.ts';
import type { LrRule } from '../lr/index.ts';

/** Options of `loadLrRules`. */
export interface LoadLrRulesOptions {
	/** Parsed-page cache folder for a content folder; `false` disables it (default: as `wikikb build`). */
	readonly cacheDir?: string | false;
}

/**
 * Loads LR rules from a content folder (reads and parses its pages) or from an exported `lr-rules.json`
 * (validated against its schema). Throws an Error that says what to do when neither can be read.
 */
export async function loadLrRules(source: string, options: LoadLrRulesOptions = {}): Promise<readonly LrRule[]> {
	const info = await stat(source).catch((cause: unknown) => {
		throw new Error(`Cannot read \`${source}\`: give a content folder or an exported \`lr-rules.json\` file.`, {
			cause,
		});
	});
	if (info.isDirectory()) {
		// Loaded here only: reading an exported file needs neither the parser nor the renderer.
		const { runPipeline } = await import('../pipeline/index.ts');
		const result = await runPipeline({
			contentDir: source,
			...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {}),
		});
		return result.rules;
	}
	let data: unknown;
	try {
		data = JSON.parse(await readFile(source, 'utf8'));
	} catch (cause) {
		throw new Error(
			`\`${source}\` is not JSON: give a content folder or an \`api/lr-rules.json\` written by \`wikikb export\`.`,
			{ cause },
		);
	}
	const parsed = lrFileSchema.safeParse(data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new Error(
			`\`${source}\` is not an lr-rules.json file: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'it does not match the schema'}. Export it again with \`wikikb export\`.`,
		);
	}
	return parsed.data.rules;
}
