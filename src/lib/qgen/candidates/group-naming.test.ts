import { describe, expect, it } from 'vitest';
import { storyOf } from '../article.test-helpers';
import { groupNamingCandidates } from './group-naming';

const angry =
	'The angry tenants of Elm Court marched to the town hall on Monday. The council met the angry tenants after lunch.';
const striking =
	'Striking tenants of Elm Court marched on Monday. Mayor Ann Pike met the striking tenants after lunch.';
const once = 'Mayor Ann Pike met the striking tenants of Elm Court on Monday.';

/** The text of the key choice of a single-choice candidate. */
function keyOf(view: ReturnType<typeof storyOf>) {
	const q = groupNamingCandidates(view)[0]?.draft;
	if (q?.type !== 'single') return undefined;
	return { prompt: q.prompt, key: q.choices.find((c) => c.id === q.correct[0])?.text };
}

describe('groupNamingCandidates', () => {
	it('asks which words each of two outlets uses for the same group', () => {
		expect(keyOf(storyOf(angry, once))).toEqual({
			prompt:
				'The two outlets call the same tenants by different words. Which words does each use?',
			key: 'Daily 0: “angry tenants”; Daily 1: “striking tenants”'
		});
	});
	it('with three outlets, asks which one writes the word the others do not', () => {
		const asked = keyOf(storyOf(angry, striking, once));
		expect(asked?.prompt).toContain('Which outlet writes “angry tenants” where others write');
		expect(asked?.key).toBe('Daily 0');
	});
	it('reads no words inside quotation marks: they are the speaker’s', () => {
		const quoted =
			'“The angry tenants of Elm Court will be heard,” Mayor Ann Pike said on Monday. “I met the angry tenants,” she said.';
		expect(groupNamingCandidates(storyOf(quoted, striking))).toEqual([]);
	});
	it('asks nothing of two opposite words: they name two groups', () => {
		const known =
			'The known tenants of Elm Court marched on Monday. The council met the known tenants.';
		const unknown =
			'The unknown tenants of Elm Court marched on Monday. The council met the unknown tenants.';
		expect(groupNamingCandidates(storyOf(known, unknown))).toEqual([]);
	});
	it('leaves out an opposite of another outlet’s word beside an outlet’s own name for the group', () => {
		const unknown =
			'The unknown tenants of Elm Court marched on Monday. The council met the unknown tenants.';
		const both = `${striking} The known tenants stayed home.`;
		expect(keyOf(storyOf(unknown, both))?.key).toBe(
			'Daily 0: “unknown tenants”; Daily 1: “striking tenants”'
		);
	});
	it('asks nothing of an outlet that writes two words for the group, or of a passing phrase', () => {
		expect(groupNamingCandidates(storyOf(`${angry} The happy tenants sang.`, striking))).toEqual(
			[]
		);
		expect(groupNamingCandidates(storyOf(once, 'The angry tenants marched on Monday.'))).toEqual(
			[]
		);
	});
});
