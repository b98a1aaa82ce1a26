import { describe, expect, it } from 'vitest';
import { storyOf } from '../article.test-helpers';
import { causalLinks, causeCandidates } from './cause';

/** Another outlet's account of the same harbour story, for wrong answers. */
const OTHER =
	'The harbour board closed the old ferry terminal on Monday after inspectors found cracks in its main pier. ' +
	'Commuters crowded the bus station across town. ' +
	'Dock workers staged a protest outside the board offices in response to the sudden loss of their jobs. ' +
	'Ticket prices rose sharply on the remaining routes.';

describe('a reason the actor states: "because she said …"', () => {
	it('reads what she said as her reason, and her as its speaker', () => {
		const [link] = causalLinks(
			storyOf(
				'Gov. Ann Roe vetoed the harbour bill because she said the measure was unconstitutional.'
			)
		);
		expect(link?.effect).toBe('Gov. Ann Roe vetoed the harbour bill');
		expect(link?.cause).toBe('the measure was unconstitutional');
		expect(link?.speaker).toBe('Gov. Ann Roe');
	});
	it('reads "they said" after a group named in the plural', () => {
		const [link] = causalLinks(
			storyOf(
				'Senate Democrats blocked the harbour bill because they said its funding was too thin.'
			)
		);
		expect(link?.cause).toBe('its funding was too thin');
		expect(link?.speaker).toBe('Senate Democrats');
	});
	it('leaves the reason alone when the pronoun may mean someone the act names', () => {
		const [link] = causalLinks(
			storyOf('Mr. Ed Roe fired Ann Lee on Monday because she said the pier plan was unsafe.')
		);
		expect(link?.speaker).toBeUndefined();
		expect(link?.cause).toBe('she said the pier plan was unsafe');
	});
});

describe('"when X did Y, he did so because …"', () => {
	it('reads the "when" clause as the act the reason explains', () => {
		const [link] = causalLinks(
			storyOf(
				'And when Mr. Ed Roe ruled out running, he did so because he said he did not want to split the harbour vote.'
			)
		);
		expect(link?.effect).toBe('Mr. Ed Roe ruled out running');
		expect(link?.cause).toBe('he did not want to split the harbour vote');
		expect(link?.speaker).toBe('Mr. Ed Roe');
	});
	it('asks for the reason as his', () => {
		const q = causeCandidates(
			storyOf(
				'Mr. Ed Roe led the harbour board for a decade. And when Mr. Ed Roe ruled out running, he did so because he said he did not want to split the harbour vote.',
				OTHER
			)
		).find((c) => c.draft.prompt.includes('ruled out running'));
		expect(q?.draft.prompt).toBe(
			'Daily 0 reports that Mr. Ed Roe ruled out running. What reason did Mr. Ed Roe give?'
		);
	});
	it('leaves "did so" alone when the pronoun is not the subject’s', () => {
		const links = causalLinks(
			storyOf(
				'When Mr. Ed Roe ruled out running, she did so because she said the harbour vote was lost.'
			)
		);
		expect(links.filter((l) => l.effect.includes('ruled out running'))).toEqual([]);
	});
});
