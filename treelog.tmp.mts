import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
const [cmd, ...args] = process.argv.slice(2);
const t0 = performance.now();
const child = spawn(cmd!, args, { stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
const rss = (pid: number) => { try { return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0); } catch { return 0; } };
const name = (pid: number) => { try { return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').slice(0, 3).join(' ').slice(-60); } catch { return '?'; } };
const kids = (pid: number): number[] => { try { return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number); } catch { return []; } };
const all = (pid: number): number[] => [pid, ...kids(pid).flatMap(all)];
let peak = 0; let at = '';
const timer = setInterval(() => {
  const ps = all(child.pid!); const parts = ps.map((p) => [p, rss(p)] as const); const sum = parts.reduce((a, [, r]) => a + r, 0);
  if (sum > peak) { peak = sum; at = `${((performance.now()-t0)/1000).toFixed(1)}s: ` + parts.filter(([, r]) => r > 50000).map(([p, r]) => `${name(p)}=${(r/1024).toFixed(0)}MB`).join('; '); }
}, 200);
child.on('exit', () => { clearInterval(timer); console.log(`peak ${(peak/1024).toFixed(0)} MB at ${at}`); });
