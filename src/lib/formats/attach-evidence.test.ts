import { describe, expect, it } from 'vitest';
import { FILE_STORY, fileArticles } from '$test-data';
import { attachEvidence, sentencesOf, type QuestionDraft } from './attach-evidence';

const opts = { storyId: FILE_STORY, articles: fileArticles() };
const base = { skill: 'fact', status: 'draft', origin: 'curated', difficulty: 2 } as const;

describe('sentencesOf', () => {
	it('splits articles into sentence spans that slice back to the sentence', () => {
		const sentences = sentencesOf(fileArticles().slice(0, 1));
		expect(sentences.map((s) => s.article.text.slice(s.start, s.end))).toEqual([
			'A storm flooded the harbor district on Monday, the city said.',
			'Mayor Ana Ruiz said: "We will reopen the docks by Friday."',
			'About 40 boats were damaged, according to the port authority.'
		]);
	});
});

describe('sentencesOf with abbreviations', () => {
	it('does not split after initials, titles or months, nor before a lower-case word', () => {
		const article = {
			...fileArticles()[0]!,
			text: 'The U.S. embassy in Baghdad was attacked on Dec. 31, officials said. Mr. Smith left.\n\nIt was 3 p.m. local time. Then calm.'
		};
		expect(sentencesOf([article]).map((s) => article.text.slice(s.start, s.end))).toEqual([
			'The U.S. embassy in Baghdad was attacked on Dec. 31, officials said.',
			'Mr. Smith left.',
			'It was 3 p.m. local time.',
			'Then calm.'
		]);
	});
});

describe('attachEvidence', () => {
	it('prefers the answer sentence that shares most words with the prompt', () => {
		const draft: QuestionDraft = {
			...base,
			type: 'cloze',
			prompt: 'The storm hit on ____ in the harbor district.',
			accepted: ['Monday']
		};
		const { questions } = attachEvidence([draft], opts);
		const e = questions[0]!.evidence[0]!;
		expect(e.articleId).toBe('harbor-times');
		expect(fileArticles()[0]!.text.slice(e.start, e.end)).toMatch(
			/^A storm flooded the harbor district on Monday/
		);
	});

	it('finds numbers only as whole numbers', () => {
		const draft: QuestionDraft = {
			...base,
			type: 'numeric',
			prompt: 'How many boats?',
			answer: 8,
			tolerance: 0
		};
		// "38" contains the digit 8, but no sentence has the number 8.
		expect(attachEvidence([draft], opts).needsEvidence).toHaveLength(1);
		const forty: QuestionDraft = { ...draft, answer: 40 };
		const e = attachEvidence([forty], opts).questions[0]!.evidence[0]!;
		expect(fileArticles()[0]!.text.slice(e.start, e.end)).toMatch(/^About 40 boats/);
	});

	it('returns questions without evidence for the teacher instead of inventing it', () => {
		const drafts: QuestionDraft[] = [
			{
				...base,
				type: 'truefalse',
				prompt: 'Volcanoes erupted in Iceland.',
				choices: [
					{ id: 'true', text: 'True' },
					{ id: 'false', text: 'False' }
				],
				correct: ['false']
			},
			{ ...base, type: 'numeric', prompt: 'How many boats sank?', answer: 7, tolerance: 0 }
		];
		const r = attachEvidence(drafts, opts);
		expect(r.questions).toEqual([]);
		expect(r.needsEvidence.map((n) => n.message)).toEqual([
			'No sentence in the articles matches this statement. Choose the evidence by hand.',
			'No sentence in the articles contains the answer “7”. Choose the evidence by hand.'
		]);
	});

	it('keeps a free wanted id, renames a taken one, and skips drafts the schema rejects', () => {
		const ok: QuestionDraft = {
			...base,
			id: 'mine',
			type: 'numeric',
			prompt: 'Boats?',
			answer: 38,
			tolerance: 0
		};
		const r = attachEvidence([ok, ok, { ...ok, id: 'x', prompt: '' }], { ...opts, takenIds: [] });
		expect(r.questions.map((q) => q.id)).toEqual(['mine', `${FILE_STORY}-q-1`]);
		expect(r.refused).toEqual([
			{ label: '', reason: expect.stringMatching(/^Byline cannot store it: prompt:/) }
		]);
	});
});
