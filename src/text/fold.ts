/**
 * The loose form in which names are compared where readers type them: a namespace prefix, a page title asked for
 * by a tool, a search filter on type, domain or property value.
 */

/**
 * Folds a name for loose comparison: Unicode NFC (a composed and a decomposed `é` are one letter), lower case,
 * each run of spaces and `_` as one space, trimmed.
 * @example foldName(' Learning_Rate  Tuning ') // 'learning rate tuning'
 * @example foldName('User_talk') === foldName('user talk') // true
 */
export function foldName(text: string): string {
	return text
		.normalize('NFC')
		.toLowerCase()
		.replace(/[\s_]+/gu, ' ')
		.trim();
}
