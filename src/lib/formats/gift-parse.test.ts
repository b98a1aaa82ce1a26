/**
 * GIFT read as Moodle reads it: one case per behaviour of Moodle's importer that Byline's
 * reader once got wrong (issue #14), checked on single blocks so no evidence search is involved.
 */
import { describe, expect, it } from 'vitest';
import { readGiftBlock } from './gift-parse';

function draft(block: string) {
	const outcome = readGiftBlock(block);
	if (!('draft' in outcome)) throw new Error(JSON.stringify(outcome));
	return outcome.draft;
}
function refusal(block: string) {
	const outcome = readGiftBlock(block);
	if (!('refused' in outcome)) throw new Error(JSON.stringify(outcome));
	return outcome.refused;
}

describe('GIFT as Moodle reads it', () => {
	it('a missing-word multiple choice keeps its blank', () => {
		expect(draft('Grant is {~buried =entombed ~living} in the tomb.')).toMatchObject({
			type: 'single',
			prompt: 'Grant is _____ in the tomb.',
			choices: [{ text: 'buried' }, { text: 'entombed' }, { text: 'living' }],
			correct: ['b']
		});
	});

	it('a short answer keeps only full-credit answers and names partial credit and the catch-all', () => {
		const d = draft('What lives in ponds? {=Frog =%50%Cat =%0%*#Wrong}');
		expect(d).toMatchObject({ type: 'cloze', accepted: ['Frog'] });
		expect(d.losses).toEqual([
			'“Cat” earned 50% in Moodle; in Byline it counts as wrong.',
			'Feedback on individual answers is not kept; Byline shows one explanation per question.'
		]);
	});

	it('a 50% answer leaves a one-answer question single, with the loss named', () => {
		const d = draft('Pick one {~wrong ~%50%half =full}');
		expect(d).toMatchObject({ type: 'single', correct: ['c'] });
		expect(d.losses).toEqual(['“half” earned 50% in Moodle; in Byline it counts as wrong.']);
	});

	it('no “=” means several answers may be right; uneven weights are named', () => {
		const d = draft('Which two? {~%50%one ~%50%two ~%-100%three}');
		expect(d).toMatchObject({ type: 'multi', correct: ['a', 'b'] });
		expect(d.losses).toEqual([
			'Wrong answers cost -100% in Moodle; in Byline each wrong pick cancels one right pick.'
		]);
		expect(draft('Which? {~%70%a ~%30%b ~c}').losses?.[0]).toMatch(
			/weighs the right answers 70%, 30%/
		);
	});

	it('format markers and HTML become plain text', () => {
		expect(draft('Colour? {=yellow ~[plain]blue}')).toMatchObject({
			choices: [{ text: 'yellow' }, { text: 'blue' }]
		});
		const d = draft(
			'[html]Which <b>bold</b> word &amp; <img src="@@PLUGINFILE@@/a.png"> here? {=x ~y}'
		);
		expect(d.prompt).toBe('Which bold word & here?');
		expect(d.losses).toEqual(['Question text: an image left out.']);
		expect(draft('[plain]Is x &lt; 5? {T}').prompt).toBe('Is x &lt; 5?');
	});

	it('a matching distractor becomes an extra right-hand option', () => {
		expect(draft('Match {=a -> 1 =b -> 2 = -> 3}')).toMatchObject({
			type: 'matching',
			pairs: [
				{ left: 'a', right: '1' },
				{ left: 'b', right: '2' }
			],
			extraRights: ['3']
		});
	});

	it('numeric answers: wrong-answer feedback and weighted answers', () => {
		const fb = draft('How many? {#3:2 ~#Completely wrong}');
		expect(fb).toMatchObject({ type: 'numeric', answer: 3, tolerance: 2 });
		expect(fb.losses).toEqual(['The feedback for wrong answers is not kept.']);
		const weighted = draft('When was Grant born? {#=%50%1820:5 =1822:0}');
		expect(weighted).toMatchObject({ type: 'numeric', answer: 1822, tolerance: 0 });
		expect(weighted.losses).toEqual([
			'The answer 1820 ± 5 earned 50% in Moodle; Byline accepts only 1822 ± 0.'
		]);
		expect(draft('Between? {#1..5}')).toMatchObject({ answer: 3, tolerance: 2 });
	});

	it('an answer without “=” is kept whole; lower-case true is a short answer', () => {
		expect(draft('Capital of France? {Paris}')).toMatchObject({
			type: 'cloze',
			accepted: ['Paris']
		});
		expect(draft('Is it {true}')).toMatchObject({ type: 'cloze', accepted: ['true'] });
		expect(draft('Grant is buried in the tomb. {FALSE#no#yes}')).toMatchObject({
			type: 'truefalse',
			correct: ['false']
		});
	});

	it('escapes: \\: \\= \\# \\{ \\} \\~ \\n and \\\\', () => {
		expect(draft('::T\\:1::a\\=b \\#c \\{d\\} e\\~f\\nnext \\\\ {=x\\=y}')).toMatchObject({
			id: 'T:1',
			prompt: 'a=b #c {d} e~f\nnext \\\n\n____',
			accepted: ['x=y']
		});
	});

	it('essays, descriptions and broken braces are refused with a reason', () => {
		expect(refusal('::E::Write about it. {}').reason).toMatch(/essay/);
		expect(refusal('Just some instructions.').reason).toMatch(/description/);
		expect(refusal('Broken } here {').reason).toMatch(/braces/);
	});
});
