import { describe, expect, it } from 'vitest';
import type { Article, Question } from '../../src/lib/bank/schema';
import { landsOn, type AnnotatedSpan } from './landing';

const article: Article = {
	id: 'a1',
	storyId: 's',
	title: 'Council shuts bridge',
	outlet: 'Valley Courier',
	date: '2020-05-04',
	text: 'The council abruptly shut the bridge. Drivers were told to detour.'
};
const question = (start: number, end: number): Question => ({
	id: 'q',
	storyId: 's',
	skill: 'compare',
	prompt: 'Which outlet says the council shut the bridge?',
	evidence: [{ articleId: 'a1', start, end }],
	explanation: 'x',
	origin: 'generated',
	status: 'draft',
	difficulty: 1,
	type: 'single',
	choices: [
		{ id: 'c1', text: 'Valley Courier' },
		{ id: 'c2', text: 'Other' }
	],
	correct: ['c1']
});
const spans: AnnotatedSpan[] = [{ bias: 'lexical', text: 'abruptly', sentence: '' }];

describe('landsOn', () => {
	it('finds an annotated span inside the evidence of its own outlet', () => {
		expect(landsOn(question(0, 37), [article], () => spans)).toBe('lexical');
	});
	it('misses when the evidence is another sentence', () => {
		expect(landsOn(question(38, 66), [article], () => spans)).toBeUndefined();
	});
	it('ignores spans annotated for another outlet', () => {
		expect(
			landsOn(question(0, 37), [article], (o) => (o === 'Valley Courier' ? [] : spans))
		).toBeUndefined();
	});
});
