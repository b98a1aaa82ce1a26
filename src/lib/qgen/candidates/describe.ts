/**
 * "How does each outlet describe X?": the words each outlet chooses for the same person
 * when it introduces them, an appositive ("Jane Roe, the embattled chairwoman of the
 * panel,") or a description before the name ("the veteran lawmaker Jane Roe"). A title
 * alone ("Sen.", "Rep.") is no choice of words and is not asked about.
 *
 * Every description is read from its own outlet's sentence, so the key holds in the outlet
 * it names; and each must carry a word that no other outlet in the question uses anywhere,
 * so a student who finds the same idea in another outlet has not found a second answer.
 */
import { escapeRegExp } from '$lib/text/regexp';
import type { StoryView } from '../analyze';
import { choiceId, outletChoices, spanOf } from '../build';
import { lexiconTags } from '../entities';
import { PERSON_TITLES } from '../lexicon';
import type { ArticleAnalysis, Sentence } from '../types';
import { draftBase, type Candidate } from './candidate';
import { normaliseSpace } from '$lib/content/space';

/** Words that carry no choice of wording: articles, prepositions, common verbs of being. */
const FUNCTION = new Set(
	'the a an of to in on at for by with and or but as is are was were be been its his her their from that this who whom whose which has have had also against over under after before about into between during without than like across'.split(
		' '
	)
);

export interface Description {
	analysis: ArticleAnalysis;
	sentence: Sentence;
	/** As written: "the Republican chairman of the House Budget Committee". */
	text: string;
}

/**
 * A noun for a person: the word list's Actor nouns ("daughter", "director"), or the
 * endings English gives to people's roles ("lawmaker", "senator", "lobbyist", "comedian",
 * "nominee", "spokesman", "Democrat", "representative"). The word list lacks many of them.
 */
export function personNoun(word: string): boolean {
	const w = word.toLowerCase();
	if (lexiconTags(w).has('Actor')) return true;
	return /(?:[^e]er|or|ist|ian|an|ant|ent|ee|man|woman|person|crat|ive|chief|head|aide|wife|husband|son|mother|father|child|friend|ally|rival)$/.test(
		w
	);
}

/** Lower-case content words of a phrase, without the person's own name words. */
export function contentWords(phrase: string, nameWords: Set<string> = new Set()): string[] {
	return (phrase.toLowerCase().match(/[a-z][a-z'’-]{3,}/g) ?? []).filter(
		(w) => !FUNCTION.has(w) && !nameWords.has(w)
	);
}

/**
 * After the name: ", the chairman of the panel," or ", a former prosecutor." Before it:
 * "the former federal prosecutor Jane Roe". Undefined when the name stands bare, when
 * the words are only a title, or when they run into a quotation or a new clause.
 */
export function describedAt(
	text: string,
	start: number,
	end: number,
	lookBefore = true,
	sentence: { start: number; end: number } = { start: 0, end: text.length }
): string | undefined {
	// Only words of the name's own sentence: "…a minor leg injury. Matt Mika" is no description,
	// and a full stop inside the sentence ("Rep.", "George W.", "F.B.I.") ends nothing.
	const tail = text.slice(end, Math.min(sentence.end, end + 140));
	const atEnd = sentence.end <= end + 140 ? String.raw`|[.!?]?["”’]?\s*$` : '';
	// A comma ends it, not the one inside "$84,000".
	const stop = String.raw`(?=,(?!\d{3})|;|\s[—–]\s${atEnd})`;
	const after = new RegExp(
		String.raw`^,\s+((?:the|a|an|who)\s+(?:[^,;:()“”"—–]|,(?=\d{3})){3,100}?)` + stop
	).exec(tail);
	const before =
		/(?:^|[\s(])((?:the|a|an)\s+(?:[A-Za-z][\w.’'-]*\s+){1,6})(?:(?:[A-Z][a-z]+\.?|[A-Z]{2,})\s+)*$/.exec(
			text.slice(Math.max(sentence.start, start - 80), start)
		);
	// ", director of communications for the campaign," without an article.
	const afterBare = new RegExp(
		String.raw`^,\s+((?:former\s+|longtime\s+)?[a-z][a-z-]{3,}\s+(?:of|for|at|with)\s+(?:[^,;:()“”"—–]|,(?=\d{3})){3,80}?)` +
			stop
	).exec(tail.slice(0, 120));
	for (const m of [after, lookBefore ? before : null, afterBare]) {
		if (!m) continue;
		// "the former director of the U.S" at a sentence's end keeps its abbreviation's full stop.
		// ", director of relations for the firm's Washington, D.C., office": a place and its
		// state or country split the phrase at a comma that does not end it.
		if (m !== before && /^,\s*[A-Z][\w.]*,\s/.test(tail.slice(m[0].length))) continue;
		const phrase = normaliseSpace(m[1]!).replace(/(?<=\b[A-Z](?:\.[A-Z])*)$/, (x) =>
			text.slice(end).includes(`${m[1]!}.`) ? `${x}.` : x
		);
		const words = phrase.split(' ');
		// "Ryan, the scholars make clear …" is a new clause, not a description of Ryan.
		const finite = words.some((w) => {
			const tags = lexiconTags(w);
			return (
				/^[a-z]/.test(w) &&
				tags.has('Verb') &&
				!tags.has('Gerund') &&
				!tags.has('Noun') &&
				!tags.has('Adjective')
			);
		});
		if (finite && !/^who\b/.test(phrase)) continue;
		// A "who" clause describes the person only when it says what they are or have done
		// ("who has led the panel since 2019"), not the next event in the story ("who winked").
		if (
			/^who\b/.test(phrase) &&
			!/^who (?:is|was|has|had|served|serves|leads|led|heads|headed|represents|represented|runs|ran|chairs|oversees)\b/.test(
				phrase
			)
		)
			continue;
		// A pronoun would point students at someone the phrase no longer names.
		if (/\b(?:he|him|his|she|her|hers|they|them|their|it|its)\b/i.test(phrase)) continue;
		if (m === afterBare) {
			// ", director of …" names a role; ", along with …" does not.
			const role = lexiconTags(words.find((w) => !/^(?:former|longtime)$/.test(w))!);
			if (role.size > 0 && (!role.has('Noun') || role.has('Verb') || role.has('Preposition')))
				continue;
		}
		if (m === before) {
			// "the veteran lawmaker": no preposition or verb inside, and a noun for a person right
			// before the name ("a term Obama also used" is no description of Obama).
			if (
				words.slice(1).some((w) => {
					const tags = lexiconTags(w);
					return (
						FUNCTION.has(w.toLowerCase()) ||
						tags.has('Conjunction') ||
						tags.has('Preposition') ||
						tags.has('Pronoun')
					);
				})
			)
				continue;
			const head = words.at(-1)!.replace(/[.,]$/, '');
			if (!/^[a-z]/.test(head) || !personNoun(head)) continue;
		}
		// A description, not a clause: short, and no verb of saying in it.
		if (words.length < 2 || words.length > 14) continue;
		if (/\b(?:said|says|told|tells|added|according)\b/i.test(phrase)) continue;
		// At least one lower-case content word: "the Texas Republican" is a description,
		// "the Mr." is not.
		if (!words.some((w) => /^[a-z][a-z'’-]{3,}$/.test(w) && !FUNCTION.has(w))) continue;
		return phrase;
	}
	return undefined;
}

/** The first description of `person` in one article, or undefined. */
export function describeIn(
	a: ArticleAnalysis,
	person: string,
	canon: (n: string) => string
): Description | undefined {
	const spellings = new Set(a.people.filter((p) => canon(p.name) === person).map((p) => p.name));
	if (!spellings.size) return undefined;
	const text = a.article.text;
	const hits: { start: number; end: number; full: boolean }[] = [];
	// The full name, or the surname alone later on ("Mr. Roe, who …").
	for (const s of spellings)
		for (const m of text.matchAll(new RegExp(`\\b${escapeRegExp(s)}\\b(?!\\s+[A-Z])`, 'g')))
			hits.push({ start: m.index, end: m.index + m[0].length, full: true });
	for (const s of new Set([...spellings].map((n) => n.split(/\s+/).at(-1)!)))
		for (const m of text.matchAll(new RegExp(`\\b${escapeRegExp(s)}\\b(?!\\s+[A-Z])`, 'g'))) {
			// "Brigitte Roe" is someone else of the family; "Mr. Roe" or a bare "Roe" is the person.
			const previous = /(\S+)\s+$/.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1] ?? '';
			if (/^[A-Z][a-z]+$/.test(previous) && !/^(?:Mr|Ms|Mrs|Dr|Miss)$/.test(previous)) continue;
			hits.push({ start: m.index, end: m.index + m[0].length, full: false });
		}
	hits.sort((x, y) => x.start - y.start);
	for (const h of hits) {
		// Inside a quotation the speaker describes the person, not the outlet.
		if (a.quoted.some((q) => q.start <= h.start && h.end <= q.end)) continue;
		const sentence = a.sentences.find((s) => s.start <= h.start && h.start < s.end);
		if (!sentence) continue;
		const phrase = describedAt(text, h.start, h.end, h.full, sentence);
		if (!phrase) continue;
		return { analysis: a, sentence, text: phrase };
	}
	return undefined;
}

/**
 * Descriptions that tell the outlets apart: each has a content word that every other
 * outlet in the set never uses, and no two are the same words.
 */
export function distinctDescriptions(
	found: Description[],
	all: readonly ArticleAnalysis[],
	nameWords: Set<string>
): Description[] {
	const textWords = new Map(all.map((a) => [a.article.id, new Set(contentWords(a.article.text))]));
	return found.filter((d) => {
		const own = contentWords(d.text, nameWords);
		const mine = d.analysis.article.id;
		return (
			all.every(
				(a) => a.article.id === mine || own.some((w) => !textWords.get(a.article.id)!.has(w))
			) &&
			found.every(
				(o) =>
					o === d || normaliseSpace(o.text).toLowerCase() !== normaliseSpace(d.text).toLowerCase()
			)
		);
	});
}

export function describeCandidates(view: StoryView): Candidate[] {
	const out: Candidate[] = [];
	const outlets = [...new Set(view.label.values())];
	if (outlets.length < 2 || outlets.length !== view.analyses.length) return out;
	for (const person of view.people) {
		const found = view.analyses
			.map((a) => describeIn(a, person, view.canon))
			.filter((d): d is Description => !!d);
		if (found.length < 2) continue;
		const nameWords = new Set(person.toLowerCase().split(/[\s.-]+/));
		const kept = distinctDescriptions(found, view.analyses, nameWords);
		if (kept.length < 2) continue;
		const label = (d: Description) => view.label.get(d.analysis.article.id)!;
		const position = Math.min(...kept.map((d) => d.sentence.index));
		const explanation = `${kept.map((d) => `${label(d)}: “${d.text}”`).join('; ')}.`;
		if (kept.length >= 3) {
			out.push({
				family: 'compare',
				draft: {
					...draftBase(
						'compare',
						`How does each outlet describe ${person}? Match each outlet to the words it uses.`,
						kept.map((d) => spanOf(d.sentence)),
						explanation,
						2
					),
					type: 'matching',
					pairs: kept.map((d, i) => ({ id: `p${i + 1}`, left: label(d), right: d.text }))
				},
				keyTexts: kept.map((d) => d.text),
				hidden: [],
				answerKey: `describe:${person}`,
				subject: `describe:${person}`,
				quality: 0.95,
				position
			});
			continue;
		}
		// Two descriptions: which outlet uses one of them (a two-way match is a coin toss).
		const [d, other] = kept as [Description, Description];
		const choices = outletChoices(outlets, label(d), 6, d.text);
		out.push({
			family: 'compare',
			draft: {
				...draftBase(
					'compare',
					`The outlets describe ${person} in different words. Which outlet introduces ${person} with the words “${d.text}”?`,
					[spanOf(d.sentence), spanOf(other.sentence)],
					explanation,
					2
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, label(d))]
			},
			keyTexts: [d.text],
			hidden: [],
			answerKey: `describe:${person}`,
			subject: `describe:${person}`,
			quality: 0.88,
			position
		});
	}
	return out;
}

/**
 * The nouns other outlets use for a person's role: "mayor" of "Mayor Ana Ruiz", "nominee" of
 * "Ana Ruiz, the party's nominee,". An outlet writing "the nominee" has not left her out.
 */
export function roleNounsFor(
	view: StoryView,
	person: string,
	{ keepShared = false }: { keepShared?: boolean } = {}
): string[] {
	const nouns = new Set<string>();
	for (const a of view.analyses) {
		const phrases = [
			...a.people.filter((p) => view.canon(p.name) === person && p.role).map((p) => p.role!),
			describeIn(a, person, view.canon)?.text ?? ''
		];
		for (const w of phrases
			.join(' ')
			.toLowerCase()
			.match(/[a-z][a-z-]{2,}/g) ?? [])
			if (!FUNCTION.has(w) && (personNoun(w) || PERSON_TITLES.includes(w))) nouns.add(w);
	}
	// "President Vladimir Putin" beside "President Donald Trump": "the president" may be either,
	// so a role someone else in the story holds says nothing about this person. A claim that an
	// outlet never refers to the person keeps it (keepShared): "her lawyer" may be theirs.
	if (keepShared) return [...nouns];
	const othersRoles = new Set(
		view.analyses.flatMap((a) =>
			a.people
				.filter((p) => view.canon(p.name) !== person && p.role)
				.flatMap((p) => p.role!.toLowerCase().match(/[a-z][a-z-]{2,}/g) ?? [])
		)
	);
	return [...nouns].filter((n) => !othersRoles.has(n));
}

/** Does the article refer to someone by one of these role nouns ("the nominee", "her husband")? */
export function refersByRole(a: ArticleAnalysis, nouns: readonly string[]): boolean {
	if (!nouns.length) return false;
	const role = new RegExp(
		String.raw`\b(?:the|a|an|his|her|their|its|our)\s+(?:[\w'’-]+\s+){0,3}(?:${nouns.map(escapeRegExp).join('|')})\b`,
		'i'
	);
	return role.test(`${a.article.title}\n${a.article.text}`);
}
