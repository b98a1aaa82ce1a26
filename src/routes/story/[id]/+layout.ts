import type { LayoutLoad } from './$types';

// Each page loads the part of a built-in story it shows (prerendering inlines it into the
// page); any other id is looked up in storage by the page.
export const load: LayoutLoad = ({ params }) => ({ storyId: params.id });
