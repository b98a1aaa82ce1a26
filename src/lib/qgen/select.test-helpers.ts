/** Ranked questions for the selection tests (select*.test.ts): invented prompts, one sentence each. */
import type { Question } from '$lib/bank/schema';
import type { Candidate } from './candidates/candidate';
import type { Ranked } from './select';

export function r(
	id: string,
	score: number,
	family: Candidate['family'],
	answerKey: string,
	prompt: string,
	type: Question['type'] = 'single',
	extra: { skill?: Question['skill']; sentence?: number; subject?: string } = {}
): Ranked {
	// Each question cites its own sentence unless a test says which.
	const start = extra.sentence ?? 1000 + [...id].reduce((n, ch) => n * 31 + ch.charCodeAt(0), 7);
	return {
		candidate: { family, answerKey, subject: extra.subject } as Candidate,
		question: {
			id,
			score,
			prompt,
			type,
			skill: extra.skill ?? family,
			evidence: [{ articleId: 'a', start, end: start + 1 }]
		} as Question
	};
}

/** Ten recall questions and six of other kinds, all lower scored. */
export function story(): Ranked[] {
	const topics = 'alpha beta gamma delta epsilon zeta omega theta iota kappa'.split(' ');
	// Five words each, none shared: a quote, not a fragment (select-kinds.ts, slightRecall).
	const quote = (t: string) => [1, 2, 3, 4, 5].map((k) => `${t}${k}`).join(' ');
	const recall = topics.map((t, i) =>
		r(`q${i}`, 0.95 - i * 0.001, 'quote', `said:${t}`, `“${quote(t)}”?`)
	);
	return [
		...recall,
		r('cmp', 0.5, 'compare', 'figure:x', 'How many did each outlet count?', 'matching'),
		r('why', 0.4, 'fact', 'why:x', 'Why did the council close the bridge?', 'single', {
			skill: 'inference'
		}),
		r('fact', 0.45, 'fact', 'who:x', 'Who opened the new harbour office?'),
		r('fact2', 0.41, 'fact', 'who:y', 'Who chairs the port board?'),
		r('tl', 0.42, 'timeline', 'timeline', 'Put these events in order.', 'ordering'),
		r('voc', 0.3, 'cloze', 'cloze:x', 'Fill the gap: the ____ was delayed.', 'cloze', {
			skill: 'vocabulary'
		})
	];
}

/** The same question cited from another article: the story then has several outlets. */
export const inArticle = (x: Ranked, articleId: string): Ranked => ({
	...x,
	question: {
		...x.question,
		evidence: x.question.evidence.map((e) => ({ ...e, articleId }))
	} as Question
});

/** The question keyed to a person, with one other name as the wrong choice. */
export const keyedTo = (x: Ranked, person: string, wrong = 'Someone Else'): Ranked => ({
	...x,
	question: {
		...x.question,
		choices: [
			{ id: 'c1', text: person },
			{ id: 'c2', text: wrong }
		],
		correct: ['c1']
	} as Question
});

/**
 * Invented: Ann Lee quotes what the mayor once said, and a "who said" asks the mayor's own
 * words. The first prompt prints the words the second asks (quote-printed.ts).
 */
export const printedMotto = {
	outletPrompt:
		"Which outlet quoted Ann Lee as saying “Last spring the mayor told a crowd that our harbour motto was 'ships before shops'”?",
	whoPrompt: 'Who is quoted using the words “harbour motto is ships before shops, always”?'
};
