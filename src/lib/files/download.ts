/** Saves an export through a temporary object URL and a hidden `<a download>` (no server involved). */
export function downloadFile(
	filename: string,
	body: string | Uint8Array<ArrayBuffer>,
	mime: string
): void {
	const blob = new Blob([body], { type: mime });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoking at once can cancel the download in some browsers; a tick later is safe.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
