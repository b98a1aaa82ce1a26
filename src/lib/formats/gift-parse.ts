/**
 * Moodle GIFT import. Hand-written because no GIFT parser is installed; it follows Moodle's
 * documented syntax (https://docs.moodle.org/en/GIFT_format): blank lines separate questions,
 * `//` starts a comment line, `::title::` names a question, `{…}` holds the answers, backslash
 * escapes ~ = # { } :. Understood: multiple choice (one or several right), true/false, short
 * answer and missing word (→ cloze), numerical, matching. Essays and descriptions are skipped
 * with a warning. Evidence is then attached from the story's articles (attach-evidence.ts).
 */
import type { Article } from '../bank/schema';
import { attachEvidence, type AttachResult, type QuestionDraft } from './attach-evidence';
import { sizeProblem, stripControls, type ImportResult } from './problem';

export function unescapeGift(text: string): string {
	return text.replace(/\\(n|.)/g, (_m, c: string) => (c === 'n' ? '\n' : c)).trim();
}

/** Index of the first `ch` at or after `from` that is not backslash-escaped, or -1. */
function findUnescaped(text: string, ch: string, from = 0): number {
	for (let i = from; i < text.length; i++) {
		if (text[i] === '\\') i++;
		else if (text[i] === ch) return i;
	}
	return -1;
}

/** Splits on unescaped characters from `marks`, keeping each mark at the start of its piece. */
function splitAnswers(body: string, marks: string): string[] {
	const parts: string[] = [];
	let current = '';
	for (let i = 0; i < body.length; i++) {
		const ch = body[i]!;
		if (ch === '\\') {
			current += ch + (body[i + 1] ?? '');
			i++;
		} else if (marks.includes(ch)) {
			if (current.trim()) parts.push(current);
			current = ch;
		} else current += ch;
	}
	if (current.trim()) parts.push(current);
	return parts;
}

/** Drops per-answer feedback (`#…`) and returns the answer text. */
function answerText(piece: string): string {
	const hash = findUnescaped(piece, '#');
	return unescapeGift(hash >= 0 ? piece.slice(0, hash) : piece);
}

type Block = { title?: string; before: string; body: string; after: string };

export function splitGiftBlocks(text: string): { blocks: Block[]; problems: string[] } {
	const blocks: Block[] = [];
	const problems: string[] = [];
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	const chunks: { text: string; line: number }[] = [];
	let current: string[] = [];
	let startLine = 1;
	lines.forEach((line, i) => {
		const trimmed = line.trim();
		if (trimmed.startsWith('//') || trimmed.startsWith('$CATEGORY')) return;
		if (trimmed === '') {
			if (current.length) chunks.push({ text: current.join('\n'), line: startLine });
			current = [];
			return;
		}
		if (!current.length) startLine = i + 1;
		current.push(line);
	});
	if (current.length) chunks.push({ text: current.join('\n'), line: startLine });
	for (const { text: chunk, line } of chunks) {
		let rest = chunk.trim();
		let title: string | undefined;
		if (rest.startsWith('::')) {
			const end = rest.indexOf('::', 2);
			if (end > 0) {
				title = unescapeGift(rest.slice(2, end));
				rest = rest.slice(end + 2);
			}
		}
		rest = rest.replace(/^\s*\[(html|moodle|plain|markdown)\]/i, '');
		const open = findUnescaped(rest, '{');
		const close = open >= 0 ? findUnescaped(rest, '}', open) : -1;
		if (open < 0 || close < 0) {
			problems.push(`Line ${line}: no answer braces { } found; skipped.`);
			continue;
		}
		blocks.push({
			title,
			before: rest.slice(0, open),
			body: rest.slice(open + 1, close),
			after: rest.slice(close + 1)
		});
	}
	return { blocks, problems };
}

const base = { skill: 'fact', status: 'draft', origin: 'curated', difficulty: 2 } as const;

/** One block as a draft, or a reason it cannot become a Byline question. */
export function blockToDraft({ title, before, body, after }: Block): QuestionDraft | string {
	const feedbackAt = body.indexOf('####');
	const explanation = feedbackAt >= 0 ? unescapeGift(body.slice(feedbackAt + 4)) : undefined;
	const answers = (feedbackAt >= 0 ? body.slice(0, feedbackAt) : body).trim();
	const beforeText = unescapeGift(before);
	const afterText = unescapeGift(after);
	const prompt = [beforeText, afterText].filter(Boolean).join(' ');
	const common = {
		...base,
		...(title ? { id: title } : {}),
		...(explanation ? { explanation } : {})
	};
	const label = (title ?? prompt).slice(0, 60);
	if (answers === '')
		return `“${label}” is an essay or description; Byline has no such question type.`;

	const tf = /^(T|TRUE|F|FALSE)(\s*#.*)?$/is.exec(answers);
	if (tf) {
		const value = tf[1]!.toUpperCase().startsWith('T') ? 'true' : 'false';
		return {
			...common,
			type: 'truefalse',
			prompt,
			choices: [
				{ id: 'true', text: 'True' },
				{ id: 'false', text: 'False' }
			],
			correct: [value]
		};
	}
	if (answers.startsWith('#')) {
		const first = splitAnswers(answers.slice(1), '=').map(answerText)[0] ?? '';
		const value = first.replace(/^=(%100%)?/, '').trim();
		const range = /^(-?[\d.]+)\.\.(-?[\d.]+)$/.exec(value);
		const point = /^(-?[\d.]+)(?::([\d.]+))?$/.exec(value);
		const [answer, tolerance] = range
			? [
					(Number(range[1]) + Number(range[2])) / 2,
					Math.abs(Number(range[2]) - Number(range[1])) / 2
				]
			: point
				? [Number(point[1]), Number(point[2] ?? 0)]
				: [NaN, NaN];
		if (!Number.isFinite(answer) || !Number.isFinite(tolerance))
			return `“${label}”: cannot read the number “${value}”.`;
		return { ...common, type: 'numeric', prompt, answer, tolerance };
	}
	const pieces = splitAnswers(answers, '=~');
	if (pieces.every((p) => p.startsWith('=')) && pieces.some((p) => /(?<!\\)->/.test(p))) {
		const pairs = pieces.map((p, i) => {
			const [left, right] = p.slice(1).split(/(?<!\\)->/) as [string, string?];
			return { id: `p${i + 1}`, left: answerText(left), right: answerText(right ?? '') };
		});
		return { ...common, type: 'matching', prompt, pairs };
	}
	if (pieces.some((p) => p.startsWith('~'))) {
		const choices = pieces.map((p, i) => {
			const weighted = /^[=~]%(-?[\d.]+)%/.exec(p);
			const weightValue = weighted ? Number(weighted[1]) : p.startsWith('=') ? 100 : 0;
			const text = answerText(p.slice(1).replace(/^%-?[\d.]+%/, ''));
			return { id: 'abcdefghijkl'[i] ?? `c${i}`, text, right: weightValue > 0 };
		});
		const correct = choices.filter((c) => c.right).map((c) => c.id);
		const plain = choices.map(({ id, text }) => ({ id, text }));
		const partial = pieces.some((p) => /^[=~]%/.test(p));
		return partial || correct.length !== 1
			? { ...common, type: 'multi', prompt, choices: plain, correct }
			: { ...common, type: 'single', prompt, choices: plain, correct };
	}
	const accepted = pieces
		.map((p) => answerText(p.slice(1).replace(/^%[\d.]+%/, '')))
		.filter(Boolean);
	// Missing-word questions have text after the braces: the braces mark the gap. A plain short
	// answer gets a gap after the question (unless it already has one) to fit Byline's cloze shape.
	const gapPrompt = afterText
		? `${beforeText} ____ ${afterText}`.replace(/\s+([.,;:!?])/g, '$1')
		: /_{4,}/.test(prompt)
			? prompt
			: `${prompt}\n\n____`;
	return { ...common, type: 'cloze', prompt: gapPrompt.trim(), accepted };
}

export type GiftImportOptions = {
	storyId: string;
	articles: readonly Article[];
	takenIds?: Iterable<string>;
};

export function importGift(text: string, options: GiftImportOptions): ImportResult<AttachResult> {
	const tooBig = sizeProblem(text);
	if (tooBig) return { ok: false, error: tooBig };
	text = stripControls(text);
	const { blocks, problems } = splitGiftBlocks(text);
	const drafts: QuestionDraft[] = [];
	const warnings = [...problems];
	for (const block of blocks) {
		const draft = blockToDraft(block);
		if (typeof draft === 'string') warnings.push(draft);
		else drafts.push(draft);
	}
	if (drafts.length === 0) {
		return {
			ok: false,
			error: {
				message: 'No questions Byline can use were found in this GIFT file.',
				details: warnings.slice(0, 5)
			}
		};
	}
	const attached = attachEvidence(drafts, options);
	return { ok: true, value: attached, warnings: [...warnings, ...attached.warnings] };
}
