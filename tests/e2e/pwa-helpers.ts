/** Shared steps for the PWA browser tests (service worker, offline, updates). */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import sirv from 'sirv';
import { answerAndCheck, goNext, quizPosition } from './helpers';

/** Waits until a service worker is active and controls this page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (navigator.serviceWorker.controller) return;
		await new Promise<void>((resolve) =>
			navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
				once: true
			})
		);
	});
	expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Answers and checks `count` questions, moving on after each; returns the position reached. */
export async function answerQuestions(page: Page, count: number): Promise<number> {
	for (let i = 0; i < count; i++) {
		await answerAndCheck(page);
		await goNext(page);
	}
	return (await quizPosition(page)).position;
}

/** Answers every remaining question until the results page opens. */
export async function finishQuiz(page: Page): Promise<void> {
	const { position, total } = await quizPosition(page);
	for (let n = position; n <= total; n++) {
		await answerAndCheck(page);
		await goNext(page);
	}
	await expect(page).toHaveURL(/\/results$/);
}

/** The build the tests run against (the same one Playwright's web server serves). */
export const BUILD_DIR = resolve(process.env.BYLINE_BUILD_DIR ?? 'build');

export interface ServedCopy {
	url: string;
	dir: string;
	/** Makes the copy look like a new release: the worker's version string changes. */
	publishNewVersion(): string;
	close(): Promise<void>;
}

/**
 * Serves a private copy of the build on a free port, the way scripts/serve.js
 * does, so a test can change files on "the server" without touching the build
 * other tests use.
 */
export async function serveBuildCopy(): Promise<ServedCopy> {
	const dir = mkdtempSync(join(tmpdir(), 'byline-pwa-'));
	cpSync(BUILD_DIR, dir, { recursive: true });
	const assets = sirv(dir, {
		single: '200.html',
		dev: true, // re-reads files on each request, so a changed worker is seen
		setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache')
	});
	const server: Server = createServer((req, res) => assets(req, res));
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		dir,
		publishNewVersion() {
			const file = join(dir, 'service-worker.js');
			const code = readFileSync(file, 'utf8');
			// SvelteKit's `version` is a build timestamp, inlined as a quoted string.
			const version = code.match(/"(\d{10,})"/)?.[1];
			if (!version) throw new Error('No version string found in service-worker.js');
			const next = `${version}1`;
			writeFileSync(file, code.replaceAll(`"${version}"`, `"${next}"`));
			return next;
		},
		async close() {
			await new Promise<void>((done) => server.close(() => done()));
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
