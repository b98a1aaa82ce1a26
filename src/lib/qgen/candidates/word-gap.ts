/**
 * A gap on a content word that carries a sentence's point: "Daily A writes: “The House ____ the
 * bill on Tuesday.” Choose what belongs in the gap, as the article tells it." The key is the
 * article's verb, noun or adjective of outcome, stance or amount; the wrong choices are its
 * contrasts (WORD_CONTRASTS, lexicon.ts: "passed" / "rejected", "blocked"), inflected to the key's
 * form, which cannot be true of the same subject and object at once. An article with one speaker
 * and few people still has such sentences, where who-said and who-did questions find no wrong
 * answers.
 *
 * A contrast the article itself uses anywhere ("opposed" in another sentence) is never offered:
 * it may be true of someone or something the sentence does not name. Asked of a single imported
 * article only, as action-choice.ts is.
 */
import nlp from 'compromise';
import type { StoryView } from '../analyze';
import { notBodyProse } from '../caption';
import {
	AMOUNT_VERBS,
	HOLDER_NOUNS,
	LEVEL_NOUNS,
	LEVEL_VERBS,
	NEAR_SYNONYMS,
	SENSE_BEFORE,
	VERB_PARTICLES,
	WORD_CONTRASTS,
	type WordContrast
} from '../lexicon';
import { agrees, previousSubject } from '../speakers';
import type { ArticleAnalysis, Mention, Person, Sentence } from '../types';
import type { Candidate } from './candidate';
import { chosenGapCandidate, gapSentence } from './chosen-gap';
import { cutAtAbbreviation, quotedRanges } from './detail';
import { judgementCued } from './stance-cues';

/** The other part of speech whose forms echo a key: a noun's verb ("win" → "won") and back. */
const VERB_OR_NOUN = { verb: 'noun', noun: 'verb' } as const;

/** Sentence length for a readable gapped prompt. */
const WORDS = { min: 8, max: 40 };

type Form =
	| 'Infinitive'
	| 'PastTense'
	| 'PresentTense'
	| 'Gerund'
	| 'Participle'
	| 'Singular'
	| 'Plural'
	| 'Adjective';

/** Every written form of a word, by form name: "won" is win's PastTense (and Participle). */
const formCache = new Map<string, Partial<Record<Form, string>>>();
export function formsOf(pos: WordContrast['pos'], word: string): Partial<Record<Form, string>> {
	const id = `${pos}:${word}`;
	let forms = formCache.get(id);
	if (!forms) formCache.set(id, (forms = inflect(pos, word)));
	return forms;
}

/**
 * compromise's own inflection tables, called directly: parsing "they trail" for each of the
 * list's words took over a second on a worker's first run, the tables a millisecond in all.
 */
interface Transform {
	verb: { conjugate: (inf: string, model: unknown) => Partial<Record<string, string>> };
	noun: { toPlural: (word: string, model: unknown) => string };
}
function inflect(pos: WordContrast['pos'], word: string): Partial<Record<Form, string>> {
	if (pos === 'adjective') return { Adjective: word };
	const world = nlp.world() as unknown as {
		methods: { two: { transform: Transform } };
		model: unknown;
	};
	const t = world.methods.two.transform;
	if (pos === 'noun')
		return { Singular: word, Plural: t.noun.toPlural(word, world.model) || `${word}s` };
	const c = t.verb.conjugate(word, world.model);
	return {
		Infinitive: c.Infinitive,
		PastTense: c.PastTense,
		PresentTense: c.PresentTense,
		Gerund: c.Gerund,
		Participle: c.Participle ?? c.PastTense
	};
}

interface Entry {
	contrast: WordContrast;
	forms: Partial<Record<Form, string>>;
}

let table: Map<string, Entry[]> | undefined;
/** Written form (lower case) → the contrast entries it may be a form of. */
function formTable(): Map<string, Entry[]> {
	if (table) return table;
	table = new Map();
	for (const contrast of WORD_CONTRASTS) {
		const forms = formsOf(contrast.pos, contrast.word);
		for (const f of new Set(Object.values(forms)))
			if (f) table.set(f, [...(table.get(f) ?? []), { contrast, forms }]);
	}
	return table;
}

/** Before a verb, words that make it no fact the article tells: a negation or a condition. */
const NOT_A_FACT =
	/(?:\b(?:not|never|no|nor|neither|without|if|unless|whether|or|failed to|unable to)|n['’]t)\s+(?:\w+\s+){0,2}$/i;
/** "win or lose", "rise and fall": the contrast is printed beside the gap. */
const PAIRED = /^\s*(?:or|and|nor|\/)\s/i;
/** "won out", "fell through": a phrasal verb of another sense. */
const PARTICLE = new RegExp(`^\\s+(?:${VERB_PARTICLES.join('|')})\\b`, 'i');
/** "raised the minimum wage", "cut the tax rate": a level within four words after the verb. */
const LEVEL_AFTER = new RegExp(`^(?:\\s+[\\w'’-]+){0,3}?\\s+(?:${LEVEL_NOUNS.join('|')})\\b`, 'i');
/** "rose to 5 percent", "fell 3 points": a figure within six words after the verb. */
/** A figure as written: digits, or a number word a change is given in. */
const END = String.raw`\$?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)`;
/** "from 58 to 55 percent", "to 55 percent from 58": a change's two ends, in either order. */
const BOTH_ENDS = new RegExp(
	String.raw`\bfrom\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+)?${END}\b.{0,40}?\bto\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?${END}\b|\bto\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?${END}\b.{0,40}?\bfrom\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+)?${END}\b`,
	'i'
);
const FIGURE_AFTER = /^(?:\s+\S+){0,5}?\s+(?:\$?\d|percent\b|points?\b|half\b|double\b)/i;
/** A form of "be" before a verb in -ing: "are supporting" tells a fact, "since launching" none. */
const PROGRESSIVE = /\b(?:am|is|are|was|were|been)\s+(?:\w+ly\s+)?$/i;
/** "the path to victory": a set phrase that needs no reading. */
// "scored a big ____": news English scores a win, never a defeat or a stalemate.
const SET_PHRASE =
	/\b(?:(?:path|road|way|route)\s+to|scor(?:e|es|ed|ing)\s+an?(?:\s+[a-z]+)?)\s+$/i;
/**
 * "has ____ Putin, saying he was a stronger leader", "____ the plan, and has called for scrapping
 * it", "____ the pact, demanding changes", "____ his role, brushing aside concerns": the sentence
 * goes on to give the subject's own words, demand or dismissal, which tell the stance, so the verbs
 * of the other stance are ruled out by the sentence itself, not by the story.
 */
const STANCE_TOLD =
	/,\s+(?:saying|calling|describing|arguing|adding|noting|declaring|insisting|writing|tweeting|demanding|urging|accusing|dismissing|brushing\s+(?:aside|off))\b|\band\s+(?:has\s+|had\s+|have\s+)?(?:called|said|urged|demanded|described)\b/i;
/** Whose side a person noun names: "Clinton ____", "his ____", "Mr. Trump's ____" (or "____ of"). */
// A capital that opens the sentence is no name ("The ____ marched"): one after other words only.
const HOLDER_BEFORE = /(?:['’]s?|\b(?:his|her|their|its|our|my|your)|\S\s+[A-Z][\p{L}.'’-]*)\s+$/u;
/** Words after which a word is a verb, whatever compromise reads: "will likely rise". */
const VERB_BEFORE =
	/\b(?:will|would|can|could|may|might|must|should|to|do|does|did)\s+(?:\w+ly\s+)?$/i;
/** The prepositions NOUN_AFTER and NOUN_AFTER_PROPER_ADJECTIVE read before the word. */
const PREPOSITION =
	'\\b(?:to|of|on|in|for|with|by|from|about|after|before|against|amid|over|into)\\s+';
/** A preposition before the word: what follows is a noun, whatever compromise reads. */
const NOUN_AFTER = new RegExp(`${PREPOSITION}(?:\\w+ly\\s+)?$`, 'i');
/**
 * "of Republican ____", "against Russian ____": a preposition and a capitalised adjective of a
 * party, nation or people (English's -an, -ic, -ish, -ese endings) before the word, which is then
 * a noun the adjective describes, not a verb with that name for its subject.
 */
const NOUN_AFTER_PROPER_ADJECTIVE = new RegExp(
	`${PREPOSITION}(?:[A-Z][a-z]+(?:an|ic|ish|ese)\\s+){1,2}$`
);
/**
 * "After the terrorist ____ in Harlow": a determiner and a modifier before the word and a
 * preposition after it, with no object between, make the -s form a plural noun; the verbs
 * offered beside it ("praises", "defends") fit no reading, and the phrase alone gives the key.
 */
const PLURAL_NOUN_SLOT =
	/\b(?:the|these|those|its|their|his|her|our|recent|two|three|several|many)\s+[a-z]+\s+$/i;
const PREPOSITION_NEXT = /^\s+(?:in|on|at|across|against|during|near|from|by|since|inside)\b/i;
/** A transcript's speaker label: "TAPPER: And obviously, …". */
const SPEAKER_LABEL = /^\W*[A-Z][A-Z'’. -]+:/;
/** An auxiliary before a past verb: its wrong choices take the participle ("has fallen"). */
const AUXILIARY =
	/\b(?:has|have|had|having|been|was|were|is|are|be|being|get|gets|got)\s+(?:\w+ly\s+)?$/i;

/** The form a word has in its sentence, read from compromise's tags. */
function formIn(tags: string[], word: string, e: Entry, after: string): Form | undefined {
	const pos = e.contrast.pos;
	if (pos === 'adjective') return tags.includes('Adjective') ? 'Adjective' : undefined;
	if (pos === 'noun') {
		if (!tags.includes('Noun') || tags.includes('Verb')) return undefined;
		if (e.forms.Plural === word && tags.includes('Plural')) return 'Plural';
		return e.forms.Singular === word && !tags.includes('Plural') ? 'Singular' : undefined;
	}
	// compromise reads "rose" before a figure as the flower: the figure after it tells a verb.
	const verb =
		tags.includes('Verb') || (AMOUNT_VERBS.includes(e.contrast.word) && FIGURE_AFTER.test(after));
	if (!verb) return undefined;
	// Not the infinitive ("you need to ____ the nomination"): a rule or a plan, which common sense
	// answers, not the article. What happened or is happening only.
	const order: Form[] = ['PastTense', 'PresentTense', 'Gerund', 'Infinitive'];
	const fits = order.filter((f) => e.forms[f] === word);
	if (fits.length === 1) return fits[0];
	// "fallen", "risen": a participle of its own.
	if (!fits.length && e.forms.Participle === word) return 'Participle';
	// "cut" is past and infinitive alike: the tag decides.
	return fits.find((f) => tags.includes(f));
}

/** Whether two lemmas say nearly the same thing in a gap (NEAR_SYNONYMS). */
function nearSynonyms(a: string, b: string): boolean {
	return a === b || NEAR_SYNONYMS.some((g) => g.includes(a) && g.includes(b));
}

/**
 * The contrasts a gap may offer, in the list's order: none that says what the key says (a second
 * right answer), and only the first of any two that say the same as each other, since two wrong
 * choices meaning one thing drop out together and leave the key by elimination.
 */
export function distinctSenses(key: string, contrasts: readonly string[]): string[] {
	const kept: string[] = [];
	for (const w of contrasts)
		if (!nearSynonyms(key, w) && !kept.some((k) => nearSynonyms(k, w))) kept.push(w);
	return kept;
}

/** The article's words in lower case, for the one article being read (memoised by its text). */
let wordsOf: { text: string; words: Set<string> } | undefined;
/** Whether the article writes any form of the word anywhere. */
function writes(text: string, forms: Partial<Record<Form, string>>): boolean {
	if (wordsOf?.text !== text)
		wordsOf = { text, words: new Set(text.toLowerCase().match(/[a-z]+/g) ?? []) };
	const words = wordsOf.words;
	return Object.values(forms).some((f) => f && words.has(f));
}

export interface WordGap {
	/** The words the gap takes out: the content word, with "a"/"an" before a noun. */
	key: string;
	wrong: string[];
	/** Where the key starts in the sentence. */
	at: number;
	lemma: string;
	theme: string;
}

/**
 * The first content word of a sentence with contrasts the article never writes, in the key's
 * form; undefined when there is none, when the word is negated, conditional or paired with its
 * contrast, or fewer than two contrasts of different senses are left.
 */
export function wordGapIn(sentence: string, articleText: string): WordGap | undefined {
	const forms = formTable();
	for (const m of sentence.matchAll(/\b[a-z]+\b/g)) {
		const entries = forms.get(m[0]);
		if (!entries) continue;
		const before = sentence.slice(0, m.index);
		const after = sentence.slice(m.index + m[0].length);
		if (
			NOT_A_FACT.test(before) ||
			PAIRED.test(after) ||
			/[-/]$/.test(before) ||
			/^[-/]/.test(after)
		)
			continue;
		// The gap must be the word's one place in the sentence.
		if (sentence.match(new RegExp(`\\b${m[0]}\\b`, 'gi'))!.length > 1) continue;
		// The words around it are enough to tag it, at a fraction of the cost of the sentence;
		// compromise's own term objects, as .json() cost three times as much.
		const near = `${/(?:\S+\s+){0,10}$/.exec(before)![0]}${m[0]}${/^\S*(?:\s+\S+){0,6}/.exec(after)![0]}`;
		const terms = (nlp(near).docs.flat() as unknown as { text: string; tags: Set<string> }[]).map(
			(t) => ({ text: t.text.toLowerCase(), tags: [...t.tags] })
		);
		const i = terms.findIndex((t) => t.text === m[0]);
		const tags = terms[i]?.tags ?? [];
		const prevTags = terms[i - 1]?.tags ?? [];
		const nextTags = terms[i + 1]?.tags ?? [];
		for (const e of entries) {
			let form = formIn(tags, m[0], e, after);
			if (!form || form === 'Infinitive') continue;
			const lemma = e.contrast.word;
			// "initially ____ the plan but … no longer supports it": another form of the key in the
			// same sentence tells it (a blind reader's REJECT, answered without reading). The verb
			// tells the noun and back: "won the caucuses … his fourth ____ of the night" → "win".
			const otherForms = [
				lemma,
				...Object.values(e.forms),
				...(e.contrast.pos === 'adjective'
					? []
					: Object.values(formsOf(VERB_OR_NOUN[e.contrast.pos], lemma)))
			].filter((f): f is string => !!f && f !== m[0]);
			if (otherForms.some((f) => new RegExp(`\\b${f}\\b`, 'i').test(`${before} ${after}`)))
				continue;
			if (e.contrast.pos === 'verb') {
				if (form === 'Gerund' && !PROGRESSIVE.test(before)) continue;
				// "admitted to", "approved of": another construction ("rose to 5 percent" is kept).
				if (
					PARTICLE.test(after) ||
					(/^\s+(?:to|of)\b/i.test(after) && !AMOUNT_VERBS.includes(lemma))
				)
					continue;
				// "… voters approved.": no object, and often another sense ("approved" of a leader).
				if (/^\s*[.,;:!?—–)]/.test(after) || !after.trim()) continue;
				// ", hired public information officer": a participle used as an adjective.
				if (prevTags.includes('Determiner') || prevTags.includes('Adjective')) continue;
				// "amounted to attacks on Obama": after a preposition a form in -s is a plural noun,
				// and the verbs offered beside it ("defends") would not fit the sentence.
				if (
					form === 'PresentTense' &&
					(NOUN_AFTER.test(before) ||
						NOUN_AFTER_PROPER_ADJECTIVE.test(before) ||
						(PLURAL_NOUN_SLOT.test(before) && PREPOSITION_NEXT.test(after)))
				)
					continue;
				const next = /^\s+([a-z]+)/i.exec(after)?.[1]?.toLowerCase();
				if (SENSE_BEFORE[lemma] && !SENSE_BEFORE[lemma]!.includes(next ?? '')) continue;
				if (LEVEL_VERBS.includes(lemma) && !LEVEL_AFTER.test(after)) continue;
				if (AMOUNT_VERBS.includes(lemma) && !FIGURE_AFTER.test(after)) continue;
			} else if (
				SET_PHRASE.test(before) ||
				// "which will likely ____": a verb compromise read as the noun.
				VERB_BEFORE.test(before) ||
				(HOLDER_NOUNS.includes(lemma) && !HOLDER_BEFORE.test(before) && !/^\s+of\b/.test(after)) ||
				// "a victory lap", "supporter base": the noun modifies another.
				(nextTags.includes('Noun') && !nextTags.includes('Pronoun'))
			)
				continue;
			// "The rating ____ from 58 to 55 percent": both ends of the change are printed, so
			// the direction is read off the figures.
			if (e.contrast.theme === 'amount' && BOTH_ENDS.test(after.split(/;|\.(?!\d)/)[0]!)) continue;
			if (
				(e.contrast.theme === 'judgement' || e.contrast.theme === 'stance') &&
				STANCE_TOLD.test(after)
			)
				continue;
			// "sharply ____", "____ him for not acting", "____ it, over Democratic criticism": the
			// sentence tells the judgement's side (stance-cues.ts).
			if (
				e.contrast.theme === 'judgement' &&
				judgementCued(
					before,
					after,
					e.contrast.wrong.includes('praise') || e.contrast.wrong.includes('credit')
				)
			)
				continue;
			if (form === 'PastTense' && AUXILIARY.test(before)) form = 'Participle';
			// After an auxiliary the key itself is a participle: "has risen", never "has rose".
			if (form === 'Participle' && (e.forms.Participle !== m[0] || !AUXILIARY.test(before)))
				continue;
			const wrong = distinctSenses(lemma, e.contrast.wrong)
				.map((w) => formsOf(e.contrast.pos, w))
				.filter((f) => !writes(articleText, f))
				.map((f) => f[form!])
				.filter((w): w is string => !!w && w !== m[0]);
			if (wrong.length < 2) continue;
			// "an increase" → "a decrease": the article before a noun goes into the gap, or it
			// would tell the key by its sound.
			const det = /\b(an?)\s+$/i.exec(before);
			if (e.contrast.pos !== 'verb' && det) {
				const a = (w: string) => (/^[aeiou]/.test(w) ? `an ${w}` : `a ${w}`);
				return {
					key: `${det[1]} ${m[0]}`,
					wrong: wrong.map(a),
					at: det.index,
					lemma,
					theme: e.contrast.theme
				};
			}
			return { key: m[0], wrong, at: m.index, lemma, theme: e.contrast.theme };
		}
	}
	return undefined;
}

/** Who else a he or she of the sentence before speaks of: "Ann Roe called him a kind man." */
const OTHER_PERSON = {
	he: /\bhim\b/i,
	she: /\bher\b(?=\s*(?:[.,;:!?]|$|(?:to|for|as|in|on|at|and|with|of|that|about|from)\b))/i
};

/**
 * "He ____ the Iowa caucuses by four points.": the person an opening he or she stands for, when
 * the sentence before (in its paragraph or the one before) names, outside quotes, exactly one
 * person the pronoun can fit ("No candidate has less at stake than Ted Roe.", "Sanders says
 * Clinton ran …" for "He"), and no one else it could mean: no "him" there (someone else),
 * no singular subject we do not read as a person ("The judge ruled against Roe."), no opening
 * with the same pronoun (the names after its verb are its objects). Anything less certain gives
 * no one, and the gap stays unanswerable and is rejected.
 */
export function openingPronounName(a: ArticleAnalysis, s: Sentence): string | undefined {
	const pronoun = /^\W*(he|she)\s/i.exec(s.text)?.[1];
	if (!pronoun) return undefined;
	const prev = a.sentences.find((x) => x.index === s.index - 1);
	if (!prev || s.paragraph - prev.paragraph > 1) return undefined;
	const outside = prev.text.replace(/“[^”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length));
	if (OTHER_PERSON[pronoun.toLowerCase() as 'he' | 'she'].test(outside)) return undefined;
	const named = a.mentions.filter(
		(m) =>
			m.kind === 'person' &&
			m.sentence === prev.index &&
			!a.quoted.some((q) => m.start >= q.start && m.end <= q.end)
	);
	if (!named.length || previousSubject(prev, named, pronoun) !== undefined) return undefined;
	const personOf = (text: string): Person | undefined => {
		const exact = a.people.find((p) => p.name === text);
		if (exact) return exact;
		const surname = text.split(/\s+/).at(-1)!.toLowerCase();
		const same = a.people.filter((p) => p.surname === surname);
		return same.length === 1 ? same[0] : undefined;
	};
	// "Mr. Obama" is no "she", "Ms. Roe" no "he".
	const titleFits = (m: Mention) =>
		!m.title ||
		(/^she$/i.test(pronoun) ? !/^Mr\b/.test(m.title) : !/^(?:Mrs|Ms|Miss)\b/.test(m.title));
	// Each name the pronoun may stand for; one we cannot tie to a person counts as its own.
	const fits = named
		.map((m) => ({ m, p: personOf(m.text) }))
		.filter(({ m, p }) => titleFits(m) && agrees(pronoun, p?.name ?? m.text, p?.sex));
	const fitting = new Set(fits.map(({ m, p }) => p ?? m.text));
	const [person] = fitting;
	if (fitting.size !== 1 || typeof person !== 'object') return undefined;
	// "But she has also promised … than Mr. Obama": the same pronoun before the name goes on
	// with someone further back. And the name is printed as the article writes it.
	const earlier = new RegExp(`\\b${pronoun}\\b`, 'i').exec(outside);
	if (earlier && earlier.index < fits[0]!.m.start - prev.start) return undefined;
	const escaped = person.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	// Whole: "FranA" cut from a mis-encoded "FranÃ§ois" is no name.
	const whole = new RegExp(`(?<![\\p{L}\\p{M}])${escaped}(?![\\p{L}\\p{M}])`, 'u');
	return whole.test(a.article.text) ? person.name : undefined;
}

export function wordGapCandidates(view: StoryView): Candidate[] {
	if (view.analyses.length !== 1) return [];
	const a: ArticleAnalysis = view.analyses[0]!;
	const outlet = view.label.get(a.article.id)!;
	const text = a.article.text;
	const out: Candidate[] = [];
	for (const s of a.sentences) {
		const words = s.text.split(/\s+/).length;
		if (
			words < WORDS.min ||
			words > WORDS.max ||
			/\?\s*$/.test(s.text) ||
			!/^\W*[A-Z0-9]/.test(s.text.trim()) ||
			SPEAKER_LABEL.test(s.text) ||
			notBodyProse(s, a.sentences) ||
			cutAtAbbreviation(s, a.sentences) ||
			quotedRanges(s, a).length
		)
			continue;
		const gap = wordGapIn(s.text, text);
		if (!gap) continue;
		out.push(wordGapQuestion(s, gap, outlet, openingPronounName(a, s)));
	}
	return out;
}

function wordGapQuestion(s: Sentence, gap: WordGap, outlet: string, subject?: string): Candidate {
	// The opening "He" or "She" gives way to the person it stands for, in brackets as an editor
	// marks words of their own: "[Ted Roe] ____ the Iowa caucuses."
	const gapped = gapSentence(s.text, gap.at, gap.key).replace(
		/^(\W*)(?:he|she)(?=\s)/i,
		(m, open: string) => (subject ? `${open}[${subject}]` : m)
	);
	return chosenGapCandidate({
		s,
		outlet,
		gapped,
		key: gap.key,
		wrong: gap.wrong,
		ask: 'Choose what belongs in the gap, as the article tells it.',
		// One key per theme, whatever the sentence: "supporters" gapped three times, or "victory"
		// beside "success", reads as one question asked again; selection takes the best the set
		// leaves room for.
		answerKey: `word:${gap.theme}`,
		quality: 0.45
	});
}
