/**
 * Moodle GIFT export, written for the way Moodle reads GIFT (see gift-parse.ts):
 * - evidence questions keep part A only (GIFT has no two-part questions), reported;
 * - matching extra right-hand options go out as `= -> option`, which Moodle reads as distractors;
 *   `->` inside a left item would split the pair, so it is written `→` and reported;
 * - ordering questions use the `{>n …}` form that Moodle 4.4+ (core qtype_ordering) reads,
 *   graded RELATIVE_ALL_PREVIOUS_AND_NEXT like Byline's pairwise credit;
 * - multiple-select weights are ones Moodle accepts (moodle-weights.ts);
 * - numeric units have no GIFT form and are reported;
 * - text that looks like HTML is marked `[plain]`, so Moodle shows it as written instead of
 *   rendering it (the marker also covers the question's answers and feedback).
 */
import { CLOZE_GAP, type Bank, type Question } from '../bank/schema';
import { storySubset } from './byline';
import { moodlePercent, multiWeights, percentText } from './moodle-weights';
import { slugify } from './problem';
import { looksLikeHtml } from './rich-text';

/** Backslash-escapes the characters GIFT treats as syntax; newlines become `\n`. */
export function escapeGift(text: string): string {
	return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

function feedback(q: Question): string {
	return `\n\t####${escapeGift(q.explanation)}`;
}

/** Every text of a question, to decide whether it needs the `[plain]` marker. */
function textsOf(q: Question): string[] {
	const texts = [q.prompt, q.explanation];
	if ('choices' in q) texts.push(...q.choices.map((c) => c.text));
	if (q.type === 'cloze') texts.push(...q.accepted);
	if (q.type === 'matching') texts.push(...q.pairs.flatMap((p) => [p.left, p.right]));
	if (q.type === 'ordering') texts.push(...q.items.map((i) => i.text));
	return texts;
}

/** Partial credit as GIFT writes it, `%50%`, in a weight Moodle accepts (moved ones are reported). */
function weightOf(q: Question, fraction: number, moved: Set<string>): string {
	const { percent, exact } = moodlePercent(fraction);
	if (!exact)
		moved.add(
			`“${q.id}”: a partial credit of ${Math.round(fraction * 1000) / 10}% became ${percentText(percent)}%, the nearest grade Moodle accepts.`
		);
	return `%${percentText(percent)}%`;
}

/** One question as GIFT, or a reason it cannot be expressed. */
export function questionToGift(q: Question): { gift: string; warning?: string } | { skip: string } {
	const marker = textsOf(q).some(looksLikeHtml) ? '[plain]' : '';
	const head = `::${escapeGift(q.id)}::${marker}`;
	const moved = new Set<string>();
	const out = giftOf(q, head, moved);
	if ('skip' in out || moved.size === 0) return out;
	return { gift: out.gift, warning: [out.warning, ...moved].filter(Boolean).join(' ') };
}

function giftOf(
	q: Question,
	head: string,
	moved: Set<string>
): { gift: string; warning?: string } | { skip: string } {
	switch (q.type) {
		case 'single':
		case 'evidence': {
			const answers = q.choices.map(
				(c) =>
					`\t${q.correct.includes(c.id) ? '=' : `~${c.fraction && q.type === 'single' ? weightOf(q, c.fraction, moved) : ''}`}${escapeGift(c.text)}`
			);
			const gift = `${head}${escapeGift(q.prompt)} {\n${answers.join('\n')}${feedback(q)}\n}`;
			return q.type === 'evidence'
				? {
						gift,
						warning: `“${q.id}”: only part A was exported; GIFT has no two-part evidence questions.`
					}
				: { gift };
		}
		case 'multi': {
			if (q.choices.some((c) => c.fraction !== undefined)) {
				const answers = q.choices.map(
					(c) => `\t~${weightOf(q, c.fraction ?? 0, moved)}${escapeGift(c.text)}`
				);
				return { gift: `${head}${escapeGift(q.prompt)} {\n${answers.join('\n')}${feedback(q)}\n}` };
			}
			const weights = multiWeights(q.correct.length);
			let n = 0;
			const answers = q.choices.map((c) => {
				const w = q.correct.includes(c.id) ? weights.right[n++]! : weights.wrong;
				return `\t~%${percentText(w)}%${escapeGift(c.text)}`;
			});
			const gift = `${head}${escapeGift(q.prompt)} {\n${answers.join('\n')}${feedback(q)}\n}`;
			return weights.note ? { gift, warning: `“${q.id}”: ${weights.note}` } : { gift };
		}
		case 'truefalse':
			return {
				gift: `${head}${escapeGift(q.prompt)} {${q.correct[0] === 'true' ? 'T' : 'F'}${feedback(q)}\n}`
			};
		case 'cloze': {
			// GIFT's "missing word" form puts the answer braces where the gap is.
			const [before, after] = q.prompt.split(CLOZE_GAP) as [string, string];
			const answers = [
				...q.accepted.map((a) => `=${escapeGift(a)}`),
				...(q.partial ?? []).map((p) => `=${weightOf(q, p.fraction, moved)}${escapeGift(p.text)}`)
			].join(' ');
			return {
				gift: `${head}${escapeGift(before)}{${answers}${feedback(q)}\n}${escapeGift(after)}`
			};
		}
		case 'numeric': {
			// With partial answers each value needs its own `=`; Moodle takes the first that matches.
			const values = q.partial?.length
				? [
						`=${q.answer}:${q.tolerance}`,
						...q.partial.map((p) => `=${weightOf(q, p.fraction, moved)}${p.answer}:${p.tolerance}`)
					].join(' ')
				: `${q.answer}:${q.tolerance}`;
			const gift = `${head}${escapeGift(q.prompt)} {#${values}${feedback(q)}\n}`;
			return q.unit
				? {
						gift,
						warning: `“${q.id}”: the unit “${q.unit}” was left out; GIFT numbers have no units (Moodle XML keeps them).`
					}
				: { gift };
		}
		case 'matching': {
			const split = q.pairs.some((p) => p.left.includes('->'));
			const rows = [
				...q.pairs.map(
					(p) => `\t=${escapeGift(p.left.replace(/->/g, '→'))} -> ${escapeGift(p.right)}`
				),
				...(q.extraRights ?? []).map((r) => `\t= -> ${escapeGift(r)}`)
			];
			const gift = `${head}${escapeGift(q.prompt)} {\n${rows.join('\n')}${feedback(q)}\n}`;
			return split
				? {
						gift,
						warning: `“${q.id}”: “->” in a left item is written “→”; in GIFT it would split the pair.`
					}
				: { gift };
		}
		case 'ordering': {
			// Moodle 4.4+ (qtype_ordering in core): items one per line, in the right order. The
			// plugin reads these lines raw (GIFT escapes would show), so only braces, which would end
			// the answer block, are replaced.
			const items = q.items
				.map((i) =>
					i.text
						.replace(/\s*\n\s*/g, ' ')
						.replace(/\{/g, '(')
						.replace(/\}/g, ')')
				)
				.join('\n');
			return {
				gift: `${head}${escapeGift(q.prompt)} {>${q.items.length} ALL VERTICAL RELATIVE_ALL_PREVIOUS_AND_NEXT SHOW\n${items}\n}`,
				warning: `“${q.id}”: ordering questions need Moodle 4.4 or later (or the Ordering plugin); the explanation is not included.`
			};
		}
	}
}

export type GiftExportOptions = {
	/** Which questions to export; default: the story's approved questions. */
	questionIds?: readonly string[];
};

export function exportGift(
	bank: Bank,
	storyId: string,
	{ questionIds }: GiftExportOptions = {}
): { filename: string; text: string; warnings: string[] } {
	const subset = storySubset(bank, storyId);
	const story = subset.stories[0]!;
	const chosen = questionIds ? new Set(questionIds) : null;
	const questions = subset.questions.filter((q) =>
		chosen ? chosen.has(q.id) : q.status === 'approved'
	);
	const warnings: string[] = [];
	const blocks = [
		`// Exported from Byline: ${story.title.replace(/\s+/g, ' ')}`,
		`$CATEGORY: Byline/${story.title.replace(/[\s/]+/g, ' ')}`
	];
	for (const q of questions) {
		const out = questionToGift(q);
		if ('skip' in out) warnings.push(out.skip);
		else {
			blocks.push(out.gift);
			if (out.warning) warnings.push(out.warning);
		}
	}
	if (questions.length === 0) warnings.push('No questions were selected, so the file holds none.');
	return {
		filename: `${slugify(story.title, storyId)}.gift.txt`,
		text: blocks.join('\n\n') + '\n',
		warnings
	};
}
