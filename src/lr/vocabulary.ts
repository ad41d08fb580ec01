/**
 * Words that say a text is about the learning rate, and words that name other hyperparameters, so that
 * `weight_decay 0.01`, `dropout 0.05`, `warmup_ratio 0.03` or `beta 0.1` are never read as LRs. Pure.
 */

/**
 * Names of the learning rate itself: `learning rate`, `learning_rate`, `LR`, `lr=`, `base_lr`, `peak LR`...
 * Not `LR scheduler`, `LR warmup`, `LR decay`, `min_lr` (other settings that merely contain the words).
 */
const LR_NAME = String.raw`(?:\b(?:base|peak|max|init(?:ial)?|head|top|default|global|adapter|lora|embedding)[_ ]?)?(?:\blearning[ _-]?rates?\b|\blrs?\b|(?<=[a-z]_)lr\b|\blearningrate\b)`;
/** Words after an LR name that make it another setting (`learning rate scheduler`, `LR warmup`, `lr_ratio`). */
const NOT_LR_AFTER = String.raw`(?![ _-]?(?:schedul\w*|warm-?up\w*|decay\w*|finder|range test|ratio|multiplier|factor|annealing|drop|policy|type|_))`;
const LR_RE = new RegExp(`${LR_NAME}${NOT_LR_AFTER}`, 'gi');

/** Names of other settings whose numbers look like LRs. Matched case-insensitively, `_`/space/`-` alike. */
const OTHER_NAMES = [
	String.raw`(?:min|end|final|minimum|lowest|warmup[_ ]init)[_ ]?(?:lr|learning[ _-]?rate)`,
	String.raw`eta[_ ]min`,
	String.raw`lr[_ ]?end`,
	String.raw`(?:learning[ _-]?rate|lr)[ _-]?(?:decay|warm-?up|schedul\w*|ratio|multiplier|factor)`,
	String.raw`weight[ _-]?decay`,
	String.raw`wd`,
	String.raw`decay(?:[ _-]?rate)?`,
	String.raw`dropout`,
	String.raw`lora[ _-]?dropout`,
	String.raw`warm-?up(?:[ _-]?(?:ratio|steps?|proportion|fraction))?`,
	String.raw`beta\d?`,
	String.raw`betas`,
	String.raw`adam[ _-]?(?:beta\d|epsilon|eps)`,
	String.raw`epsilon`,
	String.raw`eps`,
	String.raw`alpha`,
	String.raw`lora[ _-]?alpha`,
	String.raw`gamma`,
	String.raw`lambda`,
	String.raw`momentum`,
	String.raw`temperature`,
	String.raw`top[ _-]?[pk]`,
	String.raw`kl(?:[ _-]?(?:coef\w*|penalty|weight|beta))?`,
	String.raw`(?:max[ _-]?)?grad(?:ient)?[ _-]?(?:norm|clip\w*)`,
	String.raw`clip(?:ping)?(?:[ _-]?(?:range|ratio|eps\w*))?`,
	String.raw`label[ _-]?smoothing`,
	String.raw`noise(?:[ _-]?(?:alpha|scale))?`,
	String.raw`neftune\w*`,
	String.raw`tau`,
	String.raw`rho`,
	String.raw`threshold`,
	String.raw`margin`,
	String.raw`loss[ _-]?(?:weight|coef\w*|scale)`,
	String.raw`(?:value|entropy|vf)[ _-]?coef\w*`,
	String.raw`init(?:iali[sz]ation)?[ _-]?(?:std|scale|range)`,
	String.raw`std`,
	String.raw`scale`,
	String.raw`ratio`,
	String.raw`(?:per[ _-]device[ _-](?:train[ _-])?)?(?:micro[ _-]?|global[ _-]|effective[ _-])?batch(?:[ _-]?sizes?)?`,
	String.raw`(?:num[ _-](?:train[ _-])?)?epochs?`,
	String.raw`(?:max[ _-]|warmup[ _-]|total[ _-])?steps`,
	String.raw`(?:lora[ _-])?(?:rank|r)`,
	String.raw`(?:max[ _-])?seq(?:uence)?[ _-]?len(?:gth)?`,
	String.raw`grad(?:ient)?[ _-]?accum(?:ulation)?(?:[ _-]steps)?`,
];
const OTHER_RE = new RegExp(String.raw`(?<![\w])(?:${OTHER_NAMES.join('|')})(?![\w])`, 'gi');

/** A name found in a text: the learning rate itself or another setting. */
export interface Mention {
	readonly kind: 'lr' | 'other';
	readonly start: number;
	readonly end: number;
}

/** Every LR name and other-setting name in a text, in order; where two overlap, the longer one wins (`min_lr`). */
export function findMentions(text: string): Mention[] {
	const all: Mention[] = [
		...[...text.matchAll(LR_RE)].map((m): Mention => ({ kind: 'lr', start: m.index, end: m.index + m[0].length })),
		...[...text.matchAll(OTHER_RE)].map((m): Mention => ({
			kind: 'other',
			start: m.index,
			end: m.index + m[0].length,
		})),
	].filter((m) => m.end > m.start);
	const overlaps = (a: Mention, b: Mention) => a.start < b.end && b.start < a.end;
	const longer = (a: Mention, b: Mention) =>
		a.end - a.start > b.end - b.start || (a.end - a.start === b.end - b.start && a.kind === 'lr' && b.kind === 'other');
	return all
		.filter((m) => !all.some((o) => o !== m && overlaps(o, m) && longer(o, m)))
		.sort((a, b) => a.start - b.start);
}

/**
 * Does the text name the learning rate?
 * @example mentionsLr('Set learning rate based on task type') // true
 * @example mentionsLr('LR warmup steps') // false
 */
export function mentionsLr(text: string): boolean {
	return findMentions(text).some((m) => m.kind === 'lr');
}

/**
 * Does the text name a setting other than the learning rate (a table header such as `Weight decay`)?
 * @example namesOtherSetting('warmup_ratio') // true
 */
export function namesOtherSetting(text: string): boolean {
	const mentions = findMentions(text);
	return mentions.some((m) => m.kind === 'other') && !mentions.some((m) => m.kind === 'lr');
}

/** Cue words of a "start here" value. */
const DEFAULT_RE =
	/\bdefault\b|\bstart(?:ing)?[ -](?:with|at|from|point|value|here)\b|\bbegin with\b|\bgo-to\b|\bbaseline\b|\bsafe (?:choice|bet|starting)\b/i;

/**
 * Does the text mark its value as the one to start with?
 * @example isDefaultCue('Default Recommendation: Start with `2e-4`') // true
 */
export function isDefaultCue(text: string): boolean {
	return DEFAULT_RE.test(text);
}

/** Words just before a value that make it a library parameter's documented default, not advice. */
const PARAMETER_DEFAULT_RE = /\bdefault(?:s| value)?\s*(?:to|is|of|[:=])?\s*`?$/i;

/**
 * Does the text just before a value document a parameter's default (`(default: 5e-5)`, `defaults to 5e-5`)?
 * @example isParameterDefaultBefore('Initial learning rate for optimizer (default: ') // true
 */
export function isParameterDefaultBefore(prefix: string): boolean {
	return PARAMETER_DEFAULT_RE.test(prefix);
}

/** Is the text a parameter identifier for the LR (`learning_rate`, `lr`, `--learning-rate`)? */
export function isLrParameterName(text: string): boolean {
	return /^`?(?:--)?(?:[\w.]*\.)?(?:learning[_-]rate|lr|base_lr|learningrate|learning rate)`?(?:\s*\(.*\))?$/i.test(
		text.trim(),
	);
}
