import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article, storyOf } from '../article.test-helpers';
import { nameLike, quoteCallsCandidates } from './quote-calls';
import { quotationKey } from './quotation';

const paragraphs = [
	'Mayor Jane Holloway said on Monday that the river bridge will close for repairs next month.',
	'A report by the county auditor said the city had “ignored” warnings about the steel beams.',
	'Holloway called that report Friday a “partisan stunt.”',
	'Council member Tom Reyes, who is running for mayor, seized on the dispute, telling a radio host that the repairs were “a slow-motion disaster” for drivers.',
	'Drivers will be sent along a detour through the northern industrial park.',
	'Local shop owners fear the detour will cost them “a whole season” of trade.'
];
const single = (text: string[]) => viewStory('s', [analyzeArticle(article(0, text.join('\n\n')))]);
const asked = (text: string[]) => quoteCallsCandidates(single(text));

describe('quoteCallsCandidates', () => {
	it('asks what a named speaker called a thing, with other quoted words as wrong choices', () => {
		const [c, ...rest] = asked(paragraphs);
		expect(rest).toHaveLength(0);
		const q = c!.draft;
		expect(q.prompt).toBe('What did Jane Holloway call the report, according to the article?');
		if (q.type !== 'single') throw new Error('expected a single-choice question');
		expect(q.choices.find((x) => x.id === q.correct[0])!.text).toBe('a partisan stunt');
		expect(q.choices.map((x) => x.text).sort()).toEqual([
			'a partisan stunt',
			'a slow-motion disaster',
			'a whole season',
			'ignored'
		]);
	});
	it('asks how a speaker described a thing after "slammed … as"', () => {
		const text = paragraphs.map((p) =>
			p.startsWith('Holloway called') ? 'Holloway slammed the audit as “a partisan stunt.”' : p
		);
		expect(asked(text)[0]!.draft.prompt).toBe(
			'How did Jane Holloway describe the audit, according to the article?'
		);
	});
	it('offers none of the speaker’s own words elsewhere, which may name the same thing', () => {
		const text = [...paragraphs];
		text[5] = 'Holloway later said the auditor had “a grudge” against the city.';
		const q = asked(text)[0]?.draft;
		// Only two other speakers' words remain: the item still stands, without Holloway's.
		if (q?.type !== 'single') throw new Error('expected a single-choice question');
		expect(q.choices.map((x) => x.text)).not.toContain('a grudge');
	});
	it('asks nothing when the thing is a pronoun, or when the speaker is only "she"', () => {
		const pronoun = paragraphs.map((p) =>
			p.startsWith('Holloway called') ? 'Holloway called it a “partisan stunt.”' : p
		);
		expect(asked(pronoun)).toHaveLength(0);
		const she = paragraphs.map((p) =>
			p.startsWith('Holloway called') ? 'She called that report a “partisan stunt.”' : p
		);
		expect(asked(she)).toHaveLength(0);
	});
	it('asks nothing of words a campaign or an aide of the named person chose', () => {
		const campaign = paragraphs.map((p) =>
			p.startsWith('Holloway called')
				? 'Holloway’s campaign called that report a “partisan stunt.”'
				: p
		);
		expect(asked(campaign)).toHaveLength(0);
	});
	it('offers no words the key’s sentence also quotes, nor words a "he said" gives', () => {
		const text = [...paragraphs];
		text[2] = 'Holloway called that report a “partisan stunt” and “a smear.”';
		text[5] = 'He said that the auditor was “a loyal partisan” of the council.';
		const q = asked(text)[0]?.draft;
		if (q?.type !== 'single') throw new Error('expected a single-choice question');
		expect(q.choices.map((x) => x.text)).not.toContain('a smear');
		expect(q.choices.map((x) => x.text)).not.toContain('a loyal partisan');
	});
	it('counts the speaker’s quotes a sentence or two away as the same quotation', () => {
		const text = [...paragraphs];
		text.splice(
			3,
			0,
			'Holloway spoke for an hour. “We will not be bullied by an auditor,” Holloway said.'
		);
		const view = single(text);
		const [c] = quoteCallsCandidates(view);
		const other = view.analyses[0]!.quotes.find((q) => q.text.startsWith('We will not'))!;
		const own = view.analyses[0]!.quotes.find((q) => q.text.startsWith('partisan'))!;
		// Two quotations as quotation.ts reads them, one as this item counts them.
		expect(quotationKey(view, other)).not.toBe(quotationKey(view, own));
		expect(c!.quotations).toContain(quotationKey(view, other));
	});
	it('asks nothing in a story of several outlets', () => {
		expect(quoteCallsCandidates(storyOf(paragraphs.join('\n\n'), paragraphs[4]!))).toHaveLength(0);
	});
});

describe('nameLike', () => {
	it('takes a judgement, not a clause, a title or a name', () => {
		expect(nameLike('boldfaced lie.')).toBe(true);
		expect(nameLike('fabricated')).toBe(true);
		expect(nameLike('are very threatened')).toBe(false);
		expect(nameLike('because he is right')).toBe(false);
		expect(nameLike('Morning Harbour')).toBe(false);
		expect(nameLike('a very long phrase with far too many words in it')).toBe(false);
	});
});
