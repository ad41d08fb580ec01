import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { NamespaceSettings } from '../../src/load/index.ts';

/** The custom namespaces of the folder `writeCustomNamespaceKb` makes (as `wikikb.config.json` declares them). */
export const CUSTOM_NAMESPACES: NamespaceSettings = [{ name: 'Tool', folder: 'tools' }];

/**
 * Writes a small content folder into `dir` that goes beyond the five page types: a page of a custom namespace
 * (`Tool:Vllm`, folder `tools/`), a main-namespace redirect to it (`Fast Serving`), and a heuristic that links to
 * both. Returns the content folder.
 */
export async function writeCustomNamespaceKb(dir: string): Promise<string> {
	const content = join(dir, 'kb');
	await mkdir(join(content, 'tools'), { recursive: true });
	await mkdir(join(content, 'heuristics'), { recursive: true });
	await writeFile(
		join(content, 'tools', 'Vllm.wiki'),
		'== Overview ==\nA serving engine for large language models, with paged attention.\n',
	);
	await writeFile(join(content, 'Fast_Serving.wiki'), '#REDIRECT [[Tool:Vllm]]\n');
	await writeFile(
		join(content, 'heuristics', 'Serve.wiki'),
		'== Overview ==\nServe the model with [[uses::Tool:Vllm]]; see also [[Fast Serving]].\n',
	);
	return content;
}
