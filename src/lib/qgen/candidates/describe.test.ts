import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { describeCandidates, describedAt } from './describe';

const at = (text: string, name: string) => {
	const start = text.indexOf(name);
	return describedAt(text, start, start + name.length);
};

/** `sentence` is the name's sentence within `text` (the segmenter's job in the pipeline). */
const inSentence = (text: string, name: string, sentence = text) => {
	const from = text.indexOf(sentence);
	const start = text.indexOf(name, from);
	return describedAt(text, start, start + name.length, true, {
		start: from,
		end: from + sentence.length
	});
};

describe('describedAt', () => {
	it('reads within the sentence: abbreviations inside it, nothing from the sentence before', () => {
		expect(
			inSentence(
				'Jane Roe, a staffer for Rep. John Doe of Texas, was hurt. She is recovering.',
				'Jane Roe',
				'Jane Roe, a staffer for Rep. John Doe of Texas, was hurt.'
			)
		).toBe('a staffer for Rep. John Doe of Texas');
		expect(inSentence('Jane Roe, the former F.B.I. director, spoke.', 'Jane Roe')).toBe(
			'the former F.B.I. director'
		);
		expect(inSentence('Jane Roe, the buyer of an $84,000 painting, spoke.', 'Jane Roe')).toBe(
			'the buyer of an $84,000 painting'
		);
		expect(
			inSentence(
				'One guard suffered a minor leg injury. Jane Roe was also shot.',
				'Jane Roe',
				'Jane Roe was also shot.'
			)
		).toBeUndefined();
		expect(
			inSentence(
				'Jane Roe, director of sales for the firm’s Austin, Texas, office, was hurt.',
				'Jane Roe'
			)
		).toBeUndefined();
	});
	it('takes a description before the name only when it ends in a noun for a person', () => {
		expect(
			at('She called it an act of hate, a term Jane Roe also used.', 'Jane Roe')
		).toBeUndefined();
		expect(
			at('Lawyers asked a defendant if televangelist Jane Roe knew.', 'Jane Roe')
		).toBeUndefined();
		expect(at('Nearby, the president’s daughter Jane Roe waved.', 'Jane Roe')).toBe(
			'the president’s daughter'
		);
	});

	it('reads an appositive after the name and a description before it', () => {
		expect(
			at('Jane Roe, the embattled chairwoman of the panel, spoke on Monday.', 'Jane Roe')
		).toBe('the embattled chairwoman of the panel');
		expect(at('On Monday the veteran lawmaker Jane Roe spoke.', 'Jane Roe')).toBe(
			'the veteran lawmaker'
		);
		expect(at('Roe, who has led the panel since 2019, spoke.', 'Roe')).toBe(
			'who has led the panel since 2019'
		);
		expect(at('Jane Roe, director of policy at the institute, spoke.', 'Jane Roe')).toBe(
			'director of policy at the institute'
		);
	});
	it('refuses a new clause, a bare title, a narrative "who" and a preposition before the name', () => {
		expect(at('In a letter to Roe, the critics make clear their case.', 'Roe')).toBeUndefined();
		expect(at('Sen. Jane Roe spoke on Monday.', 'Jane Roe')).toBeUndefined();
		expect(at('Roe, who waved at the crowd, left.', 'Roe')).toBeUndefined();
		expect(at('It was a race against the popular Jane Roe.', 'Jane Roe')).toBeUndefined();
		expect(at('Jane Roe, along with her husband, arrived.', 'Jane Roe')).toBeUndefined();
	});
});

const story = (texts: string[]) =>
	viewStory(
		's',
		texts.map((t, i) => analyzeArticle(article(i + 1, t)))
	);

describe('describeCandidates', () => {
	it('matches each outlet to the words it chooses for the same person', () => {
		const view = story([
			'Senator Maria Lopez, the fiery populist from the west, voted against the bill on Tuesday.',
			'Senator Maria Lopez, a longtime budget hawk, voted against the bill on Tuesday.',
			'Senator Maria Lopez, the chamber’s most senior member, voted against the bill on Tuesday.'
		]);
		const [q] = describeCandidates(view);
		expect(q?.draft.type).toBe('matching');
		if (q?.draft.type !== 'matching') return;
		expect(q.draft.pairs.map((p) => `${p.left}=${p.right}`)).toEqual([
			'Daily 1=the fiery populist from the west',
			'Daily 2=a longtime budget hawk',
			'Daily 3=the chamber’s most senior member'
		]);
		expect(q.draft.prompt).toContain('How does each outlet describe Maria Lopez?');
	});
	it('asks nothing when another outlet uses every word of a description elsewhere', () => {
		const view = story([
			'Senator Maria Lopez, a budget hawk, voted against the bill on Tuesday.',
			'Senator Maria Lopez, a longtime senator, voted against the bill. She is a budget hawk.'
		]);
		// "a budget hawk" is also in the second outlet: one outlet alone cannot be the answer.
		expect(describeCandidates(view)).toEqual([]);
	});
	it('keys the single outlet that uses a description when two outlets describe the person', () => {
		const view = story([
			'Senator Maria Lopez, a longtime budget hawk, voted against the bill on Tuesday.',
			'Senator Maria Lopez, the fiery populist from the west, voted against the bill on Tuesday.',
			'Senator Maria Lopez voted against the bill on Tuesday.'
		]);
		const qs = describeCandidates(view);
		expect(qs).toHaveLength(1);
		const q = qs[0]!.draft;
		expect(q.type).toBe('single');
		if (q.type !== 'single') return;
		expect(q.prompt).toContain('“a longtime budget hawk”');
		expect(q.choices.find((c) => c.id === q.correct[0])?.text).toBe('Daily 1');
	});
	it('keeps the keyed outlet among the choices when the story has more outlets than it shows', () => {
		// Only the seventh and eighth outlets describe her: the key lies past the first six.
		const view = story([
			...Array.from({ length: 6 }, () => 'Senator Maria Lopez voted against the bill on Tuesday.'),
			'Senator Maria Lopez, the fiery populist from the west, voted against the bill on Tuesday.',
			'Senator Maria Lopez, a longtime budget hawk, voted against the bill on Tuesday.'
		]);
		const q = describeCandidates(view)[0]?.draft;
		expect(q?.type).toBe('single');
		if (q?.type !== 'single') return;
		expect(q.choices).toHaveLength(6);
		expect(q.choices.find((c) => c.id === q.correct[0])?.text).toBe('Daily 7');
	});
	it('never takes a relative who shares the surname for the person', () => {
		const view = story([
			'Senator Maria Lopez spoke on Tuesday. Her brother Carlos Lopez, a lawyer from the city, listened.',
			'Senator Maria Lopez, a longtime budget hawk, voted against the bill on Tuesday.',
			'Senator Maria Lopez, the fiery populist from the west, voted against the bill.'
		]);
		const texts = describeCandidates(view).flatMap((c) =>
			c.draft.type === 'matching' ? c.draft.pairs.map((p) => p.right) : [c.draft.prompt]
		);
		expect(texts.join(' ')).not.toContain('lawyer from the city');
	});
});
