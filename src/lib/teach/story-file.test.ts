import { describe, expect, it } from 'vitest';
import { exportStoryFile } from '$lib/formats/byline';
import { onlyStory } from '$lib/storage/testing';
import { makeTeacherStory, TEACHER_STORY } from '$test-data';
import { MAX_STORY_FILE_BYTES, readStoryFile, storyFileSizeProblem } from './story-file';

describe('story files', () => {
	it('reads an exported story back', () => {
		const { text } = exportStoryFile(
			makeTeacherStory(),
			TEACHER_STORY,
			new Date('2024-06-01T00:00:00Z')
		);
		const result = readStoryFile('dam.byline.json', text);
		expect(result.ok && result.stories).toEqual([onlyStory(makeTeacherStory())]);
	});

	it('names the file and the problem for bad JSON, another format and schema violations', () => {
		const bad = readStoryFile('x.byline.json', '{"format": ');
		expect(!bad.ok && bad.message).toMatch(
			/^“x\.byline\.json” could not be opened\. This is not a valid JSON file/
		);
		const other = readStoryFile('y.json', JSON.stringify({ format: 'quizlet' }));
		expect(!other.ok && other.message).toMatch(/not a Byline file/);
		const bank = makeTeacherStory();
		bank.articles[0]!.url = 'javascript:alert(1)';
		const hostile = readStoryFile('z.json', JSON.stringify(bank));
		expect(hostile.ok).toBe(false);
		expect(!hostile.ok && hostile.details.join(' ')).toMatch(/articles\[0\]\.url/);
	});

	it('refuses a file without stories', () => {
		const empty = { format: 'byline-bank', version: 1, stories: [], articles: [], questions: [] };
		expect(readStoryFile('e.json', JSON.stringify(empty))).toMatchObject({ ok: false });
	});

	it('checks the size before reading', () => {
		expect(storyFileSizeProblem('big.json', MAX_STORY_FILE_BYTES + 1)).toMatch(/at most 10 MB/);
		expect(storyFileSizeProblem('empty.json', 0)).toMatch(/empty/);
		expect(storyFileSizeProblem('ok.json', 1000)).toBeNull();
	});
});
