/**
 * Moodle GIFT import, reading a file the way Moodle's own importer does
 * (https://docs.moodle.org/en/GIFT_format), so a teacher's existing GIFT file means the same
 * here as in Moodle:
 * - blank lines separate questions; a line starting `//` is a comment and separates nothing;
 * - `::name::` names a question; `[html]`, `[moodle]`, `[plain]`, `[markdown]` set a text's format;
 * - the answers are between the first `{` and the first `}`; text after the `}` makes it a
 *   missing-word question, with the gap where the braces were;
 * - the kind follows from the answers: none → description or essay; `#…` → numerical; any `~`
 *   → multiple choice (one right answer when any `=` is present, else several); `=` with `->` →
 *   matching; exactly `T`, `TRUE`, `F` or `FALSE` (upper case) → true/false; else short answer;
 * - `%n%` weighs an answer; `#` after an answer is its feedback; `####` is general feedback;
 *   `\` escapes `~ = # { } :`, `\n` is a line break and `\\` a backslash.
 * Partial credit (`%50%`) is kept and graded as Moodle grades it (partial-credit.ts). What
 * Byline cannot hold (essays, descriptions, penalties below 0, per-answer feedback, media)
 * is named per question, never dropped silently.
 *
 * Why hand-written rather than gift-pegjs (checked against its 1.0.2 release): gift-pegjs is a
 * grammar for the documented syntax, not for what Moodle accepts. One question Moodle reads
 * (`{#3:2 ~#Completely wrong}`) makes it refuse the whole file, where Moodle skips only a
 * question it cannot read; and its 89 KB parser would be the largest part of the import code.
 * Moodle's reader is a handful of string rules, which this module follows one by one.
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

/** Escaped syntax characters become private-use characters while the block is taken apart. */
const ESCAPABLE = ':#={}~';
const PLACEHOLDER_BASE = 0xe000;
const BACKSLASH = String.fromCharCode(PLACEHOLDER_BASE + ESCAPABLE.length);

function protect(text: string): string {
	return text.replace(/\\(\\|n|[:#={}~])/g, (_m, c: string) =>
		c === '\\'
			? BACKSLASH
			: c === 'n'
				? '\n'
				: String.fromCharCode(PLACEHOLDER_BASE + ESCAPABLE.indexOf(c))
	);
}

function restore(text: string): string {
	return text.replace(/[\uE000-\uE006]/g, (c) => {
		const i = c.charCodeAt(0) - PLACEHOLDER_BASE;
		return i === ESCAPABLE.length ? '\\' : ESCAPABLE[i]!;
	});
}

/** Reads GIFT escapes in a piece of text (for callers outside this module and tests). */
export function unescapeGift(text: string): string {
	return restore(protect(text)).trim();
}

type Formatted = { text: string; losses: string[] };

/** A text with an optional leading `[format]` marker, as plain text for Byline. */
function formatted(raw: string, fallback: TextFormat): Formatted & { format: TextFormat } {
	let text = raw.trim();
	let format = fallback;
	const marker = /^\[(html|moodle|plain|markdown)\]/.exec(text);
	if (marker) {
		format = marker[1] as TextFormat;
		text = text.slice(marker[0].length);
	}
	const plain = toPlainText(restore(text), format);
	return { ...plain, format };
}

/** `%50%text` → 0.5 and `text`; Moodle's weight form is `%` digits (optionally -, .) `%`. */
function weighed(answer: string): { weight: number | null; rest: string } {
	const m = /^%(-*\d{1,3}(?:\.\d*)?)%/.exec(answer);
	if (!m) return { weight: null, rest: answer };
	return { weight: Number(m[1]!.replace(/^-+/, '-')) / 100, rest: answer.slice(m[0].length) };
}

/** Splits an answer from its feedback at the first `#`. */
function withFeedback(answer: string, format: TextFormat): { text: Formatted; feedback: string } {
	const hash = answer.indexOf('#');
	const head = hash >= 0 ? answer.slice(0, hash) : answer;
	const feedback = hash >= 0 ? formatted(answer.slice(hash + 1), format).text : '';
	return { text: formatted(head, format), feedback };
}

/** Moodle splits on a separator and drops an empty first piece (text before the first mark). */
function pieces(answerText: string, separator: string): string[] {
	const parts = answerText.split(separator);
	if (parts.length && parts[0]!.trim() === '') parts.shift();
	return parts.map((p) => p.trim());
}

const quoted = (s: string) => `“${s.length > 50 ? `${s.slice(0, 49)}…` : s}”`;

export type GiftBlock = { text: string; line: number };

/** Questions are separated by blank lines; comment lines are dropped without separating. */
export function splitGiftBlocks(text: string): GiftBlock[] {
	const blocks: GiftBlock[] = [];
	let current: string[] = [];
	let start = 1;
	text
		.replace(/^\uFEFF/, '')
		.split(/\r\n?|\n/)
		.forEach((line, i) => {
			const trimmed = line.trim();
			if (trimmed.startsWith('//')) return;
			// Moodle wants a blank line after a category line; a missing one should not cost a question.
			if (trimmed === '' || trimmed.startsWith('$CATEGORY:')) {
				if (current.length) blocks.push({ text: current.join('\n'), line: start });
				current = [];
				return;
			}
			if (!current.length) start = i + 1;
			current.push(line);
		});
	if (current.length) blocks.push({ text: current.join('\n'), line: start });
	return blocks;
}

type Outcome = { draft: QuestionDraft } | { refused: Refusal } | { category: string };

/** One GIFT block as Moodle reads it, then as a Byline draft or a reason it cannot be one. */
export function readGiftBlock(block: string, line = 1): Outcome {
	let text = protect(block.trim());
	if (/^\$CATEGORY:/.test(text)) return { category: restore(text.slice(10)).trim() };

	let name = '';
	if (text.startsWith('::')) {
		const end = text.indexOf('::', 2);
		if (end >= 0) {
			name = restore(text.slice(2, end)).trim();
			text = text.slice(end + 2).trim();
		}
	}
	const open = text.indexOf('{');
	const close = text.indexOf('}');
	const label = (summary: string) => (name ? quoted(name) : quoted(summary || `line ${line}`));
	if (open < 0 && close < 0) {
		const shown = formatted(text, 'moodle').text;
		return {
			refused: {
				label: label(shown),
				reason: 'It is a description (text with no question); Byline has no such item.'
			}
		};
	}
	if (open < 0 || close < open) {
		return {
			refused: {
				label: label(restore(text)),
				reason: `Line ${line}: the answer braces { } do not match; Moodle refuses it too.`
			}
		};
	}
	let answerText = text.slice(open + 1, close).trim();
	const missingWord = !text.endsWith('}');
	const before = text.slice(0, open);
	const after = text.slice(close + 1);
	const feedbackAt = answerText.lastIndexOf('####');
	let generalFeedback = '';
	if (feedbackAt >= 0) {
		generalFeedback = answerText.slice(feedbackAt + 4);
		answerText = answerText.slice(0, feedbackAt).trim();
	}
	const question = formatted(missingWord ? `${before}_____${after}` : before, 'moodle');
	const format = question.format;
	const explanation = formatted(generalFeedback, format).text;
	const prompt = question.text;
	const losses = [...question.losses.map((l) => `Question text: ${l}.`)];
	const display = label(prompt);
	const refuse = (reason: string): Outcome => ({ refused: { label: display, reason } });
	const common = {
		skill: 'fact',
		status: 'draft',
		origin: 'curated',
		difficulty: 2,
		prompt,
		...(name ? { id: name } : {}),
		...(explanation ? { explanation } : {})
	} as const;
	const done = (draft: QuestionDraft): Outcome => ({
		draft: losses.length ? { ...draft, losses } : draft
	});
	const noteFeedback = (feedback: string[]) => {
		if (feedback.some(Boolean))
			losses.push(
				'Feedback on individual answers is not kept; Byline shows one explanation per question.'
			);
	};

	if (answerText === '') return refuse('It is an essay (open answer); Byline cannot grade essays.');

	// Moodle 4.4+ ordering (qtype_ordering): `{>count [options]` then one item per line, in order.
	const ordering =
		/^>\s*\d+[ \t]*([A-Z_ \t0-9]*?)[ \t]*(?:none|123|abc|ABCD|iii|IIII)?[ \t]*\n([\s\S]*)$/.exec(
			answerText
		);
	if (ordering) {
		const items = ordering[2]!
			.split('\n')
			.map((line) => restore(line).trim())
			.filter(Boolean)
			.map((text, i) => ({ id: `i${i + 1}`, text }));
		if (items.length < 2) return refuse('An ordering question needs at least two items.');
		if (items.length > LIMITS.items)
			return refuse(`It has ${items.length} items; Byline allows at most ${LIMITS.items}.`);
		const grading =
			/\b(ALL_OR_NOTHING|ABSOLUTE_POSITION|ABSOLUTE|ABS|LONGEST_\w+|RELATIVE_NEXT_\w+|RELATIVE_ONE_\w+)\b/.exec(
				ordering[1]!
			);
		if (grading)
			losses.push(
				`Moodle graded it ${grading[1]!.toLowerCase().replace(/_/g, ' ')}; Byline gives credit for each pair of items in the right order.`
			);
		return done({ ...common, type: 'ordering', items });
	}

	if (answerText.startsWith('#')) {
		let body = answerText.slice(1);
		const tilde = body.indexOf('~');
		if (tilde >= 0) {
			if (withFeedback(body.slice(tilde + 1).replace(/^%[^%]*%/, ''), format).feedback)
				losses.push('The feedback for wrong answers is not kept.');
			body = body.slice(0, tilde);
		}
		const answers = pieces(body, '=').map((p) => {
			const { weight, rest } = weighed(p);
			const { text: t, feedback } = withFeedback(rest, format);
			const v = t.text;
			const range = v.indexOf('..') > 0 ? v.split('..') : null;
			const colon = v.indexOf(':') > 0 ? v.split(':') : null;
			const [answer, tolerance] = range
				? [(Number(range[0]) + Number(range[1])) / 2, (Number(range[1]) - Number(range[0])) / 2]
				: colon
					? [Number(colon[0]), Number(colon[1])]
					: [Number(v), 0];
			return { weight: weight ?? 1, answer, tolerance: Math.abs(tolerance), raw: v, feedback };
		});
		if (answers.length === 0) return refuse('The numerical question has no answer.');
		const unreadable = answers.find(
			(a) => a.raw.trim() === '' || !Number.isFinite(a.answer) || !Number.isFinite(a.tolerance)
		);
		if (unreadable) return refuse(`Cannot read the number ${quoted(unreadable.raw)}.`);
		const credit = alternativesCredit(
			answers.map((a) => ({ ...a, label: `${a.answer} ± ${a.tolerance}` })),
			(a, b) => Math.abs(a.answer - b.answer) <= a.tolerance + b.tolerance
		);
		const [full, ...alsoFull] = credit.full;
		if (!full) return refuse('No answer earns full marks, and Byline needs one right answer.');
		for (const other of alsoFull)
			losses.push(
				`The answer ${other.label} was also fully right in Moodle; Byline accepts only ${full.label}.`
			);
		losses.push(...credit.losses);
		noteFeedback(answers.map((a) => a.feedback));
		const partial = credit.partial
			.slice(0, LIMITS.items)
			.map(({ answer, tolerance, fraction }) => ({ answer, tolerance, fraction }));
		return done({
			...common,
			type: 'numeric',
			answer: full.answer,
			tolerance: full.tolerance,
			...(partial.length ? { partial } : {})
		});
	}

	if (answerText.includes('~')) {
		const single = answerText.includes('=');
		const answers = pieces(answerText.replace(/=/g, '~='), '~').map((p) => {
			let weight = 0;
			let rest = p;
			if (p.startsWith('=')) [weight, rest] = [1, p.slice(1)];
			else {
				const w = weighed(p);
				[weight, rest] = [w.weight ?? 0, w.rest];
			}
			const { text: t, feedback } = withFeedback(rest, format);
			return { weight, text: t.text, losses: t.losses, feedback };
		});
		if (answers.length < 2) return refuse('A multiple-choice question needs at least two answers.');
		if (answers.length > LIMITS.choices)
			return refuse(`It has ${answers.length} answers; Byline allows at most ${LIMITS.choices}.`);
		if (answers.some((a) => a.text === ''))
			return refuse('One of its answers is empty (an image only?); Byline needs answer text.');
		for (const a of answers)
			for (const l of a.losses) losses.push(`Answer ${quoted(a.text)}: ${l}.`);
		noteFeedback(answers.map((a) => a.feedback));
		// Moodle: any `=` makes it single choice; otherwise the weights say which answers are right.
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

	if (answerText.includes('=') && answerText.includes('->')) {
		const rows = pieces(answerText, '=');
		if (rows.some((r) => !r.includes('->')))
			return refuse(
				'Every matching answer needs the form “=left -> right”; Moodle refuses it too.'
			);
		const split = rows.map((r) => {
			const at = r.indexOf('->');
			return {
				left: formatted(r.slice(0, at), format),
				right: formatted(r.slice(at + 2), 'plain').text
			};
		});
		const pairs = split
			.filter((s) => s.left.text !== '')
			.map((s, i) => ({ id: `p${i + 1}`, left: s.left.text, right: s.right }));
		const extraRights = split.filter((s) => s.left.text === '').map((s) => s.right);
		for (const s of split)
			for (const l of s.left.losses) losses.push(`${quoted(s.left.text)}: ${l}.`);
		if (pairs.length < 2) return refuse('A matching question needs at least two pairs.');
		return done({
			...common,
			type: 'matching',
			pairs,
			...(extraRights.length ? { extraRights } : {})
		});
	}

	const hash = answerText.indexOf('#');
	const truth = (hash > 0 ? answerText.slice(0, hash) : answerText).trim();
	if (['T', 'TRUE', 'F', 'FALSE'].includes(truth)) {
		if (
			hash > 0 &&
			answerText
				.slice(hash + 1)
				.replace(/#/g, '')
				.trim()
		)
			losses.push('The feedback for each answer is not kept; Byline shows one explanation.');
		return done({
			...common,
			type: 'truefalse',
			choices: [
				{ id: 'true', text: 'True' },
				{ id: 'false', text: 'False' }
			],
			correct: [truth.startsWith('T') ? 'true' : 'false']
		});
	}

	const answers = pieces(answerText, '=').map((p) => {
		const { weight, rest } = weighed(p);
		const { text: t, feedback } = withFeedback(rest, format);
		return { weight: weight ?? 1, text: t.text, feedback };
	});
	const credit = alternativesCredit(
		answers.filter((a) => a.text !== '').map((a) => ({ ...a, label: a.text })),
		(a, b) => a.text.includes('*') || a.text.toLowerCase() === b.text.toLowerCase()
	);
	if (credit.full.length === 0)
		return refuse('No answer earns full marks, and Byline needs one accepted answer.');
	losses.push(...credit.losses);
	for (const a of [...credit.full, ...credit.partial])
		if (a.text.includes('*'))
			losses.push(
				`Moodle reads * in ${quoted(a.text)} as “anything”; Byline accepts only the exact text.`
			);
	noteFeedback(answers.map((a) => a.feedback));
	// Byline's cloze needs its gap in the prompt; a plain short answer gets one after the question.
	const partial = credit.partial
		.filter((a) => a.text !== '*')
		.slice(0, LIMITS.items)
		.map(({ text, fraction }) => ({ text, fraction }));
	const clozePrompt = /_{4,}/.test(prompt) ? prompt.replace(/_{4,}/, '____') : `${prompt}\n\n____`;
	return done({
		...common,
		type: 'cloze',
		prompt: clozePrompt,
		accepted: credit.full.map((a) => a.text).slice(0, LIMITS.items),
		...(partial.length ? { partial } : {})
	});
}

export type GiftImportOptions = AttachOptions;

export function importGift(text: string, options: GiftImportOptions): ImportResult<AttachResult> {
	const tooBig = sizeProblem(text);
	if (tooBig) return { ok: false, error: tooBig };
	const drafts: QuestionDraft[] = [];
	const refused: Refusal[] = [];
	for (const block of splitGiftBlocks(stripControls(text))) {
		const outcome = readGiftBlock(block.text, block.line);
		if ('draft' in outcome) drafts.push(outcome.draft);
		else if ('refused' in outcome) refused.push(outcome.refused);
	}
	return finishImport(
		drafts,
		refused,
		options,
		'No questions Byline can use were found in this GIFT file.'
	);
}
