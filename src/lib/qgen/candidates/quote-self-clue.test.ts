import { describe, expect, it } from 'vitest';
import { storyOf } from '../article.test-helpers';
import { quoteCandidates } from './quote';
import { ownWords, ownsBlame } from './quote-self-clue';

/** The "who said" single items of a story: prompt and choices, key first. */
const whoSaid = (view: ReturnType<typeof storyOf>) =>
	quoteCandidates(view)
		.map((c) => c.draft)
		.filter((d) => d.type === 'single' && d.prompt.startsWith('Who said'))
		.map((d) => {
			const { choices, correct } = d as {
				choices: { id: string; text: string }[];
				correct: string[];
			};
			return {
				prompt: d.prompt,
				key: choices.find((c) => correct.includes(c.id))!.text,
				wrong: choices.filter((c) => !correct.includes(c.id)).map((c) => c.text)
			};
		});

const OFFICE_QUOTE =
	'“The description of documents obtained by this office is not accurate,” said Paul Garner, a spokesman for the inspector general’s office.';

describe('ownWords', () => {
	it('reads the words a quote uses for the speaker’s own body or post', () => {
		expect(ownWords('obtained by this office, as your governor')).toEqual(['office', 'governor']);
		expect(ownWords('we stand by our reporting')).toEqual(['reporting']);
		expect(ownWords('the bridge will reopen in spring')).toEqual([]);
	});
});

describe('quoteCandidates: a quote that names the speaker’s own body', () => {
	it('asks no "who said" when only the key belongs to the office the quote speaks for', () => {
		const view = storyOf(
			[
				OFFICE_QUOTE,
				'“The report is a disgrace and should be withdrawn,” said Sen. Dana Whitby.',
				'“We will hold hearings on the report next week,” said Rep. Tom Reyes.',
				'“The mayor has done nothing wrong here at all,” said Gov. Lena Cruz.'
			].join('\n\n')
		);
		expect(whoSaid(view).filter((q) => q.key === 'Paul Garner')).toEqual([]);
		// The other speakers' words give nothing away: they are still asked.
		expect(whoSaid(view).some((q) => q.key === 'Dana Whitby')).toBe(true);
	});

	it('asks it among people of the same office when the story has them', () => {
		const view = storyOf(
			[
				OFFICE_QUOTE,
				'“The inquiry is still open and will take months,” said Ana Ruiz, a lawyer for the inspector general’s office.',
				'“We have shared every document we hold with them,” said Eli Moss, a spokesman for the inspector general’s office.',
				'“The report is a disgrace and should be withdrawn,” said Sen. Dana Whitby.'
			].join('\n\n')
		);
		const asked = whoSaid(view).find((q) => q.key === 'Paul Garner');
		expect(asked?.wrong.sort()).toEqual(['Ana Ruiz', 'Eli Moss']);
	});

	it('asks no "who said" of a journalist’s words about “our reporting” among officials', () => {
		const view = storyOf(
			[
				'“We stand by our reporting and the sources who informed it,” said Kay Lind, the newspaper’s editor.',
				'“The report is a disgrace and should be withdrawn,” said Sen. Dana Whitby.',
				'“We will hold hearings on the report next week,” said Rep. Tom Reyes.',
				'“The mayor has done nothing wrong here at all,” said Gov. Lena Cruz.'
			].join('\n\n')
		);
		expect(whoSaid(view).filter((q) => q.key === 'Kay Lind')).toEqual([]);
	});
});

describe('quoteCandidates: a quote that speaks of the speaker’s own relative', () => {
	const view = storyOf(
		[
			'“As many of you know, one of my daughters is a nurse at the county hospital,” said Hal Voss.',
			'“My father is wrong about the hospital plan and I have told him so,” said Tessa Voss.',
			'“The hospital plan will cost the county far too much money,” said Tom Reyes.',
			'“The nurses deserve a raise before the plan goes any further,” said Lena Cruz.'
		].join('\n\n')
	);
	/** Every person a quote item on these words offers or claims: choices and the true/false's name. */
	const offered = (words: string) =>
		quoteCandidates(view)
			.filter((c) => (c.excerpt ?? '').includes(words))
			.flatMap((c) =>
				c.draft.type === 'single'
					? c.draft.choices.map((x) => x.text)
					: c.draft.type === 'truefalse'
						? [c.draft.prompt]
						: []
			);
	it('offers no one of the speaker’s family name, the relative the words are about', () => {
		expect(offered('one of my daughters').length).toBeGreaterThan(0);
		expect(offered('one of my daughters').join(' ')).not.toMatch(/Tessa/);
		expect(offered('My father is wrong').join(' ')).not.toMatch(/Hal Voss/);
	});
	it('still offers the relative for words that name no relative', () => {
		expect(offered('The nurses deserve').join(' ')).toMatch(/Voss/);
	});
});

describe('quoteCandidates: a speaker’s own admission of blame', () => {
	const view = storyOf(
		[
			'“I used money I shouldn’t have used for things I wanted at home,” said Ned Varga.',
			'“I will repay every cent to the donors of the campaign fund,” said Ned Varga.',
			'“The harbour plan will cost the county far too much money,” said Tom Reyes.',
			'“The nurses deserve a raise before the plan goes any further,” said Lena Cruz.',
			'“We will hold hearings on the hospital plan next week,” said Dana Whitby.'
		].join('\n\n')
	);
	const asked = quoteCandidates(view).map((c) => c.excerpt ?? '');
	it('reads an admission, a plea or a first-person wrong, not any first-person line', () => {
		expect(ownsBlame('As I have said, I take full responsibility for it')).toBe(true);
		expect(ownsBlame('Guilty, Your Honor — I misled the voters of this county')).toBe(true);
		expect(ownsBlame('It was my fault and nobody else’s')).toBe(true);
		expect(ownsBlame('I take the bus to the harbour every morning')).toBe(false);
		expect(ownsBlame('They lied to me about the money')).toBe(false);
	});
	it('asks about the speaker’s other words, never the admission', () => {
		expect(asked.filter((x) => x.includes('shouldn’t have'))).toEqual([]);
		expect(asked.some((x) => x.includes('repay every cent'))).toBe(true);
	});
});
