/** Shared steps for the safety tests: raw IndexedDB dumps, so "nothing changed" is checked on disk. */
import { expect, type Page } from '@playwright/test';

/**
 * Every key and value in Byline's database, read straight from IndexedDB (not through the
 * app), as sorted JSON. The open-time probe key comes and goes, so it is left out.
 */
export async function dumpDb(page: Page): Promise<Record<string, string>> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('byline');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		try {
			if (!db.objectStoreNames.contains('data')) return {};
			const store = db.transaction('data', 'readonly').objectStore('data');
			const [keys = [], values = []] = await Promise.all(
				[store.getAllKeys(), store.getAll()].map(
					(request) =>
						new Promise<unknown[]>((resolve, reject) => {
							request.onsuccess = () => resolve(request.result as unknown[]);
							request.onerror = () => reject(request.error);
						})
				)
			);
			const out: Record<string, string> = {};
			keys.forEach((key, i) => {
				if (key !== 'meta:probe') out[String(key)] = JSON.stringify(values[i]);
			});
			return out;
		} finally {
			db.close();
		}
	});
}

/** Writes one raw value into Byline's database, as tampering or an old version would. */
export async function putRaw(page: Page, key: string, value: unknown): Promise<void> {
	await page.evaluate(
		async ([k, v]) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('byline');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			await new Promise<void>((resolve, reject) => {
				const tx = db.transaction('data', 'readwrite');
				tx.objectStore('data').put(v, k as string);
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		[key, value] as const
	);
}

export function jsonFile(name: string, text: string) {
	return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

export function backupText(contents: {
	progress?: unknown[];
	banks?: unknown[];
	settings?: Record<string, unknown>;
}): string {
	return JSON.stringify({
		format: 'byline-backup',
		version: 1,
		createdAt: '2026-01-01T00:00:00.000Z',
		progress: [],
		banks: [],
		settings: {},
		...contents
	});
}

/** Sets a PIN on the Teacher PIN page (the teacher area is open while none is set). */
export async function setPin(page: Page, pin: string): Promise<void> {
	await page.goto('/teach/settings');
	await page.getByLabel('New PIN', { exact: true }).fill(pin);
	await page.getByLabel('New PIN again').fill(pin);
	await page.getByRole('button', { name: 'Set PIN' }).click();
	await expect(page.getByText('A PIN is set on this device.')).toBeVisible({ timeout: 30_000 });
}

/** A new browser session: the teacher area asks for the PIN again. */
export async function endSession(page: Page): Promise<void> {
	await page.evaluate(() => sessionStorage.clear());
}

/** Waits until the page has opened its store (a first visit writes the schema version). */
export async function storeReady(page: Page): Promise<void> {
	await expect
		.poll(async () => 'meta:schemaVersion' in (await dumpDb(page)), { timeout: 20_000 })
		.toBe(true);
}
