import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { quoteCandidates } from './quote';

const paragraphs = [
	'The city council voted on Monday to close the old river bridge for repairs.',
	'Engineers found cracks in two of the steel beams during an inspection last month.',
	'The bridge carries about twelve thousand cars across the river every day.',
	'Drivers will be sent along a detour through the northern industrial park.',
	'“The bridge will reopen to traffic well before the first snow of winter,” Mayor Jane Holloway said.',
	'Repair crews are expected to begin work on the eastern span next week.'
];

const single = (text: string[]) => viewStory('s', [analyzeArticle(article(0, text.join('\n\n')))]);

describe('quoteCandidates: which of these did X say (one article)', () => {
	it('offers no swear word as the speaker’s statement', () => {
		const sworn = paragraphs.map((p) =>
			p.startsWith('“The bridge')
				? '“The bridge will reopen to f---ing traffic well before the first snow of winter,” Mayor Jane Holloway said.'
				: p
		);
		const asked = (text: string[]) =>
			quoteCandidates(single(text)).filter((c) => c.answerKey.startsWith('which-said:'));
		expect(asked(paragraphs)).toHaveLength(1);
		expect(asked(sworn)).toHaveLength(0);
	});
	it('asks which statement is the only speaker’s, with the reporter’s own sentences as wrong choices', () => {
		const asked = quoteCandidates(single(paragraphs)).filter((c) =>
			c.answerKey.startsWith('which-said:')
		);
		expect(asked).toHaveLength(1);
		const q = asked[0]!.draft;
		expect(q.prompt).toBe('Which of these did Jane Holloway say, according to the article?');
		if (q.type !== 'single') throw new Error('expected a single-choice question');
		const key = q.choices.find((c) => c.id === q.correct[0])!.text;
		expect(key).toBe('The bridge will reopen to traffic well before the first snow of winter.');
		const wrong = q.choices.filter((c) => c.id !== q.correct[0]).map((c) => c.text);
		expect(wrong).toHaveLength(3);
		// Whole reporter sentences from the article, none quoting or naming the speaker.
		for (const w of wrong) {
			expect(paragraphs).toContain(w);
			expect(w).not.toMatch(/Holloway|said|“/);
		}
		// Never "who said" when only one person speaks.
		expect(quoteCandidates(single(paragraphs)).some((c) => /^Who /.test(c.draft.prompt))).toBe(
			false
		);
	});

	it('takes no sentence from inside a long quotation for the reporter’s own', () => {
		const long = [
			...paragraphs.slice(0, 2),
			paragraphs[4]!,
			'“Nobody likes a detour. Crews will work through every night of the autumn to finish sooner. The city thanks drivers for their patience,” Holloway added.',
			paragraphs[5]!
		];
		// Two reporter sentences only, with the quotation's middle sentence a third would be offered.
		const asked = quoteCandidates(single(long)).filter((c) =>
			c.answerKey.startsWith('which-said:')
		);
		for (const c of asked) {
			const q = c.draft;
			if (q.type !== 'single') throw new Error('expected a single-choice question');
			const wrong = q.choices.filter((x) => x.id !== q.correct[0]).map((x) => x.text);
			expect(wrong.join(' ')).not.toMatch(/Crews will work|thanks drivers/);
		}
	});
	it('leaves out a quote in the speaker’s own voice, which no reporter sentence shares', () => {
		const firstPerson = paragraphs.map((p) =>
			p.startsWith('“')
				? '“We will reopen the bridge well before the first snow of winter,” Mayor Jane Holloway said.'
				: p
		);
		expect(quoteCandidates(single(firstPerson))).toEqual([]);
	});

	it('asks nothing of a story told by several outlets', () => {
		const view = viewStory('s', [
			analyzeArticle(article(0, paragraphs.join('\n\n'))),
			analyzeArticle(article(1, paragraphs.join('\n\n')))
		]);
		expect(quoteCandidates(view).some((c) => c.answerKey.startsWith('which-said:'))).toBe(false);
	});
});

describe('quoteCandidates: which of these did X say, with several speakers (one article)', () => {
	it('offers other speakers’ quotes as wrong choices, and asks another quote than “who said”', () => {
		const view = single([
			'The city council, led by Mayor Jane Holloway and Council member Tom Reyes, voted on Monday to close the old river bridge.',
			'“We cannot spend money we do not have on a bridge nobody uses,” Mayor Jane Holloway said.',
			'“I expect the repairs to take longer than the council has promised,” Reyes said.',
			'“We will keep every lane of the detour open through the winter months,” Police Chief Maria Lopez said.',
			'“I will ask the state to pay for half of the new steel beams,” Holloway said.'
		]);
		const asked = quoteCandidates(view).filter((c) => c.answerKey.startsWith('which-said:'));
		const holloway = asked.find((c) => c.draft.prompt.includes('Jane Holloway'));
		expect(holloway).toBeDefined();
		const q = holloway!.draft;
		if (q.type !== 'single') throw new Error('expected a single-choice question');
		const key = q.choices.find((c) => c.id === q.correct[0])!.text;
		// Not the first quote, which "who said" asks.
		expect(key).toBe('I will ask the state to pay for half of the new steel beams.');
		const wrong = q.choices.filter((c) => c.id !== q.correct[0]).map((c) => c.text);
		expect(wrong).toEqual(
			expect.arrayContaining([
				'I expect the repairs to take longer than the council has promised.',
				'We will keep every lane of the detour open through the winter months.'
			])
		);
		expect(wrong.some((w) => w.includes('spend money'))).toBe(false);
	});
});

describe('quoteCandidates: wrong choices that name the asked speaker', () => {
	it('leaves out another person’s words that call the speaker by first name', () => {
		const view = single([
			'The city council, led by Mayor Jane Holloway and Council member Tom Reyes, voted on Monday to close the old river bridge.',
			'“We cannot spend money we do not have on a bridge nobody uses,” Mayor Jane Holloway said.',
			'“Jane is doing everything she can to keep the city moving this winter,” Reyes said.',
			'“I expect the repairs to take longer than the council has promised,” Reyes said.',
			'“We will keep every lane of the detour open through the winter months,” Police Chief Maria Lopez said.',
			'“I will ask the state to pay for half of the new steel beams,” Holloway said.'
		]);
		const q = quoteCandidates(view).find((c) => c.draft.prompt.includes('Jane Holloway say'))!;
		expect(q).toBeDefined();
		if (q.draft.type !== 'single') throw new Error('expected a single-choice question');
		expect(q.draft.choices.some((c) => c.text.startsWith('Jane is'))).toBe(false);
	});
});
