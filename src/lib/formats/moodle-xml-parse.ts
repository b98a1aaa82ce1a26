/**
 * Moodle XML import, read as Moodle's own importer reads it: texts in their stated format
 * (`html` by default, `plain_text` kept literally, `moodle_auto_format`, `markdown`), named HTML
 * entities decoded, `<single>` false for "false", "0" or empty, the type names Moodle writes
 * (`match`; Byline's older `matching` too), and true/false answers in any language (the first
 * answer is "true", as Moodle assumes for files that do not say `true`/`false`). Partial credit
 * is kept and graded as Moodle grades it (partial-credit.ts); penalties below 0, per-answer feedback, media (`@@PLUGINFILE@@`, `<file>`) and the question types Byline has no
 * form for (essay, description, multi-gap cloze…) are listed per question, never dropped
 * silently. XML parsing is the platform's DOMParser (injectable so tests can pass jsdom's).
 * The passage block Byline's own export adds (<blockquote>) is removed so prompts round-trip.
 */
import { LIMITS } from '../bank/schema';
import {
	finishImport,
	type AttachOptions,
	type AttachResult,
	type QuestionDraft
} from './attach-evidence';
import { alternativesCredit, multiChoiceCredit, singleChoiceCredit } from './partial-credit';
import { sizeProblem, stripControls, type ImportResult, type Refusal } from './problem';
import { toPlainText, type TextFormat } from './rich-text';

export { htmlToText } from './rich-text';

export type ParseXml = (text: string) => Document;

const defaultParseXml: ParseXml = (text) =>
	new DOMParser().parseFromString(text, 'application/xml');

/** Direct child element by tag name (Moodle nests <text> under many elements). */
function child(el: Element | undefined, name: string): Element | undefined {
	return el ? [...el.children].find((c) => c.tagName === name) : undefined;
}
function children(el: Element, name: string): Element[] {
	return [...el.children].filter((c) => c.tagName === name);
}
const rawText = (el: Element | undefined) => child(el, 'text')?.textContent ?? '';
const fractionOf = (el: Element) => Number(el.getAttribute('fraction') ?? '0') / 100;

const FORMATS: Record<string, TextFormat> = {
	html: 'html',
	plain_text: 'plain',
	moodle_auto_format: 'moodle',
	markdown: 'markdown',
	wiki_like: 'moodle'
};

/** A field's text as plain text, with what it could not carry (media, files). */
function fieldText(el: Element | undefined, fallback: TextFormat = 'html') {
	const format = FORMATS[el?.getAttribute('format')?.trim() ?? ''] ?? fallback;
	const plain = toPlainText(rawText(el), format);
	const files = el ? children(el, 'file').length : 0;
	if (files && plain.losses.length === 0)
		plain.losses.push(`${files === 1 ? 'an attached file' : `${files} attached files`} left out`);
	return plain;
}

const quoted = (s: string) => `“${s.length > 50 ? `${s.slice(0, 49)}…` : s}”`;

const UNSUPPORTED: Record<string, string> = {
	essay: 'an essay (open answer); Byline cannot grade essays',
	description: 'a description (text with no question); Byline has no such item',
	multianswer:
		'an embedded-answers (Cloze) question with several gaps; Byline’s gap questions have one',
	calculated: 'a calculated question (numbers drawn at random); Byline has no such type',
	calculatedsimple: 'a calculated question (numbers drawn at random); Byline has no such type',
	calculatedmulti: 'a calculated question (numbers drawn at random); Byline has no such type',
	ddwtos: 'a drag-and-drop question; Byline has no such type',
	gapselect: 'a select-missing-words question with several gaps; Byline’s gap questions have one',
	randomsamatch: 'a random short-answer matching question; its items live in another category'
};

function questionDraft(q: Element, type: string): QuestionDraft | Refusal {
	const name = rawText(child(q, 'name')).trim();
	const question = fieldText(child(q, 'questiontext'));
	const prompt = question.text;
	const explanation = fieldText(child(q, 'generalfeedback')).text;
	const tags = [...q.querySelectorAll('tags > tag')]
		.map((t) => rawText(t).trim())
		.filter(Boolean)
		.slice(0, LIMITS.tags);
	const label = quoted(name || prompt || type);
	const refuse = (reason: string): Refusal => ({ label, reason });
	if (UNSUPPORTED[type]) return refuse(`It is ${UNSUPPORTED[type]}.`);
	if (!prompt) return refuse('It has no question text Byline can show (an image only?).');
	const losses = question.losses.map((l) => `Question text: ${l}.`);
	const common = {
		skill: 'fact',
		status: 'draft',
		origin: 'curated',
		difficulty: 2,
		prompt,
		...(name ? { id: name } : {}),
		...(explanation ? { explanation } : {}),
		...(tags.length ? { tags } : {})
	} as const;
	const answerEls = children(q, 'answer');
	const feedbackOf = (a: Element) => fieldText(child(a, 'feedback')).text;
	const noteFeedback = (els: Element[]) => {
		if (els.some((a) => feedbackOf(a)))
			losses.push(
				'Feedback on individual answers is not kept; Byline shows one explanation per question.'
			);
	};
	const done = (draft: QuestionDraft): QuestionDraft =>
		losses.length ? { ...draft, losses } : draft;

	switch (type) {
		case 'multichoice': {
			const singleText = (child(q, 'single')?.textContent ?? 'true').trim();
			const single = singleText !== 'false' && singleText !== '0' && singleText !== '';
			const answers = answerEls.map((a) => {
				const t = fieldText(a);
				return { text: t.text, losses: t.losses, weight: fractionOf(a) };
			});
			if (answers.length < 2) return refuse('A multiple-choice question needs two answers.');
			if (answers.length > LIMITS.choices)
				return refuse(`It has ${answers.length} answers; Byline allows at most ${LIMITS.choices}.`);
			if (answers.some((a) => a.text === ''))
				return refuse('One of its answers has no text (an image only?); Byline needs answer text.');
			for (const a of answers)
				for (const l of a.losses) losses.push(`Answer ${quoted(a.text)}: ${l}.`);
			noteFeedback(answerEls);
			const credit = (single ? singleChoiceCredit : multiChoiceCredit)(answers);
			if ('refuse' in credit) return refuse(credit.refuse);
			losses.push(...credit.losses);
			return done({
				...common,
				type: single ? 'single' : 'multi',
				choices: credit.choices,
				correct: credit.correct
			} as QuestionDraft);
		}
		case 'truefalse': {
			if (answerEls.length !== 2) return refuse('A true/false question needs two answers.');
			// Moodle's rule: "true"/"false" say which is which; any other wording (Vrai/Faux,
			// Richtig/Falsch) is read in order, the first answer being "true".
			const meaning = answerEls.map((a, i) => {
				const word = rawText(a).trim().toLowerCase();
				return word === 'true' || word === 'false' ? word : i === 0 ? 'true' : 'false';
			});
			const rightIndex = answerEls.findIndex((a) => fractionOf(a) >= 1);
			if (rightIndex < 0) return refuse('Neither answer is marked right.');
			noteFeedback(answerEls);
			return done({
				...common,
				type: 'truefalse',
				choices: [
					{ id: 'true', text: 'True' },
					{ id: 'false', text: 'False' }
				],
				correct: [meaning[rightIndex] as 'true' | 'false']
			});
		}
		case 'shortanswer': {
			const answers = answerEls.map((a) => ({
				text: toPlainText(rawText(a), 'plain').text,
				weight: fractionOf(a)
			}));
			const credit = alternativesCredit(
				answers.filter((a) => a.text).map((a) => ({ ...a, label: a.text })),
				(a, b) => a.text.includes('*') || a.text.toLowerCase() === b.text.toLowerCase()
			);
			if (credit.full.length === 0) return refuse('No answer earns full marks.');
			losses.push(...credit.losses);
			for (const a of [...credit.full, ...credit.partial])
				if (a.text.includes('*'))
					losses.push(
						`Moodle reads * in ${quoted(a.text)} as “anything”; Byline accepts only the exact text.`
					);
			const partial = credit.partial
				.filter((a) => a.text !== '*')
				.slice(0, LIMITS.items)
				.map(({ text, fraction }) => ({ text, fraction }));
			if ((child(q, 'usecase')?.textContent ?? '0').trim() === '1')
				losses.push('Moodle checked the case of letters; Byline ignores case.');
			noteFeedback(answerEls);
			return done({
				...common,
				type: 'cloze',
				prompt: /_{4,}/.test(prompt) ? prompt : `${prompt}\n\n____`,
				accepted: credit.full.map((a) => a.text).slice(0, LIMITS.items),
				...(partial.length ? { partial } : {})
			});
		}
		case 'numerical': {
			const answers = answerEls
				.map((a) => ({
					raw: rawText(a).trim(),
					answer: Number(rawText(a).trim()),
					weight: fractionOf(a),
					tolerance: Math.abs(Number(child(a, 'tolerance')?.textContent?.trim() || '0'))
				}))
				.filter((a) => a.raw !== '*');
			const unreadable = answers.find(
				(a) => a.weight > 0 && (!Number.isFinite(a.answer) || !Number.isFinite(a.tolerance))
			);
			if (unreadable) return refuse(`Cannot read the number ${quoted(unreadable.raw)}.`);
			const credit = alternativesCredit(
				answers.map((a) => ({ ...a, label: `${a.raw} ± ${a.tolerance}` })),
				(a, b) => Math.abs(a.answer - b.answer) <= a.tolerance + b.tolerance
			);
			const [full, ...alsoFull] = credit.full;
			if (!full) return refuse('No answer earns full marks.');
			for (const other of alsoFull)
				losses.push(
					`The answer ${other.label} was also fully right in Moodle; Byline accepts only ${full.label}.`
				);
			losses.push(...credit.losses);
			const partial = credit.partial
				.slice(0, LIMITS.items)
				.map(({ answer, tolerance, fraction }) => ({ answer, tolerance, fraction }));
			const units = [...q.querySelectorAll('units > unit')];
			const unit = units
				.find((u) => Number(child(u, 'multiplier')?.textContent ?? '1') === 1)
				?.querySelector('unit_name')
				?.textContent?.trim();
			if (units.length > 1)
				losses.push(
					`Only the unit ${quoted(unit ?? '')} is kept; Byline does not convert between units.`
				);
			noteFeedback(answerEls);
			return done({
				...common,
				type: 'numeric',
				answer: full.answer,
				tolerance: full.tolerance,
				...(unit ? { unit: unit.slice(0, 40) } : {}),
				...(partial.length ? { partial } : {})
			});
		}
		case 'match':
		case 'matching': {
			const subs = children(q, 'subquestion').map((s) => {
				const left = fieldText(s);
				return {
					left: left.text,
					leftLosses: left.losses,
					right: rawText(child(s, 'answer')).trim()
				};
			});
			const pairs = subs
				.filter((s) => s.left)
				.map((s, i) => ({ id: `p${i + 1}`, left: s.left, right: s.right }));
			const extraRights = subs.filter((s) => !s.left && s.right).map((s) => s.right);
			for (const s of subs) for (const l of s.leftLosses) losses.push(`${quoted(s.left)}: ${l}.`);
			if (pairs.length < 2) return refuse('A matching question needs at least two pairs.');
			return done({
				...common,
				type: 'matching',
				pairs,
				...(extraRights.length ? { extraRights } : {})
			});
		}
		case 'ordering': {
			// Moodle stores the right order in the answers' fraction (1, 2, 3…), not their position.
			const items = [...answerEls]
				.sort((a, b) => Number(a.getAttribute('fraction')) - Number(b.getAttribute('fraction')))
				.map((a, i) => ({ id: `i${i + 1}`, text: fieldText(a).text }));
			const grading = child(q, 'gradingtype')?.textContent?.trim();
			if (
				grading &&
				grading !== 'RELATIVE_ALL_PREVIOUS_AND_NEXT' &&
				grading !== 'RELATIVE_TO_CORRECT'
			)
				losses.push(
					`Moodle graded it ${grading.toLowerCase().replace(/_/g, ' ')}; Byline gives credit for each pair of items in the right order.`
				);
			return done({ ...common, type: 'ordering', items });
		}
		default:
			return refuse(`It is a Moodle “${type}” question, which Byline cannot hold.`);
	}
}

export type MoodleImportOptions = AttachOptions & { parseXml?: ParseXml };

export function importMoodleXml(
	text: string,
	{ parseXml = defaultParseXml, ...options }: MoodleImportOptions
): ImportResult<AttachResult> {
	const tooBig = sizeProblem(text);
	if (tooBig) return { ok: false, error: tooBig };
	text = stripControls(text);
	let doc: Document;
	try {
		doc = parseXml(text);
	} catch (e) {
		return { ok: false, error: { message: 'This file is not valid XML.', details: [String(e)] } };
	}
	const parseError = doc.getElementsByTagName('parsererror')[0];
	if (parseError) {
		return {
			ok: false,
			error: {
				message: 'This file is not valid XML.',
				details: [parseError.textContent?.trim().slice(0, 300) ?? '']
			}
		};
	}
	if (doc.documentElement?.tagName !== 'quiz') {
		return {
			ok: false,
			error: { message: 'This is not a Moodle XML question file (it should start with <quiz>).' }
		};
	}
	const drafts: QuestionDraft[] = [];
	const refused: Refusal[] = [];
	for (const q of children(doc.documentElement, 'question')) {
		const type = q.getAttribute('type') ?? '';
		if (type === 'category') continue;
		const draft = questionDraft(q, type);
		if ('reason' in draft) refused.push(draft);
		else drafts.push(draft);
	}
	return finishImport(
		drafts,
		refused,
		options,
		'No questions Byline can use were found in this Moodle file.'
	);
}
