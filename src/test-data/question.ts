import type { Question, QuestionType } from '$lib/bank/schema';
import { makeArticle, STORY_ID } from './article';
import { span } from './span';

/** The question of one kind, e.g. `QuestionOf<'numeric'>` is a NumericQuestion. */
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/** What every default question shares: approved, hand-written, citing the first sentence. */
function common() {
	const first = makeArticle();
	return {
		storyId: STORY_ID,
		evidence: [span(first, 'The Harbor Bridge reopened on Monday after six weeks of repairs.')],
		explanation: 'The Daily Planet says the bridge reopened on Monday.',
		origin: 'curated' as const,
		status: 'approved' as const,
		difficulty: 1
	};
}

/** One question of each kind about the default story (see article.ts). */
const DEFAULTS: { [T in QuestionType]: () => QuestionOf<T> } = {
	single: () => ({
		...common(),
		id: 'q-single',
		type: 'single',
		skill: 'fact',
		prompt: 'On which day did the bridge reopen?',
		choices: [
			{ id: 'mon', text: 'Monday' },
			{ id: 'tue', text: 'Tuesday' },
			{ id: 'fri', text: 'Friday' }
		],
		correct: ['mon']
	}),
	multi: () => ({
		...common(),
		id: 'q-multi',
		type: 'multi',
		skill: 'source',
		prompt: 'Which outlets reported on the bridge?',
		choices: [
			{ id: 'dp', text: 'Daily Planet' },
			{ id: 'mw', text: 'Metro Wire' },
			{ id: 'gz', text: 'Gazette' }
		],
		correct: ['dp', 'mw']
	}),
	truefalse: () => ({
		...common(),
		id: 'q-tf',
		type: 'truefalse',
		skill: 'fact',
		prompt: 'The repairs took six weeks.',
		choices: [
			{ id: 'true', text: 'True' },
			{ id: 'false', text: 'False' }
		],
		correct: ['true']
	}),
	cloze: () => ({
		...common(),
		id: 'q-cloze',
		type: 'cloze',
		skill: 'quote',
		prompt: 'Lopez said the repairs were "____," according to the Daily Planet.',
		accepted: ['overdue']
	}),
	numeric: () => ({
		...common(),
		id: 'q-num',
		type: 'numeric',
		skill: 'fact',
		prompt: 'About how many cars crossed the bridge on its first day back?',
		answer: 40000,
		tolerance: 0
	}),
	matching: () => ({
		...common(),
		id: 'q-match',
		type: 'matching',
		skill: 'quote',
		prompt: 'Match each statement to the person who made it.',
		pairs: [
			{ id: 'p1', left: '"It was overdue"', right: 'Maria Lopez' },
			{ id: 'p2', left: 'The deck was replaced', right: 'Tom Reyes' }
		]
	}),
	ordering: () => ({
		...common(),
		id: 'q-order',
		type: 'ordering',
		skill: 'timeline',
		prompt: 'Put the events in order.',
		items: [
			{ id: 'i1', text: 'Repairs begin' },
			{ id: 'i2', text: 'The bridge reopens' },
			{ id: 'i3', text: 'Cars cross again' }
		]
	}),
	evidence: () => {
		const first = makeArticle();
		const sentence = (id: string, text: string) => ({ ...span(first, text), id, text });
		return {
			...common(),
			id: 'q-evid',
			type: 'evidence',
			skill: 'inference',
			prompt: 'Who paid for most of the repairs?',
			choices: [
				{ id: 'dot', text: 'The U.S. Department of Transportation' },
				{ id: 'city', text: 'The city' }
			],
			correct: ['dot'],
			evidencePrompt: 'Which sentence supports your answer?',
			evidenceChoices: [
				sentence('e1', 'The Harbor Bridge reopened on Monday after six weeks of repairs.'),
				sentence(
					'e2',
					'Sen. Maria Lopez, D-Calif., said the U.S. Department of Transportation paid for most of the work.'
				)
			],
			evidenceCorrect: ['e2']
		};
	}
};

/**
 * A question of kind `type`: the default one about the default story, with `overrides` on top.
 * Defaults fill only the required fields; optional ones (a unit, extra options, partial marks,
 * tags) are there only when a test passes them. Pass every detail a test's assertions depend
 * on, so the test reads on its own.
 */
export function makeQuestion<T extends QuestionType>(
	type: T,
	overrides: Partial<QuestionOf<T>> = {}
): QuestionOf<T> {
	return { ...DEFAULTS[type](), ...overrides };
}

/** One default question of each kind, keyed by kind. */
export type EveryKind = { [T in QuestionType]: QuestionOf<T> };

/**
 * One question of every kind, keyed by kind (`kinds.numeric`), as a student meets them: the
 * defaults, plus a unit on the numeric question and an option that matches nothing on the
 * matching one. `Object.values` lists them in the order the kinds are declared, single first.
 */
export function makeEveryKind(): EveryKind {
	return {
		single: makeQuestion('single'),
		multi: makeQuestion('multi'),
		truefalse: makeQuestion('truefalse'),
		cloze: makeQuestion('cloze'),
		numeric: makeQuestion('numeric', { unit: 'cars' }),
		matching: makeQuestion('matching', { extraRights: ['A bridge inspector'] }),
		ordering: makeQuestion('ordering'),
		evidence: makeQuestion('evidence')
	};
}
