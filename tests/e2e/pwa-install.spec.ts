import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { waitForServiceWorker } from './pwa-helpers';

test('Chromium finds the app installable', async ({ page }) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	const cdp = await page.context().newCDPSession(page);
	const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
		installabilityErrors: { errorId: string; errorArguments: { name: string; value: string }[] }[];
	};
	// Headless test profiles count as incognito; that is about the browser, not the app.
	const errors = installabilityErrors.filter((e) => e.errorId !== 'in-incognito');
	expect(errors).toEqual([]);

	const manifest = await (await page.request.get('/manifest.webmanifest')).json();
	expect(manifest).toMatchObject({
		name: 'Byline',
		start_url: '/',
		scope: '/',
		display: 'standalone'
	});
	for (const icon of manifest.icons as { src: string; sizes: string }[]) {
		const response = await page.request.get(icon.src);
		expect(response.status(), icon.src).toBe(200);
		expect(response.headers()['content-type']).toBe('image/png');
	}
});

test('the settings page has no accessibility violations', async ({ page }) => {
	await page.goto('/settings');
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	await expect(page.getByTestId('storage-usage')).toBeVisible();
	await expectNoAxeViolations(page);
	// The header links to it and marks it as the current page.
	await expect(
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' })
	).toHaveAttribute('aria-current', 'page');
});
