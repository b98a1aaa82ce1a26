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

	it('a short answer keeps its 50% answer as partial credit; a 0% catch-all adds nothing', () => {
		const d = draft('What lives in ponds? {=Frog =%50%Cat =%0%*#Wrong}');
		expect(d).toMatchObject({
			type: 'cloze',
			accepted: ['Frog'],
			partial: [{ text: 'Cat', fraction: 0.5 }]
		});
		expect(d.losses).toEqual([
			'Feedback on individual answers is not kept; Byline shows one explanation per question.'
		]);
	});

	it('a 50% answer leaves a one-answer question single, worth half', () => {
		const d = draft('Pick one {~wrong ~%50%half =full}');
		expect(d).toMatchObject({
			type: 'single',
			correct: ['c'],
			choices: [
				{ id: 'a', text: 'wrong' },
				{ id: 'b', text: 'half', fraction: 0.5 },
				{ id: 'c', text: 'full' }
			]
		});
		expect('fraction' in (d as { choices: object[] }).choices[0]!).toBe(false);
		expect(d.losses).toBeUndefined();
		// Moodle takes marks away for a negative answer; Byline's lowest score is 0, and says so.
		expect(draft('Pick one {~%-50%bad =good}').losses).toEqual([
			'“bad” cost 50% in Moodle; in Byline a wrong answer scores 0, never less.'
		]);
	});

	it('no “=” means several answers may be right; their weights are kept', () => {
		const d = draft('Which two? {~%50%one ~%50%two ~%-100%three}');
		expect(d).toMatchObject({
			type: 'multi',
			correct: ['a', 'b'],
			choices: [
				{ text: 'one', fraction: 0.5 },
				{ text: 'two', fraction: 0.5 },
				{ text: 'three', fraction: -1 }
			]
		});
		expect(d.losses).toBeUndefined();
		expect(draft('Which? {~%70%a ~%30%b ~c}')).toMatchObject({
			choices: [{ fraction: 0.7 }, { fraction: 0.3 }, { text: 'c' }]
		});
		// Byline's own rule (right 1/k, wrong −1/k) needs no fractions.
		const even = draft('Which? {~%50%a ~%50%b ~%-50%c}') as { choices: object[] };
		expect(even.choices.some((c) => 'fraction' in c)).toBe(false);
		// Right answers that do not add up to 100% (Moodle refuses them) fall back, named.
		expect(draft('Which? {~%50%a ~%30%b ~c}').losses?.[0]).toMatch(/add up to 80%, not 100%/);
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
		const born = draft('When was Grant born? {#=1822:0 =%50%1822:2}');
		expect(born).toMatchObject({
			type: 'numeric',
			answer: 1822,
			tolerance: 0,
			partial: [{ answer: 1822, tolerance: 2, fraction: 0.5 }]
		});
		expect(born.losses).toBeUndefined();
		// Moodle takes the first answer that matches: here 1822 falls in 1820 ± 5 and earns 50%.
		const weighted = draft('When was Grant born? {#=%50%1820:5 =1822:0}');
		expect(weighted).toMatchObject({ type: 'numeric', answer: 1822, tolerance: 0 });
		expect(weighted.losses).toEqual([
			'In Moodle “1820 ± 5” (50%) comes before “1822 ± 0” and catches some of its answers first; Byline gives those full marks.'
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
