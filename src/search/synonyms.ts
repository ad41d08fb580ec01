/**
 * Words and abbreviations that name the same thing in ML writing. A query that holds one phrase of a group also
 * searches for the others (at a lower weight than the words typed), so `LR` finds pages that only write
 * "learning rate", and "GPU memory" finds pages that only write "VRAM". Phrases are lower case and matched as
 * whole words in the query, before stop words are removed ("out of memory").
 * General vocabulary of the field only: never a page title or an answer of the question set.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
	['lr', 'learning rate'],
	['vram', 'gpu memory'],
	['oom', 'out of memory'],
	['bs', 'batch size'],
	['gpu', 'graphics card', 'card'],
	['ctx', 'context length', 'context window'],
	['seq len', 'sequence length', 'max length'],
	['llm', 'language model'],
	['sft', 'supervised fine-tuning'],
	['rl', 'reinforcement learning'],
	['rlhf', 'reinforcement learning from human feedback'],
	['dpo', 'direct preference optimization'],
	['peft', 'parameter-efficient fine-tuning'],
	['rag', 'retrieval augmented generation', 'retrieval'],
	['hf', 'hugging face', 'huggingface'],
	['ft', 'fine-tuning', 'finetuning'],
	['quant', 'quantization', 'quantized'],
];
