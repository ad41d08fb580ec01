// The package's JavaScript entry: Node 20 cannot import TypeScript itself, so load src/index.ts through tsx.
// TypeScript users get the types from src/index.ts (package.json "types" condition).
import { tsImport } from 'tsx/esm/api';

const api = await tsImport('./index.ts', import.meta.url);

export const {
	loadContent,
	ContentError,
	parseTitle,
	parsePage,
	buildGraph,
	backlinks,
	urlFor,
	extractLrRules,
	recommendLr,
	parseLrQuery,
	LR_TASKS,
	LR_METHODS,
	formatLr,
	formatRange,
	loadLrRules,
	renderPage,
	runPipeline,
	writeExport,
	formatDiagnostic,
	formatText,
	formatJson,
} = api;
