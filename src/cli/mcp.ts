import { stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { UsageError, type Command } from './command.ts';
import { CONFIG_FILE } from './config.ts';

/** wikikb's version, as the MCP server reports it. */
function packageVersion(): string {
	try {
		return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
			.version;
	} catch {
		return '0.0.0';
	}
}

export const mcpCommand: Command = {
	help: `Usage: wikikb mcp [--content DIR | --export DIR]

Runs a Model Context Protocol server on stdin/stdout for an MCP client (Claude Desktop, VS Code, an agent).
Tools: search (ranked pages for a question, filters by type, domain and property), get_page (a page in full:
Markdown, facts, connected pages, LR rules), recommend_lr (learning rate for a task, size and method), check
(diagnostics of a page). Every page is also a resource, wikikb://page/<id>.

With --export the server reads a JSON export (the --out folder of \`wikikb export\` or \`wikikb build\`) and
starts at once; with --content it reads the pages (through the cache, like \`wikikb export\`). It never writes
to the content. Only protocol messages go to stdout; problems go to stderr.

Options:
  --content DIR  content folder to read (default: content)
  --export DIR   a JSON export to read instead of the content
  --config FILE  settings file for --content: the content folder and custom namespaces (default:
                 ${CONFIG_FILE} in the current folder, if there is one)
  -h, --help     show this help

Register it with a client, e.g. in its JSON settings:
  { "mcpServers": { "wikikb": { "command": "npx", "args": ["wikikb", "mcp", "--content", "/path/to/content"] } } }
`,
	options: { content: { type: 'string' }, export: { type: 'string' } },
	config: ['content'],
	async run(values, io, settings) {
		const exported = typeof values.export === 'string' ? values.export : undefined;
		const given = typeof values.content === 'string' ? values.content : undefined;
		// The config file's content folder is a default: with --export it is not used (only a --content given is a clash).
		const content = exported !== undefined && given === settings.content ? undefined : given;
		if (content !== undefined && exported !== undefined)
			throw new UsageError('`wikikb mcp` reads one knowledge base: pass --content DIR or --export DIR, not both.');
		const folder = exported ?? content ?? 'content';
		const isDir = await stat(folder).then(
			(s) => s.isDirectory(),
			() => false,
		);
		if (!isDir)
			throw new UsageError(
				`\`${folder}\` is not a folder. Pass ${exported !== undefined ? 'the --out folder of `wikikb export` with --export' : 'a content folder with --content'}.`,
			);
		// Libraries must not write to stdout, which carries the protocol: their console output goes to stderr.
		for (const method of ['log', 'info', 'debug'] as const)
			console[method] = (...args: unknown[]) => io.err(`${args.map(String).join(' ')}\n`);
		const { serveMcp } = await import('../mcp/index.ts');
		const { closed } = await serveMcp(
			exported !== undefined ? { export: exported } : { content: folder, namespaces: settings.namespaces ?? [] },
			{ name: 'wikikb', version: packageVersion() },
			(error) => io.err(`${error.message}\n`),
		);
		await closed;
		return 0;
	},
};
