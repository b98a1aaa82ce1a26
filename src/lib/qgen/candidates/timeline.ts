/**
 * Timeline: put dated events in order. Dates are resolved against each
 * article's publication day, so "Sunday" in one outlet and "Dec. 29" in
 * another land on the same day. Asked only with three or more distinct days.
 */
import type { StoryView } from '../analyze';
import { hash, shortQuote, spanOf } from '../build';
import type { Sentence } from '../types';
import { draftBase, type Candidate } from './candidate';

export function timelineCandidates(view: StoryView): Candidate[] {
	const byDay = new Map<string, { s: Sentence; outlet: string }>();
	for (const a of view.analyses) {
		for (const m of a.mentions) {
			if (m.kind !== 'date' || !m.iso) continue;
			// Dates inside quotes ("today") are the speaker's; plans ("will meet on Friday") have not happened.
			if (a.quoted.some((q) => q.start <= m.start && m.end <= q.end)) continue;
			const text = a.sentences[m.sentence]?.text ?? '';
			if (
				/^\W*[“"]/.test(text) ||
				/\b(will|would|may|might|could|should|scheduled|plans?|expected|next|upcoming)\b/i.test(
					text
				)
			)
				continue;
			const s = a.sentences[m.sentence];
			const words = s!.text.split(/\s+/).length;
			if (words < 6 || words > 40 || /^(he|she|they|it|this)\b/i.test(s!.text)) continue;
			const known = byDay.get(m.iso);
			if (!known || known.s.text.length > s!.text.length)
				byDay.set(m.iso, { s: s!, outlet: view.label.get(a.article.id)! });
		}
	}
	const days = [...byDay.keys()].sort();
	// One sentence may carry two dates; keep each sentence once, at its first day.
	const seen = new Set<string>();
	const events = days
		.map((d) => ({ day: d, ...byDay.get(d)! }))
		.filter((e) => !seen.has(e.s.text) && seen.add(e.s.text))
		.slice(0, 5);
	if (events.length < 3) return [];
	return [
		{
			family: 'timeline',
			draft: {
				...draftBase(
					'timeline',
					'Put these events in the order they happened, earliest first.',
					events.map((e) => spanOf(e.s)),
					events.map((e) => `${e.day}: ${shortQuote(e.s.text, 14)} (${e.outlet})`).join(' '),
					3
				),
				type: 'ordering',
				items: events.map((e) => ({ id: `e${hash(e.s.text)}`, text: shortQuote(e.s.text, 30) }))
			},
			keyTexts: [],
			hidden: [],
			answerKey: 'timeline',
			quality: 0.7,
			position: 0
		}
	];
}
