import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
	it('splits plain sentences and keeps offsets that slice back to the text', () => {
		const text = 'The bridge reopened. Cars returned! Was it safe? Engineers said yes.';
		const sentences = splitSentences(text);
		expect(sentences.map((s) => s.text)).toEqual([
			'The bridge reopened.',
			'Cars returned!',
			'Was it safe?',
			'Engineers said yes.'
		]);
		for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
	});

	it('does not split after titles, initialisms or party-state tags', () => {
		expect(
			texts('Sen. Maria Lopez, D-Calif., said the U.S. Department paid. It was late.')
		).toEqual(['Sen. Maria Lopez, D-Calif., said the U.S. Department paid.', 'It was late.']);
		expect(texts('Rep. Adam Smith, D-Wash. Said nothing else. Then he left.')).toEqual([
			'Rep. Adam Smith, D-Wash. Said nothing else.',
			'Then he left.'
		]);
		expect(
			texts('It happened on Dec. 31 in Baghdad. Gen. Mark Milley spoke at 10 a.m. Tuesday.')
		).toEqual(['It happened on Dec. 31 in Baghdad.', 'Gen. Mark Milley spoke at 10 a.m. Tuesday.']);
		expect(texts('President John F. Kennedy spoke. Crowds cheered.')).toEqual([
			'President John F. Kennedy spoke.',
			'Crowds cheered.'
		]);
	});

	it('keeps closing quotes with their sentence', () => {
		expect(texts('"We will respond," he said. "Soon." She nodded.')).toEqual([
			'"We will respond," he said.',
			'"Soon."',
			'She nodded.'
		]);
		expect(texts('He said “it is over.” Nobody agreed.')).toEqual([
			'He said “it is over.”',
			'Nobody agreed.'
		]);
	});

	it('does not split before a lowercase word or inside numbers', () => {
		expect(texts('Prices rose 2.5 percent vs. last year. etc. and more.')).toEqual([
			'Prices rose 2.5 percent vs. last year. etc. and more.'
		]);
	});

	it('always splits at paragraph and line breaks, with offsets into the whole text', () => {
		const text = 'Headline without a period\n\nFirst paragraph. Second sentence.\nA new line';
		const sentences = splitSentences(text);
		expect(sentences.map((s) => s.text)).toEqual([
			'Headline without a period',
			'First paragraph.',
			'Second sentence.',
			'A new line'
		]);
		for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
	});

	it('returns nothing for empty or blank text', () => {
		expect(splitSentences('')).toEqual([]);
		expect(splitSentences(' \n\n ')).toEqual([]);
	});
});
