/**
 * Which quotation a quote belongs to. News English splits one speaker's quotation into
 * sentences around "he said" ("“A,” Roe said. “B.”"), and the generator reads each as a quote
 * of its own. Two questions in the first ten on the sentences of one quotation ask the same
 * thing twice, so each quote question carries the keys of the quotations it draws on, and
 * selection keeps one question per quotation there (the longer bank may hold both).
 */
import { sameName } from '../align';
import type { StoryView } from '../analyze';
import type { Quote } from '../types';

/** One key per quotation: this speaker's quotes in one paragraph of one article. */
export function quotationKey(view: StoryView, q: Quote): string {
	const a = view.analyses.find((x) => x.article.id === q.articleId);
	const paragraph = a ? a.article.text.lastIndexOf('\n\n', q.start) : -1;
	const speaker = q.speaker ?? q.speakerText;
	// The first quote of the same speaker in the paragraph names the quotation.
	const first =
		a?.quotes.find(
			(x) =>
				a.article.text.lastIndexOf('\n\n', x.start) === paragraph &&
				sameName(x.speaker ?? x.speakerText, speaker)
		) ?? q;
	return `${q.articleId}@${first.start}`;
}
