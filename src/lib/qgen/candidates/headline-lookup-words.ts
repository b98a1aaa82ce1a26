/**
 * What the last-resort headline question (headline-lookup.ts) may quote: the verb or the short
 * run of words that only one headline chooses, never the headline itself. Blind readers
 * rejected "Which outlet's headline says '<the whole headline>'?" as a look-up that tests no
 * comparison, and asked instead which headline calls it an "attack", which "mocks" and which
 * "criticizes": the word choice is the difference worth asking, and the feedback quotes all
 * three headlines so the student sees the contrast.
 */
import { AUX, parseHeadline, stripKicker } from '../headline-grammar';
import {
	CRITICISM_VERB_FORMS,
	HEADLINE_PLAIN_VERBS,
	HEADLINE_PREPOSITIONS,
	HEADLINE_SPEECH_STEMS,
	HEADLINE_STANCE_STEMS
} from '../lexicon';

/** Words a headline comparison skips; framing.ts compares quote wording with the same list. */
export const FUNCTION =
	/^(?:a|an|the|of|to|in|on|at|for|by|with|and|or|but|as|is|are|was|were|be|it|its|his|her|their|from|that|this|into|over|after|about|than|not|no|will|would|has|have|had|says|said|say)$/i;

/**
 * A word's family, for "does another headline say it too?": lower case, derivational endings
 * off, cut to six letters, so "Recognition" and "recognizes", "resigns" and "resignation",
 * "harassed" and "Harassment" are one. Coarser than wordKey: two words it joins may differ
 * ("control", "controversy"), so it only ever stops a question, never makes one.
 */
export const nearKey = (w: string) => {
	const bare = w
		.toLowerCase()
		.replace(/[’']s?$/, '')
		.replace(/[^a-z]/g, '');
	const root = bare.replace(
		/(?<=[a-z]{4})(?:ations?|itions?|ions?|ments?|izes?|ized|izing|ises?|ised|ising|ings?|ers?|ed|es|ly|s)$/,
		''
	);
	// A short verb doubles its last consonant before "-ing", "-ed" or "-er" ("Running" of "Run",
	// "Planned" of "Plan"): without undoing it, "He's Running" read as words no headline with
	// "Run" has. Not l, s, f or z, which the plain verb doubles too ("calls", "passes").
	const undoubled =
		root !== bare && /(?:ing|ings|ed|ers?)$/.test(bare)
			? root.replace(/([bdgkmnprtv])\1$/, '$1')
			: root;
	return undoubled.slice(0, 6);
};

/** The particle after an active verb that is part of its sense ("calls for", "hints at"). */
const PARTICLE_AFTER = /^\s+(for|on|at|out|off|up|down|back|over)\b/i;
/** A preposition after a participle, which starts what follows ("Honored for", "Recognized in"). */
const PREPOSITION = /^(?:for|on|at|in|by|with|over|after|to|from|of)$/i;

const tokens = (title: string) => title.split(/\s+/).filter(Boolean);
const bare = (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Stems and word families of the other headlines' words: "Recognizes" covers "Recognition". */
function elsewhere(others: readonly string[]) {
	const words = others.flatMap(tokens).map((w) => bare(w).toLowerCase());
	const stems = new Set(words.map((w) => w.replace(/(?<=[a-z]{3})s$/, '')));
	const families = new Set(words.map(nearKey));
	return (w: string) => {
		const b = bare(w).toLowerCase();
		return stems.has(b.replace(/(?<=[a-z]{3})s$/, '')) || families.has(nearKey(b));
	};
}

/**
 * A verb that takes a stance on what it reports ("slams", "mocks", "defends", "hints", "vows"):
 * the word choice readers compare. "Talk", "show" or "go" frame nothing a student could weigh.
 */
export function stanceVerb(word: string): boolean {
	const w = word.toLowerCase().replace(/[^a-z]/g, '');
	if (!w || HEADLINE_PLAIN_VERBS.includes(w)) return false;
	return (
		[...HEADLINE_SPEECH_STEMS, ...HEADLINE_STANCE_STEMS].some((stem) => w.startsWith(stem)) ||
		(CRITICISM_VERB_FORMS as readonly string[]).includes(w)
	);
}

/**
 * The main verb of a headline when it takes a stance and no other headline has it in any form
 * ("taunts" beside "mocks" and "criticizes"), with its auxiliaries dropped but a negation kept
 * ("won't back"), since the verb without it says the opposite. None when the grammar is not read.
 */
export function ownVerb(
	title: string,
	others: readonly string[],
	isName: (word: string) => boolean
): string | undefined {
	const parse = parseHeadline(stripKicker(title), isName);
	if (!parse?.verb) return undefined;
	const group = parse.verb.split(' ');
	const main = group.filter((w) => (!AUX.test(w) || /n['’]t$|^not$/.test(w)) && w !== 'to');
	const head = main.find((w) => !/n['’]t$|^not$/.test(w));
	if (!head || !stanceVerb(head)) return undefined;
	if (elsewhere(others)(head)) return undefined;
	// A verb group the title does not hold as written ("meet on" read across a comma) is no quote.
	// A participle's preposition ("Honored for", "Recognized in") starts what follows, not the
	// verb: "recognized in" read as a word choice is half a phrase.
	const participle = /ed$/i.test(head);
	if (participle) while (main.length > 1 && PREPOSITION.test(main.at(-1)!)) main.pop();
	const written = main.join(' ');
	const at = title.toLowerCase().indexOf(written.toLowerCase());
	if (at < 0) return undefined;
	// "Calls For", "Hints At": the particle the parse left off is part of an active verb's sense.
	const after = PARTICLE_AFTER.exec(title.slice(at + written.length));
	const particle = after && !participle && !written.includes(' ') ? ` ${after[1]}` : '';
	return `${written}${particle}`.toLowerCase();
}

/**
 * The longest run (two or three content words, at most four words, under half the headline)
 * of words only this headline has: its edges are such words, function words may sit inside
 * ("Grasping for Solution"). A run holding a name is no word choice ("Michael Cohen" is only
 * who the story is about). A run must end where its phrase ends (punctuation, a function word
 * or the headline's end): "'Dead Wrong' on Gay" is cut from "on Gay Marriage", so it is cut
 * back to "'Dead Wrong'". One word in quotation marks is a word choice of its own.
 */
export function ownRun(
	title: string,
	others: readonly string[],
	isName: (word: string) => boolean
): string | undefined {
	const words = tokens(title);
	const shared = elsewhere(others);
	const isFunction = (w: string) =>
		FUNCTION.test(bare(w).toLowerCase()) || HEADLINE_PREPOSITIONS.includes(bare(w).toLowerCase());
	// The headline's plain main verb ("Talk" of "Talk Deficits", "Quits") frames nothing: it
	// splits runs, and a stance verb is asked by ownVerb instead.
	const verb = parseHeadline(stripKicker(title), isName)
		?.verb.split(' ')
		.find((w) => !AUX.test(w) && w !== 'to');
	const own = (w: string) =>
		bare(w).length > 2 &&
		!isFunction(w) &&
		!shared(w) &&
		!isName(bare(w)) &&
		bare(w).toLowerCase() !== verb;
	const ends = (k: number) =>
		k === words.length - 1 || /[,:;.!?'’"”]$/.test(words[k]!) || isFunction(words[k + 1]!);
	const quoted = (run: string[]) => /^['‘"“]/.test(run[0]!) && /['’"”][,:;.!?]?$/.test(run.at(-1)!);
	// "Others Shot", "They Walk Out": a run that opens on a pronoun has lost whom it means.
	const pronounFirst = (run: string[]) =>
		/^(?:others?|another|they|them|he|she|it|we|who|which|this|that|these|those)$/i.test(
			bare(run[0]!)
		);
	let best: string[] | undefined;
	let i = 0;
	while (i < words.length) {
		if (!own(words[i]!)) {
			i++;
			continue;
		}
		let j = i;
		while (j + 1 < words.length && (own(words[j + 1]!) || isFunction(words[j + 1]!))) j++;
		const next = j + 1;
		// Back to the phrase's end: an own word, and nothing shared right after it.
		while (j >= i && (!own(words[j]!) || !ends(j))) j--;
		if (j >= i) {
			let run = words.slice(i, j + 1);
			// Punctuation inside ends the run there: "cuts, Benghazi".
			const stop = run.findIndex((w) => /[,:;.!?]['’"”]?$/.test(w));
			if (stop >= 0 && stop < run.length - 1) run = run.slice(0, stop + 1);
			const content = run.filter(own).length;
			if (
				(content >= 2 || (content === 1 && quoted(run))) &&
				content <= 3 &&
				run.length <= 4 &&
				run.length * 2 < words.length &&
				!pronounFirst(run) &&
				(!best || content > best.filter(own).length)
			)
				best = run;
		}
		i = Math.max(next, i + 1);
	}
	if (!best) return undefined;
	const text = best
		.join(' ')
		.replace(/^[^\p{L}\p{N}'‘"“]+|[^\p{L}\p{N}'’"”]+$/gu, '')
		// "'dangerous demagogue,'": the comma belongs to the headline's sentence.
		.replace(/[,;:](['’"”])$/, '$1');
	// Quotation marks balanced, or the run started or stopped inside a quotation.
	const marks = (text.match(/(?:^|\s)['‘"“]|['’"”](?=\s|$)/g) ?? []).length;
	if (marks % 2) return undefined;
	// Straight single quotes inside the prompt's double quotes read as typing: curl them.
	return text.replace(/(^|\s)'/g, '$1‘').replace(/'(?=\s|$)/g, '’');
}
