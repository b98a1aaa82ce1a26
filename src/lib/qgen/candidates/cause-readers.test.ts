import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analyze';
import { article, storyOf } from '../article.test-helpers';
import { causalLinks } from './cause';
import {
	demandWhole,
	resolvedOpening,
	saidWhole,
	sinceGivesReason,
	withoutNounClause,
	withoutRelativeAside,
	withoutWhoQualifier
} from './cause-readers';

describe('demandWhole', () => {
	it('takes a name and a bare verb after "that" for a whole clause', () => {
		expect(demandWhole('Ms. Okafor demanded that Mr. Baird resign')).toBe(true);
		expect(demandWhole('The union asked that Tom Baird leave')).toBe(true);
	});
	it('still calls a name alone, or a name and a noun, after "that" cut short', () => {
		expect(demandWhole('Harbour officials expressed concern that Okafor')).toBe(false);
		expect(demandWhole('Officials said that Okafor Baird')).toBe(false);
		expect(demandWhole('Officials said that the harbour report')).toBe(false);
	});
	it('lets causalLinks read the demand and its reason', () => {
		const [link] = causalLinks(
			storyOf('Ana Ruiz demanded that Mr. Baird resign because he refused to release the audit.')
		);
		expect(link?.effect).toBe('Ana Ruiz demanded that Mr. Baird resign');
		expect(link?.cause).toBe('he refused to release the audit');
	});
});

describe('saidWhole', () => {
	it('takes a pronoun and its verb after "said" for a whole clause', () => {
		expect(saidWhole('Ms. Okafor said she briefly hesitated')).toBe(true);
		expect(saidWhole('The treasurer told reporters he resigned')).toBe(true);
	});
	it('still calls a name alone after "said" cut short', () => {
		expect(saidWhole('Harbour officials said Okafor')).toBe(false);
		expect(saidWhole('Harbour officials said the new')).toBe(false);
	});
});

describe('withoutRelativeAside', () => {
	it('drops a relative aside that ends the effect when a comma stands before the connective', () => {
		expect(
			withoutRelativeAside(
				'Councillors rejected the ferry budget, which also covers two new piers',
				true
			)
		).toBe('Councillors rejected the ferry budget');
	});
	it('keeps the effect whole without that comma: the reason may be the aside’s own', () => {
		const effect = 'Councillors rejected the ferry budget, which was delayed';
		expect(withoutRelativeAside(effect, false)).toBe(effect);
	});
});

describe('links read with these helpers', () => {
	it('reads the reason a named speaker gives for a short act of their own', () => {
		const [link] = causalLinks(
			storyOf(
				'Mr. Okafor said he initially hid the invoices because he feared losing his harbour licence.'
			)
		);
		expect(link?.effect).toBe('Mr. Okafor said he initially hid the invoices');
		expect(link?.cause).toBe('he feared losing his harbour licence');
		expect(link?.speaker).toBe('Mr. Okafor');
	});
	it('reads the main clause’s reason past a relative aside', () => {
		const [link] = causalLinks(
			storyOf(
				'Councillors rejected the ferry budget, which also covers two new piers, because the plan would be paid for with higher parking fees.'
			)
		);
		expect(link?.effect).toBe('Councillors rejected the ferry budget');
		expect(link?.cause).toBe('the plan would be paid for with higher parking fees');
	});
	it('gives no link when the reason belongs to the relative clause', () => {
		const links = causalLinks(
			storyOf(
				'Councillors rejected the ferry budget, which was delayed because of the winter storms.'
			)
		);
		expect(links.map((l) => l.effect)).not.toContain('Councillors rejected the ferry budget');
	});
});

describe('resolvedOpening', () => {
	const text =
		'Senator Daniel Okafor met the dock workers on Monday. ' +
		'He resigned from the harbour board on Friday because the audit found missing pension funds.';
	const second = (t: string) => {
		const a = analyzeArticle(article(1, t));
		const s = a.sentences.find((x) => /^(?:He|She) /.test(x.text))!;
		return resolvedOpening(s.text, a, s);
	};
	it('puts the full name of the man who is the subject of the sentence before in place of "He"', () => {
		expect(second(text)).toBe(
			'Daniel Okafor resigned from the harbour board on Friday because the audit found missing pension funds.'
		);
		const [link] = causalLinks(storyOf(text));
		expect(link?.effect).toBe('Daniel Okafor resigned from the harbour board on Friday');
	});
	it('leaves "She" alone when the sentence before names a man', () => {
		expect(second(text.replace('He resigned', 'She resigned'))).toBeUndefined();
	});
	it('leaves "He" alone when the sentence before names two people', () => {
		expect(second(text.replace('the dock workers', 'Mayor Peter Lindqvist'))).toBeUndefined();
	});
	it('leaves "He" alone when the man is only the object of the sentence before', () => {
		expect(
			second(
				text.replace(
					'Senator Daniel Okafor met the dock workers',
					'The dock workers met Senator Daniel Okafor'
				)
			)
		).toBeUndefined();
	});
	it('leaves "He" alone across a paragraph break', () => {
		expect(second(text.replace('Monday. He', 'Monday.\n\nHe'))).toBeUndefined();
	});
});

describe('sinceGivesReason', () => {
	it('reads "Since" opening a sentence with a present or future clause as a reason', () => {
		expect(sinceGivesReason('', 'the ferry will stay closed, the council hired buses.')).toBe(true);
		const [link] = causalLinks(
			storyOf(
				'Since the old pier cannot carry trucks, the harbour board moved the fish market inland.'
			)
		);
		expect(link?.effect).toBe('The harbour board moved the fish market inland');
		expect(link?.cause).toBe('the old pier cannot carry trucks');
	});
	it('reads a past or perfect clause, a year or a mid-sentence "since" as time', () => {
		expect(sinceGivesReason('', 'the pier closed, the market has moved twice.')).toBe(false);
		expect(sinceGivesReason('', 'she has served on the board, fees have risen.')).toBe(false);
		expect(sinceGivesReason('', '2019, the market has moved twice.')).toBe(false);
		expect(sinceGivesReason('The market has moved twice', 'the pier is closed.')).toBe(false);
		expect(
			causalLinks(storyOf('Since the pier closed, the harbour board moved the fish market inland.'))
		).toEqual([]);
	});
});

describe('withoutWhoQualifier', () => {
	it('drops the whole phrase saying whom a long reason falls on', () => {
		expect(
			withoutWhoQualifier(
				'the plan would be paid for with higher port fees on those with yearly incomes of more than $200,000 a year'
			)
		).toBe('the plan would be paid for with higher port fees');
	});
	it('keeps a reason of 18 words or fewer as it is', () => {
		expect(withoutWhoQualifier('the fees would fall on those who sail daily')).toBe(
			'the fees would fall on those who sail daily'
		);
	});
});

describe('withoutNounClause', () => {
	it('keeps the nouns of a long noun-phrase reason before the clause spelling out the last one', () => {
		expect(
			withoutNounClause(
				'scrutiny over the fee and complaints from other aides that he ran a chaotic and unfriendly office in the harbour ward'
			)
		).toBe('scrutiny over the fee and complaints from other aides');
	});
	it('leaves a short reason, or a clause, as it is', () => {
		expect(withoutNounClause('complaints from aides that he shouted')).toBe(
			'complaints from aides that he shouted'
		);
		const clause =
			'the board found that the pier had cracked in two places after the storm that hit the coast in the spring';
		expect(withoutNounClause(clause)).toBe(clause);
	});
	it('reads the reason of a long "amid" sentence after a relative aside', () => {
		const [link] = causalLinks(
			storyOf(
				'In March, Mr. Okafor, who represented the 14th Ward of the city, said that he would not run for re-election amid scrutiny over the fee and complaints from other aides that he set the tone for a hostile work environment in his office.'
			)
		);
		expect(link?.effect).toBe('Mr. Okafor said that he would not run for re-election');
		expect(link?.cause).toBe('scrutiny over the fee and complaints from other aides');
	});
});
