/**
 * Which paragraph of its article each evidence span stands in, as `articleId:index`: the set
 * rules (select-misfit.ts) read two figures of one paragraph as one passage asked twice.
 */
import { paragraphsOf } from '$lib/bank/schema';

type Span = { articleId: string; start: number };

/**
 * A reader of paragraph keys for the articles of `texts` (text by article id), each article
 * split once. A span of an article not given, or past its text, has no key.
 */
export function paragraphKeys(
	texts: ReadonlyMap<string, string>
): (evidence: readonly Span[]) => string[] {
	const split = new Map<string, ReturnType<typeof paragraphsOf>>();
	const paragraphs = (id: string) => {
		if (!split.has(id)) split.set(id, paragraphsOf(texts.get(id) ?? ''));
		return split.get(id)!;
	};
	return (evidence) =>
		evidence.flatMap((e) => {
			// A span that starts on the blank line after a paragraph still belongs to it.
			const p = paragraphs(e.articleId).find((x) => x.start <= e.start && e.start < x.end + 2);
			return p ? [`${e.articleId}:${p.index}`] : [];
		});
}
