/**
 * Moodle XML import for multichoice, truefalse, shortanswer, numerical, matching and ordering.
 * XML parsing is the platform's DOMParser (injectable so tests can pass jsdom's). Question
 * texts arrive as HTML; Byline only needs their words, so tags are dropped and entities decoded
 * here — the result is always rendered as plain text, never as HTML. The passage block Byline's
 * own export adds (<blockquote>) is removed so prompts round-trip.
 */
import type { Article } from '../bank/schema';
import { attachEvidence, type AttachResult, type QuestionDraft } from './attach-evidence';
import { sizeProblem, stripControls, type ImportResult } from './problem';

export type ParseXml = (text: string) => Document;

const defaultParseXml: ParseXml = (text) =>
	new DOMParser().parseFromString(text, 'application/xml');

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' '
};

export function htmlToText(htmlText: string): string {
	return htmlText
		.replace(/<blockquote[\s\S]*?<\/blockquote>/gi, '')
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
			if (e[0] === '#') {
				const code =
					e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
				return Number.isFinite(code) && code > 0 && code <= 0x10ffff
					? String.fromCodePoint(code)
					: '';
			}
			return ENTITIES[e.toLowerCase()] ?? m;
		})
		.replace(/[ \t]+/g, ' ')
		.replace(/ *\n */g, '\n')
		.trim();
}

/** Direct child element by tag name (Moodle nests <text> under many elements). */
function child(el: Element | undefined, name: string): Element | undefined {
	return el ? [...el.children].find((c) => c.tagName === name) : undefined;
}
function children(el: Element, name: string): Element[] {
	return [...el.children].filter((c) => c.tagName === name);
}
const textOf = (el: Element | undefined) => child(el, 'text')?.textContent ?? '';
const fractionOf = (el: Element) => Number(el.getAttribute('fraction') ?? '0');

function questionDraft(q: Element, type: string): QuestionDraft | string {
	const name = textOf(child(q, 'name')).trim();
	const prompt = htmlToText(textOf(child(q, 'questiontext')));
	const explanation = htmlToText(textOf(child(q, 'generalfeedback')));
	const tags = [...q.querySelectorAll('tags > tag')].map((t) => textOf(t).trim()).filter(Boolean);
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
	const label = `“${(name || prompt).slice(0, 60)}”`;
	switch (type) {
		case 'multichoice': {
			const single = (child(q, 'single')?.textContent ?? 'true').trim() !== 'false';
			const choices = answerEls.map((a, i) => ({
				id: 'abcdefghijkl'[i] ?? `c${i}`,
				text: htmlToText(textOf(a))
			}));
			const correct = answerEls.flatMap((a, i) => (fractionOf(a) > 0 ? [choices[i]!.id] : []));
			return single && correct.length === 1
				? { ...common, type: 'single', choices, correct }
				: { ...common, type: 'multi', choices, correct };
		}
		case 'truefalse': {
			const right = answerEls.find((a) => fractionOf(a) > 0);
			const value = textOf(right).trim().toLowerCase();
			if (value !== 'true' && value !== 'false') return `${label}: no correct true/false answer.`;
			return {
				...common,
				type: 'truefalse',
				choices: [
					{ id: 'true', text: 'True' },
					{ id: 'false', text: 'False' }
				],
				correct: [value]
			};
		}
		case 'shortanswer': {
			const accepted = answerEls
				.filter((a) => fractionOf(a) >= 100)
				.map((a) => htmlToText(textOf(a)));
			return {
				...common,
				type: 'cloze',
				prompt: /_{4,}/.test(prompt) ? prompt : `${prompt}\n\n____`,
				accepted
			};
		}
		case 'numerical': {
			const right = answerEls.find((a) => fractionOf(a) >= 100);
			const answer = Number(textOf(right).trim());
			const tolerance = Number(child(right, 'tolerance')?.textContent ?? '0');
			const unit = q.querySelector('units > unit > unit_name')?.textContent?.trim();
			if (!Number.isFinite(answer)) return `${label}: the answer is not a number.`;
			return { ...common, type: 'numeric', answer, tolerance, ...(unit ? { unit } : {}) };
		}
		case 'matching': {
			const subs = children(q, 'subquestion').map((s) => ({
				left: htmlToText(textOf(s)),
				right: htmlToText(textOf(child(s, 'answer')))
			}));
			const pairs = subs.filter((s) => s.left).map((s, i) => ({ id: `p${i + 1}`, ...s }));
			const extraRights = subs.filter((s) => !s.left).map((s) => s.right);
			return { ...common, type: 'matching', pairs, ...(extraRights.length ? { extraRights } : {}) };
		}
		case 'ordering': {
			// Moodle stores the right order in the answers' fraction (1, 2, 3…), not their position.
			const items = [...answerEls]
				.sort((a, b) => fractionOf(a) - fractionOf(b))
				.map((a, i) => ({ id: `i${i + 1}`, text: htmlToText(textOf(a)) }));
			return { ...common, type: 'ordering', items };
		}
		default:
			return `${label} is a Moodle “${type}” question, which Byline cannot hold.`;
	}
}

export type MoodleImportOptions = {
	storyId: string;
	articles: readonly Article[];
	takenIds?: Iterable<string>;
	parseXml?: ParseXml;
};

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
	const warnings: string[] = [];
	for (const q of children(doc.documentElement, 'question')) {
		const type = q.getAttribute('type') ?? '';
		if (type === 'category') continue;
		const draft = questionDraft(q, type);
		if (typeof draft === 'string') warnings.push(draft);
		else drafts.push(draft);
	}
	if (drafts.length === 0) {
		return {
			ok: false,
			error: {
				message: 'No questions Byline can use were found in this Moodle file.',
				details: warnings.slice(0, 5)
			}
		};
	}
	const attached = attachEvidence(drafts, options);
	return { ok: true, value: attached, warnings: [...warnings, ...attached.warnings] };
}
