/**
 * The SCORM player: the student quiz of one story, run from inside a SCORM 1.2 package.
 *
 * Why a separate small entry rather than a page of the app: inside an LMS the package is
 * served from a URL prefix nobody knows in advance (Moodle's pluginfile.php/…, a CDN path),
 * with no server of ours and no service worker. A SvelteKit page would bring its router,
 * its root layout (storage, service-worker registration, update prompts) and absolute asset
 * paths. This entry mounts the app's own quiz (QuizSession and QuizPanel, the same grading)
 * with Svelte's `mount()`, and is built by scripts/vite-scorm-player.ts into one classic
 * script and one stylesheet that the launch page loads by relative paths.
 */
import { mount } from 'svelte';
import '$lib/styles/ui.css';
import { findScormApi } from '../api';
import { DATA_GLOBAL } from '../files';
import { ScormReporter } from '../reporter';
import { readPackageData } from './data';
import Player from './Player.svelte';

function start(): void {
	const target = document.getElementById('byline-player');
	if (!target) return;
	const data = readPackageData((globalThis as Record<string, unknown>)[DATA_GLOBAL]);
	if (typeof data === 'string') {
		const message = document.createElement('p');
		message.setAttribute('role', 'alert');
		message.textContent = data;
		target.replaceChildren(message);
		return;
	}
	const { content } = data;
	const reporter = new ScormReporter(findScormApi(window), content.questions, content.story.id);
	const launch = reporter.begin(data.masteryScore);
	target.replaceChildren();
	mount(Player, { target, props: { content, reporter, launch } });
	// Leaving mid-attempt: the LMS keeps it suspended. `pagehide` also fires when an LMS
	// removes the frame; LMSFinish may only be called once, which the reporter ensures.
	window.addEventListener('pagehide', () => reporter.end());
	window.addEventListener('beforeunload', () => reporter.end());
}

start();
