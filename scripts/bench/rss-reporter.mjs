// Preloaded with `node --import` by the bench: writes the process's peak resident memory (KiB) on exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
	if (process.env.WIKIKB_RSS_OUT) writeFileSync(process.env.WIKIKB_RSS_OUT, String(process.resourceUsage().maxRSS));
});
