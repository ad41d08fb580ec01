import { describe, expect, test } from 'vitest';
import {
	isDefaultCue,
	isLrParameterName,
	isParameterDefaultBefore,
	mentionsLr,
	namesOtherSetting,
} from '../../src/lr/vocabulary.ts';

describe('mentionsLr', () => {
	test.each([
		'Recommended LR',
		'Learning Rate',
		'learning_rate',
		'Base LR',
		'Suggested LR',
		'LR',
		'lr=2e-4',
		'peak_lr',
		'learning-rate advice',
		'higher learning rates',
	])('%s names the LR', (text) => {
		expect(mentionsLr(text)).toBe(true);
	});

	test.each([
		'LR warmup steps',
		'lr_scheduler_type',
		'learning rate scheduler',
		'min_lr',
		'learning rate decay',
		'weight_decay',
		'Language',
		'LoRA rank',
	])('%s does not name the LR', (text) => {
		expect(mentionsLr(text)).toBe(false);
	});
});

test.each([
	'weight_decay',
	'Weight decay',
	'dropout',
	'warmup_ratio',
	'beta',
	'Batch Size',
	'Epochs',
	'lora_alpha',
	'max_grad_norm',
])('%s names another setting', (text) => {
	expect(namesOtherSetting(text)).toBe(true);
});

test('default cues', () => {
	expect(isDefaultCue('Default Recommendation: Start with `2e-4`')).toBe(true);
	expect(isDefaultCue('a good starting point')).toBe(true);
	expect(isDefaultCue('Standard for most tasks')).toBe(false);
	expect(isParameterDefaultBefore('Initial learning rate for optimizer (default: ')).toBe(true);
	expect(isParameterDefaultBefore('learning_rate defaults to ')).toBe(true);
	expect(isParameterDefaultBefore('Start with ')).toBe(false);
});

test.each([
	['learning_rate', true],
	['`learning_rate`', true],
	['--learning-rate', true],
	['lr', true],
	['args.learning_rate', true],
	['lr_scheduler_type', false],
	['Task Type', false],
])('isLrParameterName(%s) is %s', (text, yes) => {
	expect(isLrParameterName(text)).toBe(yes);
});
