/**
 * The built-in story's whole bank through a Common Cartridge and back: the quiz and the bank
 * are read back by a QTI 1.2 reader written for the tests (cc-qti-read.test-helpers.ts), and
 * every question must be there, with its prompt and choices, scoring answers as Byline's own
 * grader does, except where the export report names a loss; and the files pass the official
 * CC 1.1 schemas and their Schematron rules.
 */
import xpath from 'xpath';
import { describe, expect, it } from 'vitest';
import { seedBank } from '$lib/bank/seed-bank';
import type { Question } from '$lib/bank/schema';
import { grade } from '$lib/quiz/grade';
import type { Response } from '$lib/quiz/types';
import { BANK_FILE, QUIZ_FILE, exportCommonCartridge } from './cc';
import { mixedOrder, numericAnswers } from './cc-qti';
import { htmlFragment, readQtiItems, type ReadItem } from './cc-qti-read.test-helpers';
import {
	CC_QTI_XSD,
	ccManifestSchemaErrors,
	ccQtiSchemaErrors,
	parseXml,
	schematronFailures
} from './cc-schema.test-helpers';
import { qtiIdentifier } from './qti';

const storyId = seedBank.stories[0]!.id;
const out = exportCommonCartridge(seedBank, storyId, { now: new Date('2025-01-01T00:00:00Z') });
const file = (name: string) => out.files.find((f) => f.name === name)!.text;
const quiz = readQtiItems(file(QUIZ_FILE));
const bank = readQtiItems(file(BANK_FILE));
const RIGHT = 100;
/** Schema compiles (xmllint-wasm) and XPath over the whole bank are slow on a busy machine. */
const SCHEMA_TIMEOUT = 60_000;

/** The first paragraph of an item's question HTML: the prompt. */
const promptOf = (item: ReadItem) =>
	htmlFragment(item.questionHtml).querySelector('p')!.textContent!;
const itemsOf = (items: ReadItem[], q: Question) =>
	items.filter(
		(i) => i.ident === qtiIdentifier(q.id) || i.ident.startsWith(`${qtiIdentifier(q.id)}_`)
	);
/** Whether Byline's grader calls a response right; the QTI score must agree. */
const bylineRight = (q: Question, r: Response) => grade(q, r).correct;
const named = (id: string) => out.warnings.some((w) => w.includes(`“${id}”`));

describe('seed bank through a Common Cartridge', () => {
	it(
		'validates against the CC 1.1 schemas and Schematron rules',
		async () => {
			expect(await ccManifestSchemaErrors(file('imsmanifest.xml'))).toEqual([]);
			expect(
				await ccQtiSchemaErrors(out.files.filter((f) => [QUIZ_FILE, BANK_FILE].includes(f.name)))
			).toEqual([]);
			expect(schematronFailures(parseXml(file(QUIZ_FILE)), CC_QTI_XSD)).toEqual([]);
			expect(schematronFailures(parseXml(file(BANK_FILE)), CC_QTI_XSD)).toEqual([]);
		},
		SCHEMA_TIMEOUT
	);

	it('has every approved question in the quiz and every question in the bank', () => {
		for (const q of seedBank.questions) {
			expect(itemsOf(bank, q).length, q.id).toBeGreaterThan(0);
			if (q.status === 'approved') expect(itemsOf(quiz, q).length, q.id).toBeGreaterThan(0);
		}
		// Every seed question is approved, so the quiz and the bank hold the same items.
		expect(quiz.map((i) => i.ident)).toEqual(bank.map((i) => i.ident));
	});

	it('keeps each question’s prompt, choices and scoring, or names what changed', () => {
		for (const q of seedBank.questions) {
			const items = itemsOf(bank, q);
			const [first] = items;
			switch (q.type) {
				case 'single':
				case 'truefalse': {
					expect(items, q.id).toHaveLength(1);
					expect(promptOf(first!), q.id).toBe(q.prompt);
					expect(first!.choices, q.id).toEqual(q.choices);
					for (const c of q.choices) {
						const right = bylineRight(q, { type: q.type, choiceId: c.id });
						expect(first!.score([c.id]) === RIGHT, `${q.id} ${c.id}`).toBe(right);
					}
					expect(named(q.id), q.id).toBe(false);
					break;
				}
				case 'multi': {
					expect(first!.cardinality).toBe('Multiple');
					expect(first!.choices, q.id).toEqual(q.choices);
					const wrong = q.choices.find((c) => !q.correct.includes(c.id))!.id;
					const responses = [q.correct, q.correct.slice(1), [...q.correct, wrong], [wrong]];
					for (const ids of responses) {
						const right = bylineRight(q, { type: 'multi', choiceIds: ids });
						expect(first!.score(ids) === RIGHT, `${q.id} ${ids.join()}`).toBe(right);
					}
					// Byline's partial credit is the loss the report names.
					expect(named(q.id), q.id).toBe(true);
					break;
				}
				case 'cloze': {
					expect(first!.profile).toBe('cc.fib.v0p1');
					for (const typed of [...q.accepted, ...q.accepted.map((a) => a.toUpperCase())]) {
						expect(bylineRight(q, { type: 'cloze', text: typed }), typed).toBe(true);
						expect(first!.score(typed), `${q.id} "${typed}"`).toBe(RIGHT);
					}
					expect(bylineRight(q, { type: 'cloze', text: 'tuesday' })).toBe(false);
					expect(first!.score('tuesday')).toBe(0);
					break;
				}
				case 'numeric': {
					const { exact } = numericAnswers(q);
					expect(exact || named(q.id), q.id).toBe(true);
					const grouped = q.answer.toLocaleString('en-US');
					const unit = q.unit ? `${grouped} ${q.unit}` : grouped;
					for (const typed of [String(q.answer), grouped, unit]) {
						expect(bylineRight(q, { type: 'numeric', value: typed }), typed).toBe(true);
						expect(first!.score(typed), `${q.id} "${typed}"`).toBe(RIGHT);
					}
					const off = String(q.answer + q.tolerance + 1);
					expect(bylineRight(q, { type: 'numeric', value: off })).toBe(false);
					expect(first!.score(off)).toBe(0);
					break;
				}
				case 'matching': {
					expect(items, q.id).toHaveLength(q.pairs.length);
					q.pairs.forEach((pair, i) => {
						const item = items[i]!;
						expect(item.questionHtml, q.id).toContain(pair.left.replace(/&/g, '&amp;'));
						const right = item.choices.find((c) => c.text === pair.right)!;
						const wrong = item.choices.find((c) => c.text !== pair.right)!;
						expect(item.score([right.id]), `${q.id} ${pair.id}`).toBe(RIGHT);
						expect(item.score([wrong.id]), `${q.id} ${pair.id}`).toBe(0);
					});
					expect(named(q.id), q.id).toBe(true);
					break;
				}
				case 'ordering': {
					const shown = mixedOrder(q.items, q.id);
					const letters = q.items.map((it) => String.fromCharCode(65 + shown.indexOf(it)));
					const listed = [...htmlFragment(first!.questionHtml).querySelectorAll('li')];
					expect(
						listed.map((li) => li.textContent),
						q.id
					).toEqual(shown.map((it, i) => `${String.fromCharCode(65 + i)}. ${it.text}`));
					const inOrder = { type: 'ordering', order: q.items.map((i) => i.id) } as const;
					expect(bylineRight(q, inOrder)).toBe(true);
					expect(first!.score(letters.join(', '))).toBe(RIGHT);
					expect(first!.score(letters.join('').toLowerCase())).toBe(RIGHT);
					const reversed = { type: 'ordering', order: [...inOrder.order].reverse() } as const;
					expect(bylineRight(q, reversed)).toBe(false);
					expect(first!.score([...letters].reverse().join(', '))).toBe(0);
					expect(named(q.id), q.id).toBe(true);
					break;
				}
				case 'evidence': {
					expect(
						items.map((i) => i.ident),
						q.id
					).toEqual([qtiIdentifier(q.id), `${qtiIdentifier(q.id)}_B`]);
					const [partA, partB] = items as [ReadItem, ReadItem];
					expect(partA.choices).toEqual(q.choices);
					expect(partB.choices).toEqual(q.evidenceChoices.map((c) => ({ id: c.id, text: c.text })));
					for (const c of q.choices) {
						const answer = bylineRight(q, {
							type: 'evidence',
							choiceId: c.id,
							evidenceId: q.evidenceCorrect[0]!
						});
						expect(partA.score([c.id]) === RIGHT, `${q.id} ${c.id}`).toBe(answer);
					}
					for (const c of q.evidenceChoices) {
						const proof = bylineRight(q, {
							type: 'evidence',
							choiceId: q.correct[0]!,
							evidenceId: c.id
						});
						expect(partB.score([c.id]) === RIGHT, `${q.id} ${c.id}`).toBe(proof);
					}
					expect(named(q.id), q.id).toBe(true);
					break;
				}
			}
			// Byline's feedback: the explanation, then the sentences that prove the answer.
			const feedback = htmlFragment(first!.feedbackHtml);
			expect(feedback.querySelector('p')!.textContent, q.id).toBe(q.explanation);
			expect(feedback.querySelectorAll('li').length, q.id).toBe(q.evidence.length);
		}
	});

	/**
	 * What Moodle's CC 1.1 quiz importer reads (learnt from its behaviour in
	 * backup/cc/entity11.quiz.class.php, written here as our own XPath): the kind from the
	 * `cc_profile` field; the question text from the first mattext of the presentation; a
	 * true/false's answers by the identifiers `true` and `false` (it stops the whole import
	 * otherwise); a select-all's right answers as the `case="Yes"` varequals, not under `not`, of
	 * the condition that sets SCORE to 100; a gap's accepted answers as the varequals directly in
	 * the first condition setting 100; general feedback from the `continue="Yes"` condition.
	 */
	it(
		'reads as Moodle’s Common Cartridge importer reads it',
		() => {
			const doc = parseXml(file(BANK_FILE));
			const select = xpath.useNamespaces({ q: 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2' });
			const texts = (expr: string, node: Node) =>
				(select(expr, node) as Node[]).map((n) => n.textContent ?? n.nodeValue);
			for (const q of seedBank.questions) {
				const [item] = select(
					`//q:item[@ident="${qtiIdentifier(q.id)}" or starts-with(@ident, "${qtiIdentifier(q.id)}_")]`,
					doc
				) as Element[];
				expect(item, q.id).toBeDefined();
				const profile = texts(
					'q:itemmetadata/q:qtimetadata/q:qtimetadatafield[q:fieldlabel="cc_profile"]/q:fieldentry',
					item!
				);
				expect(profile, q.id).toHaveLength(1);
				const questionText = texts('q:presentation/q:material/q:mattext', item!)[0]!;
				expect(htmlFragment(questionText).textContent, q.id).toContain(
					q.type === 'cloze' ? q.prompt.split(/_{4,}/)[0]! : q.prompt
				);
				const rightConditions = select(
					'q:resprocessing/q:respcondition[q:setvar[@varname="SCORE"][.="100"]]',
					item!
				) as Element[];
				expect(rightConditions, q.id).toHaveLength(1);
				const general = texts(
					'q:resprocessing/q:respcondition[@continue="Yes"]/q:displayfeedback/@linkrefid',
					item!
				);
				expect(general, q.id).toEqual(['general_fb']);
				expect(
					texts('q:itemfeedback[@ident="general_fb"]/q:flow_mat/q:material/q:mattext', item!),
					q.id
				).toHaveLength(1);
				const labels = texts(
					'q:presentation/q:response_lid/q:render_choice/q:response_label/@ident',
					item!
				);
				if (q.type === 'truefalse') {
					expect(profile, q.id).toEqual(['cc.true_false.v0p1']);
					expect(labels, q.id).toEqual(['true', 'false']);
				}
				if (q.type === 'multi') {
					expect(profile, q.id).toEqual(['cc.multiple_response.v0p1']);
					const keys = texts(
						'q:conditionvar//q:varequal[@case="Yes"][not(parent::q:not)]',
						rightConditions[0]!
					);
					expect(keys, q.id).toEqual(q.correct);
				}
				if (q.type === 'cloze') {
					expect(profile, q.id).toEqual(['cc.fib.v0p1']);
					const accepted = texts('q:conditionvar/q:varequal', rightConditions[0]!);
					expect(accepted, q.id).toEqual(expect.arrayContaining(q.accepted));
				}
			}
		},
		SCHEMA_TIMEOUT
	);
});
