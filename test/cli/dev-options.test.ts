// `wikikb dev` refuses a port it cannot listen on before it starts anything.
import { expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';

test.each(['abc', '0', '70000', '80.5'])('--port %s is refused with exit code 2 and a message', async (port) => {
	let err = '';
	const code = await main(['dev', '--port', port], { out: () => undefined, err: (t) => void (err += t), isTTY: false });
	expect(code).toBe(2);
	expect(err).toContain(`The port \`${port}\` is not a number from 1 to 65535.`);
});

test('--help names --port and --host', async () => {
	let out = '';
	await main(['dev', '--help'], { out: (t) => void (out += t), err: () => undefined, isTTY: false });
	expect(out).toMatch(/--port N/u);
	expect(out).toMatch(/--host {9}listen on every network address/u);
});
