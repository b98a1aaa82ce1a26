/**
 * The student's side of a class link, loaded only when the library URL carries one: unpack or
 * download the story, then open it through openSharedStory (checked like any story file, never
 * replacing a story already on the device).
 */
import { fetchStoryFile, openSharedStory, type OpenStore, type OpenedShared } from './open-shared';
import { readShareLink } from './share-link';

export async function openLink(
	store: OpenStore,
	url: URL,
	builtIn: ReadonlyMap<string, string>
): Promise<OpenedShared | null> {
	const link = readShareLink(url);
	switch (link.kind) {
		case 'none':
			return null;
		case 'broken':
			return { ok: false, message: link.message, details: [] };
		case 'embedded':
			return openSharedStory(
				store,
				link.fileText,
				link.className,
				'The story in this link',
				builtIn
			);
		case 'hosted': {
			const fetched = await fetchStoryFile(link.url);
			if (!fetched.ok) return { ok: false, message: fetched.message, details: [] };
			return openSharedStory(store, fetched.text, link.className, fetched.name, builtIn);
		}
	}
}
