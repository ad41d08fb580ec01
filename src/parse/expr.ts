/**
 * MediaWiki ParserFunctions' `{{#expr:}}` (ExprParser.php): numbers, `e` and `pi`, unary `- + not` and the functions
 * `exp ln abs floor ceil trunc sqrt sin cos tan asin acos atan`, then by falling precedence `^`, `* / div mod fmod`,
 * `+ -`, `round`, comparisons `= != <> < > <= >=` (1 or 0), `and`, `or`; parentheses. The result is formatted as
 * PHP prints a float (14 significant digits). Errors read as MediaWiki's ("Expression error: Division by zero.").
 * @example evaluateExpr('2 * (3 + 4) ^ 2') // { ok: true, text: '98' }
 */
export function evaluateExpr(input: string): { ok: true; text: string } | { ok: false; message: string } {
	const text = input.replace(/&minus;|\u2212/gu, '-').trim();
	if (text === '') return { ok: true, text: '' };
	try {
		const parser = new ExprParser(tokenize(text));
		const value = parser.parse(0);
		if (!parser.done()) throw new ExprError(`Unexpected ${parser.peekKind()}.`);
		return { ok: true, text: formatPhpNumber(value) };
	} catch (error) {
		if (error instanceof ExprError) return { ok: false, message: `Expression error: ${error.message}` };
		throw error;
	}
}

class ExprError extends Error {}

type Token =
	| { kind: 'number'; value: number }
	| { kind: 'word'; value: string }
	| { kind: 'op'; value: string }
	| { kind: 'open' }
	| { kind: 'close' };

const WORDS = new Set([
	'e',
	'pi',
	'not',
	'mod',
	'fmod',
	'div',
	'round',
	'and',
	'or',
	'exp',
	'ln',
	'abs',
	'floor',
	'ceil',
	'trunc',
	'sqrt',
	'sin',
	'cos',
	'tan',
	'asin',
	'acos',
	'atan',
]);

function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	const re = /\s*(?:(\d+(?:\.\d*)?|\.\d+)|([a-z]+)|(<>|!=|<=|>=|[-+*/^=<>])|(\()|(\)))/giy;
	let at = 0;
	while (at < text.length) {
		re.lastIndex = at;
		const m = re.exec(text);
		if (!m) {
			if (/^\s*$/u.test(text.slice(at))) break;
			throw new ExprError(`Unrecognized punctuation character "${text.slice(at).trim()[0]}".`);
		}
		at = re.lastIndex;
		if (m[1] !== undefined) tokens.push({ kind: 'number', value: Number(m[1]) });
		else if (m[2] !== undefined) {
			const word = m[2].toLowerCase();
			if (!WORDS.has(word)) throw new ExprError(`Unrecognized word "${word}".`);
			tokens.push({ kind: 'word', value: word });
		} else if (m[3] !== undefined) tokens.push({ kind: 'op', value: m[3] });
		else if (m[4] !== undefined) tokens.push({ kind: 'open' });
		else tokens.push({ kind: 'close' });
	}
	return tokens;
}

/** Binary operators and their precedence (ExprParser.php: higher binds tighter). */
const BINARY: Record<string, number> = {
	e: 10,
	'^': 8,
	'*': 7,
	'/': 7,
	div: 7,
	mod: 7,
	fmod: 7,
	'+': 6,
	'-': 6,
	round: 5,
	'=': 4,
	'<': 4,
	'>': 4,
	'<=': 4,
	'>=': 4,
	'<>': 4,
	'!=': 4,
	and: 3,
	or: 2,
};
const UNARY_FUNCTIONS: Record<string, (x: number) => number> = {
	exp: Math.exp,
	ln: (x) => {
		if (x <= 0) throw new ExprError('Invalid argument for ln: <= 0.');
		return Math.log(x);
	},
	abs: Math.abs,
	floor: Math.floor,
	ceil: Math.ceil,
	trunc: Math.trunc,
	sqrt: (x) => {
		if (x < 0) throw new ExprError('Invalid argument for sqrt: < 0.');
		return Math.sqrt(x);
	},
	sin: Math.sin,
	cos: Math.cos,
	tan: Math.tan,
	asin: (x) => {
		if (x < -1 || x > 1) throw new ExprError('Invalid argument for asin: < -1 or > 1.');
		return Math.asin(x);
	},
	acos: (x) => {
		if (x < -1 || x > 1) throw new ExprError('Invalid argument for acos: < -1 or > 1.');
		return Math.acos(x);
	},
	atan: Math.atan,
	not: (x) => (x === 0 ? 1 : 0),
};

class ExprParser {
	private at = 0;

	constructor(private readonly tokens: readonly Token[]) {}

	done(): boolean {
		return this.at >= this.tokens.length;
	}

	peekKind(): string {
		const t = this.tokens[this.at];
		return t?.kind === 'close' ? 'closing bracket' : t?.kind === 'number' ? 'number' : 'operator';
	}

	/** Precedence climbing: a unary term, then binary operators binding tighter than `min`. */
	parse(min: number): number {
		let left = this.unary();
		for (;;) {
			const t = this.tokens[this.at];
			const op = t?.kind === 'op' || t?.kind === 'word' ? t.value : undefined;
			const prec = op === undefined ? undefined : BINARY[op];
			if (prec === undefined || prec <= min) {
				if (t && t.kind !== 'close' && prec === undefined)
					throw new ExprError(
						t.kind === 'number'
							? 'Unexpected number.'
							: `Unexpected ${t.kind === 'open' ? 'opening bracket' : 'operator'}.`,
					);
				return left;
			}
			this.at++;
			// `^` is right-associative
			const right = this.parse(op === '^' ? prec - 1 : prec);
			left = binary(op!, left, right);
		}
	}

	private unary(): number {
		const t = this.tokens[this.at++];
		if (!t) throw new ExprError('Missing operand.');
		if (t.kind === 'number') return t.value;
		if (t.kind === 'open') {
			const value = this.parse(0);
			if (this.tokens[this.at++]?.kind !== 'close') throw new ExprError('Unclosed bracket.');
			return value;
		}
		if (t.kind === 'close') throw new ExprError('Unexpected closing bracket.');
		if (t.value === 'e') return Math.E;
		if (t.value === 'pi') return Math.PI;
		if (t.value === '-') return -this.parse(9);
		if (t.value === '+') return this.parse(9);
		const fn = UNARY_FUNCTIONS[t.value];
		if (fn) return fn(this.parse(9));
		throw new ExprError(`Unexpected ${t.value} operator.`);
	}
}

function binary(op: string, a: number, b: number): number {
	switch (op) {
		case 'e':
			return a * 10 ** b;
		case '^':
			return a ** b;
		case '*':
			return a * b;
		case '/':
		case 'div':
			if (b === 0) throw new ExprError('Division by zero.');
			return a / b;
		case 'mod': {
			// PHP `%` works on integers
			const d = Math.trunc(b);
			if (d === 0) throw new ExprError('Division by zero.');
			return Math.trunc(a) % d;
		}
		case 'fmod':
			if (b === 0) throw new ExprError('Division by zero.');
			return a % b;
		case '+':
			return a + b;
		case '-':
			return a - b;
		case 'round': {
			const f = 10 ** Math.trunc(b);
			return (Math.round(Math.abs(a) * f) / f) * Math.sign(a);
		}
		case '=':
			return a === b ? 1 : 0;
		case '<>':
		case '!=':
			return a !== b ? 1 : 0;
		case '<':
			return a < b ? 1 : 0;
		case '>':
			return a > b ? 1 : 0;
		case '<=':
			return a <= b ? 1 : 0;
		case '>=':
			return a >= b ? 1 : 0;
		case 'and':
			return a !== 0 && b !== 0 ? 1 : 0;
		default:
			return a !== 0 || b !== 0 ? 1 : 0;
	}
}

/**
 * A float as PHP's string cast prints it (precision 14): `98`, `0.33333333333333`, `1.0E+20`, `-INF`, `NAN`.
 * @example formatPhpNumber(1 / 3) // '0.33333333333333'
 */
export function formatPhpNumber(value: number): string {
	if (Number.isNaN(value)) return 'NAN';
	if (!Number.isFinite(value)) return value > 0 ? 'INF' : '-INF';
	if (value === 0) return '0';
	const exponent = Math.floor(Math.log10(Math.abs(value)));
	if (exponent < -5 || exponent >= 15) {
		const [mantissa, exp] = value.toExponential(13).split('e') as [string, string];
		const trimmed = mantissa.replace(/(\.\d*?)0+$/u, '$1').replace(/\.$/u, '.0');
		return `${trimmed}E${exp.startsWith('-') ? '-' : '+'}${exp.replace(/^[+-]/u, '')}`;
	}
	const fixed = Number(value.toPrecision(14));
	return String(fixed).includes('e') ? fixed.toFixed(Math.max(0, 13 - exponent)).replace(/\.?0+$/u, '') : String(fixed);
}
