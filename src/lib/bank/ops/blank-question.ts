/**
 * Starting points for a teacher's new question, one per type. Text fields
 * start empty on purpose: the editor's live validation then lists exactly what
 * is left to write, instead of placeholder text slipping into a bank.
 */
import type { Question, QuestionType, Skill } from '$lib/bank/schema';

/** The skill a question of each type most often tests; the teacher can change it. */
const DEFAULT_SKILL: Record<QuestionType, Skill> = {
	single: 'fact',
	multi: 'fact',
	truefalse: 'fact',
	cloze: 'quote',
	numeric: 'fact',
	matching: 'quote',
	ordering: 'timeline',
	evidence: 'inference'
};

export function blankQuestion(type: QuestionType, storyId: string, id: string): Question {
	const base = {
		id,
		storyId,
		skill: DEFAULT_SKILL[type],
		prompt: '',
		evidence: [],
		explanation: '',
		origin: 'curated' as const,
		status: 'draft' as const,
		difficulty: 2
	};
	const twoChoices = [
		{ id: 'a', text: '' },
		{ id: 'b', text: '' }
	];
	switch (type) {
		case 'single':
			return { ...base, type, choices: twoChoices, correct: [] };
		case 'multi':
			return { ...base, type, choices: twoChoices, correct: [] };
		case 'truefalse':
			return {
				...base,
				type,
				choices: [
					{ id: 'true', text: 'True' },
					{ id: 'false', text: 'False' }
				],
				correct: ['true']
			};
		case 'cloze':
			return { ...base, type, accepted: [''] };
		case 'numeric':
			return { ...base, type, answer: 0, tolerance: 0 };
		case 'matching':
			return {
				...base,
				type,
				pairs: [
					{ id: 'p1', left: '', right: '' },
					{ id: 'p2', left: '', right: '' }
				]
			};
		case 'ordering':
			return {
				...base,
				type,
				items: [
					{ id: 'i1', text: '' },
					{ id: 'i2', text: '' },
					{ id: 'i3', text: '' }
				]
			};
		case 'evidence':
			return {
				...base,
				type,
				choices: twoChoices,
				correct: [],
				evidencePrompt: 'Which sentence from the articles best supports your answer?',
				evidenceChoices: [],
				evidenceCorrect: []
			};
	}
}
