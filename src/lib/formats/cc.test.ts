import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FILE_STORY, makeFileBank } from '$test-data';
import type { Bank, Question } from '$lib/bank/schema';
import { BANK_FILE, CC_TYPES, QUIZ_FILE, articlePage, exportCommonCartridge } from './cc';
import { mixedOrder, numericAnswers } from './cc-qti';
import { htmlFragment, readQtiItems } from './cc-qti-read.test-helpers';
import {
	CC_MANIFEST_XSD,
	CC_QTI_XSD,
	ccManifestSchemaErrors,
	ccQtiSchemaErrors,
	parseXml,
	schematronFailures
} from './cc-schema.test-helpers';

/** xmllint-wasm compiles the schemas for each call; slow on a busy machine, not a hang. */
const SCHEMA_TIMEOUT = 60_000;
const NOW = new Date('2025-01-01T00:00:00Z');
const CP = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1';
const text = (files: { name: string; text: string }[], name: string) =>
	files.find((f) => f.name === name)!.text;
/**
 * The CC 1.1 manifest schema's Schematron names the CC 1.0 resource types
 * (`imsqti_xmlv1p2/imscc_xmlv1p0/assessment`...), evidently carried over from CC 1.0, so as
 * published its resource rules never fire on a 1.1 cartridge. The tests run them as published
 * and also with the 1.1 type names, which is what the rules' own descriptions ask for.
 */
const asCc11 = (xpath: string) =>
	xpath.replace(/imscc_xmlv1p0/g, 'imscc_xmlv1p1').replace(/(imsdt|imswl)_xmlv1p0/g, '$1_xmlv1p1');

function withQuestions(bank: Bank, questions: Question[]): Bank {
	return { ...bank, questions };
}

describe('exportCommonCartridge', () => {
	const out = exportCommonCartridge(makeFileBank(), FILE_STORY, { now: NOW });
	const manifest = parseXml(text(out.files, 'imsmanifest.xml'));

	it('zips a manifest, a page per article, the quiz and the question bank', () => {
		expect(out.filename).toBe('harbor-storm.imscc');
		expect(out.files.map((f) => f.name)).toEqual([
			'imsmanifest.xml',
			'wiki_content/harbor-times-storm-floods-harbor-district.html',
			'wiki_content/coast-news-boats-damaged-as-storm-hits-coast.html',
			QUIZ_FILE,
			BANK_FILE
		]);
		const unzipped = unzipSync(out.body);
		expect(Object.keys(unzipped)[0]).toBe('imsmanifest.xml');
		for (const f of out.files) expect(strFromU8(unzipped[f.name]!)).toBe(f.text);
	});

	it(
		'writes a manifest and QTI files that the official CC 1.1 schemas accept',
		async () => {
			expect(await ccManifestSchemaErrors(text(out.files, 'imsmanifest.xml'))).toEqual([]);
			const qti = out.files.filter((f) => f.name === QUIZ_FILE || f.name === BANK_FILE);
			expect(await ccQtiSchemaErrors(qti)).toEqual([]);
		},
		SCHEMA_TIMEOUT
	);

	it(
		'passes the Schematron rules embedded in the CC 1.1 schemas',
		() => {
			expect(schematronFailures(manifest, CC_MANIFEST_XSD)).toEqual([]);
			expect(schematronFailures(manifest, CC_MANIFEST_XSD, asCc11)).toEqual([]);
			for (const name of [QUIZ_FILE, BANK_FILE]) {
				expect(schematronFailures(parseXml(text(out.files, name)), CC_QTI_XSD), name).toEqual([]);
			}
		},
		SCHEMA_TIMEOUT
	);

	it('lays the story out as one module: the articles, then the quiz; the bank stays out', () => {
		const resources = [...manifest.getElementsByTagNameNS(CP, 'resource')];
		const byId = new Map(resources.map((r) => [r.getAttribute('identifier')!, r]));
		const moduleItems = [...manifest.querySelectorAll('organization > item > item > item')];
		expect(manifest.querySelector('organization > item > item > title')!.textContent).toBe(
			'Harbor storm'
		);
		expect(moduleItems.map((i) => i.querySelector('title')!.textContent)).toEqual([
			'Harbor Times: Storm floods harbor district',
			'Coast News: Boats damaged as storm hits coast',
			'Quiz: Harbor storm'
		]);
		const types = moduleItems.map((i) =>
			byId.get(i.getAttribute('identifierref')!)!.getAttribute('type')
		);
		expect(types).toEqual([CC_TYPES.page, CC_TYPES.page, CC_TYPES.assessment]);
		const bank = resources.filter((r) => r.getAttribute('type') === CC_TYPES.bank);
		expect(bank).toHaveLength(1);
		expect(bank[0]!.hasAttribute('href')).toBe(false);
		// Every file a resource names is in the package.
		for (const f of manifest.getElementsByTagNameNS(CP, 'file')) {
			expect(out.files.map((x) => x.name)).toContain(f.getAttribute('href'));
		}
	});

	it('puts approved questions in the quiz and every question not rejected in the bank', () => {
		const quiz = readQtiItems(text(out.files, QUIZ_FILE)).map((i) => i.ident);
		const bank = readQtiItems(text(out.files, BANK_FILE)).map((i) => i.ident);
		expect(quiz).toEqual(['Q_q-single', 'Q_q-multi', 'Q_q-tf', 'Q_q-cloze', 'Q_q-numeric']);
		// matching (draft) splits into one item per pair; the rejected evidence question stays out
		expect(bank).toEqual([...quiz, 'Q_q-matching_1', 'Q_q-matching_2', 'Q_q-ordering']);
	});

	it('names every loss in the report, with the questions it hit', () => {
		expect(out.warnings).toEqual([
			expect.stringMatching(/^Matching questions became .*: “q-matching”\.$/),
			expect.stringMatching(/^Ordering questions became .*: “q-ordering”\.$/),
			expect.stringMatching(/^Select-all questions .*: “q-multi”\.$/),
			expect.stringMatching(/^Typed answers are matched as written/),
			'Tags, skills and difficulty are not part of the cartridge’s question format.'
		]);
	});

	it('carries a fixed choice order and the explanation with the sentence that proves it', () => {
		const bank = makeFileBank();
		const single = bank.questions.find((q) => q.id === 'q-single')!;
		const fixed = exportCommonCartridge(
			withQuestions(bank, [{ ...single, fixedOrder: true }]),
			FILE_STORY,
			{ now: NOW }
		);
		const [item] = readQtiItems(text(fixed.files, QUIZ_FILE));
		expect(item!.shuffle).toBe(false);
		const [shuffled] = readQtiItems(text(out.files, QUIZ_FILE));
		expect(shuffled!.shuffle).toBe(true);
		const feedback = htmlFragment(shuffled!.feedbackHtml);
		expect(feedback.querySelector('p')!.textContent).toBe('The Harbor Times quotes the mayor.');
		expect(feedback.querySelector('li')!.textContent).toBe(
			'“Mayor Ana Ruiz said: "We will reopen the docks by Friday."” (Harbor Times)'
		);
	});

	it(
		'leaves the quiz or the bank out, with a warning, when it would be empty',
		async () => {
			const bank = makeFileBank();
			const drafts = bank.questions.map((q) => ({ ...q, status: 'draft' as const }));
			const noQuiz = exportCommonCartridge(withQuestions(bank, drafts), FILE_STORY, {
				now: NOW
			});
			expect(noQuiz.files.map((f) => f.name)).not.toContain(QUIZ_FILE);
			expect(noQuiz.warnings[0]).toMatch(/no quiz/);
			const nothing = exportCommonCartridge(withQuestions(bank, []), FILE_STORY, {
				now: NOW
			});
			expect(nothing.files.map((f) => f.name)).toEqual(out.files.slice(0, 3).map((f) => f.name));
			expect(nothing.warnings).toEqual([
				expect.stringMatching(/no quiz/),
				expect.stringMatching(/no question bank/)
			]);
			expect(await ccManifestSchemaErrors(text(nothing.files, 'imsmanifest.xml'))).toEqual([]);
		},
		SCHEMA_TIMEOUT
	);

	it(
		'reports two-choice questions, which the profile’s Schematron rule 4d flags',
		async () => {
			const bank = makeFileBank();
			const single = bank.questions.find((q) => q.id === 'q-single')! as Extract<
				Question,
				{ type: 'single' }
			>;
			const two = { ...single, choices: single.choices.slice(0, 2) };
			const result = exportCommonCartridge(withQuestions(bank, [two]), FILE_STORY, {
				now: NOW
			});
			expect(result.warnings[0]).toMatch(/only two choices.*“q-single”/);
			// The checks can fail: the rule the report warns about is the one the Schematron reports.
			const failures = schematronFailures(parseXml(text(result.files, QUIZ_FILE)), CC_QTI_XSD);
			expect(failures).toEqual([expect.stringMatching(/^\[RULE 4d\]/)]);
			expect(
				await ccQtiSchemaErrors([{ name: 'q.xml', text: text(result.files, QUIZ_FILE) }])
			).toEqual([]);
		},
		SCHEMA_TIMEOUT
	);

	it(
		'keeps hostile and odd text as text, in files that stay valid',
		async () => {
			const bank = makeFileBank();
			const single = bank.questions.find((q) => q.id === 'q-single')! as Extract<
				Question,
				{ type: 'single' }
			>;
			const nasty = '<script>alert("x")</script> & ]]> \u0007bell';
			const hostile = {
				...bank,
				stories: [{ ...bank.stories[0]!, title: `Storm ${nasty}` }],
				articles: bank.articles.map((a, i) => ({
					...a,
					title: i === 0 ? nasty : a.title,
					outlet: 'Same Outlet',
					text: a.text.replace('storm', 'storm\u0001')
				})),
				questions: [
					{
						...single,
						prompt: nasty,
						choices: single.choices.map((c) => ({ ...c, text: `${c.text} <b>&amp;</b>` }))
					}
				]
			};
			const result = exportCommonCartridge(hostile, FILE_STORY, { now: NOW });
			for (const f of result.files) {
				expect(parseXml(f.text).getElementsByTagName('parsererror'), f.name).toHaveLength(0);
			}
			expect(await ccManifestSchemaErrors(text(result.files, 'imsmanifest.xml'))).toEqual([]);
			expect(
				await ccQtiSchemaErrors([{ name: 'q.xml', text: text(result.files, QUIZ_FILE) }])
			).toEqual([]);
			const [item] = readQtiItems(text(result.files, QUIZ_FILE));
			const question = htmlFragment(item!.questionHtml);
			expect(question.querySelector('p')!.textContent).toBe(
				'<script>alert("x")</script> & ]]> bell'
			);
			expect(question.querySelector('script')).toBeNull();
			expect(item!.choices[0]!.text).toBe('Mayor Ana Ruiz <b>&amp;</b>');
		},
		SCHEMA_TIMEOUT
	);

	it('gives two articles whose names make the same file name a file each', () => {
		const bank = makeFileBank();
		const twins = {
			...bank,
			articles: bank.articles.map((a) => ({ ...a, outlet: 'Wire', title: 'Storm!' }))
		};
		const pages = exportCommonCartridge(twins, FILE_STORY, { now: NOW }).files.filter((f) =>
			f.name.startsWith('wiki_content/')
		);
		expect(pages.map((p) => p.name)).toEqual([
			'wiki_content/wire-storm.html',
			'wiki_content/wire-storm-2.html'
		]);
	});

	it(
		'would see a broken manifest or item (the validators are not blind)',
		async () => {
			const bad = text(out.files, 'imsmanifest.xml').replace('1.1.0', '1.3.0');
			expect((await ccManifestSchemaErrors(bad)).join('\n')).toMatch(/schemaversion/);
			const hrefOnQuiz = text(out.files, 'imsmanifest.xml').replace(
				`type="${CC_TYPES.assessment}"`,
				`type="${CC_TYPES.assessment}" href="${QUIZ_FILE}"`
			);
			expect(schematronFailures(parseXml(hrefOnQuiz), CC_MANIFEST_XSD, asCc11)).toEqual([
				expect.stringMatching(/href/)
			]);
			const badItem = text(out.files, QUIZ_FILE).replace('<render_choice', '<render_slider');
			expect(await ccQtiSchemaErrors([{ name: 'bad.xml', text: badItem }])).not.toEqual([]);
		},
		SCHEMA_TIMEOUT
	);
});

describe('articlePage', () => {
	const article = makeFileBank().articles[0]!;

	it('shows outlet, date, headline and every paragraph, as well-formed XHTML', () => {
		const page = parseXml(articlePage(article, 'PAGE1_harbor-times'));
		expect(page.getElementsByTagName('parsererror')).toHaveLength(0);
		expect(page.querySelector('h1')!.textContent).toBe('Storm floods harbor district');
		expect(page.querySelector('header p')!.textContent).toBe('Harbor Times · March 4, 2024');
		expect(page.querySelector('time')!.getAttribute('datetime')).toBe('2024-03-04');
		expect([...page.querySelectorAll('article > p')].map((p) => p.textContent)).toEqual(
			article.text.split('\n\n')
		);
		expect(page.querySelector('footer a')!.getAttribute('href')).toBe('https://example.org/harbor');
	});

	it('escapes hostile text and links only http(s) addresses', () => {
		const hostile = {
			...article,
			title: '<script>alert(1)</script>',
			byline: 'By <img src=x onerror=alert(1)>',
			text: 'A & B <b>bold</b>\n\n<iframe src="https://evil.example"></iframe>',
			url: 'javascript:alert(1)'
		};
		const html = articlePage(hostile, 'P');
		const page = parseXml(html);
		expect(page.querySelectorAll('script, img, iframe, b')).toHaveLength(0);
		expect(page.querySelector('h1')!.textContent).toBe('<script>alert(1)</script>');
		expect(page.querySelector('a')).toBeNull();
		expect(html).not.toContain('javascript:');
	});
});

describe('question conversions', () => {
	it('accepts every whole number within a small whole tolerance, and only the answer otherwise', () => {
		const base = makeFileBank().questions.find((q) => q.id === 'q-numeric')! as Extract<
			Question,
			{ type: 'numeric' }
		>;
		const near = numericAnswers({ ...base, answer: 5000, tolerance: 2, unit: undefined });
		expect(near.exact).toBe(true);
		expect(near.answers).toEqual(expect.arrayContaining(['4998', '4,998', '5002', '5 002']));
		expect(near.answers).not.toContain('5003');
		const wide = numericAnswers({ ...base, answer: 5000, tolerance: 100, unit: undefined });
		expect(wide).toEqual({ exact: false, answers: ['5000', '5,000', '5 000', '5\u00a0000'] });
		expect(numericAnswers({ ...base, answer: 2.5, tolerance: 0 }).answers).toEqual(['2.5']);
	});

	it('never shows ordering items in their right order, and always in the same order', () => {
		for (const n of [2, 3, 5, 8]) {
			const items = Array.from({ length: n }, (_, i) => i);
			for (const seed of ['a', 'q-ordering', 'baghdad-q31']) {
				const shown = mixedOrder(items, seed);
				expect(shown).not.toEqual(items);
				expect([...shown].sort((a, b) => a - b)).toEqual(items);
				expect(mixedOrder(items, seed)).toEqual(shown);
			}
		}
	});
});
