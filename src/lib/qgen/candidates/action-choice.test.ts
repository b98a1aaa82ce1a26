import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { actionChoiceCandidates } from './action-choice';

const CAST =
	'Mayor Jane Holloway, Council member Tom Reyes and union leader Sam Okafor met at the Harlow town hall on Monday.';

function asked(text: string, n = 1) {
	const analyses = Array.from({ length: n }, (_, i) => analyzeArticle(article(i + 1, text)));
	return actionChoiceCandidates(viewStory('s', analyses)).map((c) => c.draft);
}

describe('actionChoiceCandidates', () => {
	const story = `${CAST} Holloway vetoed the bus contract on Tuesday. Reyes walked out of the council meeting in protest. Okafor organised a strike at the Harlow depot.`;
	it('asks what a named person did, with other people’s actions as the wrong choices', () => {
		const q = asked(story).find((d) => d.prompt.includes('Jane Holloway'));
		if (q?.type !== 'single') throw new Error('no action question for Holloway');
		expect(q.prompt).toBe('According to Daily 1, what did Jane Holloway do?');
		expect(q.choices.find((c) => c.id === q.correct[0])!.text).toBe(
			'vetoed the bus contract on Tuesday'
		);
		const wrong = q.choices.filter((c) => c.id !== q.correct[0]).map((c) => c.text);
		expect(wrong.sort()).toEqual([
			'organised a strike at the Harlow depot',
			'walked out of the council meeting in protest'
		]);
	});
	it('asks once per person, and not of an action that says "there"', () => {
		const twice = `${story} Holloway vetoed the school budget on Friday. Reyes went there in September.`;
		const qs = asked(twice);
		expect(qs.filter((d) => d.prompt.includes('Jane Holloway')).length).toBe(1);
		for (const q of qs)
			if (q.type === 'single')
				expect(q.choices.map((c) => c.text)).not.toContain('went there in September');
	});
	it('leaves alone what someone said, an action with a pronoun, and stories of several outlets', () => {
		const said = `${CAST} Holloway said the bus contract was too costly. Reyes walked out of the council meeting in protest. Okafor organised a strike at the Harlow depot.`;
		expect(asked(said).some((d) => d.prompt.includes('Jane Holloway'))).toBe(false);
		const pronoun = `${CAST} Holloway vetoed their bus contract on Tuesday. Reyes walked out of the council meeting in protest. Okafor organised a strike at the Harlow depot.`;
		expect(asked(pronoun).some((d) => d.prompt.includes('Jane Holloway'))).toBe(false);
		expect(asked(story, 2)).toEqual([]);
	});
	it('offers no wrong action cut before its second half; the next action takes its place', () => {
		const cast =
			'Mayor Jane Holloway, Council member Tom Reyes, union leader Sam Okafor and clerk Dana Whitfield met at the Harlow town hall on Monday.';
		const cut = `${cast} Holloway vetoed the bus contract on Tuesday. Reyes walked out of the council meeting and, in protest, resigned. Okafor organised a strike at the Harlow depot. Whitfield published the minutes of the meeting.`;
		const q = asked(cut).find((d) => d.prompt.includes('Jane Holloway'));
		if (q?.type !== 'single') throw new Error('no action question for Holloway');
		const wrong = q.choices.filter((c) => c.id !== q.correct[0]).map((c) => c.text);
		expect(wrong.sort()).toEqual([
			'organised a strike at the Harlow depot',
			'published the minutes of the meeting'
		]);
	});
	it('keeps a figure whole: a comma inside "6,000" does not end the action', () => {
		const figures = `${CAST} Holloway screened more than 6,000 bus drivers for the new contract. Reyes walked out of the council meeting in protest. Okafor organised a strike at the Harlow depot.`;
		const q = asked(figures).find((d) => d.prompt.includes('Jane Holloway'));
		if (q?.type !== 'single') throw new Error('no action question for Holloway');
		expect(q.choices.find((c) => c.id === q.correct[0])!.text).toBe(
			'screened more than 6,000 bus drivers for the new contract'
		);
	});
});
