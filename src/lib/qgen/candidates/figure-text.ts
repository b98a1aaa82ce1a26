/** How a compare question writes a figure: as the outlet does, hedge and counted noun kept. */
import type { CountedFigure, StoryView } from '../analyze';

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

/** Each outlet's figure as it writes it: 'Daily A: “at least 25 fighters”; Daily B: …'. */
export function versions(view: StoryView, figures: CountedFigure[]): string {
	return figures
		.map((f) => `${view.label.get(f.analysis.article.id)}: “${figurePhrase(f)}”`)
		.join('; ');
}
