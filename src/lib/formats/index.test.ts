import { describe, expect, it } from 'vitest';
import { FILE_STORY, fileArticles, makeFileBank } from '$test-data';
import { FORMATS, formatById, formatForFile } from './index';

describe('format registry', () => {
	it('exports every format and imports its own output where import exists', () => {
		for (const format of FORMATS) {
			const out = format.export(makeFileBank(), FILE_STORY, {
				questionIds: ['q-single', 'q-cloze']
			});
			expect(out.filename.endsWith(format.extension), format.id).toBe(true);
			expect(out.body.length).toBeGreaterThan(0);
			if (format.import?.kind === 'questions' && format.id !== 'moodle-xml') {
				const r = format.import.parse(out.body as string, {
					storyId: FILE_STORY,
					articles: fileArticles()
				});
				expect(r.ok && r.value.questions.map((q) => q.id), format.id).toEqual([
					'q-single',
					'q-cloze'
				]);
			}
			if (format.import?.kind === 'story')
				expect(format.import.parse(out.body as string).ok).toBe(true);
		}
	});

	it('picks an import format from a file name', () => {
		expect(formatForFile('Storm.BYLINE.json')?.id).toBe('byline');
		expect(formatForFile('quiz.xml')?.id).toBe('moodle-xml');
		expect(formatForFile('quiz.gift.txt')?.id).toBe('gift');
		expect(formatForFile('sheet.csv')?.id).toBe('csv');
		expect(formatForFile('pack.qti.zip')).toBeNull();
		expect(formatById('qti').import).toBeUndefined();
	});
});
