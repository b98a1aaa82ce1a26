/**
 * Moodle GIFT export. GIFT has no ordering questions and no two-part evidence questions:
 * ordering questions are left out and evidence questions keep only part A (a single choice);
 * every such loss is reported in `warnings`. Matching "extra" right-hand options have no GIFT
 * form either and are dropped with a warning.
 */
import { CLOZE_GAP, type Bank, type Question } from '../bank/schema';
import { storySubset } from './byline';
import { slugify } from './problem';

/** Backslash-escapes the characters GIFT treats as syntax; newlines become `\n`. */
export function escapeGift(text: string): string {
	return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Moodle accepts only certain grade fractions; 100/k for k ≤ 10 is among them (to 5 decimals). */
function weight(fraction: number): string {
	return String(Number(fraction.toFixed(5)));
}

function feedback(q: Question): string {
	return `\n\t####${escapeGift(q.explanation)}`;
}

/** One question as GIFT, or a reason it cannot be expressed. */
export function questionToGift(q: Question): { gift: string; warning?: string } | { skip: string } {
	const head = `::${escapeGift(q.id)}::`;
	switch (q.type) {
		case 'single':
		case 'evidence': {
			const answers = q.choices.map(
				(c) => `\t${q.correct.includes(c.id) ? '=' : '~'}${escapeGift(c.text)}`
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
			const right = weight(100 / q.correct.length);
			const answers = q.choices.map(
				(c) => `\t~%${q.correct.includes(c.id) ? right : '-100'}%${escapeGift(c.text)}`
			);
			return { gift: `${head}${escapeGift(q.prompt)} {\n${answers.join('\n')}${feedback(q)}\n}` };
		}
		case 'truefalse':
			return {
				gift: `${head}${escapeGift(q.prompt)} {${q.correct[0] === 'true' ? 'T' : 'F'}${feedback(q)}\n}`
			};
		case 'cloze': {
			// GIFT's "missing word" form puts the answer braces where the gap is.
			const [before, after] = q.prompt.split(CLOZE_GAP) as [string, string];
			const answers = q.accepted.map((a) => `=${escapeGift(a)}`).join(' ');
			return {
				gift: `${head}${escapeGift(before)}{${answers}${feedback(q)}\n}${escapeGift(after)}`
			};
		}
		case 'numeric':
			return {
				gift: `${head}${escapeGift(q.prompt)} {#${q.answer}:${q.tolerance}${feedback(q)}\n}`
			};
		case 'matching': {
			const pairs = q.pairs.map((p) => `\t=${escapeGift(p.left)} -> ${escapeGift(p.right)}`);
			const gift = `${head}${escapeGift(q.prompt)} {\n${pairs.join('\n')}${feedback(q)}\n}`;
			return q.extraRights?.length
				? {
						gift,
						warning: `“${q.id}”: extra right-hand options were left out; GIFT cannot express them.`
					}
				: { gift };
		}
		case 'ordering':
			return {
				skip: `“${q.id}” was left out: GIFT has no ordering questions (use Moodle XML instead).`
			};
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
