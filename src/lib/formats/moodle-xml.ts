/**
 * Moodle XML export. Each question text carries the article passage it is about (the
 * paragraphs holding its evidence) as escaped HTML, so students in Moodle read the same text
 * they would in Byline. Ordering uses Moodle's `ordering` question type (core since Moodle 4.4,
 * a plugin before), graded RELATIVE_ALL_PREVIOUS_AND_NEXT, which is Byline's pairwise credit.
 * Evidence questions keep only part A, as Moodle has no two-part type. Multiple-select weights
 * are ones Moodle accepts (moodle-weights.ts); choices shuffle unless the question's order is
 * fixed; a numeric unit is optional and shown (Moodle's showunits 0; 3 would hide it). Matching
 * uses Moodle's own type name, `match`.
 */
import { paragraphsOf, type Article, type Bank, type Question } from '../bank/schema';
import { storySubset } from './byline';
import { moodlePercent, multiWeights, percentText } from './moodle-weights';
import { slugify } from './problem';

export function escapeXml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`
	);
}

/** HTML-escapes text; the HTML is then XML-escaped again when written into a <text> element. */
const html = (text: string) => escapeXml(text).replace(/\n/g, '<br>');
const textEl = (value: string) => `<text>${escapeXml(value)}</text>`;
const fraction = percentText;
/** Moodle shuffles choices unless the teacher fixed their order (e.g. "All of the above" last). */
const shuffle = (q: Question) => ('fixedOrder' in q && q.fixedOrder ? 0 : 1);

/** The paragraphs a question's evidence falls in (at most three), with where they come from. */
export function passagesOf(
	q: Question,
	articles: Map<string, Article>
): { text: string; source: string }[] {
	const seen = new Set<string>();
	const out: { text: string; source: string }[] = [];
	for (const e of q.evidence) {
		const article = articles.get(e.articleId);
		if (!article) continue;
		for (const p of paragraphsOf(article.text)) {
			const key = `${article.id}:${p.index}`;
			if (p.end <= e.start || p.start >= e.end || seen.has(key) || out.length >= 3) continue;
			seen.add(key);
			out.push({ text: p.text, source: `${article.outlet}, “${article.title}”` });
		}
	}
	return out;
}

export function excerptHtml(q: Question, articles: Map<string, Article>): string {
	return passagesOf(q, articles)
		.map((x) => `<blockquote><p>${html(x.text)}</p><footer>${html(x.source)}</footer></blockquote>`)
		.join('');
}

function answers(items: { text: string; fraction: number; extra?: string }[]): string {
	return items
		.map(
			(a) =>
				`    <answer fraction="${fraction(a.fraction)}" format="plain_text">${textEl(a.text)}${a.extra ?? ''}</answer>`
		)
		.join('\n');
}

/** Partial credit in percent, as a grade Moodle accepts; a fraction that had to move is reported. */
function percentOf(q: Question, fraction: number, moved: string[]): number {
	const { percent, exact } = moodlePercent(fraction);
	if (!exact)
		moved.push(
			`“${q.id}”: a partial credit of ${Math.round(fraction * 1000) / 10}% became ${percentText(percent)}%, the nearest grade Moodle accepts.`
		);
	return percent;
}

function body(q: Question): { type: string; inner: string; warning?: string } | { skip: string } {
	const moved: string[] = [];
	const b = bodyOf(q, moved);
	if ('skip' in b || moved.length === 0) return b;
	return { ...b, warning: [b.warning, ...moved].filter(Boolean).join(' ') };
}

function bodyOf(
	q: Question,
	moved: string[]
): { type: string; inner: string; warning?: string } | { skip: string } {
	switch (q.type) {
		case 'single':
		case 'evidence': {
			const inner = [
				'    <single>true</single>',
				`    <shuffleanswers>${shuffle(q)}</shuffleanswers>`,
				'    <answernumbering>abc</answernumbering>',
				answers(
					q.choices.map((c) => ({
						text: c.text,
						fraction: q.correct.includes(c.id)
							? 100
							: c.fraction && q.type === 'single'
								? percentOf(q, c.fraction, moved)
								: 0
					}))
				)
			].join('\n');
			return q.type === 'evidence'
				? {
						type: 'multichoice',
						inner,
						warning: `“${q.id}”: only part A was exported; Moodle has no two-part evidence questions.`
					}
				: { type: 'multichoice', inner };
		}
		case 'multi': {
			const weighted = q.choices.some((c) => c.fraction !== undefined);
			const weights = multiWeights(q.correct.length);
			let n = 0;
			const inner = [
				'    <single>false</single>',
				`    <shuffleanswers>${shuffle(q)}</shuffleanswers>`,
				'    <answernumbering>abc</answernumbering>',
				answers(
					q.choices.map((c) => ({
						text: c.text,
						fraction: weighted
							? percentOf(q, c.fraction ?? 0, moved)
							: q.correct.includes(c.id)
								? weights.right[n++]!
								: weights.wrong
					}))
				)
			].join('\n');
			return weights.note && !weighted
				? { type: 'multichoice', inner, warning: `“${q.id}”: ${weights.note}` }
				: { type: 'multichoice', inner };
		}
		case 'truefalse':
			return {
				type: 'truefalse',
				inner: answers([
					{ text: 'true', fraction: q.correct[0] === 'true' ? 100 : 0 },
					{ text: 'false', fraction: q.correct[0] === 'false' ? 100 : 0 }
				])
			};
		case 'cloze':
			return {
				type: 'shortanswer',
				inner: `    <usecase>0</usecase>\n${answers([
					...q.accepted.map((text) => ({ text, fraction: 100 })),
					...(q.partial ?? []).map((p) => ({
						text: p.text,
						fraction: percentOf(q, p.fraction, moved)
					}))
				])}`
			};
		case 'numeric': {
			const unit = q.unit
				? `\n    <units><unit><multiplier>1</multiplier><unit_name>${escapeXml(q.unit)}</unit_name></unit></units>\n    <unitgradingtype>0</unitgradingtype>\n    <unitpenalty>0</unitpenalty>\n    <showunits>0</showunits>\n    <unitsleft>0</unitsleft>`
				: '';
			return {
				type: 'numerical',
				inner:
					answers([
						{
							text: String(q.answer),
							fraction: 100,
							extra: `<tolerance>${q.tolerance}</tolerance>`
						},
						...(q.partial ?? []).map((p) => ({
							text: String(p.answer),
							fraction: percentOf(q, p.fraction, moved),
							extra: `<tolerance>${p.tolerance}</tolerance>`
						}))
					]) + unit
			};
		}
		case 'matching': {
			const sub = (left: string, right: string) =>
				`    <subquestion format="html">${textEl(left ? html(left) : '')}<answer>${textEl(right)}</answer></subquestion>`;
			const rows = [
				...q.pairs.map((p) => sub(p.left, p.right)),
				...(q.extraRights ?? []).map((r) => sub('', r))
			];
			return {
				type: 'match',
				inner: `    <shuffleanswers>${shuffle(q)}</shuffleanswers>\n${rows.join('\n')}`
			};
		}
		case 'ordering':
			return {
				type: 'ordering',
				inner: [
					'    <layouttype>VERTICAL</layouttype>',
					'    <selecttype>ALL</selecttype>',
					`    <selectcount>${q.items.length}</selectcount>`,
					'    <gradingtype>RELATIVE_ALL_PREVIOUS_AND_NEXT</gradingtype>',
					'    <showgrading>SHOW</showgrading>',
					q.items
						.map(
							(i, n) =>
								`    <answer fraction="${n + 1}" format="plain_text">${textEl(i.text)}</answer>`
						)
						.join('\n')
				].join('\n')
			};
	}
}

export function questionToMoodleXml(
	q: Question,
	articles: Map<string, Article>
): { xml: string; warning?: string } | { skip: string } {
	const b = body(q);
	if ('skip' in b) return b;
	const tags = (q.tags ?? []).map((t) => `<tag>${textEl(t)}</tag>`).join('');
	const xml = [
		`  <question type="${b.type}">`,
		`    <name>${textEl(q.id)}</name>`,
		`    <questiontext format="html">${textEl(`<p>${html(q.prompt)}</p>${excerptHtml(q, articles)}`)}</questiontext>`,
		`    <generalfeedback format="html">${textEl(`<p>${html(q.explanation)}</p>`)}</generalfeedback>`,
		'    <defaultgrade>1</defaultgrade>',
		'    <hidden>0</hidden>',
		`    <idnumber>${escapeXml(q.id)}</idnumber>`,
		b.inner,
		...(tags ? [`    <tags>${tags}</tags>`] : []),
		'  </question>'
	].join('\n');
	return b.warning ? { xml, warning: b.warning } : { xml };
}

export function exportMoodleXml(
	bank: Bank,
	storyId: string,
	{ questionIds }: { questionIds?: readonly string[] } = {}
): { filename: string; text: string; warnings: string[] } {
	const subset = storySubset(bank, storyId);
	const story = subset.stories[0]!;
	const articles = new Map(subset.articles.map((a) => [a.id, a]));
	const chosen = questionIds ? new Set(questionIds) : null;
	const questions = subset.questions.filter((q) =>
		chosen ? chosen.has(q.id) : q.status === 'approved'
	);
	const warnings: string[] = [];
	const parts = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<quiz>',
		`  <question type="category"><category>${textEl(`$course$/Byline/${story.title.replace(/\//g, '-')}`)}</category></question>`
	];
	for (const q of questions) {
		const out = questionToMoodleXml(q, articles);
		if ('skip' in out) warnings.push(out.skip);
		else {
			parts.push(out.xml);
			if (out.warning) warnings.push(out.warning);
		}
	}
	if (questions.length === 0) warnings.push('No questions were selected, so the file holds none.');
	parts.push('</quiz>');
	return {
		filename: `${slugify(story.title, storyId)}.moodle.xml`,
		text: parts.join('\n') + '\n',
		warnings
	};
}
