/**
 * The story the file-format tests export and import: two outlets on a harbor storm, one question
 * of every kind with the fields formats must carry (a URL, tags, a unit, extra options, partial
 * two-part evidence) and every status (approved, draft, rejected). Format tests compare exported
 * text with this wording, so it matters here.
 */
import type { Article, Bank } from '$lib/bank/schema';
import { makeArticle, makeSecondArticle } from '../article';
import { makeQuestion } from '../question';
import { span } from '../span';
import { makeBankFile, makeStory } from '../story';

export const FILE_STORY = 'harbor-storm';

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

const harbor = makeArticle({
	id: 'harbor-times',
	storyId: FILE_STORY,
	title: 'Storm floods harbor district',
	outlet: 'Harbor Times',
	date: '2024-03-04',
	url: 'https://example.org/harbor',
	text: harborText
});
const coast = makeSecondArticle({
	id: 'coast-news',
	storyId: FILE_STORY,
	title: 'Boats damaged as storm hits coast',
	outlet: 'Coast News',
	date: '2024-03-04',
	text: coastText
});

/** The story's articles, in story order: the Harbor Times, then Coast News. */
export const fileArticles = (): [Article, Article] => [
	structuredClone(harbor),
	structuredClone(coast)
];

const common = { storyId: FILE_STORY, origin: 'curated', difficulty: 2 } as const;

/** The story as a bank file carries it (not published). */
export function makeFileBank(): Bank {
	return makeBankFile(
		makeStory({
			id: FILE_STORY,
			title: 'Harbor storm',
			articles: fileArticles(),
			questions: [
				makeQuestion('single', {
					...common,
					id: 'q-single',
					skill: 'quote',
					status: 'approved',
					prompt: 'Who said the docks would reopen by Friday?',
					choices: [
						{ id: 'a', text: 'Mayor Ana Ruiz' },
						{ id: 'b', text: 'Port director Li Wei' },
						{ id: 'c', text: 'The coast guard' }
					],
					correct: ['a'],
					evidence: [span(harbor, 'Mayor Ana Ruiz said: "We will reopen the docks by Friday."')],
					explanation: 'The Harbor Times quotes the mayor.',
					tags: ['quotes']
				}),
				makeQuestion('multi', {
					...common,
					id: 'q-multi',
					skill: 'source',
					status: 'approved',
					prompt: 'Which outlets reported damaged boats?',
					choices: [
						{ id: 'a', text: 'Harbor Times' },
						{ id: 'b', text: 'Coast News' },
						{ id: 'c', text: 'Daily Planet' }
					],
					correct: ['a', 'b'],
					evidence: [span(harbor, 'About 40 boats were damaged'), span(coast, '38 damaged boats')],
					explanation: 'Both articles count damaged boats.'
				}),
				makeQuestion('truefalse', {
					...common,
					id: 'q-tf',
					skill: 'fact',
					status: 'approved',
					prompt: 'The storm hit on Monday.',
					choices: [
						{ id: 'true', text: 'True' },
						{ id: 'false', text: 'False' }
					],
					correct: ['true'],
					evidence: [span(harbor, 'A storm flooded the harbor district on Monday')],
					explanation: 'Both outlets say Monday.'
				}),
				makeQuestion('cloze', {
					...common,
					id: 'q-cloze',
					skill: 'vocabulary',
					status: 'approved',
					prompt: 'The coast guard rescued two fishermen near the ____.',
					accepted: ['breakwater', 'break water'],
					evidence: [span(coast, 'The coast guard rescued two fishermen near the breakwater.')],
					explanation: 'Coast News names the breakwater.'
				}),
				makeQuestion('numeric', {
					...common,
					id: 'q-numeric',
					skill: 'compare',
					status: 'approved',
					prompt: 'How many damaged boats did Coast News count?',
					answer: 38,
					tolerance: 0,
					unit: 'boats',
					evidence: [span(coast, 'Officials counted 38 damaged boats')],
					explanation: 'Coast News says 38; the Harbor Times says about 40.',
					tags: ['numbers', 'disagreement']
				}),
				makeQuestion('matching', {
					...common,
					id: 'q-matching',
					skill: 'quote',
					status: 'draft',
					prompt: 'Match each statement to the person who made it.',
					pairs: [
						{ id: 'p1', left: 'We will reopen the docks by Friday.', right: 'Ana Ruiz' },
						{ id: 'p2', left: 'Repairs could take weeks.', right: 'Li Wei' }
					],
					extraRights: ['The coast guard'],
					evidence: [
						span(harbor, 'Mayor Ana Ruiz said'),
						span(coast, 'Port director Li Wei warned')
					],
					explanation: 'The mayor spoke to the Harbor Times; the port director to Coast News.'
				}),
				makeQuestion('ordering', {
					...common,
					id: 'q-ordering',
					skill: 'timeline',
					status: 'draft',
					prompt: 'Put these events in order.',
					items: [
						{ id: 'i1', text: 'The storm floods the harbor' },
						{ id: 'i2', text: 'The docks reopen' }
					],
					evidence: [span(harbor, 'on Monday'), span(harbor, 'by Friday')],
					explanation: 'Monday comes before Friday.'
				}),
				makeQuestion('evidence', {
					...common,
					id: 'q-evidence',
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
							...span(coast, 'Port director Li Wei warned that repairs could take weeks.'),
							id: 'e1',
							text: 'Port director Li Wei warned that repairs could take weeks.'
						},
						{
							...span(coast, 'The coast guard rescued two fishermen near the breakwater.'),
							id: 'e2',
							text: 'The coast guard rescued two fishermen near the breakwater.'
						}
					],
					evidenceCorrect: ['e1'],
					evidence: [span(coast, 'repairs could take weeks')],
					explanation: 'The port director says weeks.'
				})
			]
		})
	);
}
