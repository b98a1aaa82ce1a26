/**
 * People to offer as wrong answers to a "who" question. The story's list of people comes from
 * a name chunker that also lets through a town ("in Fort Lee") or a capitalised modifier
 * ("Roman Catholic leaders"); offered among people, such a choice is absurd and rules itself out.
 */
import { escapeRegExp } from '$lib/text/regexp';
import type { StoryView } from './analyze';
import { sameName } from './align';
import { modifies } from './candidates/detail';

const chosen = new WeakMap<StoryView, string[]>();

/** The story's people without the names it only ever writes as a place or as a modifier. */
export function choosablePeople(view: StoryView): string[] {
	let people = chosen.get(view);
	if (!people) {
		people = view.people.filter((p) => !notAPerson(p, view));
		chosen.set(view, people);
	}
	return people;
}

/**
 * Someone quoted is a person whatever else the text does with the name. A name the story puts
 * after "in" or "near", or calls a town, is a place; a name with no title that the story only
 * ever writes before a noun or inside a longer name is a modifier.
 */
export function notAPerson(name: string, view: StoryView): boolean {
	if (view.quoteGroups.some((g) => sameName(g.speaker, name))) return false;
	const texts = view.analyses.map((a) => a.article.text);
	const n = escapeRegExp(name);
	const place = new RegExp(
		`\\b(?:in|near)\\s+(?:the\\s+)?${n}\\b(?!['’]s)|\\b${n},\\s+(?:the|a)\\s+(?:\\w+\\s+)?(?:town|city|village|borough|county|district|state|province|region|capital)\\b`
	);
	if (texts.some((t) => place.test(t))) return true;
	// A role the chunker read from "Fort Lorne, the town at …" is no title; on any other name it is.
	if (
		view.analyses.some((a) => a.people.some((p) => !!p.role && sameName(view.canon(p.name), name)))
	)
		return false;
	const uses = texts.flatMap((t) =>
		[...t.matchAll(new RegExp(`\\b${n}\\b`, 'g'))].map((m) => ({
			before: t.slice(Math.max(0, m.index - 20), m.index),
			after: t.slice(m.index + name.length, m.index + name.length + 30)
		}))
	);
	return (
		uses.length > 0 &&
		uses.every(({ before, after }) => /^\s+[A-Z]/.test(after) || modifies(after, before))
	);
}
