/**
 * Rules from bullets and sentences: `* **Default Recommendation:** Start with `2e-4` ...`,
 * `- **SFT**: Typical LR = 2e-4 to 5e-5`, `Use 1e-4 to 2e-4 (higher than full fine-tuning's 1e-5)`.
 * Only prose blocks are read (the parser keeps code out of them), and only where the text, its label,
 * its section or, for list items, the lead-in above the list or an LR table before it in the same section
 * talks about the learning rate.
 */
import type { ParsedPage, ProseBlock } from '../parse/index.ts';
import { firstSentence } from '../graph/index.ts';
import { hasLrColumn } from './from-tables.ts';
import { findLrValues } from './numbers.ts';
import type { RuleDraft } from './rule.ts';
import { readText, withoutComparisons } from './statements.ts';
import { isDefaultCue, isParameterDefaultBefore, mentionsLr, namesOtherSetting } from './vocabulary.ts';

/** Words a label may consist of without naming a condition (`Default Recommendation`, `Learning rate`, `Values`). */
const GENERIC_LABEL_WORDS =
	/\b(?:default|recommend(?:ed|ation)?s?|values?|typical|rules? of thumb|tips?|notes?|actions?|guidance|suggest(?:ed|ion)?s?|settings?|start(?:ing)?(?: point)?|examples?|general|baseline|optimal|best|good|ranges?|common|usual|key|insights?|empirical(?:ly)?|the|a|an|of|for|learning[ _-]?rates?|lrs?|learning_rate|base|peak|initial|considerations?|guidelines?|heuristics?)\b/gi;

/**
 * Splits `Label: rest` or `Label — rest` (a bold label, as in `* **SFT**: 2e-4`), when the label is short and
 * holds no LR value (so `1e-4 - 2e-4` stays a range).
 * @example splitLabel('SFT — 2e-4') // { label: 'SFT', body: '2e-4' }
 */
export function splitLabel(text: string): { label: string; body: string } {
	const m = /^([^:]{1,60}?)\s*:\s+(\S[\s\S]*)$/.exec(text) ?? /^([^:–—]{1,60}?)\s+[–—-]\s+(\S[\s\S]*)$/.exec(text);
	if (!m || m[1]!.split(/\s+/).length > 8 || findLrValues(m[1]!).length > 0) return { label: '', body: text };
	return { label: m[1]!.trim(), body: m[2]!.trim() };
}

/** Is the label only generic words (no condition)? */
export const isGenericLabel = (label: string) => label.replace(GENERIC_LABEL_WORDS, '').replace(/[\W_]+/g, '') === '';

const ABBREVIATION = /\b(?:e\.g|i\.e|vs|approx|etc|ca|cf|fig|no|resp)\.$/i;

/**
 * Splits prose into sentences, keeping `e.g.`, `vs.` and decimals inside them.
 * @example splitSentences('Use 2e-4. For 70B, use 1e-4.') // ['Use 2e-4.', 'For 70B, use 1e-4.']
 */
export function splitSentences(text: string): string[] {
	const pieces = text.split(/(?<=[.!?])\s+(?=[A-Z0-9`*"'([])/);
	const out: string[] = [];
	for (const piece of pieces) {
		const last = out.at(-1);
		if (last !== undefined && ABBREVIATION.test(last)) out[out.length - 1] = `${last} ${piece}`;
		else out.push(piece);
	}
	return out.map((s) => s.trim()).filter(Boolean);
}

const sameSection = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && a.every((s, i) => s === b[i]);
/** Is section `outer` the section `inner` or one above it? */
const withinSection = (inner: readonly string[], outer: readonly string[]) =>
	outer.length <= inner.length && outer.every((s, i) => s === inner[i]);

/**
 * Is the page as a whole about the LR: its title or name, or its main topic (the first prose of its Overview
 * section, else its first prose block) names it? `Learning rate cheatsheet`, `Learning rates for the RL stages`.
 */
export function pageIsAboutLr(page: ParsedPage): boolean {
	if (mentionsLr(page.name.replace(/_/g, ' ')) || mentionsLr(page.title)) return true;
	const topic = page.prose.find((b) => b.section.some((s) => /^\s*overview\s*$/i.test(s))) ?? page.prose[0];
	return topic !== undefined && mentionsLr(firstSentence(topic.text));
}

/**
 * Does the lead-in of a list item talk about the LR? Walks back over the items and lead-in paragraphs
 * (`Empirical guidance:`) of the same section; a paragraph that is not a lead-in ends the walk.
 */
function leadInMentionsLr(blocks: readonly ProseBlock[], index: number): boolean {
	const block = blocks[index]!;
	for (let i = index - 1, seen = 0; i >= 0 && seen < 8; i--, seen++) {
		const prev = blocks[i]!;
		if (!sameSection(prev.section, block.section)) return false;
		if (mentionsLr(prev.text)) return true;
		if (prev.kind === 'paragraph' && !/:\s*$/.test(prev.text)) return false;
	}
	return false;
}

/** `for most QLoRA fine-tuning tasks`, `when using 4-bit quantization`: the phrases of a sentence that state when. */
function conditionPhrases(text: string): string {
	const phrases = [...text.matchAll(/\b(?:for|when|if|during|on)\s+(?:[^,;.():]|\([^()]*\))+/gi)]
		// A phrase ends before the advice it conditions (`For 70B models use ~1e-5` -> `For 70B models`).
		.map((m) =>
			m[0].replace(/\s+(?:use|set|try|start|pick|choose|go with|is|are|should|works?|=)\b[\s\S]*$/i, '').trim(),
		)
		.filter((p) => findLrValues(p).length === 0 && !/^(?:for|on)\s+(?:stability|example|instance)\b/i.test(p));
	return phrases.join(', ');
}

/** The sentence up to the end of the clause holding the value: later clauses say other things. */
function uptoClauseEnd(sentence: string, valueEnd: number): string {
	let depth = 0;
	for (let i = valueEnd; i < sentence.length; i++) {
		const c = sentence[i];
		if (c === '(') depth++;
		else if (c === ')') depth = Math.max(0, depth - 1);
		else if (depth === 0 && (c === ';' || (c === ',' && /\s/.test(sentence[i + 1] ?? '')))) return sentence.slice(0, i);
	}
	return sentence;
}

/** Is the sentence nothing but the value (`` `2e-4`. ``)? Cheap for long sentences. */
const isOnlyValue = (sentence: string, value: string) =>
	sentence.length <= value.length + 8 && sentence.replace(/[`*.\s]/g, '') === value.replace(/\s/g, '');

/** Does the sentence say anything besides the value (`` `2e-4` `` alone does not)? */
const hasWordsBesides = (sentence: string, value: string) => /[a-z]{2,}/i.test(sentence.replace(value, ''));

/** Drafts of the rules one page's prose states. */
export function rulesFromProse(page: ParsedPage): RuleDraft[] {
	const drafts: RuleDraft[] = [];
	const sectionAboutLr = (section: readonly string[]) => section.some(mentionsLr);
	const pageAboutLr = pageIsAboutLr(page);
	page.prose.forEach((block, index) => {
		if (findLrValues(block.text).length === 0) return;
		const { label, body } = splitLabel(block.text.trim());
		// `lora_dropout: 0.05` under an LR heading is still a dropout.
		if (label && namesOtherSetting(label) && !mentionsLr(label)) return;
		const isItem = block.kind !== 'paragraph';
		// A list item continues what is above it: a lead-in about the LR, or an LR table in its section.
		const afterLrTable =
			isItem && page.tables.some((t) => t.line < block.line && sameSection(t.section, block.section) && hasLrColumn(t));
		// On a page about the LR, a list item that gives the "start here" value is about the LR too.
		const defaultOnLrPage = isItem && pageAboutLr && isDefaultCue(block.text);
		const blockContext =
			mentionsLr(label) ||
			sectionAboutLr(block.section) ||
			defaultOnLrPage ||
			(isItem && (afterLrTable || leadInMentionsLr(page.prose, index)));
		// Weaker: the page is about the LR, or an LR table stands before the block in its section or one above.
		// A Reasoning section explains the rule stated elsewhere: its bare numbers restate values, they add no rule.
		const explains = block.section.some((s) => /^\s*reasoning\s*$/i.test(s));
		const pageContext =
			!explains &&
			(pageAboutLr ||
				page.tables.some((t) => t.line < block.line && withinSection(block.section, t.section) && hasLrColumn(t)));
		const sentences = splitSentences(body);
		sentences.forEach((sentence, i) => {
			// A sentence that names the LR, or leans on one before it that does (`The learning rate matters. Use 2e-4.`).
			const context = blockContext || mentionsLr(sentence) || (i > 0 && mentionsLr(sentences[i - 1]!));
			const reading = readText(sentence, context, pageContext);
			const multiple = reading.stated.length > 1;
			for (const { value, clause } of reading.stated) {
				// A single value's condition is what precedes it and its own clause, not later clauses.
				const local = withoutComparisons(multiple ? clause : uptoClauseEnd(sentence, value.end));
				// A paragraph's label heads its first sentence; later sentences say their own conditions.
				const named = label && !isGenericLabel(label) && (isItem || i === 0) ? label : '';
				const conditionText = multiple
					? [named, clause].filter(Boolean).join(': ')
					: named || conditionPhrases(local) || (hasWordsBesides(sentence, value.text) ? sentence : label || sentence);
				const prefix = sentence.slice(Math.max(0, value.start - 40), value.start);
				const parameterDefault =
					isParameterDefaultBefore(prefix) &&
					/`|\b\w+_\w+\b|\bparameters?\b|\bargument\b|\bdefaults to\b/i.test(sentence);
				drafts.push({
					section: block.section,
					conditionText,
					conditionSources: [local, label],
					value,
					isDefault: !parameterDefault && (isDefaultCue(label) || isDefaultCue(multiple ? clause : sentence)),
					kind: parameterDefault ? 'parameter-default' : 'recommendation',
					origin: isItem ? 'bullet' : 'sentence',
					notes: isOnlyValue(sentence, value.text) ? '' : sentence,
					line: block.line,
					order: i,
				});
			}
		});
	});
	return drafts;
}
