/**
 * Other tools' quiz formats carry no evidence, but every Byline question must cite the article
 * text that proves its answer. Imported questions get evidence by finding the sentence that
 * contains the correct answer; when none does, the question is handed back as `needsEvidence`
 * for the teacher to complete, never given made-up evidence.
 */
import { nextId } from '../bank/ops/edit';
import { foldText } from '../bank/ops/search';
import { QuestionSchema, type Article, type Evidence, type Question } from '../bank/schema';
import { check } from '$lib/validation';
import { issueDetails, type ImportResult, type Refusal } from './problem';

/** A question as another tool describes it: everything but evidence (and ids Byline assigns). */
export type QuestionDraft = Question extends infer Q
	? Q extends Question
		? Omit<Q, 'evidence' | 'explanation' | 'storyId' | 'id'> & {
				id?: string;
				explanation?: string;
				/** What the source file said that this question cannot carry, one sentence each. */
				losses?: string[];
			}
		: never
	: never;

export type NeedsEvidence = { draft: QuestionDraft; message: string };
export type AttachResult = {
	questions: Question[];
	/** Losses per stored question id (only questions that lost something). */
	losses: Record<string, string[]>;
	needsEvidence: NeedsEvidence[];
	/** Questions in the file that do not come in at all, each with its reason. */
	refused: Refusal[];
	/** Notes about the file as a whole. */
	warnings: string[];
};

type Sentence = { article: Article; start: number; end: number; folded: string };

/** Tokens whose trailing period does not end a sentence: initials (U.S., J.), titles, months. */
const ABBREVIATION =
	/(?:^|[\s(“"])(?:\p{Lu}|[A-Z]\.[A-Z]|Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Jr|Sr|No|vs|etc|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$/u;

/**
 * Sentence spans of every article. A regex splitter is enough here: it only has to find a
 * sentence that contains an answer, and keeps NLP libraries out of the import path. Pieces
 * split after an abbreviation, or followed by a lower-case word, are joined back together.
 */
export function sentencesOf(articles: readonly Article[]): Sentence[] {
	const out: Sentence[] = [];
	for (const article of articles) {
		const pieces: { start: number; end: number }[] = [];
		for (const m of article.text.matchAll(/[^\n.!?]+(?:[.!?]+["”’)]*|$)/gm)) {
			const lead = m[0].length - m[0].trimStart().length;
			const text = m[0].trim();
			if (!text) continue;
			const start = m.index + lead;
			const previous = pieces[pieces.length - 1];
			const joinable =
				previous &&
				!article.text.slice(previous.end, start).includes('\n') &&
				(ABBREVIATION.test(article.text.slice(previous.start, previous.end)) ||
					/^[\p{Ll}\d]/u.test(text));
			if (joinable) previous.end = start + text.length;
			else pieces.push({ start, end: start + text.length });
		}
		for (const { start, end } of pieces) {
			out.push({ article, start, end, folded: foldText(article.text.slice(start, end)) });
		}
	}
	return out;
}

const words = (text: string) => new Set(foldText(text).match(/\p{L}{4,}|\d+/gu) ?? []);

/** Texts whose presence in a sentence shows the answer is there. */
function answerTexts(d: QuestionDraft): string[] {
	switch (d.type) {
		case 'single':
		case 'multi':
		case 'evidence':
			return d.choices.filter((c) => d.correct.includes(c.id)).map((c) => c.text);
		case 'cloze':
			return d.accepted;
		case 'numeric':
			return [String(d.answer)];
		case 'matching':
			return d.pairs.map((p) => p.right);
		case 'ordering':
			return d.items.map((i) => i.text);
		case 'truefalse':
			return [];
	}
}

/** Substring test; a number must stand alone, so 15 is not found inside 150 or 2015. */
function contains(haystack: string, needle: string): boolean {
	if (!/^-?\d+(?:\.\d+)?$/.test(needle)) return haystack.includes(needle);
	const escaped = needle.replace(/[.-]/g, (c) => `\\${c}`);
	return new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`).test(haystack);
}

/** The sentence sharing most words with `prompt` among those containing `needle` (or any, if none given). */
function bestSentence(
	sentences: Sentence[],
	needle: string | null,
	prompt: string
): Sentence | null {
	const promptWords = words(prompt);
	let best: Sentence | null = null;
	let bestScore = -1;
	for (const s of sentences) {
		if (needle !== null && !contains(s.folded, needle)) continue;
		let score = 0;
		for (const w of words(s.folded)) if (promptWords.has(w)) score++;
		if (score > bestScore) [best, bestScore] = [s, score];
	}
	// Without an answer string (true/false) only a clear overlap with the statement counts.
	if (needle === null && bestScore < Math.max(2, Math.ceil(promptWords.size * 0.6))) return null;
	return best;
}

function findEvidence(
	d: QuestionDraft,
	sentences: Sentence[]
): { spans: Sentence[]; missing: string | null } {
	if (d.type === 'truefalse') {
		const s = bestSentence(sentences, null, d.prompt);
		return s
			? { spans: [s], missing: null }
			: { spans: [], missing: 'No sentence in the articles matches this statement.' };
	}
	const spans: Sentence[] = [];
	for (const answer of answerTexts(d)) {
		const folded = foldText(answer.trim());
		// "Which outlet reported …?": the answer names an outlet, so the proof is in its article.
		const ofOutlet = sentences.filter((s) => foldText(s.article.outlet) === folded);
		const s = ofOutlet.length
			? bestSentence(ofOutlet, '', d.prompt)
			: bestSentence(sentences, folded, d.prompt);
		if (!s)
			return { spans: [], missing: `No sentence in the articles contains the answer “${answer}”.` };
		if (!spans.includes(s)) spans.push(s);
		// Accepted alternatives of a cloze all point at the same fact: one sentence is enough.
		if (d.type === 'cloze') break;
	}
	return { spans, missing: null };
}

const quoteOf = (s: Sentence) => `“${s.article.text.slice(s.start, s.end)}” (${s.article.outlet})`;

/**
 * A draft with the evidence found for it (or picked by the teacher) as a stored question: a
 * free id (its own when free), the story's id, an explanation quoting the evidence when the
 * file had none, validated like every stored question. `taken` gains the id used.
 */
export function completeDraft(
	draft: QuestionDraft,
	spans: readonly (Evidence & { article?: Article })[],
	{
		storyId,
		taken,
		articles = []
	}: { storyId: string; taken: Set<string>; articles?: readonly Article[] }
): { question: Question; losses: string[] } | { refused: Refusal } {
	const wanted =
		draft.id && /^[A-Za-z0-9._:-]{1,200}$/.test(draft.id) && !taken.has(draft.id) ? draft.id : null;
	const id = wanted ?? nextId(`${storyId}-q-`, taken);
	const evidence: Evidence[] = spans
		.slice(0, 20)
		.map((s) => ({ articleId: s.articleId, start: s.start, end: s.end }));
	const quote = (s: Evidence & { article?: Article }) => {
		const article = s.article ?? articles.find((a) => a.id === s.articleId);
		return article ? quoteOf({ article, start: s.start, end: s.end, folded: '' }) : '';
	};
	const explanation =
		draft.explanation?.trim() || `The article says: ${spans.map(quote).join(' ')}`.slice(0, 5_000);
	const { losses, ...fields } = draft;
	const parsed = check(QuestionSchema, { ...fields, id, storyId, evidence, explanation });
	if (!parsed.success)
		return {
			refused: {
				label: draft.prompt.slice(0, 80),
				reason: `Byline cannot store it: ${issueDetails(parsed.error.issues, 1)[0]}`
			}
		};
	taken.add(id);
	return { question: parsed.data as Question, losses: losses ?? [] };
}

/** Where imported questions go: the story, its articles (for evidence) and ids already used. */
export type AttachOptions = {
	storyId: string;
	articles: readonly Article[];
	takenIds?: Iterable<string>;
};

export function attachEvidence(
	drafts: readonly QuestionDraft[],
	{ storyId, articles, takenIds = [] }: AttachOptions
): AttachResult {
	const sentences = sentencesOf(articles);
	const taken = new Set(takenIds);
	const result: AttachResult = {
		questions: [],
		losses: {},
		needsEvidence: [],
		refused: [],
		warnings: []
	};
	for (const draft of drafts) {
		const found = findEvidence(draft, sentences);
		if (found.missing) {
			result.needsEvidence.push({
				draft,
				message: `${found.missing} Choose the evidence by hand.`
			});
			continue;
		}
		const spans = found.spans.map((s) => ({ ...s, articleId: s.article.id }));
		const done = completeDraft(draft, spans, { storyId, taken });
		if ('question' in done) {
			result.questions.push(done.question);
			if (done.losses.length) result.losses[done.question.id] = done.losses;
		} else result.refused.push(done.refused);
	}
	return result;
}

/**
 * The step every question file importer ends with: a file with no usable question is refused,
 * naming its first problems; otherwise evidence is attached, and the questions the file's reader
 * refused are reported together with those attachEvidence refused.
 */
export function finishImport(
	drafts: readonly QuestionDraft[],
	refused: readonly Refusal[],
	options: AttachOptions,
	noneFound: string
): ImportResult<AttachResult> {
	if (drafts.length === 0) {
		return {
			ok: false,
			error: {
				message: noneFound,
				details: refused.slice(0, 5).map((r) => `${r.label}: ${r.reason}`)
			}
		};
	}
	const attached = attachEvidence(drafts, options);
	return {
		ok: true,
		value: { ...attached, refused: [...refused, ...attached.refused] },
		warnings: attached.warnings
	};
}
