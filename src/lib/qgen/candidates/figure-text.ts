/** How a compare question writes a figure: as the outlet does, hedge and counted noun kept. */
import type { CountedFigure, StoryView } from '../analyze';
import { spanOf } from '../build';
import type { Span } from '../types';

export const figureText = (f: CountedFigure) =>
	f.mention.text.replace(/^./, (c) => c.toLowerCase());
/** "thousands of demonstrators", "at least 25 militia fighters". */
export const figurePhrase = (f: CountedFigure) => {
	// As written: "thousands of demonstrators", "more than 150 of the participants".
	const link = /^\s+(of(?:\s+(?:the|its|their|his|her))?)\s/.exec(
		f.analysis.article.text.slice(f.mention.end, f.mention.end + 12)
	);
	return `${figureText(f)}${link ? ` ${link[1]}` : ''} ${f.mention.noun}`;
};

/**
 * The counted noun inside a prompt's sentence ("count the Iranian files differently"): as the
 * article writes it, since a capital inside a sentence belongs to a name or a word made from one
 * ("Iranian", "U.S.", "Republicans"); lowered only from a title-case line, where every word has one.
 */
export function countedNoun(f: CountedFigure): string {
	const noun = f.mention.noun ?? '';
	const words = f.analysis.sentences[f.mention.sentence]!.text.split(/\s+/);
	const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
	return capitalised > words.length * 0.6 ? noun.toLowerCase() : noun;
}

/**
 * Each outlet's figure as it writes it: 'Daily A: “at least 25 fighters”; Daily B: …'. An
 * outlet that gives two figures is named once, with both ('Daily A: “tens of …” and “hundreds
 * of …”'), so the feedback does not list one outlet as if it were two.
 */
export function versions(view: StoryView, figures: CountedFigure[]): string {
	const byOutlet = new Map<string, string[]>();
	for (const f of figures) {
		const label = view.label.get(f.analysis.article.id)!;
		byOutlet.set(label, [...(byOutlet.get(label) ?? []), `“${figurePhrase(f)}”`]);
	}
	return [...byOutlet].map(([label, phrases]) => `${label}: ${phrases.join(' and ')}`).join('; ');
}

/**
 * Evidence for a question about `f`: its own sentence first, then the other outlets' sentences
 * (at most six in all), so the feedback shows the figure asked about before the ones it differs from.
 */
export const figureEvidence = (f: CountedFigure, evidence: readonly Span[]): Span[] =>
	[
		spanOf(f.analysis.sentences[f.mention.sentence]!),
		...evidence.filter((e) => e.articleId !== f.analysis.article.id)
	].slice(0, 6);
