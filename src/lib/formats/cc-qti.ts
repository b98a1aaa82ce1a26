/**
 * Byline questions as items of the QTI 1.2.1 profile that IMS Common Cartridge 1.1 defines
 * (tests/fixtures/cc11-xsd/ccv1p1_qtiasiv1p2p1_v1p0.xsd). The profile has five question types:
 * multiple choice, multiple response, true/false, fill-in-the-blank and essay, so:
 * - single and true/false keep their kind; true/false choices are identified `true` and `false`,
 *   the identifiers Moodle's importer requires (it refuses the whole quiz otherwise);
 * - multiple-select keeps its kind, scored all-or-nothing: the profile allows only `Set` on
 *   SCORE, so no partial credit can be written (the LMS may add its own);
 * - cloze, numeric and ordering become fill-in-the-blank: cloze accepts its answers and common
 *   variants, numeric the forms students type ("5,000", "5000 people"), every whole number
 *   within a whole tolerance when there are few, else only the exact answer (the profile has no
 *   numeric comparison); ordering lists its items under letters in a fixed mixed order and
 *   accepts the letters in the right order;
 * - matching becomes one multiple-choice item per left-hand item; a two-part evidence question
 *   becomes its answer and its proof as two multiple-choice items;
 * - every item carries the passage its evidence is in, and the explanation plus the sentence
 *   that proves the answer as general feedback (Moodle and Canvas show it after answering).
 * What this costs is written into the export report by `ccLosses`.
 * Item shapes follow what Moodle's CC 1.1 importer and Canvas's read: the question text is the
 * first mattext of the presentation, the right answer is the condition that sets SCORE to 100,
 * general feedback is an `itemfeedback` shown by a `continue="Yes"` condition.
 */
import { CLOZE_GAP, type Article, type Question } from '../bank/schema';
import { escapeXml, passagesOf } from './moodle-xml';
import { numberForms, qtiIdentifier } from './qti';
import { normaliseSpace } from '$lib/content/space';

export const CC_PROFILES = {
	choice: 'cc.multiple_choice.v0p1',
	multiple: 'cc.multiple_response.v0p1',
	truefalse: 'cc.true_false.v0p1',
	fib: 'cc.fib.v0p1'
} as const;

/** The one response every item has; Moodle and Canvas read any identifier, this is theirs. */
export const RESPONSE_ID = 'response1';
/** Whole-number tolerances are spelled out as every accepted value when there are at most this many. */
const MAX_SPELLED_VALUES = 21;

export type CcItem = { ident: string; title: string; xml: string };
/** How a question lost something on its way into the cartridge; the report groups these. */
export type CcLoss =
	| 'evidence-split'
	| 'matching-split'
	| 'ordering-typed'
	| 'multi-all-or-nothing'
	| 'tolerance'
	| 'two-choices';
export type CcConversion = { items: CcItem[]; losses: CcLoss[] };

/** Text as HTML (escaped, line breaks kept); it is escaped again when put into a mattext. */
const html = (text: string) => escapeXml(text).replace(/\n/g, '<br/>');
const htmlMaterial = (markup: string) =>
	`<material><mattext texttype="text/html">${escapeXml(markup)}</mattext></material>`;
const plainMaterial = (text: string) =>
	`<material><mattext texttype="text/plain">${escapeXml(text)}</mattext></material>`;

function metadata(profile: string): string {
	const field = (label: string, entry: string) =>
		`<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${entry}</fieldentry></qtimetadatafield>`;
	return `<itemmetadata><qtimetadata>${field('cc_profile', profile)}${field('cc_weighting', '1')}</qtimetadata></itemmetadata>`;
}

/** The paragraphs holding the evidence, each with its outlet and headline, as in other exports. */
function passageHtml(q: Question, articles: Map<string, Article>): string {
	return passagesOf(q, articles)
		.map((x) => `<blockquote><p>${html(x.text)}</p><p><em>${html(x.source)}</em></p></blockquote>`)
		.join('');
}

/** The explanation and the exact sentences that prove the answer: Byline's feedback. */
function feedbackHtml(q: Question, articles: Map<string, Article>): string {
	const proofs = q.evidence.flatMap((e) => {
		const article = articles.get(e.articleId);
		if (!article) return [];
		const sentence = article.text.slice(e.start, e.end).trim();
		return sentence ? [`<li>“${html(sentence)}” (${html(article.outlet)})</li>`] : [];
	});
	const proof = proofs.length ? `<p>Where the text says so:</p><ul>${proofs.join('')}</ul>` : '';
	return `<p>${html(q.explanation)}</p>${proof}`;
}

type ItemParts = {
	ident: string;
	title: string;
	profile: string;
	questionHtml: string;
	response: string;
	/** The conditionvar that sets SCORE to 100. */
	rightWhen: string;
	feedback: string;
};

function item(p: ItemParts): CcItem {
	const xml = [
		`<item ident="${escapeXml(p.ident)}" title="${escapeXml(p.title)}">`,
		metadata(p.profile),
		`<presentation>${htmlMaterial(p.questionHtml)}${p.response}</presentation>`,
		'<resprocessing>',
		'<outcomes><decvar varname="SCORE" vartype="Decimal" minvalue="0" maxvalue="100"/></outcomes>',
		'<respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="general_fb"/></respcondition>',
		`<respcondition continue="No"><conditionvar>${p.rightWhen}</conditionvar><setvar varname="SCORE" action="Set">100</setvar></respcondition>`,
		'</resprocessing>',
		`<itemfeedback ident="general_fb"><flow_mat>${htmlMaterial(p.feedback)}</flow_mat></itemfeedback>`,
		'</item>'
	].join('');
	return { ident: p.ident, title: p.title, xml };
}

const titleOf = (text: string) => normaliseSpace(text).slice(0, 80);
const equal = (value: string, caseSensitive: boolean) =>
	`<varequal respident="${RESPONSE_ID}" case="${caseSensitive ? 'Yes' : 'No'}">${escapeXml(value)}</varequal>`;

function choiceItem(
	base: Omit<ItemParts, 'profile' | 'response' | 'rightWhen'>,
	choices: readonly { id: string; text: string }[],
	correct: readonly string[],
	kind: 'choice' | 'multiple' | 'truefalse',
	shuffle: boolean
): CcItem {
	const labels = choices
		.map(
			(c) => `<response_label ident="${escapeXml(c.id)}">${plainMaterial(c.text)}</response_label>`
		)
		.join('');
	const right = new Set(correct);
	// Moodle's importer finds a multiple-response key by `varequal case="Yes"` under `and`.
	const rightWhen =
		kind === 'multiple'
			? `<and>${choices.map((c) => (right.has(c.id) ? equal(c.id, true) : `<not>${equal(c.id, true)}</not>`)).join('')}</and>`
			: equal(correct[0]!, true);
	return item({
		...base,
		profile: CC_PROFILES[kind],
		response: `<response_lid ident="${RESPONSE_ID}" rcardinality="${kind === 'multiple' ? 'Multiple' : 'Single'}"><render_choice shuffle="${shuffle ? 'Yes' : 'No'}">${labels}</render_choice></response_lid>`,
		rightWhen
	});
}

function typedItem(
	base: Omit<ItemParts, 'profile' | 'response' | 'rightWhen'>,
	accepted: readonly string[]
): CcItem {
	// Conditions side by side in one conditionvar are alternatives: any accepted answer is right.
	const unique = [...new Map(accepted.map((a) => [a.trim().toLowerCase(), a.trim()])).values()];
	return item({
		...base,
		profile: CC_PROFILES.fib,
		response: `<response_str ident="${RESPONSE_ID}" rcardinality="Single"><render_fib><response_label ident="answer1" rshuffle="No"/></render_fib></response_str>`,
		rightWhen: unique
			.filter((a) => a !== '')
			.map((a) => equal(a, false))
			.join('')
	});
}

/** An accepted gap answer, without a leading article, and a number in the ways it is typed. */
export function clozeVariants(accepted: readonly string[]): string[] {
	return accepted.flatMap((a) => {
		const bare = a.trim().replace(/^(?:the|a|an)\s+/i, '');
		const digits = bare.replace(/,/g, '');
		const number = /^\d+$/.test(digits) ? numberForms(Number(digits)) : [];
		return [a.trim(), bare, ...number];
	});
}

/** The answers a numeric question accepts when typed; `exact` is false when tolerance was lost. */
export function numericAnswers(q: Extract<Question, { type: 'numeric' }>): {
	answers: string[];
	exact: boolean;
} {
	const forms = (value: number) =>
		Number.isInteger(value) ? numberForms(value, q.unit) : [String(value)];
	const whole = Number.isInteger(q.answer) && Number.isInteger(q.tolerance);
	if (q.tolerance === 0 || (whole && 2 * q.tolerance + 1 <= MAX_SPELLED_VALUES)) {
		const values = Array.from(
			{ length: 2 * q.tolerance + 1 },
			(_, i) => q.answer - q.tolerance + i
		);
		return { answers: values.flatMap(forms), exact: true };
	}
	return { answers: forms(q.answer), exact: false };
}

/** A fixed, mixed order of an ordering question's items (never the right one), seeded by its id. */
export function mixedOrder<T>(items: readonly T[], seed: string): T[] {
	let state = 2166136261;
	for (const ch of seed) state = Math.imul(state ^ ch.charCodeAt(0), 16777619) >>> 0;
	const next = () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	if (out.every((x, i) => x === items[i])) out.push(out.shift()!);
	return out;
}

/** The Common Cartridge profile each choice type is exported as. */
const CC_CHOICE_KIND = { single: 'choice', truefalse: 'truefalse', multi: 'multiple' } as const;

const letter = (i: number) => String.fromCharCode(65 + i);

/** One Byline question as one or more Common Cartridge QTI items, with what it lost. */
export function questionToCcItems(q: Question, articles: Map<string, Article>): CcConversion {
	const ident = qtiIdentifier(q.id);
	const passage = passageHtml(q, articles);
	const feedback = feedbackHtml(q, articles);
	const base = { ident, title: titleOf(q.prompt), feedback };
	const prompt = `<p>${html(q.prompt)}</p>`;
	const twoChoices = (n: number): CcLoss[] => (n < 3 ? ['two-choices'] : []);
	switch (q.type) {
		case 'single':
		case 'truefalse':
		case 'multi': {
			const kind = CC_CHOICE_KIND[q.type];
			// True/false keeps its True, False order; the others shuffle unless the author fixed it.
			const shuffle = q.type !== 'truefalse' && !q.fixedOrder;
			const questionHtml = prompt + passage;
			return {
				items: [choiceItem({ ...base, questionHtml }, q.choices, q.correct, kind, shuffle)],
				losses:
					q.type === 'multi'
						? ['multi-all-or-nothing']
						: q.type === 'single'
							? twoChoices(q.choices.length)
							: []
			};
		}
		case 'cloze': {
			const gapped = q.prompt.replace(CLOZE_GAP, '______');
			return {
				items: [
					typedItem(
						{ ...base, questionHtml: `<p>${html(gapped)}</p>${passage}` },
						clozeVariants(q.accepted)
					)
				],
				losses: []
			};
		}
		case 'numeric': {
			const { answers, exact } = numericAnswers(q);
			const unit = q.unit ? `<p>Answer in ${html(q.unit)}.</p>` : '';
			return {
				items: [typedItem({ ...base, questionHtml: prompt + unit + passage }, answers)],
				losses: exact ? [] : ['tolerance']
			};
		}
		case 'ordering': {
			const shown = mixedOrder(q.items, q.id);
			const letters = q.items.map((it) => letter(shown.indexOf(it)));
			const list = shown.map((it, i) => `<li>${letter(i)}. ${html(it.text)}</li>`).join('');
			const how =
				'<p>Write the letters in the right order, first to last, separated by commas.</p>';
			const accepted = [', ', ',', ' ', '', '-', ' - ', ' > '].map((sep) => letters.join(sep));
			return {
				items: [
					typedItem(
						{ ...base, questionHtml: `${prompt}<ul>${list}</ul>${how}${passage}` },
						accepted
					)
				],
				losses: ['ordering-typed']
			};
		}
		case 'matching': {
			const rights = [...new Set([...q.pairs.map((p) => p.right), ...(q.extraRights ?? [])])];
			const choices = rights.map((text, i) => ({ id: `R${i + 1}`, text }));
			const items = q.pairs.map((pair, i) =>
				choiceItem(
					{
						ident: `${ident}_${i + 1}`,
						title: titleOf(`${q.prompt} (${i + 1} of ${q.pairs.length})`),
						feedback,
						questionHtml: `${prompt}<p><strong>${html(pair.left)}</strong></p>${passage}`
					},
					choices,
					[`R${rights.indexOf(pair.right) + 1}`],
					'choice',
					!q.fixedOrder
				)
			);
			return { items, losses: ['matching-split', ...twoChoices(choices.length)] };
		}
		case 'evidence': {
			const partA = choiceItem(
				{ ...base, title: titleOf(`${q.prompt} (part 1 of 2)`), questionHtml: prompt + passage },
				q.choices,
				q.correct,
				'choice',
				!q.fixedOrder
			);
			const partB = choiceItem(
				{
					ident: `${ident}_B`,
					title: titleOf(`${q.evidencePrompt} (part 2 of 2)`),
					feedback,
					questionHtml: `<p>${html(q.evidencePrompt)}</p><p><em>Part 1 asked: ${html(q.prompt)}</em></p>`
				},
				q.evidenceChoices,
				q.evidenceCorrect,
				'choice',
				true
			);
			return {
				items: [partA, partB],
				losses: [
					'evidence-split',
					...twoChoices(Math.min(q.choices.length, q.evidenceChoices.length))
				]
			};
		}
	}
}

/** What each kind of loss means for the teacher, for the export report. */
export const LOSS_TEXT: Record<CcLoss, string> = {
	'evidence-split':
		'two-part questions became two multiple-choice questions (the answer, then the sentence that proves it), each scored on its own',
	'matching-split':
		'matching questions became one multiple-choice question per item on the left, each scored on its own',
	'ordering-typed':
		'ordering questions became a typed answer (the letters in order), right or wrong as a whole, without Byline’s credit for a partly right order',
	'multi-all-or-nothing':
		'select-all questions are scored all-or-nothing in the cartridge; an LMS that regrades them uses its own partial credit, not Byline’s',
	tolerance:
		'numeric questions accept only the exact answer: the cartridge’s question format cannot compare numbers within a tolerance',
	'two-choices':
		'questions with only two choices are below the three a multiple-choice question has in the Common Cartridge profile; Moodle and Canvas take them, stricter checkers may not'
};
