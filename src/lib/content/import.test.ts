import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '$lib/bank/schema';
import { ImportError, MAX_IMPORT_BYTES, parseArticleSource } from './import';
import { nodeDomDeps } from '$lib/server/node-dom';

const P1 =
	'The council voted on Monday to close the old bridge, officials said. The decision followed months of debate about safety, costs and the daily inconvenience to commuters.';
const P2 =
	'“We had no choice,” the mayor told reporters after the vote. She said repairs would cost more than a new bridge, and engineers agreed in a report published in March.';
const P3 =
	'Residents were divided. Some welcomed the decision while others said the city had neglected the bridge for years and should have acted sooner to keep it open.';

const importError = (run: () => unknown): ImportError => {
	try {
		run();
	} catch (error) {
		if (error instanceof ImportError) return error;
		throw error;
	}
	throw new Error('expected an ImportError');
};

describe('plain text', () => {
	it('takes the headline after a section label and cleans the body', () => {
		const content = ['Local', 'Council Votes to Close the Old Bridge', P1, 'f', P2].join('\n\n');
		const a = parseArticleSource({ name: 'bridge.txt', content });
		expect(a.title).toBe('Council Votes to Close the Old Bridge');
		expect(a.text).toBe(`${P1}\n\n${P2}`);
		expect(a.removed.map((r) => r.reason)).toEqual(['section label', 'headline', 'stray fragment']);
		expect(a.outlet).toBe('');
		expect(a.date).toBe('');
		expect(a.warnings).toEqual([
			'The outlet is unknown; please enter it.',
			'The publication date is unknown; please enter it.'
		]);
	});

	it('reads a "By" line as the byline', () => {
		const content = ['Council Votes to Close the Old Bridge', 'By Jane Doe', P1].join('\n');
		const a = parseArticleSource({ name: 'bridge.txt', content });
		expect(a.byline).toBe('Jane Doe');
		expect(a.text).toBe(P1);
	});

	it('takes a short first line ending in a full stop as the headline', () => {
		const a = parseArticleSource({ name: 'a.txt', content: `Council closes bridge.\n\n${P1}` });
		expect(a.title).toBe('Council closes bridge.');
		expect(a.text).toBe(P1);
	});

	it('keeps a lede first line in the body and names the article after the file', () => {
		const a = parseArticleSource({ name: 'old-bridge_vote.txt', content: `${P1}\n${P2}` });
		expect(a.title).toBe('old bridge vote');
		expect(paragraphsOf(a.text)).toHaveLength(2);
		expect(a.warnings[0]).toMatch(/No headline found/);
	});
});

describe('markdown', () => {
	it('reads front matter and strips markdown', () => {
		const content = [
			'---',
			'title: "Council votes to close the old bridge"',
			'outlet: The Springfield Times',
			'date: May 4, 2020',
			'url: https://news.example/bridge',
			'author: [Jane Doe, John Roe]',
			'---',
			'',
			'# Council votes to close the old bridge',
			'',
			P1.replace('old bridge', '**old bridge**'),
			'',
			'![Traffic on the bridge](bridge.jpg)',
			'',
			P2.replace('a report', '[a report](https://news.example/report)')
		].join('\n');
		const a = parseArticleSource({ name: 'bridge.md', content });
		expect(a).toMatchObject({
			title: 'Council votes to close the old bridge',
			outlet: 'The Springfield Times',
			date: '2020-05-04',
			url: 'https://news.example/bridge',
			byline: 'Jane Doe and John Roe',
			text: `${P1}\n\n${P2}`,
			warnings: []
		});
		expect(a.removed).toEqual([
			{ text: 'Council votes to close the old bridge', reason: 'headline (matches the title)' },
			{ text: 'Traffic on the bridge', reason: 'image' }
		]);
	});

	it('warns about unreadable dates and non-http links, guessing nothing', () => {
		const content = `---\ntitle: T\noutlet: O\ndate: last Tuesday\nurl: javascript:alert(1)\n---\n${P1}`;
		const a = parseArticleSource({ name: 'x.md', content });
		expect(a.date).toBe('');
		expect(a.url).toBeUndefined();
		expect(a.warnings).toEqual([
			'The link “javascript:alert(1)” is not an http(s) address and was left out.',
			'The date “last Tuesday” could not be read; please enter it.'
		]);
	});

	it('guesses the outlet from the link when front matter lacks it, and says so', () => {
		const content = `---\ntitle: T\ndate: 2020-05-04\nurl: https://www.news.example/a\n---\n${P1}`;
		const a = parseArticleSource({ name: 'x.md', content });
		expect(a.outlet).toBe('news.example');
		expect(a.warnings).toEqual([
			'The outlet “news.example” was guessed from the link; please check it.'
		]);
	});

	it('drops the site name a scraped headline carries, so a headline question cannot give it away', () => {
		const content = `---\ntitle: "Council closes the old bridge | Valley Courier"\noutlet: Valley Courier\ndate: 2020-05-04\n---\n${P1}`;
		expect(parseArticleSource({ name: 'x.md', content }).title).toBe(
			'Council closes the old bridge'
		);
	});

	it('rejects invalid front matter, naming the file', () => {
		const e = importError(() =>
			parseArticleSource({ name: 'broken.md', content: `---\ntitle: [oops\n---\n${P1}` })
		);
		expect(e.file).toBe('broken.md');
		expect(e.message).toMatch(/broken\.md.*not valid YAML/);
		expect(
			importError(() =>
				parseArticleSource({ name: 'list.md', content: `---\ntitle: {a: 1}\n---\n${P1}` })
			).message
		).toMatch(/“title” must be text/);
	});
});

describe('html', () => {
	const page = `<!doctype html><html><head>
<title>Bridge closes | Springfield Times</title>
<meta property="og:site_name" content="Springfield Times">
<meta property="article:published_time" content="2020-05-04T21:30:00-04:00">
<link rel="canonical" href="https://www.springfield.example/news/bridge">
<script>document.title = "SCRIPT_RAN"</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Council votes to close the old bridge</h1>
<p class="byline">By Jane Doe</p>
<p>${P1}</p>
<script>var leaked = "SCRIPT_TEXT";</script>
<img src="x.jpg" onerror="window.hacked = 'ONERROR'">
<p>${P2.replace('a report', '<a href="javascript:alert(1)">a report</a>')}</p>
<p>Advertisement</p>
<p>${P3}</p>
</article>
<footer>© 2020 Springfield Times</footer>
</body></html>`;

	it('extracts the article and its metadata', () => {
		const a = parseArticleSource({ name: 'bridge.html', content: page }, nodeDomDeps());
		expect(a.title).toBe('Council votes to close the old bridge');
		expect(a.outlet).toBe('Springfield Times');
		expect(a.date).toBe('2020-05-04');
		expect(a.url).toBe('https://www.springfield.example/news/bridge');
		expect(a.byline).toBe('Jane Doe');
		expect(a.text).toBe(`${P1}\n\n${P2}\n\n${P3}`);
		expect(a.removed.map((r) => r.reason)).toContain('advertisement');
	});

	it('never lets script text, handlers or javascript: links through', () => {
		const a = parseArticleSource({ name: 'bridge.htm', content: page }, nodeDomDeps());
		const everything = JSON.stringify(a);
		for (const bad of ['SCRIPT_TEXT', 'SCRIPT_RAN', 'ONERROR', 'javascript:', 'onerror']) {
			expect(everything).not.toContain(bad);
		}
	});

	it('drops a javascript: canonical link with a warning', () => {
		const evil = page.replace('https://www.springfield.example/news/bridge', 'javascript:alert(1)');
		const a = parseArticleSource({ name: 'b.html', content: evil }, nodeDomDeps());
		expect(a.url).toBeUndefined();
		expect(a.warnings).toContain(
			'The link “javascript:alert(1)” is not an http(s) address and was left out.'
		);
	});

	it('strips the furniture of a realistic page and keeps the correction', () => {
		const para = (n: number) =>
			`Paragraph ${n} says the council voted on Monday to close the old bridge after months of debate about safety and costs, officials said.`;
		const busy = `<!doctype html><html lang="en"><head><title>Council closes bridge - Springfield Times</title>
<meta property="og:site_name" content="Springfield Times"></head><body>
<div id="cookie-banner"><p>We use cookies to improve your experience. By using this site you accept our cookie policy.</p><button>OK</button></div>
<header><a href="/">Springfield Times</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>Council closes the old bridge</h1><div class="byline">By Jane Doe</div>
<time datetime="2020-05-04T08:00:00Z">May 4, 2020</time>
<figure><img src="a.jpg" alt="bridge"><figcaption>The old bridge at dusk on Sunday. JANE DOE/SPRINGFIELD TIMES</figcaption></figure>
<p>${para(1)}</p><p>${para(2)}</p><aside class="newsletter"><p>Sign up for our daily newsletter</p></aside>
<p>${para(3)}</p><div class="video"><p>Your browser does not support the video tag.</p><h3>Bridge Closure Explained In Two Minutes</h3></div>
<p>${para(4)}</p><p><em>Correction: An earlier version of this article gave the wrong day of the vote.</em></p></article>
<aside><h2>Most read</h2><ul><li><a href="/x">Other story</a></li></ul></aside></main>
<footer>© 2020 Springfield Times</footer></body></html>`;
		const a = parseArticleSource({ name: 'busy.html', content: busy }, nodeDomDeps());
		expect(a).toMatchObject({
			title: 'Council closes the old bridge',
			outlet: 'Springfield Times',
			date: '2020-05-04',
			byline: 'Jane Doe'
		});
		expect(paragraphsOf(a.text).map((p) => p.text)).toEqual([
			para(1),
			para(2),
			para(3),
			para(4),
			'Correction: An earlier version of this article gave the wrong day of the vote.'
		]);
		expect(a.notes).toEqual([{ paragraph: 4, kind: 'correction' }]);
		expect(a.removed.map((r) => r.reason)).toEqual(
			expect.arrayContaining([
				'photo caption with credit',
				'browser or video notice',
				'video title'
			])
		);
	});

	it('rejects a page with no readable article', () => {
		const e = importError(() =>
			parseArticleSource(
				{
					name: 'empty.html',
					content: '<html><body><nav><a href="/">Home</a></nav></body></html>'
				},
				nodeDomDeps()
			)
		);
		expect(e.message).toMatch(/empty\.html.*no readable article/);
	});

	it('explains that Node needs an injected DOM', () => {
		expect(
			importError(() => parseArticleSource({ name: 'a.html', content: page })).message
		).toMatch(/needs a DOM/);
	});
});

describe('bad files', () => {
	it.each([
		['empty.txt', '', /empty/],
		['blank.md', ' \n\n \t', /empty/],
		['scan.txt', `%PDF-1.4\u0000\u0001binary`, /not text/],
		['garbled.txt', '\ufffd\u0001\u0002'.repeat(50) + P1, /not text/],
		['notes.docx', P1, /“\.docx” files are not supported/],
		['README', P1, /no extension/],
		['big.txt', 'a'.repeat(MAX_IMPORT_BYTES + 1), /larger than 2 MB/],
		['furniture.txt', 'Advertisement\n\nShare this article', /no article text is left/]
	])('rejects %s', (name, content, problem) => {
		const e = importError(() => parseArticleSource({ name, content }));
		expect(e.file).toBe(name);
		expect(e.message).toContain(name);
		expect(e.message).toMatch(problem);
	});

	it('counts size in UTF-8 bytes, not characters', () => {
		const nearlyTwoMegabytesOfEmoji = '😀'.repeat(MAX_IMPORT_BYTES / 4 - 10);
		expect(nearlyTwoMegabytesOfEmoji.length).toBeLessThan(MAX_IMPORT_BYTES);
		expect(
			importError(() =>
				parseArticleSource({
					name: 'e.txt',
					content: `${nearlyTwoMegabytesOfEmoji}${'😀'.repeat(20)}`
				})
			).message
		).toMatch(/2 MB/);
	});
});
