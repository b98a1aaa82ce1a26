import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from '../analyze';
import { definitionsIn, vocabularyCandidates } from './vocabulary';

const article = (text: string): Article => ({
	id: 'a0',
	storyId: 's',
	title: 'Council redraws the ward map',
	outlet: 'Daily A',
	date: '2019-05-02',
	text
});

describe('definitionsIn', () => {
	it('reads a term and the gloss the writer gives for it', () => {
		expect(
			definitionsIn(
				'The term “gerrymandering” usually refers to drawing district lines to favour one party; critics say it is common.'
			)
		).toEqual([{ term: 'gerrymandering', gloss: 'drawing district lines to favour one party' }]);
		expect(
			definitionsIn(
				'The senators began filibustering — that is, talking a bill to death — on Monday.'
			)
		).toEqual([{ term: 'filibustering', gloss: 'talking a bill to death' }]);
	});

	it('asks nothing of a name, a common word, or a sentence that only reports a consequence', () => {
		expect(definitionsIn('The term “Big Apple” refers to New York City.')).toEqual([]);
		expect(definitionsIn('The council voted, which means the tax ends in June.')).toEqual([]);
		expect(definitionsIn('The mayor refers to the plan as a bargain for the city.')).toEqual([]);
	});
});

describe('vocabularyCandidates', () => {
	const text = [
		'The council approved the new ward map on Tuesday after a long debate.',
		'Opponents called the map a “power grab” and said it was “deeply unfair” to renters.',
		'The term “gerrymandering” usually refers to drawing district lines to favour one party.',
		'Supporters said the plan was a “fresh start” for the eastern wards.'
	].join('\n\n');

	it('asks which term the article uses for the gloss, with other quoted terms as wrong choices', () => {
		const [c, ...rest] = vocabularyCandidates(viewStory('s', [analyzeArticle(article(text))]));
		expect(rest).toHaveLength(0);
		expect(c?.draft.prompt).toBe(
			'Which term does Daily A use for “drawing district lines to favour one party”?'
		);
		const draft = c?.draft;
		if (draft?.type !== 'single') throw new Error('expected a single-choice question');
		const key = draft.choices.find((x) => x.id === draft.correct[0]);
		expect(key?.text).toBe('gerrymandering');
		expect(draft.choices.map((x) => x.text).sort()).toEqual(
			['deeply unfair', 'fresh start', 'gerrymandering', 'power grab'].sort()
		);
		expect(c?.hidden).toContain('gerrymandering');
	});

	it('asks nothing when the story has too few other terms for wrong choices', () => {
		const bare = [
			'The council approved the new ward map on Tuesday after a long debate.',
			'The term “gerrymandering” usually refers to drawing district lines to favour one party.'
		].join('\n\n');
		expect(vocabularyCandidates(viewStory('s', [analyzeArticle(article(bare))]))).toEqual([]);
	});
});
