import { describe, expect, it, vi } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import {
	leavingPeople,
	namesOwnTitle,
	quoteCandidates,
	quotedAlsoBy,
	saysLikewise,
	speaksOfLeaving,
	tellsVoice,
	twoVoiceQuotes
} from './quote';
import { article, storyOf } from '../article.test-helpers';

describe('quoteCandidates', () => {
	it('asks no "who said" when only one person speaks in the story', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					[
						'Mayor Jane Holloway met Council member Tom Reyes and Police Chief Maria Lopez on Monday.',
						'“We cannot spend money we do not have,” Mayor Jane Holloway said.',
						'“The bridge will reopen before the winter comes,” Holloway said.'
					].join('\n\n')
				)
			)
		]);
		expect(quoteCandidates(view)).toEqual([]);
	});

	it('asks nobody "who said" words a trailing attribution gives to a statement', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					[
						'Mayor Jane Holloway met Council member Tom Reyes and Police Chief Maria Lopez on Monday.',
						'Tom Reyes asked the mayor last summer to explore “options of service on the river board,” the council said in a statement.',
						'“We cannot spend money we do not have,” Mayor Jane Holloway said.',
						'“The bridge will reopen before the winter comes,” Police Chief Maria Lopez said.'
					].join('\n\n')
				)
			)
		]);
		const prompts = quoteCandidates(view).map((c) => c.draft.prompt);
		expect(prompts.some((p) => p.includes('spend money'))).toBe(true);
		expect(prompts.some((p) => p.includes('options of service'))).toBe(false);
	});

	it('asks about a quoted phrase but not about one quoted word', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					[
						'Mayor Jane Holloway called the protest “disgraceful” on Monday.',
						'Union leader Sam Okafor said he was “looking forward” to the vote.',
						'Council member Tom Reyes called the budget “a slap in the face of every family” on Monday.',
						'“We will be back every week until the cuts are gone,” union leader Sam Okafor said.',
						'“We cannot spend money we do not have,” Police Chief Maria Lopez said.'
					].join('\n\n')
				)
			)
		]);
		const prompts = quoteCandidates(view).map((c) => c.draft.prompt);
		expect(prompts.some((p) => p.includes('a slap in the face of every family'))).toBe(true);
		expect(prompts.some((p) => p.includes('“disgraceful”'))).toBe(false);
		expect(prompts.some((p) => p.includes('“looking forward”'))).toBe(false);
	});

	it('never offers as the speaker someone the quote calls by their title', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					[
						'Mayor Jane Holloway opened the session. Council member Tom Reyes objected.',
						'“The mayor said the budget was final and nobody could change it,” Police Chief Maria Lopez wrote in her notes.',
						'“We will be back every week until the cuts are gone,” union leader Sam Okafor said.',
						'“This budget punishes the poorest families in our city,” Tom Reyes told reporters.',
						'“We cannot spend money we do not have,” Jane Holloway said.'
					].join('\n\n')
				)
			)
		]);
		const about = quoteCandidates(view)
			.map((c) => c.draft)
			.filter((d) => d.prompt.includes('The mayor said the budget'));
		expect(about.length).toBeGreaterThan(0);
		for (const d of about) {
			expect(d.prompt).not.toContain('Jane Holloway');
			if (d.type === 'single') expect(d.choices.map((c) => c.text)).not.toContain('Jane Holloway');
		}
	});

	it('never offers as the speaker someone the quote names by first name', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					[
						'Mayor Jane Holloway opened the session. Council member Tom Reyes objected.',
						'“Leave Jane out of this fight, she has done nothing wrong,” Police Chief Maria Lopez said.',
						'“We will be back every week until the cuts are gone,” union leader Sam Okafor said.',
						'“This budget punishes the poorest families in our city,” Tom Reyes told reporters.',
						'“We cannot spend money we do not have,” Jane Holloway said.'
					].join('\n\n')
				)
			)
		]);
		const about = quoteCandidates(view)
			.map((c) => c.draft)
			.filter((d) => d.type === 'single' && d.prompt.includes('Leave Jane out'));
		expect(about.length).toBeGreaterThan(0);
		for (const d of about)
			if (d.type === 'single') expect(d.choices.map((c) => c.text)).not.toContain('Jane Holloway');
	});

	it('ends a true/false statement with one full stop, not the quote’s and its own', () => {
		const lines = [
			'Mayor Jane Holloway spoke. Council member Tom Reyes spoke. Union leader Sam Okafor spoke.'
		];
		const speakers = ['Jane Holloway', 'Tom Reyes', 'Sam Okafor'];
		const said = [
			'Parks close at dusk now. Nobody asked the residents first.',
			'Libraries lose their Sunday hours. Children will read less.',
			'Buses stop running after nine. Night workers walk home.',
			'Pools stay shut all summer. Swimmers must drive to Lakeside.',
			'Clinics cut their staff. Queues grow every single week.',
			'Schools merge two classes. Teachers carry forty pupils each.',
			'Rents rise again this spring. Families leave the centre.',
			'Roads crack every winter. Repairs wait for years.',
			'Markets lose their stalls. Farmers sell elsewhere.',
			'Museums charge at the door. Pupils stop visiting.',
			'Gardens go unwatered. Volunteers do what they can.',
			'Bridges need new paint. Rust spreads along the rails.'
		];
		// Long enough that the statement cuts the quote at one of its sentence ends; each its own
		// (words another speaker also says are not asked as "it was X who said").
		const tail = (q: string) =>
			`And nobody in this city hall has ever explained why ${q.split(' ')[0]!.toLowerCase()} have to be this way at all.`;
		said.forEach((q, i) => lines.push(`${speakers[i % 3]} said: “${q} ${tail(q)}”`));
		const tf = quoteCandidates(viewStory('s', [analyzeArticle(article(0, lines.join('\n\n')))]))
			.map((c) => c.draft)
			.filter((d) => d.type === 'truefalse');
		expect(tf.length).toBeGreaterThan(0);
		for (const d of tf) expect(d.prompt).not.toMatch(/[.!?]”\./);
		// Not every statement false: a student who learns "always False" answers none by reading
		// (a blind reader saw every true/false of five stories keyed False, r48).
		const keys = new Set(tf.map((d) => (d.type === 'truefalse' ? d.correct[0] : '')));
		expect(keys).toEqual(new Set(['true', 'false']));
	});
});

describe('two-part evidence questions', () => {
	const view = viewStory('s', [
		analyzeArticle(
			article(
				0,
				[
					'Mayor Jane Holloway met union leader Sam Okafor and Police Chief Maria Lopez on Monday.',
					'Holloway spoke first at the meeting. “The bridge will reopen before the winter comes,” she added.',
					'“We will be back every week until the cuts are gone,” Okafor said.',
					'“We cannot spend money we do not have,” Lopez said on Tuesday.',
					'“Nobody asked the families who live by the river about this,” council member Tom Reyes said.'
				].join('\n\n')
			)
		)
	]);
	const evidence = quoteCandidates(view).filter((c) => c.draft.type === 'evidence');
	it('keys a sentence that names the speaker, never one that says only “she added”', () => {
		expect(evidence.length).toBeGreaterThan(0);
		for (const c of evidence) {
			const draft = c.draft;
			if (draft.type !== 'evidence') continue;
			const key = draft.evidenceChoices.find((e) => draft.evidenceCorrect.includes(e.id))!;
			const speaker = c.hidden[0]!.split(' ').at(-1)!;
			expect(key.text).toContain(speaker);
		}
		expect(evidence.some((c) => c.draft.prompt.includes('The bridge will reopen'))).toBe(false);
	});
});

describe('quoteCandidates: a phrase two people use', () => {
	it('does not offer as a wrong choice someone the story also quotes using the words', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					[
						'Mayor Jane Holloway called the fire at the depot “an act of sabotage” on Monday.',
						'Police Chief Maria Lopez said the fire was being treated as “an act of sabotage,” but gave no details.',
						'“We will rebuild the depot before the winter comes,” said union leader Sam Okafor.',
						'“Nobody was hurt, and the trains will run on time tomorrow,” said Council member Tom Reyes.',
						'“The insurers will pay for every carriage that was lost,” said Fire Chief Ruth Adeyemi.'
					].join('\n\n')
				)
			)
		]);
		const asked = quoteCandidates(view)
			.map((c) => c.draft)
			.filter((d) => d.prompt.includes('an act of sabotage') && 'choices' in d);
		expect(asked.length).toBeGreaterThan(0);
		for (const d of asked) {
			const texts = 'choices' in d ? d.choices.map((c) => c.text) : [];
			expect(texts.includes('Jane Holloway') && texts.includes('Maria Lopez')).toBe(false);
		}
	});
});

describe('saysLikewise', () => {
	const view = viewStory('s', [
		analyzeArticle(
			article(
				0,
				[
					'Mayor Jane Holloway met union leader Sam Okafor on Monday to discuss the bridge.',
					'“The bridge will reopen before the winter comes,” Okafor said after the meeting.',
					'Holloway also said the bridge would reopen before winter comes, and thanked the crews.',
					'“We will be back every week until the cuts are gone,” Okafor said.'
				].join('\n\n')
			)
		)
	]);
	it('knows who said the same thing in other words, and who did not', () => {
		expect(
			saysLikewise(view, 'Jane Holloway', 'The bridge will reopen before the winter comes')
		).toBe(true);
		expect(
			saysLikewise(view, 'Jane Holloway', 'We will be back every week until the cuts are gone')
		).toBe(false);
		expect(
			saysLikewise(view, 'Sam Okafor', 'We will be back every week until the cuts are gone')
		).toBe(true);
	});
	it('knows who is reported using the same few words in quotation marks', () => {
		const phrase = viewStory('s', [
			analyzeArticle(
				article(
					0,
					[
						'Mayor Jane Holloway called the fire at the depot “an act of sabotage” on Monday.',
						'Police Chief Maria Lopez said the fire was being treated as “an act of sabotage,” but gave no details.',
						'Union leader Sam Okafor said the depot had been closed for a week.'
					].join('\n\n')
				)
			)
		]);
		expect(saysLikewise(phrase, 'Maria Lopez', 'an act of sabotage')).toBe(true);
		expect(saysLikewise(phrase, 'Jane Holloway', 'an act of sabotage')).toBe(true);
		expect(saysLikewise(phrase, 'Sam Okafor', 'an act of sabotage')).toBe(false);
		expect(quotedAlsoBy(phrase, 'Maria Lopez', 'an act of sabotage')).toBe(true);
		expect(quotedAlsoBy(phrase, 'Sam Okafor', 'an act of sabotage')).toBe(false);
		expect(quotedAlsoBy(phrase, 'Maria Lopez', 'a week')).toBe(false);
	});
	it('knows someone whose own quote makes up most of the words', () => {
		const echoed = viewStory('s', [
			analyzeArticle(
				article(
					0,
					[
						'“I think that a bridge is a promise to everyone,” Mayor Jane Holloway said on Monday.',
						'“A bridge is a promise to everyone,” Police Chief Maria Lopez said later.',
						'“The depot had been closed for a week,” union leader Sam Okafor said.'
					].join('\n\n')
				)
			)
		]);
		const words = 'I think that a bridge is a promise to everyone';
		expect(quotedAlsoBy(echoed, 'Maria Lopez', words)).toBe(true);
		expect(quotedAlsoBy(echoed, 'Sam Okafor', words)).toBe(false);
		const matching = quoteCandidates(echoed).find((c) => c.draft.type === 'matching');
		expect(JSON.stringify(matching?.draft ?? '')).not.toContain('I think that a bridge');
	});
	it('splits the asked words once however many people it is asked of', () => {
		const echoed = viewStory('s', [
			analyzeArticle(
				article(
					0,
					[
						'“I think that a bridge is a promise to everyone,” Mayor Jane Holloway said on Monday.',
						'“A bridge is a promise to everyone,” Police Chief Maria Lopez said later.',
						'“The depot had been closed for a week,” union leader Sam Okafor said.'
					].join('\n\n')
				)
			)
		]);
		const words = 'I think that a bridge is a promise to everyone';
		expect(quotedAlsoBy(echoed, 'Maria Lopez', words)).toBe(true);
		const split = vi.spyOn(String.prototype, 'split');
		expect(quotedAlsoBy(echoed, 'Sam Okafor', words)).toBe(false);
		const splits = split.mock.calls.filter(
			([by], i) => by instanceof RegExp && String(split.mock.contexts[i]) === words
		);
		split.mockRestore();
		expect(splits).toEqual([]);
	});
	it('does not count a name after the quote, or a surname someone else shares', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					[
						'Mayor Jane Holloway met Governor Ruth Holloway and union leader Sam Okafor on Monday.',
						'“We keep our promises,” Jane Holloway said after meeting Sam Okafor at the depot.',
						'Later Jane Holloway called the strike “a costly mistake” in a radio interview.'
					].join('\n\n')
				)
			)
		]);
		expect(quotedAlsoBy(view, 'Sam Okafor', 'We keep our promises')).toBe(false);
		expect(quotedAlsoBy(view, 'Ruth Holloway', 'a costly mistake')).toBe(false);
		expect(quotedAlsoBy(view, 'Jane Holloway', 'a costly mistake')).toBe(true);
	});
});

describe('quoteCandidates: who said, among people who speak', () => {
	it('offers someone who speaks in the story’s own words before someone who never speaks', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					[
						'Nora Vance and Ida Park attended the council meeting with Ben Cole on Monday.',
						'“We cannot spend money we do not have,” Mayor Jane Holloway said.',
						'“The bridge will reopen before the winter comes,” Police Chief Maria Lopez said.',
						'Tom Reyes said the budget was far too small for the city.'
					].join('\n\n')
				)
			)
		]);
		const who = quoteCandidates(view)
			.map((c) => c.draft)
			.find((d) => d.prompt.includes('spend money'));
		if (!who || who.type !== 'single') throw new Error('no who-said question');
		const texts = who.choices.map((c) => c.text);
		expect(texts).toEqual(expect.arrayContaining(['Jane Holloway', 'Maria Lopez', 'Tom Reyes']));
	});
});

describe('namesOwnTitle', () => {
	it('tells a speaker named with the title from one who is not', () => {
		expect(namesOwnTitle('President Obama', 'President')).toBe(true);
		expect(namesOwnTitle('Gov. LePage', 'Maine Gov.')).toBe(true);
		expect(namesOwnTitle('Paul LePage', 'Maine Gov.')).toBe(false);
		expect(namesOwnTitle('Mary Cheney', 'younger sister of Liz Cheney')).toBe(false);
	});
});

describe('quoteCandidates: quotes that give their speaker away', () => {
	const story = (paragraphs: string[]) =>
		viewStory('s', [analyzeArticle(article(0, paragraphs.join('\n\n')))]);
	const prompts = (paragraphs: string[]) =>
		quoteCandidates(story(paragraphs)).map((c) => c.draft.prompt);

	it('asks nobody about an email’s sign-off or a swear word', () => {
		const asked = prompts([
			'Harbour master Nora Vance wrote to the ferry crews on Friday.',
			'“Thanks for the great work this week, guys. Best, Nora Vance,” the email read, Nora Vance wrote.',
			'“Thank you all, and have a good weekend,” Nora Vance wrote.',
			'“This is a f---ing disgrace for the whole port,” union leader Sam Okafor said.',
			'“The ferry timetable will change on the first of June,” Nora Vance said.',
			'“We will be back every week until the cuts are gone,” union leader Sam Okafor said.',
			'“We cannot spend money we do not have,” Mayor Jane Holloway said.'
		]);
		expect(asked.some((p) => p.includes('ferry timetable'))).toBe(true);
		expect(asked.some((p) => p.includes('have a good weekend'))).toBe(false);
		expect(asked.some((p) => p.includes('disgrace'))).toBe(false);
	});

	it('does not ask who spoke of leaving when the story has one person leaving', () => {
		const paragraphs = [
			'Mayor Jane Holloway resigned on Friday after a row over the harbour budget.',
			'“It is time for me to step down and let my successor finish the work,” Jane Holloway said.',
			'“The harbour budget was always going to be tight this year,” Jane Holloway said.',
			'“We will be back every week until the cuts are gone,” union leader Sam Okafor said.',
			'“The bridge will reopen before the winter comes,” Police Chief Maria Lopez said.'
		];
		expect(
			leavingPeople(story(paragraphs), ['Jane Holloway', 'Sam Okafor', 'Maria Lopez'])
		).toEqual(['Jane Holloway']);
		const asked = prompts(paragraphs);
		expect(asked.some((p) => p.includes('harbour budget was always'))).toBe(true);
		expect(asked.some((p) => p.includes('step down'))).toBe(false);
	});

	it('looks for a name’s words in a quote only once it holds them as written', () => {
		const view = story([
			'Mayor Jane Holloway, union leader Sam Okafor and Police Chief Maria Lopez spoke on Monday.',
			'“We cannot spend money we do not have this year,” Jane Holloway said.',
			'“The bridge will reopen before the winter comes,” Police Chief Maria Lopez said.',
			'“Our schools have waited far too long for the new roofs,” Sam Okafor said.'
		]);
		const includes = vi.spyOn(String.prototype, 'includes');
		expect(quoteCandidates(view).length).toBeGreaterThan(0);
		const looked = includes.mock.calls.flatMap(([word], i) =>
			String(includes.mock.contexts[i]).startsWith('We cannot') ? [String(word)] : []
		);
		includes.mockRestore();
		// Each wrong speaker's name words are looked for as written, not with a pattern each.
		expect(looked).toEqual(expect.arrayContaining(['Maria', 'Lopez', 'Sam', 'Okafor']));
	});

	it('looks for someone leaving only in sentences with a word of leaving', () => {
		const view = story([
			'Mayor Jane Holloway resigned on Friday after a row over the harbour budget.',
			'“The harbour budget was always going to be tight this year,” Jane Holloway said.',
			'“We will be back every week until the cuts are gone,” union leader Sam Okafor said.'
		]);
		const test = vi.spyOn(RegExp.prototype, 'test');
		const leaving = leavingPeople(view, ['Jane Holloway', 'Sam Okafor']);
		const read = test.mock.contexts.flatMap((re, i) =>
			/Holloway|Okafor/.test((re as RegExp).source) ? [String(test.mock.calls[i]![0])] : []
		);
		test.mockRestore();
		expect(leaving).toEqual(['Jane Holloway']);
		// Each person's pattern reads the one sentence of leaving, never the quotes.
		expect(read.length).toBeGreaterThan(0);
		expect(read.every((t) => t.includes('resigned'))).toBe(true);
		expect(leavingPeople(story(['Mayor Jane Holloway met Sam Okafor.']), ['Sam Okafor'])).toEqual(
			[]
		);
	});

	it('reads words of leaving a post, and not other words', () => {
		expect(
			speaksOfLeaving('It has been an honor and privilege to serve the people of this town')
		).toBe(true);
		expect(speaksOfLeaving('I will not resign over this')).toBe(true);
		expect(speaksOfLeaving('The bridge will reopen before the winter comes')).toBe(false);
	});

	it('never offers as the speaker someone the quote addresses by a handle', () => {
		const view = story([
			'Mayor Jane Holloway, union leader Sam Okafor and Police Chief Maria Lopez spoke on Monday.',
			'“No @JaneHolloway - the harbour is not where it needs to be,” Sam Okafor wrote.',
			'“We cannot spend money we do not have this year,” Jane Holloway said.',
			'“The bridge will reopen before the winter comes,” Police Chief Maria Lopez said.',
			'“Our schools have waited far too long for the new roofs,” teacher Ann Boyd said.'
		]);
		const who = quoteCandidates(view)
			.map((c) => c.draft)
			.find((d) => d.type === 'single' && d.prompt.includes('not where it needs to be'));
		if (!who || who.type !== 'single') throw new Error('no who-said question');
		expect(who.choices.map((c) => c.text)).not.toContain('Jane Holloway');
	});

	it('keeps out of a matching item a quote that names another of its people', () => {
		const view = story([
			'Mayor Jane Holloway, union leader Sam Okafor and Police Chief Maria Lopez spoke on Monday.',
			'“We cannot spend money we do not have this year,” Jane Holloway said.',
			'“We will be back every week until the cuts are gone,” union leader Sam Okafor said.',
			'“The bridge will reopen before the winter comes,” Police Chief Maria Lopez said.',
			'“Now there is a clear choice between Holloway and Okafor,” Tom Reyes said.',
			'“@JaneHolloway has refused to meet the families of the harbour workers,” Ida Park wrote.'
		]);
		const matching = quoteCandidates(view).find((c) => c.draft.type === 'matching');
		if (!matching || matching.draft.type !== 'matching') throw new Error('no matching item');
		const rights = matching.draft.pairs.map((p) => p.right);
		expect(rights).toEqual(expect.arrayContaining(['Jane Holloway', 'Sam Okafor', 'Maria Lopez']));
		expect(rights).not.toContain('Tom Reyes');
		expect(rights).not.toContain('Ida Park');
		// The item carries its quotations, so a "who said" on the rest of one stays out of the ten.
		expect(matching.quotations?.length).toBeGreaterThanOrEqual(3);
	});

	it('claims a true/false speaker only among the people the story quotes', () => {
		// Maria Lopez, the one other speaker, says each of Jane Holloway's points too: a false
		// "it was … who said" may then fall on none of the people who never speak.
		const view = story([
			'Nora Vance, Ida Park and Ben Cole attended the council meeting on Monday.',
			'“We cannot spend money we do not have in this budget,” Mayor Jane Holloway said.',
			'Maria Lopez also said the city cannot spend money it does not have in this budget.',
			'“The harbour needs a new pier before the summer ferries start,” Jane Holloway said.',
			'Maria Lopez also said the harbour needs a new pier before the summer ferries start.',
			'“Our schools have waited far too long for the new roofs,” Jane Holloway said.',
			'Maria Lopez also said the schools have waited far too long for new roofs.',
			'“The night buses will run again from the first of March,” Jane Holloway said.',
			'Maria Lopez also said the night buses will run again from the first of March.',
			'“The bridge will reopen before the winter comes to the valley,” Police Chief Maria Lopez said.'
		]);
		const claims = quoteCandidates(view)
			.filter((c) => c.draft.type === 'truefalse')
			.map((c) => /it was (.+?) who said/.exec(c.draft.prompt)?.[1]);
		for (const claim of claims) expect(['Jane Holloway', 'Maria Lopez']).toContain(claim);
	});
});

describe('quoteCandidates: wrong speakers named once in passing', () => {
	it('offers nobody the story names once and never gives words to', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					[
						'“We cannot spend money we do not have,” Mayor Jane Holloway said in the hall Abraham Lincoln opened.',
						'“The bridge will reopen before the winter comes,” Police Chief Maria Lopez said.',
						'“Nobody told the council about the closures at all,” Tom Reyes said.',
						'Ben Cole, a former mayor, had closed the bridge in 1990. Cole was not at the meeting.'
					].join('\n\n')
				)
			)
		]);
		const offered = quoteCandidates(view)
			.filter((c) => c.draft.type === 'single' && c.draft.prompt.startsWith('Who said'))
			.flatMap((c) => (c.draft as { choices: { text: string }[] }).choices.map((x) => x.text));
		expect(offered).not.toContain('Abraham Lincoln');
		// Named twice, he is part of the story: still a fair wrong speaker.
		expect(offered).toContain('Ben Cole');
	});
});

describe('twoVoiceQuotes', () => {
	// Two people argue a plan; nobody else is named: "who said" has one wrong speaker only.
	const TWO_SIDES = [
		'The council debated the river plan on Monday.',
		'“The plan will bring clean water from the Mill River to every home,” Jane Holloway said.',
		'“Families on Elm Street will pay higher taxes for ten years,” Tom Reyes said.',
		'“It is a good day,” Reyes said.'
	].join('\n\n');

	it('asks each of two voices’ lines as true or false of one of them', () => {
		const view = storyOf(TWO_SIDES);
		expect(quoteCandidates(view).some((c) => c.draft.type === 'truefalse')).toBe(false);
		const items = twoVoiceQuotes(view);
		expect(items.map((c) => c.draft.type)).toEqual(['truefalse', 'truefalse']);
		for (const { draft } of items) {
			const named = /it was (Jane Holloway|Tom Reyes) who said/.exec(draft.prompt)?.[1];
			const saidBy = draft.prompt.includes('clean water') ? 'Jane Holloway' : 'Tom Reyes';
			expect(draft.type === 'truefalse' && draft.correct).toEqual([
				named === saidBy ? 'true' : 'false'
			]);
		}
	});

	it('leaves out a line too short to tell the voices apart, and a story of two outlets', () => {
		expect(
			twoVoiceQuotes(storyOf(TWO_SIDES)).some((c) => c.draft.prompt.includes('good day'))
		).toBe(false);
		expect(twoVoiceQuotes(storyOf(TWO_SIDES, TWO_SIDES))).toEqual([]);
	});
});

describe('tellsVoice', () => {
	it('takes a whole line that names something, not a general line or a one-word reply', () => {
		expect(tellsVoice('Families on Elm Street will pay higher taxes for ten years')).toBe(true);
		expect(tellsVoice('We will need 40 more buses before the winter comes')).toBe(true);
		expect(tellsVoice('Many people are uncertain about the vote this year')).toBe(false);
		expect(tellsVoice('I think I will be more careful in what I say')).toBe(false);
		expect(tellsVoice('Yes. For years the Mill River has flooded every spring')).toBe(false);
	});
});
