import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { contestant, setAgainstSomeone } from './contest';
import { detailCandidates } from './detail';

describe('setAgainstSomeone', () => {
	it('finds a person set against another by a word of a race, a poll or a vote', () => {
		const s = 'A poll found Jane Holloway leading Tom Reyes by 15 points.';
		expect(setAgainstSomeone(s, s.indexOf('Jane Holloway'), 'Jane Holloway')).toBe(true);
		expect(setAgainstSomeone(s, s.indexOf('Tom Reyes'), 'Tom Reyes')).toBe(true);
		const t = 'Jane Holloway met Tom Reyes and led the rally on Monday.';
		expect(setAgainstSomeone(t, t.indexOf('Jane Holloway'), 'Jane Holloway')).toBe(false);
		expect(setAgainstSomeone(t, t.indexOf('Tom Reyes'), 'Tom Reyes')).toBe(false);
	});
});

describe('contestant', () => {
	it('is someone the text sets against anyone, on either side', () => {
		const text = 'In March, Sam Okafor trailed Tom Reyes by two points. Ann Lee led the count.';
		expect(contestant('Sam Okafor', text)).toBe(true);
		expect(contestant('Tom Reyes', text)).toBe(true);
		// "led the count": no one on the other side.
		expect(contestant('Ann Lee', text)).toBe(false);
	});
});

describe('a gap on one side of a contest', () => {
	it('offers only people the story sets against someone', () => {
		const cast =
			'Mayor Jane Holloway, Council member Tom Reyes and union leader Sam Okafor met at the Harlow town hall on Monday. Police Chief Maria Lopez joined them later. ';
		const gap = (extra: string) =>
			detailCandidates(
				viewStory('s', [
					analyzeArticle(
						article(
							1,
							`${cast}A poll released on Wednesday found Jane Holloway leading Tom Reyes among likely voters. ${extra}`
						)
					)
				])
			)
				.map((c) => c.draft)
				.find((d) => d.prompt.includes('found ____ leading'));
		// Okafor and Lopez are in no race: "Lopez leading Reyes" is no choice.
		expect(gap('')).toBeUndefined();
		const q = gap(
			'In March, Sam Okafor trailed Tom Reyes by two points. Maria Lopez edged Tom Reyes in May.'
		);
		if (q?.type !== 'single') throw new Error('no gap question');
		const wrong = q.choices.filter((c) => c.id !== q.correct[0]).map((c) => c.text);
		expect(wrong.every((w) => /Okafor|Lopez/.test(w))).toBe(true);
	});
});
