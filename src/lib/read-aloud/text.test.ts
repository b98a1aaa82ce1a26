import { describe, expect, it } from 'vitest';
import { pickVoice, sentenceSpans, type VoiceLike } from './text';

const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentenceSpans', () => {
	it('splits sentences, keeps abbreviations inside them and trims spaces', () => {
		expect(
			sentences('  The U.S. Embassy was stormed.  Protesters left on Wednesday! Why?  ')
		).toEqual(['The U.S. Embassy was stormed.', 'Protesters left on Wednesday!', 'Why?']);
	});

	it('does not end a sentence after initials or a title', () => {
		expect(
			sentences('Sen. Chris Murphy spoke. The D.C. office, said Mr. Trump, is shut. Done.')
		).toEqual(['Sen. Chris Murphy spoke.', 'The D.C. office, said Mr. Trump, is shut.', 'Done.']);
	});

	it('keeps a closing quote with its sentence and handles text without a full stop', () => {
		expect(sentences('He said “It was overdue.” Then he left')).toEqual([
			'He said “It was overdue.”',
			'Then he left'
		]);
		expect(sentences('   ')).toEqual([]);
	});
});

describe('pickVoice', () => {
	const voice = (
		name: string,
		lang: string,
		localService: boolean,
		isDefault = false
	): VoiceLike => ({
		name,
		lang,
		localService,
		default: isDefault
	});

	it('prefers a voice that works offline in the page language', () => {
		const voices = [
			voice('Remote US', 'en-US', false, true),
			voice('Local French', 'fr-FR', true),
			voice('Local GB', 'en-GB', true),
			voice('Local US', 'en-US', true)
		];
		expect(pickVoice(voices, 'en-US')?.name).toBe('Local US');
		expect(pickVoice(voices, 'en')?.name).toBe('Local GB');
	});

	it('falls back to a remote voice in the language, then to anything, then null', () => {
		expect(
			pickVoice([voice('Local French', 'fr', true), voice('Remote US', 'en-US', false)], 'en')?.name
		).toBe('Remote US');
		expect(pickVoice([voice('Local French', 'fr', true)], 'en')?.name).toBe('Local French');
		expect(pickVoice([], 'en')).toBeNull();
	});

	it('reads espeak-style language tags with underscores', () => {
		expect(pickVoice([voice('a', 'de', true), voice('b', 'en_US', true)], 'en-US')?.name).toBe('b');
	});
});
