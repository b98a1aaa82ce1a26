/**
 * Read-aloud (issue 12, part 3), by keyboard.
 *
 * How it is tested: Debian's Chromium with speech-dispatcher and espeak-ng installed lists no
 * voices when headless (speechSynthesis.getVoices() stays empty, with or without
 * --enable-speech-dispatcher, and `spd-say` itself hangs without an audio device), so the real
 * engine cannot be driven here. Instead each page gets, before any of its scripts run, a fake
 * `speechSynthesis` and `SpeechSynthesisUtterance` that behave as Chromium's do where the app
 * depends on it: voices arrive late with a `voiceschanged` event; speak() queues and plays one
 * utterance at a time, firing start and end; cancel() empties the queue and fires error
 * "interrupted". The test ends each utterance itself (window.__speech.finish()), standing in for
 * the engine having said it, and reads what was spoken from window.__speech.spoken.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, QUIZ_URL, tabTo, waitForFirstQuestion } from './helpers';

type SpeechProbe = {
	spoken: { text: string; rate: number; voice: string | null }[];
	speaking: string | null;
};

function installFakeSpeech(
	page: Page,
	voices: { name: string; lang: string; localService: boolean }[]
) {
	return page.addInitScript((voiceList) => {
		const queue: Record<string, unknown>[] = [];
		const spoken: { text: string; rate: number; voice: string | null }[] = [];
		const listeners = new Set<() => void>();
		let available: unknown[] = [];
		const begin = () => {
			const u = queue[0] as {
				begun?: boolean;
				text: string;
				rate: number;
				voice: { name: string } | null;
				onstart?: () => void;
			};
			if (!u || u.begun) return;
			u.begun = true;
			spoken.push({ text: u.text, rate: u.rate, voice: u.voice?.name ?? null });
			u.onstart?.();
		};
		class Utterance {
			text: string;
			rate = 1;
			lang = '';
			voice = null;
			onstart = null;
			onend = null;
			onerror = null;
			constructor(text: string) {
				this.text = text;
			}
		}
		const synth = {
			getVoices: () => available,
			speak(u: Record<string, unknown>) {
				queue.push(u);
				begin();
			},
			cancel() {
				const current = queue.splice(0)[0] as
					{ onerror?: (e: { error: string }) => void } | undefined;
				current?.onerror?.({ error: 'interrupted' });
			},
			pause() {},
			resume() {},
			addEventListener: (_: string, fn: () => void) => listeners.add(fn),
			removeEventListener: (_: string, fn: () => void) => listeners.delete(fn)
		};
		Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
		Object.defineProperty(window, 'SpeechSynthesisUtterance', {
			value: Utterance,
			configurable: true
		});
		// Like Chromium: the list is empty at first and filled a moment later.
		setTimeout(() => {
			available = voiceList.map((v) => ({ ...v, default: false, voiceURI: v.name }));
			if (available.length > 0) for (const fn of listeners) fn();
		}, 300);
		(window as unknown as { __speech: object }).__speech = {
			spoken,
			get speaking() {
				return (queue[0] as { text?: string } | undefined)?.text ?? null;
			},
			finish() {
				const current = queue.shift() as { onend?: () => void } | undefined;
				current?.onend?.();
				begin();
			}
		};
	}, voices);
}

const probe = (page: Page) =>
	page.evaluate(() => {
		const s = (window as unknown as { __speech: SpeechProbe }).__speech;
		return { spoken: [...s.spoken], speaking: s.speaking };
	});
const finish = (page: Page) =>
	page.evaluate(() => (window as unknown as { __speech: { finish(): void } }).__speech.finish());
const highlighted = (page: Page) =>
	page.evaluate(() => {
		const h = CSS.highlights.get('read-aloud');
		return h ? [...h].map((r) => (r as Range).toString()) : [];
	});

test('reads the excerpt, the question and its choices by keyboard, highlighting each sentence', async ({
	page
}) => {
	await installFakeSpeech(page, [
		{ name: 'Remote English', lang: 'en-US', localService: false },
		{ name: 'eSpeak NG English', lang: 'en', localService: true }
	]);
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.url().endsWith('.js')) scripts.push(r.url());
	});
	await page.goto(QUIZ_URL);
	await waitForFirstQuestion(page);
	const controlsLoadedBefore = scripts.length;

	await tabTo(
		page,
		(f) => f.tag === 'button' && f.text.includes('Read aloud'),
		'the Read aloud button'
	);
	await page.keyboard.press('Enter');
	// The player downloads on the first press and takes focus, reading at once.
	const toggle = page.locator('[data-read-aloud="toggle"]');
	await expect(toggle).toBeFocused();
	await expect(toggle).toHaveText(/Pause/);
	expect(scripts.length).toBeGreaterThan(controlsLoadedBefore);

	const first = await probe(page);
	expect(first.spoken).toHaveLength(1);
	// The offline voice is preferred over the default remote one.
	expect(first.spoken[0]!.voice).toBe('eSpeak NG English');
	// The first thing read is the first excerpt's outlet, then its headline.
	const excerpt = page.locator('section.read .excerpt').first();
	expect(first.spoken[0]!.text).toBe(
		(await excerpt.locator('.outlet').textContent())?.replace(':', '').trim()
	);
	// The sentence being read is highlighted, and nothing is announced in a live region.
	expect((await highlighted(page)).length).toBe(1);

	await finish(page);
	expect((await probe(page)).spoken[1]!.text).toBe(
		(await excerpt.locator('.title').textContent())?.trim()
	);
	await finish(page);
	const second = await probe(page);
	expect(second.spoken).toHaveLength(3);
	const firstParagraph = await excerpt.locator('> p:not(.meta)').first().textContent();
	expect(firstParagraph?.replace(/\s+/g, ' ')).toContain(second.spoken[2]!.text);
	expect((await highlighted(page))[0]).toBe(second.spoken[2]!.text);
	await expect(page.locator('[data-read-aloud="position"]')).toHaveText(/Sentence 3 of \d+/);
	await expect(page.locator('[data-read-aloud="position"]')).not.toHaveAttribute('aria-live');

	// Space pauses (focus is on the button); Space again resumes the same sentence from its start.
	await page.keyboard.press('Space');
	await expect(toggle).toHaveText(/Resume/);
	expect((await probe(page)).speaking).toBeNull();
	await page.keyboard.press('Space');
	await expect(toggle).toHaveText(/Pause/);
	expect((await probe(page)).speaking).toBe(second.spoken[2]!.text);

	// Speed by keyboard: Tab to the select, pick 1.5×; the sentence restarts at that speed.
	await tabTo(page, (f) => f.tag === 'select', 'the speed select');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect.poll(async () => (await probe(page)).spoken.at(-1)?.rate).toBe(1.5);

	// Reading on reaches the question's prompt and its choices.
	const prompt = (await page.locator('.question legend').first().innerText())
		.split('\n')[0]!
		.trim();
	const choiceLabels = await page.locator('.question label').allInnerTexts();
	for (let i = 0; i < 80 && (await probe(page)).speaking !== null; i++) await finish(page);
	const all = (await probe(page)).spoken.map((s) => s.text).join(' ');
	expect(all).toContain(prompt.slice(0, 30));
	for (const label of choiceLabels) expect(all).toContain(label.trim());
	// At the end the player stops by itself and clears the highlight.
	await expect(toggle).toHaveText(/Read aloud/);
	expect(await highlighted(page)).toEqual([]);
	await expectNoAxeViolations(page);

	// Stop by keyboard while reading.
	await toggle.focus();
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveText(/Pause/);
	await tabTo(page, (f) => f.tag === 'button' && f.text.includes('Stop'), 'Stop');
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveText(/Read aloud/);
	expect((await probe(page)).speaking).toBeNull();
	expect(await highlighted(page)).toEqual([]);
});

test('says so when the browser has no voices, instead of showing a dead button', async ({
	page
}) => {
	await installFakeSpeech(page, []);
	await page.goto(QUIZ_URL);
	await waitForFirstQuestion(page);
	await expect(
		page.getByText('Read-aloud is not available here: this browser has no speech voices installed.')
	).toBeVisible({
		timeout: 10_000
	});
	await expect(page.getByRole('button', { name: /Read aloud/ })).toHaveCount(0);
	await expectNoAxeViolations(page);
});
