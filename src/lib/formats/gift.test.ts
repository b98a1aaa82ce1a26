import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILE_STORY, fileArticles, makeFileBank } from '$test-data';
import type { Question } from '$lib/bank/schema';
import { escapeGift, exportGift } from './gift';
import { importGift, readGiftBlock, unescapeGift } from './gift-parse';

const opts = { storyId: FILE_STORY, articles: fileArticles() };
const allIds = makeFileBank().questions.map((q) => q.id);

function imported(text: string) {
	const r = importGift(text, opts);
	if (!r.ok) throw new Error(JSON.stringify(r.error));
	return r;
}

/** What GIFT can carry: type, prompt, choices/answers, correct answers, explanation. */
function essence(q: Question) {
	const {
		evidence: _e,
		storyId: _s,
		status: _st,
		skill: _sk,
		difficulty: _d,
		origin: _o,
		tags: _t,
		...rest
	} = q;
	return rest;
}

describe('escapeGift', () => {
	it('escapes every GIFT special character and reads back', () => {
		const text = 'a~b=c#d{e}f:g\\h\nnext';
		expect(escapeGift(text)).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\nnext');
		expect(unescapeGift(escapeGift(text))).toBe(text);
	});
});

describe('exportGift', () => {
	it('exports approved questions by default in GIFT syntax', () => {
		const { filename, text, warnings } = exportGift(makeFileBank(), FILE_STORY);
		expect(filename).toBe('harbor-storm.gift.txt');
		expect(warnings).toEqual([
			'“q-numeric”: the unit “boats” was left out; GIFT numbers have no units (Moodle XML keeps them).'
		]);
		expect(text).toContain(
			'::q-single::Who said the docks would reopen by Friday? {\n\t=Mayor Ana Ruiz\n\t~Port director Li Wei'
		);
		expect(text).toContain('\t~%50%Harbor Times\n\t~%50%Coast News\n\t~%-50%Daily Planet');
		expect(text).toContain('::q-tf::The storm hit on Monday. {T\n');
		expect(text).toContain(
			'::q-cloze::The coast guard rescued two fishermen near the {=breakwater =break water\n'
		);
		expect(text).toContain('{#38:0\n');
		expect(text).not.toContain('q-matching');
	});

	it('warns about what GIFT cannot express', () => {
		const { text, warnings } = exportGift(makeFileBank(), FILE_STORY, { questionIds: allIds });
		expect(text).toContain('\t=We will reopen the docks by Friday. -> Ana Ruiz');
		// Moodle reads `= -> x` as a distractor and `{>n …}` as a Moodle 4.4+ ordering question.
		expect(text).toMatch(/\t= -> [^\n]+\n/);
		expect(text).toContain(
			'::q-ordering::Put these events in order. {>2 ALL VERTICAL RELATIVE_ALL_PREVIOUS_AND_NEXT SHOW\n'
		);
		expect(warnings).toEqual([
			expect.stringMatching(/q-numeric.*unit/),
			expect.stringMatching(/q-ordering.*Moodle 4\.4/),
			expect.stringMatching(/q-evidence.*only part A/)
		]);
	});
});

describe('importGift', () => {
	it('round-trips prompt, choices, answers and explanation for supported types', () => {
		const { text } = exportGift(makeFileBank(), FILE_STORY, { questionIds: allIds });
		const { value } = imported(text);
		const original = new Map(makeFileBank().questions.map((q) => [q.id, q]));
		// An outlet-name answer finds its proof in that outlet's article; the ordering items'
		// wording is not in the articles, so that one waits for evidence chosen by hand.
		expect(value.needsEvidence.map((n) => n.draft.id)).toEqual(['q-ordering']);
		expect(value.questions.map((q) => q.id)).toEqual([
			'q-single',
			'q-multi',
			'q-tf',
			'q-cloze',
			'q-numeric',
			'q-matching',
			'q-evidence'
		]);
		const multi = value.questions.find((q) => q.id === 'q-multi')!;
		expect(multi.evidence.map((e) => e.articleId)).toEqual(['harbor-times', 'coast-news']);
		for (const q of value.questions.filter(
			(q) => !['q-matching', 'q-evidence', 'q-numeric'].includes(q.id)
		)) {
			expect(essence(q)).toEqual(essence(original.get(q.id)!));
		}
		expect(value.questions.find((q) => q.id === 'q-numeric')).toMatchObject({
			answer: 38,
			tolerance: 0
		});
		expect(value.questions.find((q) => q.id === 'q-evidence')).toMatchObject({
			type: 'single',
			correct: ['a']
		});
		const matching = value.questions.find((q) => q.id === 'q-matching');
		expect(matching?.type === 'matching' && matching.pairs.map((p) => [p.left, p.right])).toEqual([
			['We will reopen the docks by Friday.', 'Ana Ruiz'],
			['Repairs could take weeks.', 'Li Wei']
		]);
	});

	it('attaches the sentence that contains the answer as evidence', () => {
		const { value } = imported('::n::How many boats did officials count? {#38}');
		const q = value.questions[0]!;
		const e = q.evidence[0]!;
		const article = fileArticles().find((a) => a.id === e.articleId)!;
		expect(article.text.slice(e.start, e.end)).toBe(
			'Officials counted 38 damaged boats after the storm on Monday.'
		);
		expect(q.explanation).toBe(
			'The article says: “Officials counted 38 damaged boats after the storm on Monday.” (Coast News)'
		);
		expect(q.status).toBe('draft');
	});

	it('reads hand-written GIFT: comments, weights, ranges, missing words, feedback', () => {
		const gift = [
			'// a comment',
			'$CATEGORY: test',
			'Who warned about repairs? {=Li Wei#right ~Ana Ruiz#no}',
			'',
			'::w:: Which were damaged? {~%100%boats ~%-50%cars}',
			'',
			'Officials counted {#36..40} damaged boats.',
			'',
			'The coast guard rescued two {=fishermen} near the breakwater.',
			'',
			'Write an essay. {}',
			'',
			'No braces here'
		].join('\n');
		const r = imported(gift);
		const [single, multi, numeric, cloze] = r.value.questions;
		expect(single).toMatchObject({
			type: 'single',
			choices: [{ text: 'Li Wei' }, { text: 'Ana Ruiz' }],
			correct: ['a']
		});
		expect(multi).toMatchObject({ id: 'w', type: 'multi', correct: ['a'] });
		expect(numeric).toMatchObject({ type: 'numeric', answer: 38, tolerance: 2 });
		expect(cloze).toMatchObject({
			type: 'cloze',
			prompt: 'The coast guard rescued two ____ near the breakwater.',
			accepted: ['fishermen']
		});
		expect(r.value.refused).toEqual([
			{ label: '“Write an essay.”', reason: expect.stringMatching(/essay/) },
			{ label: '“No braces here”', reason: expect.stringMatching(/description/) }
		]);
	});

	it('keeps a gap the question text already has', () => {
		const { value } = imported(
			'The coast guard rescued two fishermen near the ____. {=breakwater}'
		);
		expect(value.questions[0]).toMatchObject({
			type: 'cloze',
			prompt: 'The coast guard rescued two fishermen near the ____.'
		});
	});

	it('fails clearly when nothing usable is found', () => {
		const r = importGift('just some text\n\nmore text', opts);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error.message).toMatch(/No questions Byline can use/);
	});

	it('keeps escaped braces inside text', () => {
		const outcome = readGiftBlock('What is \\{x\\}? {=y}');
		expect(outcome).toMatchObject({
			draft: { type: 'cloze', prompt: 'What is {x}?\n\n____', accepted: ['y'] }
		});
	});
});

describe('hostile GIFT input', () => {
	it('strips control characters and refuses huge files', () => {
		const r = importGift('How many boats were counted?\u0007 {#38}', opts);
		expect(r.ok && r.value.questions[0]!.prompt).toBe('How many boats were counted?');
		const huge = importGift('x'.repeat(11 * 1024 * 1024), opts);
		expect(!huge.ok && huge.error.message).toMatch(/larger than 10 MB/);
	});
});

describe('GIFT escaping property', () => {
	it('unescapes whatever it escapes (trimmed, as GIFT text is)', () => {
		const text = fc.string({
			unit: fc.constantFrom('a', '~', '=', '#', '{', '}', ':', '\\', '\n', 'n', ' ')
		});
		fc.assert(
			fc.property(text, (t) => {
				expect(unescapeGift(escapeGift(t))).toBe(t.trim());
			})
		);
	});
});
