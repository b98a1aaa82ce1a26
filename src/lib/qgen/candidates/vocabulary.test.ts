import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from '../analyze';
import {
	ALONE_MORE_SENSES,
	ALONE_WORD_SENSES,
	FILL_LATE_SENSES,
	FILL_SENSES,
	SHORT_REPORT_SENSES,
	WORD_SENSES
} from '../lexicon';
import {
	bodySenses,
	definitionsIn,
	fillSenses,
	askedVocabularyWord,
	inflect,
	inflectGloss,
	innerQuotes,
	LEAD_SENTENCES,
	offField,
	senseUse,
	vocabularyCandidates
} from './vocabulary';

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

/** Each vocabulary item an article read alone gets: the word asked, its key, how many choices. */
const askedAlone = (text: string) =>
	vocabularyCandidates(viewStory('s', [analyzeArticle(article(text))])).map((c) => {
		const d = c.draft;
		if (d.type !== 'single') throw new Error('expected a single-choice question');
		return {
			word: /“(\w+)” mean/.exec(d.prompt)?.[1],
			key: d.choices.find((x) => x.id === d.correct[0])?.text,
			choices: d.choices.length
		};
	});

const entry = (word: string) => WORD_SENSES.find((e) => e.word === word)!;

describe('inflect', () => {
	it('writes a verb in the form the text uses', () => {
		expect(inflect('denounce', 'ed')).toBe('denounced');
		expect(inflect('decry', 'ed')).toBe('decried');
		expect(inflect('decry', 's')).toBe('decries');
		expect(inflect('snub', 'ing')).toBe('snubbing');
		expect(inflect('lose', 'ed')).toBe('lost');
		expect(inflect('clinch', 's')).toBe('clinches');
		expect(inflect('placate', 'ing')).toBe('placating');
	});

	it('inflects both verbs of a gloss joined by "or"', () => {
		expect(inflectGloss('strengthen or support', 'ed')).toBe('strengthened or supported');
		expect(inflectGloss('make certain of winning', 'ed')).toBe('made certain of winning');
		expect(inflectGloss('calm by giving something', 'ing')).toBe('calming by giving something');
	});

	it('writes the past and "-ing" forms of the irregular verbs the glosses use', () => {
		// "spark" is glossed "set off" and one of its wrong senses "pay for".
		expect(inflectGloss('set off', 'ed')).toBe('set off');
		expect(inflectGloss('pay for', 'ed')).toBe('paid for');
		expect(inflectGloss('spread out', 'ed')).toBe('spread out');
		expect(inflect('set', 'ing')).toBe('setting');
		expect(inflect('cut', 'ing')).toBe('cutting');
		expect(inflect('put', 'ing')).toBe('putting');
		// Campaign verbs whose last consonant doubles: "rigged", "quipped", not "riged".
		expect(inflect('rig', 'ed')).toBe('rigged');
		expect(inflect('quip', 'ing')).toBe('quipping');
	});
});

describe('senseUse', () => {
	it('finds a verb only where a verb stands', () => {
		expect(senseUse(entry('endorse'), 'The mayor endorsed Smith on Monday.')?.verbForm).toBe('ed');
		expect(senseUse(entry('endorse'), 'He said he would endorse Smith.')?.verbForm).toBe('base');
		// "endorse" as a base form after no subject or modal may be anything else.
		expect(senseUse(entry('rebuke'), 'The rebuke stung the mayor.')).toBeUndefined();
		expect(senseUse(entry('rebuke'), 'The council rebukes came fast.')).toBeUndefined();
	});

	it('takes a noun only where it heads its phrase, and no word of a name', () => {
		expect(senseUse(entry('backlash'), 'The plan drew a backlash from residents.')).toBeDefined();
		expect(senseUse(entry('bombshell'), 'A bombshell report landed on Monday.')).toBeUndefined();
		expect(
			senseUse(entry('momentum'), 'He spoke at the Momentum Forum on Monday.')
		).toBeUndefined();
		expect(senseUse(entry('momentum'), 'Momentum is with the mayor now.')?.form).toBe('Momentum');
	});
});

describe('campaign words an article read alone uses', () => {
	it('asks a contest word in the form the sentence uses, its gloss inflected to match', () => {
		const text = [
			'The governor vetted three possible running mates over the summer before the convention.',
			'The senator changed her stance on the toll road after the vote in May.',
			'Both candidates spent heavily in the final week of a bruising primary campaign.'
		].join('\n\n');
		const cs = vocabularyCandidates(viewStory('s', [analyzeArticle(article(text))]));
		const asked = cs.map((c) => /What does “([^”]+)” mean/.exec(c.draft.prompt)?.[1]);
		expect(asked).toEqual(['vetted', 'stance', 'bruising']);
		const vetted = cs[0]!.draft;
		if (vetted.type !== 'single') throw new Error('a vocabulary item has choices');
		const key = vetted.choices.find((c) => vetted.correct.includes(c.id))?.text;
		expect(key).toBe('checked carefully before approving');
		// "vet" doubles its last consonant like "rig": "vetted", "vetting", not "veted".
		expect(inflect('vet', 'ing')).toBe('vetting');
		expect(inflect('shun', 'ed')).toBe('shunned');
		// "could not muster the votes" is asked in the base form; a particle keeps its place.
		const muster = entry('muster');
		expect(senseUse(muster, 'The mayor could not muster the votes to pass it.')?.verbForm).toBe(
			'base'
		);
		expect(inflectGloss(muster.meaning, 'ed')).toBe('gathered or summoned up');
	});

	it('leaves a plural noun that only looks like the verb, and a noun before another noun', () => {
		// "vets" after a capitalised word reads as a verb; "the vets" as a noun never does.
		expect(senseUse(entry('vet'), 'Several of the vets marched to the capitol.')).toBeUndefined();
		expect(senseUse(entry('stance'), 'A stance change surprised her aides.')).toBeUndefined();
		expect(senseUse(entry('stance'), 'Her stance on taxes has not changed.')).toBeDefined();
	});
});

describe('word meanings in an article read alone', () => {
	const text = [
		'The council approved the new ward map on Tuesday after a long debate.',
		'The mayor denounced the vote as a “power grab” and said she would fight it in court.',
		'Opponents said the map was divisive and would hurt renters in the eastern wards.'
	].join('\n\n');

	it('asks what a less common word means in its sentence, with the meaning inflected', () => {
		const cs = vocabularyCandidates(viewStory('s', [analyzeArticle(article(text))]));
		expect(cs.map((c) => c.answerKey.split(':')[0])).toEqual(['vocabulary', 'vocabulary']);
		const draft = cs[0]!.draft;
		if (draft.type !== 'single') throw new Error('expected a single-choice question');
		expect(draft.prompt).toBe(
			'Daily A writes: “The mayor denounced the vote as a ‘power grab’ and said she would fight it in court.” What does “denounced” mean in this sentence?'
		);
		expect(draft.choices.find((x) => x.id === draft.correct[0])?.text).toBe('condemned publicly');
		expect(draft.choices.map((x) => x.text).sort()).toEqual(
			['abandoned a claim to', 'announced again', 'condemned publicly', 'praised publicly'].sort()
		);
		const second = cs[1]!.draft;
		if (second.type !== 'single') throw new Error('expected a single-choice question');
		expect(second.choices.find((x) => x.id === second.correct[0])?.text).toBe(
			'causing strong disagreement between people'
		);
	});

	it('knows words short political reports use, each keyed to its one news sense', () => {
		const short = [
			'The council approved the new ward map on Tuesday after a long debate.',
			'The mayor underscored the cost of the repairs in a speech to residents.',
			'Council members voted along partisan lines, and the plan passed by one vote.'
		].join('\n\n');
		const keys = askedAlone(short).map((q) => [q.word, q.key]);
		expect(keys).toEqual([
			['underscored', 'emphasized'],
			['partisan', 'strongly favoring one party']
		]);
	});

	it('knows words of campaigns and their quarrels, each keyed to its one news sense', () => {
		const short = [
			'The council approved the new ward map on Tuesday after a long debate.',
			'The presumptive nominee for mayor spoke to residents on Wednesday.',
			'Two council members balked at the cost of the repairs.',
			'Critics said the vote had been rigged by the ward bosses.'
		].join('\n\n');
		const keys = askedAlone(short).map((q) => [q.word, q.key, q.choices]);
		expect(keys).toEqual([
			// "chosen by lottery" and "drilled for oil" are of another field (offField).
			['presumptive', 'expected to be, though not yet official', 3],
			['balked', 'refused or hesitated', 4],
			['rigged', 'arranged dishonestly to get a chosen result', 3]
		]);
	});

	it('knows the words of a short report on a rivalry: opponents, a remark taken back', () => {
		const short = [
			'The council approved the new ward map on Tuesday after a long debate.',
			'The mayor called the plan’s author an adversary of every renter in town.',
			'Her two rivals, both council members, voted for the map.',
			'A spokesman later said the remark had been sarcastic and meant as a joke.'
		].join('\n\n');
		const keys = askedAlone(short).map((q) => [q.word, q.key]);
		expect(keys).toEqual([
			['adversary', 'an opponent or enemy'],
			['rivals', 'competitors for the same goal'],
			['sarcastic', 'mocking by saying the opposite of what is meant']
		]);
	});

	it('knows the words of a short report on a delegate race: who is behind, who pays', () => {
		const short = [
			'The council approved the new ward map on Tuesday after a long debate.',
			'Ms. Roe entered the race as the underdog in a crowded field.',
			'She won most of the delegates, and the party’s leaders praised her.',
			'Her donors, mostly local shop owners, gave twice what they gave last year.'
		].join('\n\n');
		const keys = askedAlone(short).map((q) => q.word);
		expect(keys).toEqual(['underdog', 'delegates', 'donors']);
	});

	it('asks one word of a family: "endorsed" and "endorsement" are not two items', () => {
		const short = [
			'The council approved the new ward map on Tuesday after a long debate.',
			'The union endorsed the mayor in a letter to members on Monday.',
			'Her endorsement by the union surprised several council members.'
		].join('\n\n');
		expect(askedAlone(short).map((q) => q.word)).toEqual(['endorsed']);
	});

	it('ranks the short report’s common words below a rarer word, which keeps its place', () => {
		const short = [
			'The council approved the new ward map on Tuesday after a long debate.',
			'The nominee for mayor spoke to residents on Wednesday.',
			'Her two rivals, both council members, voted for the map.',
			'Her donors, mostly local shop owners, gave twice what they gave last year.',
			'The mayor underscored the cost of the repairs in a speech to residents.'
		].join('\n\n');
		const items = vocabularyCandidates(viewStory('s', [analyzeArticle(article(short))]));
		const word = (c: (typeof items)[number]) => /“(\w+)” mean/.exec(c.draft.prompt)?.[1];
		expect(items.map(word)).toContain('underscored');
		const rare = items.find((c) => word(c) === 'underscored')!;
		for (const c of items.filter((c) => word(c) !== 'underscored'))
			expect(c.quality).toBeLessThan(rare.quality);
	});

	it('keeps the short report’s words to an article read alone, not a story’s lead word', () => {
		const lead = [
			'The council approved the new ward map on Tuesday after a long debate.',
			'The mayor called the plan’s author an adversary of every renter in town.'
		].join('\n\n');
		const two = [
			{ ...article(lead), id: 'a1', outlet: 'Daily A' },
			{ ...article(lead), id: 'a2', outlet: 'Daily B' }
		];
		const story = viewStory(
			's',
			two.map((a) => analyzeArticle(a))
		);
		expect(vocabularyCandidates(story)).toEqual([]);
		expect(vocabularyCandidates(viewStory('s', [analyzeArticle(two[0]!)]))).toHaveLength(1);
	});

	it('shows no sentence that is only quoted words, whose speaker another sentence names', () => {
		const text = (quote: string) =>
			[
				'The council approved the new ward map on Tuesday after a long debate.',
				'The mayor spoke to reporters after the vote.',
				quote
			].join('\n\n');
		const words = (quote: string) =>
			vocabularyCandidates(viewStory('s', [analyzeArticle(article(text(quote)))])).map(
				(c) => c.draft.prompt
			);
		expect(words('“The council has been feckless on housing for ten years.”')).toEqual([]);
		expect(words('“The council has been feckless on housing,” the mayor said.')).toHaveLength(1);
	});

	const filler = [
		'The council approved the new ward map on Tuesday after a long debate.',
		'Members voted seven to four in favour of the plan.',
		'The map moves about two thousand homes into new wards.',
		'Renters in the east will now vote with the old town centre.',
		'The clerk said the new borders take effect next spring.',
		'Two members asked for a second public hearing before then.',
		'The chair turned the request down at the end of the meeting.',
		'A court challenge is expected before the summer.'
	];
	// Past the lead: a later sentence tells a side story as often as the main event.
	const second = [...filler, 'Some said the new map was divisive and unfair to renters.'].join(
		'\n\n'
	);

	it('asks a story of several outlets one word, from a lead sentence in the writer’s own words', () => {
		const first = [
			// The first sentence of reporting: the main-idea question's key.
			'The council approved the contentious new ward map on Tuesday after a long debate.',
			// Quoted words: "Daily A writes" would credit the outlet with the mayor's.
			'The mayor denounced the vote as a “power grab” and said she would fight it in court.',
			'Opponents said the map was divisive and would hurt renters in the eastern wards.'
		].join('\n\n');
		const view = viewStory('s', [
			analyzeArticle(article(first)),
			analyzeArticle({ ...article(second), id: 'a1', outlet: 'Daily B' })
		]);
		const cs = vocabularyCandidates(view);
		expect(cs).toHaveLength(1);
		const draft = cs[0]!.draft;
		if (draft.type !== 'single') throw new Error('expected a single-choice question');
		expect(draft.prompt).toBe(
			'Daily A writes: “Opponents said the map was divisive and would hurt renters in the eastern wards.” What does “divisive” mean in this sentence?'
		);
		expect(draft.choices.find((x) => x.id === draft.correct[0])?.text).toBe(
			'causing strong disagreement between people'
		);
	});

	it('asks a story of several outlets no word that two of its headlines print', () => {
		const lead = [
			'The council approved the new ward map on Tuesday after a long debate.',
			'The mayor vowed to take the council to court over the new map before the spring vote.'
		].join('\n\n');
		const other = [
			'The city council passed a new ward map on Tuesday.',
			'Renters in the eastern wards said the map would cost them a seat.'
		].join('\n\n');
		const words = (titles: [string, string]) =>
			vocabularyCandidates(
				viewStory('s', [
					analyzeArticle({ ...article(lead), title: titles[0] }),
					analyzeArticle({ ...article(other), id: 'a1', outlet: 'Daily B', title: titles[1] })
				])
			)
				.filter((c) => c.family === 'vocabulary')
				.map((c) => c.draft.prompt);
		// "vows" in both headlines: the story's own word, met in every headline before reading.
		expect(words(['Mayor vows court fight', 'Mayor Vows To Fight Ward Map'])).toEqual([]);
		// In one headline only, it is asked.
		expect(words(['Mayor vows court fight', 'Council redraws the ward map']).join('\n')).toContain(
			'What does “vowed” mean in this sentence?'
		);
	});

	it('asks a story of several outlets no word when its leads hold none outside quotes', () => {
		// The first sentence is the main idea's key and the second quotes the mayor.
		const lead = text.replace('the map was divisive', 'the map was unfair');
		// The second article's word comes right after its lead sentences.
		expect(filler).toHaveLength(LEAD_SENTENCES);
		const view = viewStory('s', [
			analyzeArticle(article(lead)),
			analyzeArticle({ ...article(second), id: 'a1', outlet: 'Daily B' })
		]);
		expect(vocabularyCandidates(view)).toEqual([]);
	});

	it('fills a story of several outlets with words from below the leads, in the writer’s own words', () => {
		const first = [
			// The first sentence of reporting: the main-idea question's key, never asked.
			'The council approved the contentious new ward map on Tuesday after a long debate.',
			...filler.slice(1),
			// Quoted words: "Daily A writes" would credit the outlet with the mayor's.
			'The mayor called the vote “a divisive power grab” and said she would fight it.'
		].join('\n\n');
		const view = viewStory('s', [
			analyzeArticle(article(first)),
			analyzeArticle({ ...article(second), id: 'a1', outlet: 'Daily B' })
		]);
		// The lead holds no word to ask: leadSense has nothing, the fill has Daily B's ninth sentence.
		expect(vocabularyCandidates(view).filter((c) => c.family === 'vocabulary')).toEqual([]);
		const cs = bodySenses(view);
		expect(cs.map((c) => c.draft.prompt)).toEqual([
			'Daily B writes: “Some said the new map was divisive and unfair to renters.” What does “divisive” mean in this sentence?'
		]);
		// A single article is read through by its own families; it gets no fill from here.
		expect(bodySenses(viewStory('s', [analyzeArticle(article(second))]))).toEqual([]);
	});

	it('sets quotation marks inside the quoted sentence as single ones', () => {
		expect(innerQuotes('He called it a “power grab” and said "no".')).toBe(
			'He called it a ‘power grab’ and said ‘no’.'
		);
	});
});

describe('words of news beyond campaigns', () => {
	const keysOf = (text: string) =>
		vocabularyCandidates(viewStory('s', [analyzeArticle(article(text))])).map((c) => {
			const d = c.draft;
			if (d.type !== 'single') throw new Error('expected a single-choice question');
			return [
				/“([\w-]+)” mean/.exec(d.prompt)?.[1],
				d.choices.find((x) => x.id === d.correct[0])?.text
			];
		});

	it('asks a verb of courts in its past form with the gloss inflected, irregular heads too', () => {
		expect(
			keysOf(
				[
					'The council approved the new ward map on Tuesday after a long debate.',
					'Police detained two men outside the town hall after the meeting ended.',
					'A county clerk testified that the ballots were counted twice.',
					'The judge recused herself because her brother sits on the council.'
				].join('\n\n')
			)
		).toEqual([
			['detained', 'held in custody'],
			['testified', 'stated under oath'],
			['recused', 'stepped aside from a case to avoid a conflict of interest']
		]);
	});

	it('asks a noun of money or weather only where it heads its phrase', () => {
		// "tariff" modifies "rates" and "levy" is a surname the analysis reads as a name.
		expect(
			keysOf(
				[
					'The council approved the new port budget on Tuesday after a long debate.',
					'Dock workers said new tariff rates would cost the port many jobs next year.',
					'Dana Levy, a dock worker, spoke at the meeting for twenty minutes.',
					'Levy, who has worked at the port since 1990, said the vote was rushed.',
					'Ships stayed away in the aftermath of the storm for almost a week.'
				].join('\n\n')
			)
		).toEqual([['aftermath', 'the period after a damaging event']]);
	});

	it('offers the wrong meanings in the form the text uses', () => {
		const [c] = vocabularyCandidates(
			viewStory('s', [
				analyzeArticle(
					article(
						[
							'The council approved the new ward map on Tuesday after a long debate.',
							'Heavy rain inundated the lower town and closed the river road for days.'
						].join('\n\n')
					)
				)
			])
		);
		const d = c!.draft;
		if (d.type !== 'single') throw new Error('expected a single-choice question');
		expect(d.choices.map((x) => x.text).sort()).toEqual(
			// "surrounded with a fence" is of another field (offField) and left out.
			['drained or dried out', 'flooded or overwhelmed', 'ignored completely'].sort()
		);
	});

	it('doubles the last consonant where English does: "rebutted", "stepped"', () => {
		expect(inflect('rebut', 'ed')).toBe('rebutted');
		expect(inflectGloss('step aside from a case', 'ing')).toBe('stepping aside from a case');
		expect(inflectGloss('find guilty', 'ed')).toBe('found guilty');
	});
});

describe('words of the short report on a row or a claim', () => {
	const keys = (...sentences: string[]) =>
		askedAlone(
			['The council approved the new ward map on Tuesday after a long debate.', ...sentences].join(
				'\n\n'
			)
		).map((x) => [x.word, x.key]);

	it('asks who admits, holds firm or holds back, with the gloss in the form the text uses', () => {
		expect(
			keys(
				'The mayor acknowledged that the map had been drawn in a hurry last spring.',
				'Her deputy insisted that every ward would keep its own polling station.',
				'Both members agreed to refrain from attacking each other before the vote.'
			)
		).toEqual([
			['acknowledged', 'recognized or admitted'],
			['insisted', 'demanded or stated firmly'],
			['refrain', 'hold back from']
		]);
		expect(
			keys(
				'The clerk withheld the old maps from the council for nearly a month, members said.',
				'A local paper uncovered emails that showed the map was ready in May.',
				'The state may deport workers whose visas ran out before the harvest.'
			)
		).toEqual([
			['withheld', 'held back on purpose'],
			['uncovered', 'found out something hidden'],
			['deport', 'send out of the country by law']
		]);
	});

	it('asks what is only reported, who is rich, how large or plain something is', () => {
		expect(
			keys(
				'The mayor reportedly met the developers twice before the vote was held.',
				'A property mogul, who owns half the eastern ward, paid for the new signs.',
				'Renters spoke at length about the plight of families facing higher rents.'
			)
		).toEqual([
			['reportedly', 'according to reports not yet confirmed'],
			['mogul', 'a rich and powerful person in business'],
			['plight', 'a difficult or dangerous situation']
		]);
		expect(
			keys(
				'The new map gave the eastern wards a sizable share of the seats on the council.',
				'The vote showed a stark divide between renters and owners in the city.',
				'One vocal critic of the plan said it would split the old market district.'
			)
		).toEqual([
			['sizable', 'fairly large'],
			['stark', 'sharp and plain to see'],
			['vocal', 'speaking out often and strongly']
		]);
	});

	it('asks how something was done, said or won', () => {
		expect(
			keys(
				'The mayor privately told two members that she would not run again, aides said.',
				'Two members openly criticized the plan at the meeting on Monday.',
				'The mayor won the last election handily, with almost two thirds of the vote.'
			)
		).toEqual([
			['privately', 'away from public view'],
			['openly', 'without hiding it'],
			['handily', 'easily and by a wide margin']
		]);
		expect(
			keys(
				'Opponents of the plan gleefully shared the letter with reporters on Monday.',
				'The mayor’s refusal to release the old maps angered several members.',
				'Her aides said the mayor, who is 79, had the stamina for another four years.'
			)
		).toEqual([
			['gleefully', 'with great delight'],
			['refusal', 'a decision not to do something'],
			['stamina', 'the strength to keep going for a long time']
		]);
	});

	it('asks who checks or backs the council and what a change or a vote was like', () => {
		expect(
			keys(
				'The council was criticized by a local watchdog for breaking its own rules.',
				'The new map caused an upheaval in the eastern wards, members said.',
				'Long meetings became a hallmark of the council under the new mayor, members said.'
			)
		).toEqual([
			['watchdog', 'a group that checks others for wrongdoing'],
			['upheaval', 'a sudden, great change'],
			['hallmark', 'a typical feature']
		]);
		expect(
			keys(
				'A shipping magnate, who owns half the eastern ward, paid for the new signs.',
				'Members called for more civility after the meeting ended in shouting.',
				'In a subsequent vote, the council approved the budget for the eastern wards.'
			)
		).toEqual([
			['magnate', 'a rich and powerful person in business'],
			['civility', 'politeness'],
			['subsequent', 'coming after']
		]);
		expect(
			keys(
				'Critics called the plan reckless and said it would raise rents in the city.',
				'The mayor would not answer a hypothetical question about a second vote.',
				'Her supporters said she was a principled leader who never changed her views.'
			)
		).toEqual([
			['reckless', 'careless about danger or results'],
			['hypothetical', 'imagined, not real'],
			['principled', 'acting on firm moral beliefs']
		]);
		expect(
			keys(
				'The plan drew vigorous opposition from renters in the eastern wards.',
				'The mayor spoke to a raucous crowd outside the town hall on Monday.',
				'After the vote, members held an impromptu meeting in the hallway.'
			)
		).toEqual([
			['vigorous', 'strong and energetic'],
			['raucous', 'loud and disorderly'],
			['impromptu', 'unplanned']
		]);
	});

	it('asks what was stirred up, interrupted, misjudged or eased, in the form the text uses', () => {
		expect(
			keys(
				'Police said the men had tried to incite violence outside the town hall.',
				'Protesters disrupted the meeting for almost an hour on Monday.',
				'Support for the plan surged after the mayor spoke on the radio.'
			)
		).toEqual([
			['incite', 'stir up'],
			['disrupted', 'interrupted and disturbed'],
			['surged', 'climbed quickly']
		]);
		expect(
			keys(
				'The mayor said her critics had underestimated the support for the plan.',
				'The mayor deflected questions about the budget at the meeting on Monday.',
				'The new rules did little to assuage the fears of renters, members said.'
			)
		).toEqual([
			['underestimated', 'judged as weaker than it is'],
			['deflected', 'turned aside'],
			['assuage', 'ease']
		]);
	});

	it('leaves them out of a story of several outlets, whose one lead word is tuned apart', () => {
		const text = [
			'The council approved the new ward map on Tuesday after a long debate.',
			'The mayor reportedly met the developers twice before the vote was held.'
		].join('\n\n');
		const two = viewStory('s', [
			analyzeArticle(article(text)),
			analyzeArticle({ ...article(text), id: 'a1', outlet: 'Daily B' })
		]);
		expect(vocabularyCandidates(two)).toEqual([]);
		expect(keys('The mayor reportedly met the developers twice before the vote was held.')).toEqual(
			[['reportedly', 'according to reports not yet confirmed']]
		);
	});

	it('asks nothing from a sentence that carries an embedded post’s markup', () => {
		expect(
			keys(
				'<tweet id=’1’ author=’@roe’>The mayor reportedly met the developers twice before the vote</tweet>.'
			)
		).toEqual([]);
	});
});

describe('less common words of opinion and campaign news in an article read alone', () => {
	const keys = (...sentences: string[]) =>
		askedAlone(
			['The council approved the new ward map on Tuesday after a long debate.', ...sentences].join(
				'\n\n'
			)
		).map((x) => [x.word, x.key]);

	it('asks how a campaign or a view is described, in its sentence', () => {
		expect(
			keys(
				'The newcomer ran an unorthodox campaign that skipped every televised debate.',
				'Several disgruntled members walked out before the final vote was taken.',
				'The mayor said the budget gap was insurmountable without a new tax.'
			)
		).toEqual([
			['unorthodox', 'unusual, not the usual accepted way'],
			['disgruntled', 'annoyed and dissatisfied'],
			['insurmountable', 'impossible to overcome']
		]);
	});

	it('inflects both verbs of a two-verb gloss to the form the text uses', () => {
		expect(
			keys(
				'Late rain hampered the count in the eastern wards, officials said.',
				'Members are coalescing behind the deputy mayor ahead of the vote.',
				'The clerk said the council had fabricated the figures in the report.'
			)
		).toEqual([
			['hampered', 'hindered or held back'],
			['coalescing', 'joining together into one group'],
			['fabricated', 'made up falsely']
		]);
	});

	it('fills a place the tested words leave, and takes none from them', () => {
		// "unorthodox" comes first, but the three tested words keep the three places.
		expect(
			keys(
				'The newcomer ran an unorthodox campaign that skipped every televised debate.',
				'The mayor denounced the vote as a “power grab” on Wednesday night.',
				'Opponents said the map was divisive and would hurt renters in the east.',
				'The mayor reportedly met the developers twice before the vote was held.'
			).map(([word]) => word)
		).toEqual(['denounced', 'divisive', 'reportedly']);
		// With a place left, it is asked, after the tested words.
		expect(
			keys(
				'The newcomer ran an unorthodox campaign that skipped every televised debate.',
				'The mayor denounced the vote as a “power grab” on Wednesday night.'
			).map(([word]) => word)
		).toEqual(['denounced', 'unorthodox']);
	});

	it('finds each verb of the list in its past and base forms', () => {
		for (const w of ALONE_MORE_SENSES.filter((x) => x.pos === 'verb')) {
			const past = `The mayor ${inflect(w.word, 'ed')} the plan on Monday.`;
			expect(senseUse(w, past)?.verbForm, past).toBe('ed');
			const base = `The mayor said she would ${w.word} the plan.`;
			expect(senseUse(w, base)?.verbForm, base).toBe('base');
		}
	});
});

describe('a short quiz’s fill words (issue #10)', () => {
	const view = (...sentences: string[]) =>
		viewStory('s', [
			analyzeArticle(
				article(
					[
						'The council approved the new ward map on Tuesday after a long debate.',
						...sentences
					].join('\n\n')
				)
			)
		]);
	const plain = [
		'The clerk disclosed the cost of the survey in a letter to members.',
		'Residents of the eastern wards have grown hostile to the plan since spring.',
		'The vote prompted a walkout by three members of the housing committee.'
	];
	const asked = (cs: ReturnType<typeof fillSenses>) =>
		cs.map((c) => {
			const d = c.draft;
			if (d.type !== 'single') throw new Error('expected a single-choice question');
			return [
				/“(\w+)” mean/.exec(d.prompt)?.[1],
				d.choices.find((x) => x.id === d.correct[0])?.text
			];
		});

	it('asks the words of plain reporting sentences, in the form the text uses', () => {
		expect(asked(fillSenses(view(...plain), 0))).toEqual([
			['disclosed', 'made known'],
			['hostile', 'unfriendly and opposed'],
			['prompted', 'caused or led to']
		]);
	});

	it('asks the words of campaign and civic reporting where no other fill word fits', () => {
		expect(
			asked(
				fillSenses(
					view(
						'The gubernatorial race drew three candidates from the river towns.',
						'A nonprofit group paid for the survey of the eastern wards.',
						'The mayor sharpened her attacks on the housing plan on Monday.'
					),
					0
				)
			)
		).toEqual([
			['gubernatorial', 'relating to a state governor'],
			['nonprofit', 'not run to make money'],
			['sharpened', 'made stronger or harsher']
		]);
	});

	it('asks how voters and readers take the news, in a short report', () => {
		expect(
			asked(
				fillSenses(
					view(
						'Many residents of the eastern wards remain undecided about the new map.',
						'The council allegedly delayed the survey until after the vote.',
						'Residents voiced their frustration at a forum on Monday.'
					),
					0
				)
			)
		).toEqual([
			['undecided', 'not yet having made a choice'],
			['allegedly', 'as claimed but not proven'],
			['frustration', 'annoyance at being kept from a goal']
		]);
	});

	it('offers those words only after every other fill word, whatever their sentence', () => {
		const sentences = [
			'The gubernatorial race drew three candidates from the river towns.',
			'Residents of the eastern wards have grown hostile to the plan since spring.'
		];
		expect(asked(fillSenses(view(...sentences), 3))).toEqual([
			['hostile', 'unfriendly and opposed']
		]);
		expect(asked(fillSenses(view(...sentences), 2)).map(([w]) => w)).toEqual([
			'hostile',
			'gubernatorial'
		]);
	});

	it('leaves them out of the article’s first words', () => {
		expect(vocabularyCandidates(view(...plain))).toEqual([]);
	});

	it('asks no more than four words in all, counting those the quiz already asks', () => {
		expect(fillSenses(view(...plain), 3)).toHaveLength(1);
		expect(fillSenses(view(...plain), 4)).toEqual([]);
	});

	it('asks no word of a family or opening the quiz already asks', () => {
		const words = (askedWords: string[]) =>
			asked(fillSenses(view(...plain), 0, askedWords)).map(([w]) => w);
		expect(words(['disclose'])).toEqual(['hostile', 'prompted']);
		expect(words(['hostility', 'promptly'])).toEqual(['disclosed']);
		expect(
			askedVocabularyWord(
				'Daily A writes: “It was hostile.” What does “hostile” mean in this sentence?'
			)
		).toBe('hostile');
	});

	it('asks no word from a sentence whose quotation marks do not pair up', () => {
		const runOn =
			'The clerk said the plan was hostile to renters and “would cost the wards dearly.';
		const words = (sentence: string) => asked(fillSenses(view(sentence), 0)).map(([w]) => w);
		expect(words(runOn)).toEqual([]);
		expect(words(runOn.replace('“', ''))).toEqual(['hostile']);
	});

	it('asks a story of several outlets each word once, up to three words in all', () => {
		const a = analyzeArticle(article(plain.join('\n\n')));
		const b = analyzeArticle({ ...article(plain.join('\n\n')), id: 'a1', outlet: 'Daily B' });
		const story = viewStory('s', [a, b]);
		expect(asked(fillSenses(story, 0)).map(([w]) => w)).toEqual([
			'disclosed',
			'hostile',
			'prompted'
		]);
		expect(asked(fillSenses(story, 2)).map(([w]) => w)).toEqual(['disclosed']);
		expect(fillSenses(story, 3)).toEqual([]);
	});

	it('asks a story the rarer words of an article read alone, not its common ones', () => {
		const story = (...sentences: string[]) => {
			const a = analyzeArticle(article(sentences.join('\n\n')));
			const b = analyzeArticle({ ...a.article, id: 'a1', outlet: 'Daily B' });
			return viewStory('s', [a, b]);
		};
		const words = (...sentences: string[]) =>
			asked(fillSenses(story(...sentences), 0)).map(([w]) => w);
		const rare = 'The clerk acknowledged the survey had cost more than planned.';
		const common = 'The mayor met his rival for the seat at a forum on housing.';
		const unusual = 'The council took an unorthodox route to approve the ward map.';
		expect(words(rare, common, unusual)).toEqual(['acknowledged']);
		// The same sentences read alone ask all three: the story leaves two out by list, not use.
		const alone = vocabularyCandidates(
			viewStory('s', [analyzeArticle(article([rare, common, unusual].join('\n\n')))])
		);
		expect(alone.map((c) => c.keyTexts[0]).sort()).toEqual(['acknowledged', 'rival', 'unorthodox']);
	});

	it('finds each verb of the list in its past and base forms', () => {
		for (const w of [...FILL_SENSES, ...FILL_LATE_SENSES].filter((x) => x.pos === 'verb')) {
			const past = `The mayor ${inflect(w.word, 'ed')} the plan on Monday.`;
			expect(senseUse(w, past)?.verbForm, past).toBe('ed');
		}
	});
});

describe('glosses of verbs in the form the text uses', () => {
	it('writes no irregular verb of a gloss as if it were regular', () => {
		// "give in to" would read "gived in to": a head verb of a gloss is one whose past
		// vocabulary.ts writes right, or the gloss is worded with another verb.
		const regularised =
			/\b(?:gived|taked|goed|comed|breaked|throwed|keeped|becomed|rised|falled|drived|getted|hided|selled|buyed|beged|sumed|beed|speaked|leaved|winned|splited|sinked|teached|catched|thinked|runned|writed|telled|knowed|growed|drawed|fighted|stealed|choosed|feeled|spended)\b/;
		for (const w of [
			...WORD_SENSES,
			...ALONE_WORD_SENSES,
			...ALONE_MORE_SENSES,
			...SHORT_REPORT_SENSES,
			...FILL_SENSES,
			...FILL_LATE_SENSES
		])
			if (w.pos === 'verb')
				for (const g of [w.meaning, ...w.wrong])
					expect(inflectGloss(g, 'ed'), `${w.word}: ${g}`).not.toMatch(regularised);
	});
});

describe('wrong senses a reader of the sentence would weigh', () => {
	const entry = (word: string) => WORD_SENSES.find((w) => w.word === word)!;
	const choicesFor = (sentence: string) => {
		const [c] = vocabularyCandidates(
			viewStory('s', [
				analyzeArticle(
					article(['The council approved the new ward map on Tuesday.', sentence].join('\n\n'))
				)
			])
		);
		const d = c?.draft;
		if (d?.type !== 'single') throw new Error('expected a single-choice question');
		return d.choices.map((x) => x.text);
	};

	it('refuses a noun phrase for an adjective, a verb or an adverb', () => {
		expect(offField(entry('cordial'), 'a sweet fruit drink')).toBe('another part of speech');
		expect(offField(entry('cordial'), 'cold and hostile')).toBeUndefined();
		// A noun's wrong senses are noun phrases too.
		expect(offField(entry('scrutiny'), 'a quick glance')).toBeUndefined();
	});

	it('refuses a sense from the physical world beside a key that names none of it', () => {
		expect(offField(entry('undermine'), 'mine for coal')).toBe('another field');
		expect(offField(entry('undermine'), 'strengthen')).toBeUndefined();
		expect(offField(entry('coffers'), 'bags of coffee beans')).toBe('another field');
		// A key about the weather keeps its weather-word wrong senses.
		expect(offField(entry('inclement'), 'mild and sunny')).toBeUndefined();
	});

	it('refuses a pun on a short word, keeps a longer word’s look-alike', () => {
		expect(offField(entry('debacle'), 'a debate')).toBe('a pun');
		expect(offField(entry('berate'), 'rate again')).toBe('a pun');
		expect(offField(entry('berate'), 'praise')).toBeUndefined();
		// "Not yet famous" for "infamous" is a confusion students make, not a joke.
		expect(offField(entry('infamous'), 'not yet famous')).toBeUndefined();
	});

	it('asks with the plausible senses only', () => {
		const cs = choicesFor('The two mayors kept a cordial tone at the meeting on the budget.');
		expect(cs).toContain('friendly and polite');
		expect(cs).not.toContain('a sweet fruit drink');
		expect(cs).toHaveLength(3);
		const verbs = choicesFor('Critics said the new fees would undermine trust in the council.');
		expect(verbs).not.toContain('mine for coal');
		expect(verbs).toContain('weaken gradually');
	});

	it('offers only senses of politics for "partisan"', () => {
		const cs = choicesFor(
			'Council members voted along partisan lines, and the plan passed by one vote.'
		);
		expect(cs).toContain('strongly favoring one party');
		expect(cs).not.toContain('holy');
		expect(cs).not.toContain('partly finished');
	});

	it('leaves every word of the list at least two wrong senses of its kind', () => {
		for (const w of [
			...WORD_SENSES,
			...ALONE_WORD_SENSES,
			...ALONE_MORE_SENSES,
			...SHORT_REPORT_SENSES,
			...FILL_LATE_SENSES
		])
			expect(w.wrong.filter((x) => !offField(w, x)).length, w.word).toBeGreaterThanOrEqual(2);
	});
});
