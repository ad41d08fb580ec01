import { fail, ok, type Outcome } from './outcome.ts';

const TRUE_WORDS = ['true', 't', 'yes', 'y', '1'];
const FALSE_WORDS = ['false', 'f', 'no', 'n', '0'];

/**
 * A Boolean value (`_boo`): `true t yes y 1` or `false f no n 0`, any case.
 * @example parseBoolean('Yes') // { ok: true, value: { boolean: true } }
 */
export function parseBoolean(text: string): Outcome<{ boolean: boolean }> {
	const word = text.toLowerCase();
	if (TRUE_WORDS.includes(word)) return ok({ boolean: true });
	if (FALSE_WORDS.includes(word)) return ok({ boolean: false });
	return fail('smw_noboolean', `"${text}" is not recognized as a Boolean (true/false) value.`);
}

/**
 * A Text, Code or Keyword value (`_txt`, `_cod`, `_keyw`): any text but the empty one; a Keyword has at most 150
 * characters (SMW's limit for ASCII).
 */
export function parseText(text: string, keyword = false): Outcome<{ text: string }> {
	if (text === '') return fail('smw_emptystring', 'Empty strings are not accepted.');
	if (keyword && text.length > 150)
		return fail('smw-datavalue-keyword-maximum-length', `The keyword exceeded the maximum length of 150 characters.`);
	return ok({ text });
}

/**
 * An External identifier (`_eid`): text, linked through the property's `External formatter URI` (`$1` is the value).
 * @example parseExternalId('00564222', 'https://id.ndl.go.jp/auth/ndlna/$1') // uri 'https://id.ndl.go.jp/auth/ndlna/00564222'
 */
export function parseExternalId(text: string, formatter: string | undefined): Outcome<{ text: string; uri: string }> {
	if (text === '') return fail('smw_emptystring', 'Empty strings are not accepted.');
	if (!formatter)
		return fail(
			'smw-datavalue-external-identifier-formatter-missing',
			'The property is missing an external formatter URI assignment.',
		);
	return ok({ text, uri: formatter.replace(/\$1/gu, text) });
}

const SCHEMES = [
	'http',
	'https',
	'mailto',
	'tel',
	'ftp',
	'sftp',
	'news',
	'file',
	'urn',
	'telnet',
	'ldap',
	'gopher',
	'ssh',
	'git',
	'irc',
	'ircs',
];

/**
 * A URL or Annotation URI (`_uri`, `_anu`), normalized as Semantic MediaWiki does: `http://` added when there is no
 * scheme, the scheme must be a known one, spaces and `%20` become `_`, other characters outside URI syntax are
 * percent-encoded.
 * @example parseUrl('example.org/Foo bar') // { uri: 'http://example.org/Foo_bar' }
 */
export function parseUrl(text: string): Outcome<{ uri: string }> {
	if (text === '') return fail('smw_emptystring', 'Empty strings are not accepted.');
	const scheme = /^([a-z][a-z0-9+.-]*):/iu.exec(text)?.[1];
	let uri = scheme ? text : `http://${text}`;
	if (scheme && !SCHEMES.includes(scheme.toLowerCase()))
		return fail('smw-datavalue-uri-invalid-scheme', `"${scheme}" has not been listed as valid URI scheme.`);
	const rest = uri.slice(uri.indexOf(':') + 1).replace(/^\/\//u, '');
	if (rest === '' || rest.startsWith('/'))
		return fail(
			'smw-datavalue-uri-invalid-authority-path-component',
			`"${text}" was identified to contain an invalid "${rest.slice(0, 1) || '/'}" authority or path component.`,
		);
	uri = uri.replace(/ |%20/gu, '_');
	uri = uri.replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/gu, (c) => encodeURIComponent(c));
	return ok({ uri });
}

/**
 * An Email value (`_ema`), `mailto:` optional, checked like MediaWiki's `Sanitizer::validateEmail`.
 * @example parseEmail('john_doe@example.org') // { uri: 'mailto:john_doe@example.org' }
 */
export function parseEmail(text: string): Outcome<{ uri: string }> {
	const address = text.replace(/^mailto:/iu, '');
	if (!/^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*$/iu.test(address))
		return fail('smw_baduri', `URIs of the form "${text}" are not allowed.`);
	return ok({ uri: `mailto:${address}` });
}

/**
 * A Telephone number (`_tel`) in international form: `tel:` optional, single spaces between digits become `-`,
 * a leading `00` is `+`; at least 6 digits, starting with `+`.
 * @example parseTelephone('+1 201 555 5555') // { uri: 'tel:+1-201-555-5555' }
 */
export function parseTelephone(text: string): Outcome<{ uri: string }> {
	let number = text.replace(/^tel:/iu, '').trim();
	number = number.replace(/(\d) (?=\d)/gu, '$1-').replace(/\s+/gu, '');
	if (number.startsWith('00')) number = `+${number.slice(2)}`;
	const digits = number.replace(/\D/gu, '').length;
	if (digits < 6 || !/^\+[0-9./-]*[0-9][0-9./-]*$/u.test(number) || /[./-]{2}/u.test(number))
		return fail('smw_baduri', `URIs of the form "tel:${number}" are not allowed.`);
	return ok({ uri: `tel:${number}` });
}

/**
 * A Monolingual text (`_mlt_rec`): `text@lang`, the language code after the last `@`, normalized as BCP 47
 * (`zh-hans` -> `zh-Hans`).
 * @example parseMonolingual('example one@en') // { text: 'example one', lang: 'en' }
 */
export function parseMonolingual(text: string): Outcome<{ text: string; lang: string }> {
	const at = text.lastIndexOf('@');
	if (at < 0 || at === text.length - 1)
		return fail(
			'smw-datavalue-languagecode-missing',
			`"${text}" could not be interpreted as a valid monolingual construct (missing a language code).`,
		);
	const code = text.slice(at + 1).trim();
	if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/iu.test(code))
		return fail('smw-datavalue-languagecode-invalid', `"${code}" was not recognized as a supported language code.`);
	const lang = code
		.split('-')
		.map((part, i) =>
			i === 0
				? part.toLowerCase()
				: part.length === 4
					? part[0]!.toUpperCase() + part.slice(1).toLowerCase()
					: part.length === 2
						? part.toUpperCase()
						: part.toLowerCase(),
		)
		.join('-');
	const body = text.slice(0, at).trim();
	if (body === '') return fail('smw_emptystring', 'Empty strings are not accepted.');
	return ok({ text: body, lang });
}
