/** Internal shapes shared by the generator's stages. Offsets are into `Article.text`. */
import type { Article } from '$lib/bank/schema';

export interface Span {
	articleId: string;
	start: number;
	end: number;
}

export interface Sentence extends Span {
	/** Position of the sentence within its article, from 0. */
	index: number;
	paragraph: number;
	text: string;
}

export type MentionKind = 'person' | 'org' | 'place' | 'quantity' | 'date';

export interface Mention extends Span {
	kind: MentionKind;
	text: string;
	sentence: number;
	/** Quantities: the number (words like "thousands" get a representative value). */
	value?: number;
	/** Quantities: true for vague amounts ("dozens", "thousands"). */
	vague?: boolean;
	/** Quantities: the counted noun ("protesters", "troops"). */
	noun?: string;
	/** Dates: ISO day resolved against the article's publication date, when possible. */
	iso?: string;
	/** People: role or title found before the name ("Defense Secretary"). */
	role?: string;
	/** People: the title word(s) right before the name as written, honorifics too ("President", "Mr."). */
	title?: string;
}

export interface Quote extends Span {
	/** The quoted words without the quote marks. */
	text: string;
	sentence: number;
	/** Speaker words as written ("he", "Esper", "the president"). */
	speakerText: string;
	/** Full name after coreference, when it could be resolved. */
	speaker?: string;
	role?: string;
	/** Sentence that names the speaker, when the attribution is a pronoun or role ("he said"). */
	speakerSpan?: Span;
	/** Sentence span that holds both the quote and its attribution. */
	context: Span;
	/** True for a few quoted words inside a sentence (X called it a "flagrant violation"). */
	partial: boolean;
}

export interface Person {
	name: string;
	role?: string;
	/**
	 * The titles a lone surname is written with ("President" in "President Obama", "Mr."): the
	 * story names the person so when it gives no full name.
	 */
	titles?: string[];
	/** Lower-case surname, used to resolve later surname-only mentions. */
	surname: string;
	firstSpan: Span;
	/**
	 * A full name's sex as the article itself gives it, by an honorific before the full name or
	 * by the pronouns that follow it ("Barack Roe said he …"), when these agree.
	 */
	sex?: 'female' | 'male';
	/** Introduced as someone's relative ("her husband, former Gov. Tom Roe"): not whom a bare surname means. */
	relative?: boolean;
}

export interface ArticleAnalysis {
	article: Article;
	sentences: Sentence[];
	mentions: Mention[];
	quotes: Quote[];
	people: Person[];
	/** Every quoted stretch, attributed or not: figures inside quotes are rhetoric, not reporting. */
	quoted: Span[];
}
