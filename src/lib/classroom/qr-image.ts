/**
 * QR codes in and out. Drawing: uqr's module matrix as one SVG path (no canvas, scales to any
 * size, crisp when printed or projected). Reading: the browser's BarcodeDetector where it
 * exists (Chromium on Android and ChromeOS, Safari 17+), jsQR otherwise; jsQR is loaded only
 * when it is needed, so the class report's first load does not pay for it.
 */
import { encode } from 'uqr';

/** A QR code as one SVG path over a `size`×`size` grid (quiet zone included), for a template. */
export function qrPath(text: string): { size: number; d: string } {
	const qr = encode(text, { ecc: 'L', border: 4 });
	let d = '';
	qr.data.forEach((row, y) => {
		row.forEach((dark, x) => {
			if (dark) d += `M${x} ${y}h1v1h-1z`;
		});
	});
	return { size: qr.size, d };
}

/** An SVG string of `text` as a QR code, with a four-module quiet zone as the standard asks. */
export function qrSvg(text: string, title: string): string {
	const { size, d: path } = qrPath(text);
	const escaped = title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" ` +
		`aria-label="${escaped}" shape-rendering="crispEdges"><rect width="100%" height="100%" ` +
		`fill="#fff"/><path fill="#000" d="${path}"/></svg>`
	);
}

/** The QR module matrix as RGBA pixels (`scale` pixels per module), as a camera frame would be. */
export function qrPixels(
	text: string,
	scale = 4
): { data: Uint8ClampedArray; width: number; height: number } {
	const qr = encode(text, { ecc: 'L', border: 4 });
	const width = qr.size * scale;
	const data = new Uint8ClampedArray(width * width * 4).fill(255);
	qr.data.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (!dark) return;
			for (let dy = 0; dy < scale; dy++) {
				for (let dx = 0; dx < scale; dx++) {
					const i = ((y * scale + dy) * width + x * scale + dx) * 4;
					data[i] = data[i + 1] = data[i + 2] = 0;
				}
			}
		})
	);
	return { data, width, height: width };
}

export interface Pixels {
	data: Uint8ClampedArray;
	width: number;
	height: number;
}

/** Reads the first QR code in an image's pixels with jsQR, or returns null. */
export async function decodeQrPixels(image: Pixels): Promise<string | null> {
	const { default: jsQR } = await import('jsqr');
	const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
	return found ? found.data : null;
}

interface DetectedBarcode {
	rawValue: string;
}
interface BarcodeDetectorLike {
	detect(source: ImageBitmapSource): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorConstructor = {
	new (options: { formats: string[] }): BarcodeDetectorLike;
	getSupportedFormats(): Promise<string[]>;
};

/** The platform's QR detector, or null where there is none (then jsQR reads the pixels). */
export async function nativeQrDetector(): Promise<BarcodeDetectorLike | null> {
	const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
	if (!Detector) return null;
	try {
		const formats = await Detector.getSupportedFormats();
		return formats.includes('qr_code') ? new Detector({ formats: ['qr_code'] }) : null;
	} catch {
		return null;
	}
}
