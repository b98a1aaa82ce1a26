/**
 * imsmanifest.xml for a SCORM 1.2 package: IMS Content Packaging 1.1.2 with the ADL SCORM 1.2
 * extensions (adlcp_rootv1p2) and IMS Meta-data 1.2.1 for the title LMSs show in catalogues.
 * One organization with one item, launching one SCO (`adlcp:scormtype="sco"`) that lists every
 * file of the package. Element order and limits follow the schemas (titles at most 200
 * characters, identifiers xsd:ID); tests validate the output against the schema files.
 */
export interface ManifestOptions {
	/** Becomes the identifiers' stem; any string, made safe here. */
	id: string;
	title: string;
	/** 0–100; the LMS then reports passed or failed rather than completed. */
	masteryScore: number | null;
	launch: string;
	files: string[];
}

const XML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

/** Escapes text for XML; characters XML 1.0 forbids (most control characters) are dropped. */
export function xmlText(text: string): string {
	return text
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '') // eslint-disable-line no-control-regex -- dropping them is the point
		.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** An xsd:ID (an NCName): starts with a letter, then letters, digits, `-`, `_` or `.`. */
export function xmlId(stem: string): string {
	return `byline-${stem.replace(/[^A-Za-z0-9_.-]/g, '_')}`.slice(0, 200);
}

const cut = (text: string, max: number) => Array.from(text).slice(0, max).join('');

export function scormManifest(options: ManifestOptions): string {
	const id = xmlId(options.id);
	const title = xmlText(cut(options.title.trim() || 'Byline quiz', 200));
	const mastery =
		options.masteryScore === null
			? ''
			: `\n\t\t\t\t<adlcp:masteryscore>${Math.round(Math.min(100, Math.max(0, options.masteryScore)))}</adlcp:masteryscore>`;
	const files = options.files.map((f) => `\n\t\t\t<file href="${xmlText(f)}"/>`).join('');
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
	xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
	xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
	xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
	xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
	<metadata>
		<schema>ADL SCORM</schema>
		<schemaversion>1.2</schemaversion>
	</metadata>
	<organizations default="${id}-org">
		<organization identifier="${id}-org">
			<title>${title}</title>
			<item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
				<title>${title}</title>${mastery}
			</item>
		</organization>
	</organizations>
	<resources>
		<resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${xmlText(options.launch)}">${files}
		</resource>
	</resources>
</manifest>
`;
}
