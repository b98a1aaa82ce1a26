import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { distinctSenses, formsOf, wordGapCandidates, wordGapIn } from './word-gap';

function asked(text: string, n = 1) {
	const analyses = Array.from({ length: n }, (_, i) => analyzeArticle(article(i + 1, text)));
	return wordGapCandidates(viewStory('s', analyses)).map((c) => c.draft);
}

/** The key and the sorted wrong choices of a gap the sentence yields in an article of its own. */
function gapOf(sentence: string, articleText = sentence) {
	const g = wordGapIn(sentence, articleText);
	return g && { key: g.key, wrong: [...g.wrong].sort() };
}

describe('formsOf', () => {
	it('inflects verbs and nouns as compromise does, irregular forms too', () => {
		expect(formsOf('verb', 'win')).toMatchObject({ PastTense: 'won', PresentTense: 'wins' });
		expect(formsOf('verb', 'fall').Participle).toBe('fallen');
		expect(formsOf('noun', 'ally').Plural).toBe('allies');
	});
});

describe('wordGapIn', () => {
	it('gaps a past verb of outcome, its contrasts in the same tense', () => {
		expect(
			gapOf('The Harlow council approved the bus contract by a vote of 7 to 2 on Tuesday.')
		).toEqual({ key: 'approved', wrong: ['postponed', 'rejected'] });
		expect(
			gapOf('Mayor Jane Holloway praised the Harlow bus drivers at the depot last spring.')
		).toEqual({ key: 'praised', wrong: ['criticized', 'ignored'] });
	});
	it('leaves a stance the rest of the sentence tells by the subject’s own words', () => {
		// "saying he was a strong leader" is praise: "criticized" is ruled out by the sentence.
		expect(
			gapOf('Mayor Jane Holloway praised the bus drivers, saying they were the best in the state.')
		).toBeUndefined();
		expect(
			gapOf('Mayor Jane Holloway criticized the bus contract and has called for scrapping it.')
		).toBeUndefined();
	});
	it('leaves a stance the subject’s own demand or dismissal tells', () => {
		// "demanding changes" is blame: "praised" and "defended" are ruled out by the sentence.
		expect(
			gapOf('Mayor Jane Holloway has repeatedly blasted the bus contract, demanding a new vote.')
		).toBeUndefined();
		expect(
			gapOf('Mayor Jane Holloway defended the bus contract, brushing aside concerns about cost.')
		).toBeUndefined();
	});
	it('leaves a judgement its harsh manner, a failing or another side’s dissent tells', () => {
		expect(
			gapOf('Mayor Jane Holloway sharply criticized the Harlow bus contract last spring.')
		).toBeUndefined();
		expect(
			gapOf(
				'Mayor Jane Holloway criticized the bus board for not raising drivers’ pay last spring.'
			)
		).toBeUndefined();
		expect(
			gapOf('The Harlow council praised the mayor’s plan, over union criticism that it cut jobs.')
		).toBeUndefined();
		// A reason that does not tell the side keeps the gap.
		expect(
			gapOf('Mayor Jane Holloway criticized the bus board for its handling of the contract.')
		).toEqual({ key: 'criticized', wrong: ['defended', 'praised'] });
	});
	it('leaves a noun of outcome a set phrase gives', () => {
		// News English scores a win, never a defeat.
		expect(
			gapOf('The Harlow union scored a big victory for bus drivers across the county.')
		).toBeUndefined();
	});
	it('leaves a word whose other form the same sentence prints', () => {
		// "no longer praises" tells the gap "praised" without the article.
		expect(
			gapOf('Mayor Jane Holloway first praised the bus drivers, but she no longer praises them.')
		).toBeUndefined();
	});
	it('takes the participle after an auxiliary, and a noun’s number and article', () => {
		expect(gapOf('The council has raised the bus fare to 2 dollars since it met in May.')).toEqual({
			key: 'raised',
			wrong: ['cut', 'frozen']
		});
		expect(
			gapOf('The union called the ruling a victory for bus drivers across the county.')
		).toEqual({ key: 'a victory', wrong: ['a defeat', 'a stalemate'] });
	});
	it('gaps no noun for people by their side: its contrasts all name the other side', () => {
		// "critics" and "opponents" for "supporters" drop out together.
		expect(
			gapOf('On Friday, Holloway supporters marched through the Harlow depot.')
		).toBeUndefined();
		expect(
			gapOf('The supporters marched through the Harlow depot on Friday morning after the vote.')
		).toBeUndefined();
	});
	it('never offers a contrast the article itself writes, and needs two', () => {
		const s = 'The Harlow council rejected the bus contract by a vote of 7 to 2 on Tuesday.';
		expect(gapOf(s, `${s} Last year it approved a smaller contract.`)).toBeUndefined();
	});
	it('leaves a negated, conditional or paired word, an infinitive and a word of another sense', () => {
		for (const s of [
			'The Harlow council did not reject the bus contract at its meeting on Tuesday.',
			'If the council rejected the bus contract, drivers would strike on Monday.',
			'Win or lose, the mayor said she would stay in the race for the county seat.',
			'Holloway needs to win the primary in March to stay in the race for mayor.',
			'Holloway raised $20,000 for the bus drivers at a dinner in Harlow on Friday.',
			'Sandy Reyes, who lost her daughter in the crash, spoke at the Harlow depot.',
			'The county denied overtime to nine hundred bus drivers in Harlow last year.',
			'Mayor Holloway took a victory lap through the Harlow depot on Friday morning.',
			'Holloway won out over two rivals at the Harlow council meeting on Tuesday.',
			'Bus fares in Harlow will likely rise after the council meets, by 5 percent or more.',
			'The council is hearing from business supporters who share the union’s dislike of the fare.'
		])
			expect(gapOf(s), s).toBeUndefined();
	});
	it('gaps a verb of attack in words, its contrasts praise and defence', () => {
		expect(
			gapOf('Councillor Dana Pike blasted the Harlow bus contract at the depot on Tuesday.')
		).toEqual({ key: 'blasted', wrong: ['defended', 'praised'] });
		expect(
			gapOf('During the county race, Pike assailed Mayor Holloway’s fare plan in a radio ad.')
		).toEqual({ key: 'assailed', wrong: ['defended', 'praised'] });
		// "amounted to attacks on": a plural noun, which the verbs "defends", "praises" cannot replace.
		expect(
			gapOf('Pike said the fare hike amounted to attacks on Harlow bus drivers and their union.')
		).toBeUndefined();
		// "After the terrorist attacks in": a determiner, a modifier and a preposition after it
		// make a plural noun too (a tuning reader's REJECT: the phrase gave the key).
		expect(
			gapOf('After the gang attacks in Harlow and Dalby, the council met to review its budget.')
		).toBeUndefined();
		expect(
			gapOf('Councillor Dana Pike attacks the Harlow bus contract in a radio ad on Tuesday.')
		).toMatchObject({ key: 'attacks' });
		// "of Republican attacks on": after a preposition and a party's or a nation's adjective,
		// a plural noun too (a tuning reader's REJECT: grammar alone gave the key).
		expect(
			gapOf('The Ledger cited it in its review of Republican attacks on Holloway during the race.')
		).toBeUndefined();
		expect(
			gapOf('Pike pointed to Canadian attacks on the Harlow bus contract at the depot.')
		).toBeUndefined();
		// "defended" in another sentence may be true of someone: then one contrast is left, no gap.
		const s = 'Councillor Dana Pike attacked the Harlow bus contract at the depot on Tuesday.';
		expect(gapOf(s, `${s} The mayor defended it.`)).toBeUndefined();
	});
	it('gaps "passed" and "lifted" only of a bill or a rule, not time going by or people raised up', () => {
		expect(
			gapOf('The Harlow council passed the bus contract by a vote of 7 to 2 on Tuesday.')
		).toEqual({
			key: 'passed',
			wrong: ['postponed', 'rejected']
		});
		for (const s of [
			'Nine months passed before the Harlow council voted on the bus contract again.',
			'The bus pass scheme has lifted more families out of hardship than any grant in Harlow.'
		])
			expect(gapOf(s), s).toBeUndefined();
	});
	it('gaps no rise or fall, and a raise of a level only', () => {
		// "fell" and "dropped" for "rose" say one thing: the key is left by elimination.
		expect(gapOf('Bus ridership in Harlow rose 12 percent in the year to March.')).toBeUndefined();
		expect(
			gapOf('Ridership in Harlow rose quickly after the new depot opened in March.')
		).toBeUndefined();
		expect(gapOf('The council raised the bus fare for the first time in nine years.')).toEqual({
			key: 'raised',
			wrong: ['cut', 'froze']
		});
	});
});

describe('a key the sentence tells by another part of speech', () => {
	it('leaves a noun whose verb the sentence prints, and a verb whose noun it prints', () => {
		expect(
			gapOf('The mayor won the county vote, beating her rival in her fourth win of the night.')
		).toBeUndefined();
		expect(
			gapOf('The mayor won the county vote on Tuesday, a win her rivals called a fluke.')
		).toBeUndefined();
	});
	it('still gaps the noun alone', () => {
		expect(gapOf('The mayor celebrated her fourth win of the night in the county.')?.key).toBe(
			'win'
		);
	});
});

describe('a direction word beside both ends of its change', () => {
	it('leaves a rise or fall whose figures the sentence prints at both ends', () => {
		expect(gapOf('Approval of the Harlow council declined from 58 to 55 percent in May.')).toBe(
			undefined
		);
		expect(
			gapOf('Bus ridership in Harlow rose to 12,400 a day, from 9,800 a year earlier.')
		).toBeUndefined();
		expect(gapOf('The Harlow bus fare fell from three dollars to two on Monday.')).toBeUndefined();
	});
});

describe('wordGapCandidates', () => {
	const story =
		'The Harlow council approved the bus contract by a vote of 7 to 2 on Tuesday. Mayor Jane Holloway said the depot would stay open. The council also approved a plan for a new depot in the north of Harlow.';
	it('asks a gap as the article tells it, in a single article only', () => {
		const qs = asked(story);
		expect(qs).toHaveLength(2);
		const q = qs[0]!;
		if (q.type !== 'single') throw new Error('not a single-choice question');
		expect(q.prompt).toBe(
			'Daily 1 writes: “The Harlow council ____ the bus contract by a vote of 7 to 2 on Tuesday.” Choose what belongs in the gap, as the article tells it.'
		);
		expect(q.choices.find((c) => c.id === q.correct[0])!.text).toBe('approved');
		expect(asked(story, 2)).toEqual([]);
	});
	it('gives every gap of one theme the same answer key, so a set asks it once', () => {
		const keys = wordGapCandidates(viewStory('s', [analyzeArticle(article(1, story))])).map(
			(c) => c.answerKey
		);
		expect(keys).toEqual(['word:decision', 'word:decision']);
		const won =
			'Mayor Jane Holloway called the vote a victory for bus drivers across the county. Her win in Harlow surprised the council, which had expected a close race.';
		expect(
			wordGapCandidates(viewStory('s', [analyzeArticle(article(1, won))])).map((c) => c.answerKey)
		).toEqual(['word:outcome', 'word:outcome']);
	});
	it('leaves quoted words and a transcript’s speaker lines alone', () => {
		expect(
			asked('“The council rejected the bus contract on Tuesday,” Holloway said in Harlow.')
		).toEqual([]);
		expect(asked('HOLLOWAY: The council rejected the bus contract on Tuesday in Harlow.')).toEqual(
			[]
		);
	});
});

describe('a gap in a sentence that opens with he or she', () => {
	const promptOf = (text: string) => {
		const q = asked(text).find((d) => d.prompt.includes('primary'));
		return q?.prompt.replace(/^Daily 1 writes: “|” Choose what belongs.*$/g, '');
	};
	const won = 'praised the Harlow primary voters at the depot last spring.';
	const gapped = '____ the Harlow primary voters at the depot last spring.';
	it('names the one person of the sentence before the pronoun can mean, in brackets', () => {
		for (const before of [
			'Mayor Jane Holloway spent the last week of the race in the north of Harlow.',
			'On Monday, Mayor Jane Holloway spent the day with bus drivers in the north of Harlow.',
			// A man named beside her is not "she"; a plural subject is no one "she" can mean.
			'Tom Briggs says Jane Holloway ran a strong race in the north of Harlow.',
			'The bus drivers of Harlow spent the week with Mayor Jane Holloway in the north.'
		])
			expect(promptOf(`${before} She ${won}`)).toBe(`[Jane Holloway] ${gapped}`);
	});
	it('leaves the pronoun when the sentence before names two people it can mean, someone else, or no one of its sex', () => {
		const two = 'Mayor Jane Holloway spent the week with Ann Briggs in the north of Harlow.';
		const judge = 'The judge visited Mayor Jane Holloway in the north of Harlow last week.';
		const someoneElse = 'Mayor Jane Holloway thanked her at the depot in the north of Harlow.';
		const sex = 'Mrs. Jane Holloway spent the last week of the race in the north of Harlow.';
		for (const text of [`${two} She ${won}`, `${judge} She ${won}`, `${someoneElse} She ${won}`])
			expect(promptOf(text)).toBe(`She ${gapped}`);
		expect(promptOf(`${sex} He ${won}`)).toBe(`He ${gapped}`);
		// The same pronoun before the name goes on with someone further back; "Mr." is no "she".
		const chain = '“We need buses,” she told Ann Briggs at the depot in the north of Harlow.';
		const mister = 'Mr. Holloway spent the last week of the race in the north of Harlow.';
		expect(promptOf(`${chain} She ${won}`)).toBe(`She ${gapped}`);
		expect(promptOf(`${mister} She ${won}`)).toBe(`She ${gapped}`);
		// A name cut short by a mis-encoded letter ("FranA" of "FranÃ§ois") is no one to print.
		const garbled =
			'In a speech on Friday, President FranA\u0303\u00a7ois Holland spoke in the north of Harlow.';
		expect(promptOf(`${garbled} He ${won}`)).toBe(`He ${gapped}`);
	});
});

describe('wrong choices of one sense', () => {
	it('keeps the first of two contrasts that say one thing, and none that says the key', () => {
		expect(distinctSenses('rise', ['fall', 'drop'])).toEqual(['fall']);
		expect(distinctSenses('win', ['lose', 'forfeit', 'concede'])).toEqual(['lose']);
		expect(distinctSenses('approve', ['reject', 'block', 'postpone'])).toEqual([
			'reject',
			'postpone'
		]);
		// "oust" says what "hire" does not, but the same as "fire".
		expect(distinctSenses('hire', ['fire', 'oust', 'climb'])).toEqual(['fire', 'climb']);
		expect(distinctSenses('support', ['back', 'oppose', 'ignore'])).toEqual(['oppose', 'ignore']);
	});
	it('gives no gap whose wrong choices all say one thing', () => {
		for (const s of [
			'Mayor Jane Holloway won the Harlow primary by nine points last spring.',
			'The Harlow council hired a new depot manager to run the bus yard in May.',
			'The tram line led to the rise of the north of Harlow as a place to live.'
		])
			expect(gapOf(s), s).toBeUndefined();
	});
});
