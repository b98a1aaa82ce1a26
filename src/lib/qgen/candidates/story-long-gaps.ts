/**
 * The gaps in long sentences that an article read alone asks only when its quiz runs short
 * (cloze-long.ts), read of each outlet of a story whose first ten stay short after every other
 * fill (pipeline.ts). Only a gap whose key the story writes again outside its own sentence: a
 * long sentence carries asides, and a name or figure told once in one of them (the group that
 * filed a suit, the caucus a member belongs to) is a stray detail typed exactly from one
 * reading, not the story's own thread. On tuning, the two such gaps were both of that kind.
 */
import type { StoryView } from '../analyze';
import { withReferent } from '../pronoun-referent';
import { escapeRegExp } from '$lib/text/regexp';
import type { Candidate } from './candidate';
import { longClozeCandidates } from './cloze-long';

/** How often `key` stands as a whole word or phrase in the story's article texts. */
function timesWritten(key: string, story: StoryView): number {
	const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(key)}(?![\\p{L}\\p{N}])`, 'gu');
	return story.analyses.reduce((n, a) => n + (a.article.text.match(re)?.length ?? 0), 0);
}

/** Does the story write one of the gap's accepted keys twice or more (its sentence's once)? */
export const keyWrittenAgain = (c: Candidate, story: StoryView) =>
	c.keyTexts.some((k) => k.trim() && timesWritten(k, story) >= 2);

/**
 * One article's long-sentence gaps, read with the whole story: its sentence's "his" named in
 * brackets as in a single article (pronoun-referent.ts).
 */
export const storyLongGaps = (alone: StoryView, story: StoryView): Candidate[] =>
	longClozeCandidates(alone)
		.map((c) => withReferent(c, alone.analyses[0]!) ?? c)
		.filter((c) => keyWrittenAgain(c, story));
