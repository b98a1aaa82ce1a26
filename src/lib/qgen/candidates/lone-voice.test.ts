import { describe, expect, it } from 'vitest';
import { storyOf } from '../article.test-helpers';
import { loneVoice, loneVoiceSenses, voicedText } from './lone-voice';
import { vocabularyCandidates } from './vocabulary';

// A speech reported in one voice: the middle sentence is nothing but the mayor's words.
const SPEECH = [
	'Mayor Jane Holloway spoke to the council on Monday about housing.',
	'Jane Holloway said: “We will build homes this year. The council has been stuck in litigation over housing for years. We will change that.”'
].join('\n\n');

describe('loneVoiceSenses', () => {
	it('asks a word of the only quoted voice’s sentence, naming the speaker', () => {
		const view = storyOf(SPEECH);
		expect(loneVoice(view)).toBe('Jane Holloway');
		// The writer's own words hold none of the lexicon's words: vocabulary.ts asks nothing.
		expect(vocabularyCandidates(view)).toEqual([]);
		const prompts = loneVoiceSenses(view).map((c) => c.draft.prompt);
		expect(prompts).toEqual([
			'Jane Holloway said: “The council has been stuck in litigation over housing for years.” What does “litigation” mean in this sentence?'
		]);
	});

	it('asks nothing beside a second named voice, whose words the sentence could be', () => {
		const view = storyOf(`${SPEECH}\n\n“It is a good plan,” Tom Reyes said.`);
		expect(loneVoice(view)).toBeUndefined();
		expect(loneVoiceSenses(view)).toEqual([]);
	});

	it('asks nothing of a story of several outlets', () => {
		expect(loneVoiceSenses(storyOf(SPEECH, SPEECH))).toEqual([]);
	});
});

describe('voicedText', () => {
	it('drops the sentence’s own marks and the doubled closing marks an archive leaves', () => {
		expect(voicedText('“Does that sound like a fair plan?’.’"')).toBe(
			'Does that sound like a fair plan?'
		);
		expect(voicedText('“We told them ‘no.’”')).toBe('We told them ‘no.’');
		expect(voicedText('We will change that.”')).toBe('We will change that.');
	});
});
