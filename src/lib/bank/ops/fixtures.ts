/**
 * A small two-article bank with one question of every type, written by hand for tests.
 * Evidence offsets are computed from the texts (never typed in) so editing a sentence
 * cannot silently break them.
 */
import { BANK_FORMAT, BANK_VERSION, type Article, type Bank, type Evidence } from '../schema';

export const FIXTURE_STORY_ID = 'harbor-storm';

const harborText = [
	'A storm flooded the harbor district on Monday, the city said.',
	'Mayor Ana Ruiz said: "We will reopen the docks by Friday."',
	'About 40 boats were damaged, according to the port authority.'
].join('\n\n');

const coastText = [
	'Officials counted 38 damaged boats after the storm on Monday.',
	'Port director Li Wei warned that repairs could take weeks.',
	'The coast guard rescued two fishermen near the breakwater.'
].join('\n\n');

export const fixtureArticles: Article[] = [
	{
		id: 'harbor-times',
		storyId: FIXTURE_STORY_ID,
		title: 'Storm floods harbor district',
		outlet: 'Harbor Times',
		date: '2024-03-04',
		url: 'https://example.org/harbor',
		text: harborText
	},
	{
		id: 'coast-news',
		storyId: FIXTURE_STORY_ID,
		title: 'Boats damaged as storm hits coast',
		outlet: 'Coast News',
		date: '2024-03-04',
		text: coastText
	}
];

/** Evidence span covering the first occurrence of `needle` in an article. */
export function spanOf(article: Article, needle: string): Evidence {
	const start = article.text.indexOf(needle);
	if (start < 0) throw new Error(`fixture: "${needle}" not in ${article.id}`);
	return { articleId: article.id, start, end: start + needle.length };
}

const [harbor, coast] = fixtureArticles as [Article, Article];
const common = { storyId: FIXTURE_STORY_ID, origin: 'curated', difficulty: 2 } as const;

export function fixtureBank(): Bank {
	return structuredClone({
		format: BANK_FORMAT,
		version: BANK_VERSION,
		stories: [
			{
				id: FIXTURE_STORY_ID,
				title: 'Harbor storm',
				articleIds: fixtureArticles.map((a) => a.id)
			}
		],
		articles: fixtureArticles,
		questions: [
			{
				...common,
				id: 'q-single',
				type: 'single',
				skill: 'quote',
				status: 'approved',
				prompt: 'Who said the docks would reopen by Friday?',
				choices: [
					{ id: 'a', text: 'Mayor Ana Ruiz' },
					{ id: 'b', text: 'Port director Li Wei' },
					{ id: 'c', text: 'The coast guard' }
				],
				correct: ['a'],
				evidence: [spanOf(harbor, 'Mayor Ana Ruiz said: "We will reopen the docks by Friday."')],
				explanation: 'The Harbor Times quotes the mayor.',
				tags: ['quotes']
			},
			{
				...common,
				id: 'q-multi',
				type: 'multi',
				skill: 'source',
				status: 'approved',
				prompt: 'Which outlets reported damaged boats?',
				choices: [
					{ id: 'a', text: 'Harbor Times' },
					{ id: 'b', text: 'Coast News' },
					{ id: 'c', text: 'Daily Planet' }
				],
				correct: ['a', 'b'],
				evidence: [
					spanOf(harbor, 'About 40 boats were damaged'),
					spanOf(coast, '38 damaged boats')
				],
				explanation: 'Both articles count damaged boats.'
			},
			{
				...common,
				id: 'q-tf',
				type: 'truefalse',
				skill: 'fact',
				status: 'approved',
				prompt: 'The storm hit on Monday.',
				choices: [
					{ id: 'true', text: 'True' },
					{ id: 'false', text: 'False' }
				],
				correct: ['true'],
				evidence: [spanOf(harbor, 'A storm flooded the harbor district on Monday')],
				explanation: 'Both outlets say Monday.'
			},
			{
				...common,
				id: 'q-cloze',
				type: 'cloze',
				skill: 'vocabulary',
				status: 'approved',
				prompt: 'The coast guard rescued two fishermen near the ____.',
				accepted: ['breakwater', 'break water'],
				evidence: [spanOf(coast, 'The coast guard rescued two fishermen near the breakwater.')],
				explanation: 'Coast News names the breakwater.'
			},
			{
				...common,
				id: 'q-numeric',
				type: 'numeric',
				skill: 'compare',
				status: 'approved',
				prompt: 'How many damaged boats did Coast News count?',
				answer: 38,
				tolerance: 0,
				unit: 'boats',
				evidence: [spanOf(coast, 'Officials counted 38 damaged boats')],
				explanation: 'Coast News says 38; the Harbor Times says about 40.',
				tags: ['numbers', 'disagreement']
			},
			{
				...common,
				id: 'q-matching',
				type: 'matching',
				skill: 'quote',
				status: 'draft',
				prompt: 'Match each statement to the person who made it.',
				pairs: [
					{ id: 'p1', left: 'We will reopen the docks by Friday.', right: 'Ana Ruiz' },
					{ id: 'p2', left: 'Repairs could take weeks.', right: 'Li Wei' }
				],
				extraRights: ['The coast guard'],
				evidence: [
					spanOf(harbor, 'Mayor Ana Ruiz said'),
					spanOf(coast, 'Port director Li Wei warned')
				],
				explanation: 'The mayor spoke to the Harbor Times; the port director to Coast News.'
			},
			{
				...common,
				id: 'q-ordering',
				type: 'ordering',
				skill: 'timeline',
				status: 'draft',
				prompt: 'Put these events in order.',
				items: [
					{ id: 'i1', text: 'The storm floods the harbor' },
					{ id: 'i2', text: 'The docks reopen' }
				],
				evidence: [spanOf(harbor, 'on Monday'), spanOf(harbor, 'by Friday')],
				explanation: 'Monday comes before Friday.'
			},
			{
				...common,
				id: 'q-evidence',
				type: 'evidence',
				skill: 'inference',
				status: 'rejected',
				prompt: 'How long might repairs take?',
				choices: [
					{ id: 'a', text: 'Weeks' },
					{ id: 'b', text: 'One day' }
				],
				correct: ['a'],
				evidencePrompt: 'Which sentence supports your answer?',
				evidenceChoices: [
					{
						...spanOf(coast, 'Port director Li Wei warned that repairs could take weeks.'),
						id: 'e1',
						text: 'Port director Li Wei warned that repairs could take weeks.'
					},
					{
						...spanOf(coast, 'The coast guard rescued two fishermen near the breakwater.'),
						id: 'e2',
						text: 'The coast guard rescued two fishermen near the breakwater.'
					}
				],
				evidenceCorrect: ['e1'],
				evidence: [spanOf(coast, 'repairs could take weeks')],
				explanation: 'The port director says weeks.'
			}
		]
	} satisfies Bank);
}
