import { describe, expect, it } from 'vitest';
import { makeHandIn } from '$test-data';
import { handInQrText, readHandInQr } from './hand-in';
import { decodeQrPixels, qrPixels, qrSvg } from './qr-image';

describe('QR hand-in round trip', () => {
	it('decodes a generated QR image of a hand-in back to the same hand-in', async () => {
		const handIn = makeHandIn(
			{ q1: 'a', q2: 'courier', q3: 'mayor', q4: '250' },
			{ name: 'Dee Okonkwo-Smith', className: 'Year 9 / Media' }
		);
		const text = handInQrText(handIn);
		const decoded = await decodeQrPixels(qrPixels(text, 3));
		expect(decoded).toBe(text);
		const read = readHandInQr(decoded!);
		expect(read.ok && read.handIn).toEqual(handIn);
	});

	it('finds no code in a blank image', async () => {
		const blank = { data: new Uint8ClampedArray(64 * 64 * 4).fill(255), width: 64, height: 64 };
		expect(await decodeQrPixels(blank)).toBeNull();
	});

	it('draws an SVG with an accessible name, escaped', () => {
		const svg = qrSvg('hello', 'Code for "8B" & co');
		expect(svg).toMatch(/^<svg [^>]*role="img"/);
		expect(svg).toContain('aria-label="Code for &#34;8B&#34; &#38; co"');
		expect(svg).toMatch(/<path fill="#000" d="M\d/);
	});
});
