/**
 * Turning a question's evidence offsets into the quoted text shown in feedback and review.
 */
import type { Article, Question } from '$lib/bank/schema';

export interface EvidenceQuote {
	articleId: string;
	outlet: string;
	text: string;
	/** Offsets of `text` in the article, after widening to whole sentences. */
	start: number;
	end: number;
}

/** Candidate sentence ends: terminal punctuation, optionally closed by quotes or brackets. */
const SENTENCE_END = /[.!?…]["”’')\]]*(?=\s|$)/g;
/**
 * Periods that do not end a sentence in news prose: initials and acronyms ("U.S.", "D.C."),
 * titles and short forms ("Sen.", "Gov.", "Calif.", "a.m.").
 */
const ABBREVIATION =
	/(?:^|[\s("“(-])(?:(?:[A-Za-z]\.)+[A-Za-z]?|Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Gov|Lt|Col|Sgt|St|Jr|Sr|No|vs|etc|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Ala|Ariz|Ark|Calif|Colo|Conn|Ct|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.$/;

/** Offsets just after each sentence end inside text[from, to). */
function sentenceEnds(text: string, from: number, to: number): number[] {
	const ends: number[] = [];
	const line = text.slice(from, to);
	SENTENCE_END.lastIndex = 0;
	for (let m = SENTENCE_END.exec(line); m; m = SENTENCE_END.exec(line)) {
		const before = line.slice(Math.max(0, m.index - 12), m.index + 1);
		if (m[0].startsWith('.') && ABBREVIATION.test(before)) continue;
		ends.push(from + m.index + m[0].length);
	}
	return ends;
}

/**
 * Widens [start, end) to whole sentences, never crossing a line or paragraph break, so a
 * quote that starts mid-sentence still reads as something a person wrote.
 */
export function expandToSentence(
	text: string,
	start: number,
	end: number
): { start: number; end: number } {
	const lineStart = start === 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
	const nextBreak = text.indexOf('\n', Math.max(start, end - 1));
	const lineEnd = nextBreak === -1 ? text.length : nextBreak;
	const ends = sentenceEnds(text, lineStart, lineEnd);

	let sentenceStart = lineStart;
	for (const e of ends) if (e <= start) sentenceStart = e;
	while (sentenceStart < start && /\s/.test(text[sentenceStart] ?? '')) sentenceStart++;

	// A span already ending on sentence punctuation finds itself here and stays as it is.
	const sentenceEnd = ends.find((e) => e >= end) ?? lineEnd;
	return { start: Math.min(start, sentenceStart), end: Math.max(end, sentenceEnd) };
}

/**
 * The text each evidence span cites, with its outlet, widened to whole sentences.
 * Spans that point at an unknown article or outside its text are skipped, not thrown on:
 * feedback should still show whatever evidence is sound.
 */
export function evidenceQuotes(question: Question, articles: Article[]): EvidenceQuote[] {
	const byId = new Map(articles.map((a) => [a.id, a]));
	const quotes: EvidenceQuote[] = [];
	for (const span of question.evidence) {
		const article = byId.get(span.articleId);
		if (!article || span.start >= span.end || span.end > article.text.length) continue;
		const { start, end } = expandToSentence(article.text, span.start, span.end);
		quotes.push({
			articleId: article.id,
			outlet: article.outlet,
			text: article.text.slice(start, end),
			start,
			end
		});
	}
	return quotes;
}
