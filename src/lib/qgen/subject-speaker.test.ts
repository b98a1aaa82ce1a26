import { describe, expect, it } from 'vitest';
import type { Mention, Person, Sentence } from './types';
import { actedOn, describedPerson, speaksAsSelf } from './subject-speaker';

const sentence = (text: string): Sentence => ({ text, start: 0, end: text.length }) as Sentence;
const mentionOf = (s: Sentence, name: string): Mention =>
	({
		kind: 'person',
		text: name,
		start: s.text.indexOf(name),
		end: s.text.indexOf(name) + name.length
	}) as Mention;

describe('speaksAsSelf', () => {
	it('reads "I", "me" and "my" as words of the speaker, not "we" nor a word holding "me"', () => {
		expect(speaksAsSelf('If you help me win this race, we will fix the roads.')).toBe(true);
		expect(speaksAsSelf('I’ll fix the roads.')).toBe(true);
		expect(speaksAsSelf('We will fix the roads for some time.')).toBe(false);
	});
});

describe('actedOn', () => {
	it('reads a name after a verb of acting on a person as its object, title and all', () => {
		const s = sentence('Tom Roe mocked Senator Ben Smith as a farmer.');
		expect(actedOn(mentionOf(s, 'Ben Smith'), s)).toBe(true);
		expect(actedOn(mentionOf(s, 'Tom Roe'), s)).toBe(false);
		const met = sentence('Tom Roe met Senator Ben Smith on Tuesday.');
		expect(actedOn(mentionOf(met, 'Ben Smith'), met)).toBe(false);
	});
});

describe('describedPerson', () => {
	const people = [{ name: 'Tom Roe' }, { name: 'Ann Poe', role: 'Governor' }] as Person[];
	it('is the one person who opens the sentence before', () => {
		expect(describedPerson('businessman', [{ name: 'Tom Roe', opens: true }], people)).toBe(
			'Tom Roe'
		);
	});
	it('is no one when that sentence names two people, its person is no subject, or holds another office', () => {
		expect(
			describedPerson(
				'businessman',
				[
					{ name: 'Tom Roe', opens: true },
					{ name: 'Ann Poe', opens: false }
				],
				people
			)
		).toBeUndefined();
		expect(
			describedPerson('businessman', [{ name: 'Tom Roe', opens: false }], people)
		).toBeUndefined();
		expect(describedPerson('senator', [{ name: 'Ann Poe', opens: true }], people)).toBeUndefined();
		expect(describedPerson('governor', [{ name: 'Ann Poe', opens: true }], people)).toBe('Ann Poe');
	});
});
