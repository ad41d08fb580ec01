import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
const ROOT = '/tmp/wk-u';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.pf_meta': 'application/octet-stream' };
const server = createServer(async (req, res) => {
	let p = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
	let file = join(ROOT, p);
	try { if ((await stat(file)).isDirectory()) file = join(file, 'index.html'); const body = await readFile(file); res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }); res.end(body); }
	catch { res.writeHead(404); res.end('nf'); }
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const pages = ['/', '/heuristic/Learning_Rate_Tuning/', '/lr/', '/graph/', '/search/?q=learning', '/workflow/', process.argv[2] ?? '/'];
for (const path of pages) {
	const page = await browser.newPage();
	const problems = [];
	page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy|Refused/.test(m.text())) problems.push(m.text().slice(0, 200)); });
	page.on('pageerror', (e) => problems.push('pageerror ' + String(e).slice(0, 200)));
	await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error('CSPV ' + e.violatedDirective + ' ' + e.blockedURI)));
	await page.goto(base + path, { waitUntil: 'networkidle', timeout: 30000 }).catch((e) => problems.push('goto ' + e.message));
	await page.waitForTimeout(1500);
	console.log(path, problems.length ? problems : 'OK');
	await page.close();
}
await browser.close(); server.close();
