import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import {
	differentSubjects,
	headlineCandidates,
	nameTest,
	parseHeadline,
	subjectEntity
} from './headline';

/** Names as the articles write them in mid-sentence; everything else is a common word. */
const isName = nameTest([
	'On Monday, Mayor Ana Ruiz met Governor Tom Diaz and the city council. Later, Diaz spoke. ' +
		'The council and Ruiz argued. Critics said Ruiz and the Port Harbor Tribune were wrong.'
]);

describe('nameTest', () => {
	it('takes a word for a name only when the articles capitalise it mid-sentence', () => {
		expect(isName('Ruiz')).toBe(true);
		expect(isName('Council')).toBe(false);
		expect(isName('G.O.P.')).toBe(true);
	});
	it('ignores a title-case line that repeats a headline', () => {
		const test = nameTest(['Mayor Slams Council Over Budget\n\nThe mayor slammed the council.']);
		expect(test('Slams')).toBe(false);
	});
});

describe('parseHeadline', () => {
	it('finds subject and verb in title case and in sentence case', () => {
		expect(parseHeadline('Ruiz Slams Council Over Budget', isName)).toMatchObject({
			subject: 'Ruiz',
			verb: 'slams',
			form: 'statement',
			preview: false
		});
		expect(parseHeadline('Ruiz bows out of governor race', isName)).toMatchObject({
			subject: 'Ruiz',
			verb: 'bows out'
		});
		expect(parseHeadline("Ruiz Won't Go Forward With Vote", isName)?.verb).toBe("won't go forward");
	});
	it('reads "will", "to" after the subject and "set to" as news still to come', () => {
		expect(parseHeadline('Ruiz Will Veto Budget At Hearing', isName)?.preview).toBe(true);
		expect(parseHeadline('Council Members to Offer Broad Budget Plan', isName)).toMatchObject({
			subject: 'Council Members',
			verb: 'to offer',
			preview: true
		});
		expect(parseHeadline('Council Set To Vote On Budget', isName)?.preview).toBe(true);
		// "Latest to chide" ranks an act that happened; "vows to" is a vow made.
		expect(parseHeadline('Port Harbor Council Latest to Chide Ruiz', isName)?.preview).toBe(false);
		expect(parseHeadline('Ruiz Vows To End Budget Talks', isName)).toMatchObject({
			verb: 'vows',
			preview: false
		});
	});
	it('takes the speaker of "X: …" and of "…, X Says" as the subject', () => {
		expect(parseHeadline("Ruiz: Budget Is 'Dead Wrong'", isName)).toMatchObject({
			subject: 'Ruiz',
			form: 'speaker',
			verb: ''
		});
		expect(
			parseHeadline("Council Is 'Reckless,' Unlike Diaz, Ruiz Tells Voters", isName)
		).toMatchObject({ subject: 'Ruiz', verb: 'tells' });
	});
	it('reads a passive, an opening phrase, an apposition and a question', () => {
		expect(parseHeadline('Ruiz blasted by council over budget', isName)).toMatchObject({
			subject: 'Ruiz',
			passive: true
		});
		expect(parseHeadline('After Long Debate, Ruiz Signs Budget', isName)?.subject).toBe('Ruiz');
		expect(
			parseHeadline('Ana Ruiz, Budget Fight Figure, Will Testify At Hearing', isName)
		).toMatchObject({ subject: 'Ana Ruiz', verb: 'will testify', preview: true });
		expect(parseHeadline('Budget Passes, but Will It Last?', isName)).toMatchObject({
			verb: 'passes',
			preview: false,
			question: true
		});
	});
	it('gives up on what it cannot read plainly: a relative clause, a label before a colon', () => {
		expect(parseHeadline('Mayor Who Cut Budget Resigns', isName)).toBeUndefined();
		expect(
			parseHeadline('Ruiz Diaz Budget Talks Meeting: Looking For Deal', isName)
		).toBeUndefined();
	});
});

describe('subjectEntity and differentSubjects', () => {
	const entity = (s: string) => subjectEntity(s, isName, ['Ana Ruiz', 'Tom Diaz'])!;
	it('names a person by the story’s full name, and a thing by its noun', () => {
		expect(entity('Ruiz').label).toBe('Ana Ruiz');
		expect(entity('Shooting').label).toBe('the shooting');
	});
	it('calls two people or a person and an event different', () => {
		expect(differentSubjects(entity('Ruiz'), entity('Diaz'))).toBe(true);
		expect(differentSubjects(entity('Ruiz'), entity('Shooting'))).toBe(true);
	});
	it('never calls a role and a name different: "the mayor" may be the Ruiz another names', () => {
		expect(differentSubjects(entity('Ruiz'), entity('Mayor'))).toBe(false);
		expect(differentSubjects(entity('City Spokesman'), entity('Ana Ruiz'))).toBe(false);
		expect(differentSubjects(entity('Ana Ruiz'), entity('Ruiz'))).toBe(false);
	});
});

describe('headlineCandidates', () => {
	const titled = (n: number, title: string, text: string, date = '2024-03-04'): Article => ({
		...article(n, text),
		title,
		date
	});
	const story = (...articles: Article[]) => viewStory('s', articles.map(analyzeArticle));
	const keyOf = (c: ReturnType<typeof headlineCandidates>[number]) =>
		c.draft.type === 'single'
			? c.draft.choices.find((x) => c.draft.type === 'single' && c.draft.correct.includes(x.id))
					?.text
			: undefined;
	const body = 'On Monday, Mayor Ana Ruiz met Governor Tom Diaz. Later, Diaz spoke to reporters.';

	it('asks which headline makes someone else its subject', () => {
		const [c, ...rest] = headlineCandidates(
			story(
				titled(1, 'Ruiz Slams Diaz Over Budget', body),
				titled(2, 'Ana Ruiz Attacks Governor On Budget', body),
				titled(3, 'Diaz Defends Budget Against Ruiz', body)
			)
		).filter((x) => x.draft.prompt.includes('subject'));
		expect(rest).toEqual([]);
		expect(c!.draft.prompt).toBe(
			"Two of the headlines make Ana Ruiz the subject of their sentence. Which outlet's headline makes Tom Diaz its subject instead?"
		);
		expect(keyOf(c!)).toBe('Daily 3');
		// Evidence in every outlet named: each article's lead.
		expect(new Set(c!.draft.evidence.map((e) => e.articleId)).size).toBe(3);
	});

	it('matches each outlet to its verb when all three report one person’s act', () => {
		const c = headlineCandidates(
			story(
				titled(1, 'Ruiz Slams Council Over Budget', body),
				titled(2, 'Ruiz Attacks Council On Budget', body),
				titled(3, 'Ruiz Accuses Council Of Waste', body)
			)
		).find((x) => x.draft.type === 'matching');
		expect(c?.draft.type).toBe('matching');
		if (c?.draft.type !== 'matching') return;
		expect(c.draft.pairs.map((p) => `${p.left}=${p.right}`)).toEqual([
			'Daily 1=slams',
			'Daily 2=attacks',
			'Daily 3=accuses'
		]);
	});

	it('asks which headline previews what the others report done, and says when it was filed', () => {
		const c = headlineCandidates(
			story(
				titled(1, 'Ruiz Will Veto Budget At Hearing', body, '2024-03-03'),
				titled(2, 'Ruiz Vetoes Budget At Hearing', body),
				titled(3, 'Ruiz Rejects Council Budget', body)
			)
		).find((x) => x.draft.prompt.includes('still to come'));
		expect(keyOf(c!)).toBe('Daily 1');
		expect(c!.draft.explanation).toContain('published on 2024-03-03, before the others');
	});

	it('asks which headline gives the person’s point after a colon', () => {
		const c = headlineCandidates(
			story(
				titled(1, "Ruiz: Budget Is 'Dead Wrong'", body),
				titled(2, 'Ruiz Mocks Council For Budget', body),
				titled(3, 'Ruiz Taunts Council Over Budget', body)
			)
		).find((x) => x.draft.prompt.includes('colon') || x.draft.prompt.includes('“Ruiz: …”'));
		expect(c!.draft.prompt).toContain('in the form “Ruiz: …”');
		expect(keyOf(c!)).toBe('Daily 1');
	});

	it('asks which headline uses another verb than the other two, even when it names a role', () => {
		const c = headlineCandidates(
			story(
				titled(1, 'Ruiz Vows To End Budget Talks', body),
				titled(2, 'Ana Ruiz Vows To Quit Budget Talks', body),
				titled(3, 'Mayor Wants to Leave Budget Talks', body)
			)
		).find((x) => x.draft.prompt.includes('another verb'));
		expect(c!.draft.prompt).toBe(
			"Two of the headlines use the verb “vows” for what Ana Ruiz did. Which outlet's headline uses another verb?"
		);
		expect(keyOf(c!)).toBe('Daily 3');
	});

	it('asks nothing when a "headline" is really a dateline and lead', () => {
		expect(
			headlineCandidates(
				story(
					titled(
						1,
						'PORT HARBOR — Mayor Ana Ruiz resigned on Monday after weeks of pressure.',
						body
					),
					titled(2, 'Ruiz Slams Diaz Over Budget', body),
					titled(3, 'Diaz Defends Budget Against Ruiz', body)
				)
			)
		).toEqual([]);
	});

	it('asks nothing when the headlines differ only in their words, or a subject is only a role', () => {
		expect(
			headlineCandidates(
				story(
					titled(1, 'Ruiz Resigns After Budget Scandal', body),
					titled(2, 'Mayor Ana Ruiz Resigns', body),
					titled(3, 'Ruiz Resigns As Mayor', body)
				)
			)
		).toEqual([]);
		expect(
			headlineCandidates(
				story(
					titled(1, 'Ruiz Signs Budget', body),
					titled(2, 'Ana Ruiz Signs Budget', body),
					titled(3, 'Mayor Signs Budget Into Law', body)
				)
			).filter((x) => x.draft.prompt.includes('subject'))
		).toEqual([]);
	});
});
