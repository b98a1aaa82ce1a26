/**
 * A stand-in for the Web Speech API that behaves as Chromium's does where read-aloud depends
 * on it: speak() queues utterances and plays them one after another, each firing start and
 * end; cancel() empties the queue and fires error "interrupted" on the one being spoken.
 * `finish()` ends the current utterance, as the engine would when it has said it.
 */
export class FakeUtterance {
	text: string;
	voice: unknown = null;
	lang = '';
	rate = 1;
	onstart: (() => void) | null = null;
	onend: (() => void) | null = null;
	onerror: ((event: { error: string }) => void) | null = null;
	begun = false;
	constructor(text: string) {
		this.text = text;
	}
}

export class FakeSynth {
	queue: FakeUtterance[] = [];
	spoken: { text: string; rate: number; voice: unknown }[] = [];
	voices = [
		{ name: 'Remote', lang: 'en-US', localService: false, default: true, voiceURI: 'r' },
		{ name: 'espeak-ng English', lang: 'en', localService: true, default: false, voiceURI: 'e' }
	];
	getVoices() {
		return this.voices as unknown as SpeechSynthesisVoice[];
	}
	speak(u: SpeechSynthesisUtterance) {
		const utterance = u as unknown as FakeUtterance;
		this.queue.push(utterance);
		if (this.queue.length === 1) this.#begin();
	}
	cancel() {
		const [current] = this.queue;
		this.queue = [];
		current?.onerror?.({ error: 'interrupted' });
	}
	/** The engine finishes the utterance it is speaking. */
	finish() {
		const current = this.queue.shift();
		current?.onend?.();
		if (this.queue[0] && !this.queue[0].begun) this.#begin();
	}
	get speaking(): string | null {
		return this.queue[0]?.text ?? null;
	}
	#begin() {
		const u = this.queue[0]!;
		u.begun = true;
		this.spoken.push({ text: u.text, rate: u.rate, voice: u.voice });
		u.onstart?.();
	}
}
