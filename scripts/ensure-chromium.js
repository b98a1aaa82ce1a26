// Browser tests drive Debian's Chromium (Playwright never downloads its own
// browser here). On a fresh Debian machine, install it so `npm test` is the
// only command anyone needs; elsewhere, say exactly what is missing.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(chromium)) process.exit(0);

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canApt) {
	console.error(
		`Browser tests need Chromium at ${chromium}.\n` +
			'Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.'
	);
	process.exit(1);
}
console.log("Chromium is missing: installing Debian's chromium package…");
execSync('apt-get update -qq && apt-get install -y -qq chromium fonts-dejavu-core', {
	stdio: 'inherit',
	env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
});
