/**
 * Reads a list of sentences aloud with the Web Speech API, one utterance per sentence, and
 * highlights the one being read. One utterance per sentence because Chromium stops long
 * utterances after about fifteen seconds and not every engine (espeak-ng through
 * speech-dispatcher among them) reports word boundaries; a sentence's end event always comes.
 * Pause cancels and remembers the sentence, and Resume reads it again from its start:
 * speechSynthesis.pause() does nothing on several Linux and Android engines.
 */
import type { Sentence } from './dom';
import { pickVoice } from './text';

export type PlayerStatus = 'idle' | 'playing' | 'paused';

/** The parts of the Web Speech API the player uses, so tests can hand it a fake. */
export interface Speech {
	synth: Pick<SpeechSynthesis, 'speak' | 'cancel' | 'getVoices'>;
	utterance: (text: string) => SpeechSynthesisUtterance;
}

export class ReadAloudPlayer {
	status = $state<PlayerStatus>('idle');
	/** The sentence being read (or to read next), 0-based. */
	index = $state(0);
	total = $state(0);
	rate = $state(1);
	/** Set when the engine reported an error it did not cause on purpose. */
	error = $state<string | null>(null);

	#speech: Speech;
	#sentences: Sentence[] = [];
	#highlight: (range: Range | null) => void;
	#lang: string;
	/** Bumped whenever reading is cancelled, so late events of an old utterance are ignored. */
	#run = 0;

	constructor(speech: Speech, highlight: (range: Range | null) => void, lang = 'en') {
		this.#speech = speech;
		this.#highlight = highlight;
		this.#lang = lang;
	}

	load(sentences: Sentence[]): void {
		this.stop();
		this.#sentences = sentences;
		this.total = sentences.length;
	}

	play(): void {
		if (this.total === 0) return;
		if (this.status === 'idle') this.index = 0;
		this.error = null;
		this.status = 'playing';
		this.#speak();
	}

	pause(): void {
		if (this.status !== 'playing') return;
		this.#run++;
		this.#speech.synth.cancel();
		this.status = 'paused';
	}

	stop(): void {
		this.#run++;
		if (this.status !== 'idle') this.#speech.synth.cancel();
		this.status = 'idle';
		this.index = 0;
		this.#highlight(null);
	}

	/** A new speed applies from the sentence being read, which starts again. */
	setRate(rate: number): void {
		this.rate = rate;
		if (this.status === 'playing') {
			this.#run++;
			this.#speech.synth.cancel();
			this.#speak();
		}
	}

	#speak(): void {
		const sentence = this.#sentences[this.index];
		if (!sentence) {
			this.stop();
			return;
		}
		const run = ++this.#run;
		const utterance = this.#speech.utterance(sentence.text);
		const voice = pickVoice(this.#speech.synth.getVoices(), this.#lang);
		if (voice) {
			utterance.voice = voice;
			utterance.lang = voice.lang;
		}
		utterance.rate = this.rate;
		utterance.onend = () => {
			if (run !== this.#run) return;
			this.index++;
			this.#speak();
		};
		utterance.onerror = (event) => {
			if (run !== this.#run || event.error === 'interrupted' || event.error === 'canceled') return;
			this.error = event.error;
			this.stop();
		};
		this.#highlight(sentence.range);
		this.#speech.synth.speak(utterance);
	}
}
