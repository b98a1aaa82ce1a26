import { toJsonSchema } from '@valibot/to-json-schema';
import { BANK_FORMAT, BANK_VERSION, BankSchema } from './schema';

/**
 * JSON Schema for the bank format, generated from the valibot schema. Cross-reference rules
 * (the consistency checks) and custom checks cannot be expressed and are left out.
 */
export function bankJsonSchema(): Record<string, unknown> {
	const schema = toJsonSchema(BankSchema, { target: 'draft-2020-12', errorMode: 'ignore' });
	return {
		...schema,
		$id: `https://byline.invalid/schema/${BANK_FORMAT}.v${BANK_VERSION}.schema.json`,
		title: `Byline question bank (${BANK_FORMAT}, version ${BANK_VERSION})`
	};
}
