// What the diagram script gives mermaid: a diagram's source without event-handler attributes in its labels' HTML,
// and a sequence diagram's without its actor menus.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { drawnSource, withoutActorMenus, withoutHandlers } from '../../src/site/client/diagram-source.ts';

/** An event-handler attribute left inside something a HTML parser would take for a tag (quoted values skipped). */
const HANDLER_IN_TAG = /<[a-z](?:[^<>"']|"[^"]*"|'[^']*')*?[\s/]on/iu;

describe('withoutHandlers', () => {
	test.each([
		['B["<img src=x onerror=alert(1)>"]', 'B["<img src=x>"]'],
		['Y["<svg onload=alert(1)>"]', 'Y["<svg>"]'],
		[`P["<b class='k' ONMOUSEOVER = "alert(1)" id=z>x</b>"]`, `P["<b class='k' id=z>x</b>"]`],
		['A["<a onclick=\'x\' onfocus=y href=z>t</a>"]', 'A["<a href=z>t</a>"]'],
		['participant A as <img src=x onerror=alert(1)>', 'participant A as <img src=x>'],
		['X["<svg/onload=alert(1)>"]', 'X["<svg>"]'],
		['X["<b title="a > b" onclick=x>t</b>"]', 'X["<b title="a > b">t</b>"]'],
		['X["<svg onload>"]', 'X["<svg>"]'],
	])('drops the handlers of %s', (source, drawn) => {
		expect(withoutHandlers(source)).toBe(drawn);
	});

	test.each([
		'graph TD\n    A[KEEP-w3] --> B\n    B -.-> C',
		'flowchart LR\n    A["line one<br>line two"] --> B["on=1 is text, not a tag"]',
		'classDiagram\n    class Shape\n    <<interface>> Shape\n    Shape <|-- Circle',
		'sequenceDiagram\n    A->>B: online=yes\n    link A: Docs @ https://example.org/',
	])('leaves a diagram without handlers as it is: %s', (source) => {
		expect(withoutHandlers(source)).toBe(source);
	});

	test('leaves no handler in a tag, whatever the pieces, and is done in one call', () => {
		const piece = fc.constantFrom(
			'<svg',
			'<img',
			'<b',
			' on',
			'/on',
			'on',
			'load',
			'error',
			'=',
			'"x"',
			"'y'",
			'"',
			'alert(1)',
			'>',
			' ',
			'A',
			'-->',
			'<br>',
		);
		fc.assert(
			fc.property(
				fc.array(piece, { maxLength: 24 }).map((parts) => parts.join('')),
				(source) => {
					const drawn = withoutHandlers(source);
					expect(drawn).not.toMatch(HANDLER_IN_TAG);
					expect(withoutHandlers(drawn)).toBe(drawn);
				},
			),
			{ numRuns: 3000 },
		);
	});
});

describe('withoutActorMenus', () => {
	test('blanks the menu lines of a sequence diagram, keeping the line count', () => {
		const source =
			'%%{init: {"theme": "dark"}}%%\nsequenceDiagram\n    participant A\n    link A: Evil @ javascript:alert(1)\n    links A: {"Docs": "https://example.org/"}\n    A->>B: hello\n';
		const drawn = withoutActorMenus(source);
		expect(drawn).toBe('%%{init: {"theme": "dark"}}%%\nsequenceDiagram\n    participant A\n\n\n    A->>B: hello\n');
		expect(drawn.split('\n')).toHaveLength(source.split('\n').length);
	});

	test('leaves other diagrams, where `link` is no menu, as they are', () => {
		const source = 'flowchart LR\n    link A: not a menu --> B\n';
		expect(withoutActorMenus(source)).toBe(source);
		expect(drawnSource(source)).toBe(source);
	});
});
