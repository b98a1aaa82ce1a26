import { describe, expect, it } from 'vitest';
import { collectSentences } from './dom';
import { FakeSynth, FakeUtterance } from './fake-speech.test-helpers';
import { ReadAloudPlayer } from './player.svelte';

function page() {
	document.body.innerHTML = `
		<section id="read"><article class="excerpt">
			<h3 class="heading"><span class="outlet">Daily Planet<span class="visually-hidden">:</span></span> <span class="title">Bridge reopens</span></h3>
			<p class="meta">2024-03-05</p>
			<p>The bridge reopened on Monday. Sen. Maria Lopez said <mark>“It was overdue.”</mark> Cars crossed again.</p>
		</article></section>
		<section id="question" class="question card"><div class="question">
			<fieldset><legend>Who paid? <span class="hint">Choose one.</span></legend>
			<div><input type="radio" id="a"><label for="a">The city</label></div>
			<div><input type="radio" id="b"><label for="b">The state</label></div></fieldset>
			<button>Check answer</button>
		</div></section>`;
	return [document.getElementById('read')!, document.getElementById('question')!];
}

function setup() {
	const synth = new FakeSynth();
	const highlighted: (string | null)[] = [];
	const player = new ReadAloudPlayer(
		{ synth, utterance: (text) => new FakeUtterance(text) as unknown as SpeechSynthesisUtterance },
		(range) => highlighted.push(range ? range.toString() : null)
	);
	player.load(collectSentences(page()));
	return { synth, player, highlighted };
}

describe('collectSentences', () => {
	it('reads the excerpt, then the question and its choices, sentence by sentence', () => {
		const texts = collectSentences(page()).map((s) => s.text);
		expect(texts).toEqual([
			'Daily Planet',
			'Bridge reopens',
			'The bridge reopened on Monday.',
			'Sen. Maria Lopez said “It was overdue.”',
			'Cars crossed again.',
			'Who paid?',
			'Choose one.',
			'The city',
			'The state'
		]);
	});

	it('gives each sentence a range over exactly its text, across a <mark>', () => {
		const sentences = collectSentences(page());
		for (const s of sentences.slice(1, 5)) expect(s.range.toString()).toBe(s.text);
	});
});

describe('ReadAloudPlayer', () => {
	it('reads one sentence at a time, highlighting each, and stops at the end', () => {
		const { synth, player, highlighted } = setup();
		player.play();
		expect(player.status).toBe('playing');
		expect(synth.speaking).toBe('Daily Planet');
		for (let i = 0; i < 9; i++) synth.finish();
		expect(synth.spoken.map((s) => s.text)).toHaveLength(9);
		// highlighted[0] is the clearing when the sentences were loaded.
		expect(highlighted.slice(3, 5)).toEqual([
			'The bridge reopened on Monday.',
			'Sen. Maria Lopez said “It was overdue.”'
		]);
		expect(player.status).toBe('idle');
		expect(highlighted.at(-1)).toBeNull();
	});

	it('prefers the offline voice', () => {
		const { synth, player } = setup();
		player.play();
		expect((synth.spoken[0]!.voice as { name: string }).name).toBe('espeak-ng English');
	});

	it('pauses mid-sentence and resumes that sentence from its start', () => {
		const { synth, player } = setup();
		player.play();
		synth.finish();
		synth.finish();
		player.pause();
		expect(player.status).toBe('paused');
		expect(synth.speaking).toBeNull();
		expect(player.index).toBe(2);
		player.play();
		expect(synth.speaking).toBe('The bridge reopened on Monday.');
		expect(synth.spoken.map((s) => s.text)).toEqual([
			'Daily Planet',
			'Bridge reopens',
			'The bridge reopened on Monday.',
			'The bridge reopened on Monday.'
		]);
	});

	it('stops, clearing the highlight, and starts over on the next play', () => {
		const { synth, player, highlighted } = setup();
		player.play();
		synth.finish();
		player.stop();
		expect(player.status).toBe('idle');
		expect(highlighted.at(-1)).toBeNull();
		// A late end event of the cancelled utterance does not move on.
		synth.finish();
		expect(synth.spoken).toHaveLength(2);
		player.play();
		expect(synth.speaking).toBe('Daily Planet');
	});

	it('changes speed from the sentence being read', () => {
		const { synth, player } = setup();
		player.play();
		player.setRate(1.5);
		expect(synth.speaking).toBe('Daily Planet');
		expect(synth.spoken.map((s) => s.rate)).toEqual([1, 1.5]);
		synth.finish();
		expect(synth.spoken.at(-1)).toMatchObject({ text: 'Bridge reopens', rate: 1.5 });
	});

	it('reports an engine error and stops', () => {
		const { synth, player } = setup();
		player.play();
		synth.queue[0]!.onerror?.({ error: 'synthesis-failed' });
		expect(player.error).toBe('synthesis-failed');
		expect(player.status).toBe('idle');
	});
});
