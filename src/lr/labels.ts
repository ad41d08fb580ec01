/**
 * How conditions read to people: model sizes (`7B`, `7B–13B`, `≥ 30B`) and method names (`LoRA`, `full
 * fine-tuning`), for the recommender's explanations, the CLI and the `/lr/` page. Pure and browser-safe.
 */
import type { LrMethod, ModelParams } from './types.ts';

/**
 * Writes a parameter count the way people say it.
 * @example formatParams(7e9) // '7B'
 * @example formatParams(350e6) // '350M'
 */
export function formatParams(n: number): string {
	if (n >= 1e9) return `${Number((n / 1e9).toPrecision(4))}B`;
	if (n >= 1e6) return `${Number((n / 1e6).toPrecision(4))}M`;
	return String(n);
}

/**
 * Writes a model-size range.
 * @example formatModelParams({ min: 7e9, max: 13e9 }) // '7B–13B'
 * @example formatModelParams({ max: 3e9 }) // '≤ 3B'
 * @example formatModelParams({ min: 70e9, max: 70e9 }) // '70B'
 */
export function formatModelParams(range: ModelParams): string {
	const { min, max } = range;
	if (min !== undefined && max !== undefined)
		return min === max ? formatParams(min) : `${formatParams(min)}–${formatParams(max)}`;
	if (min !== undefined) return `≥ ${formatParams(min)}`;
	return max !== undefined ? `≤ ${formatParams(max)}` : 'any size';
}

const METHOD_LABELS: Readonly<Record<LrMethod, string>> = { lora: 'LoRA', qlora: 'QLoRA', full: 'full fine-tuning' };

/**
 * A method as readers write it.
 * @example methodLabel('full') // 'full fine-tuning'
 */
export function methodLabel(method: LrMethod): string {
	return METHOD_LABELS[method];
}
