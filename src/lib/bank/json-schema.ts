import { z } from 'zod';
import { BANK_FORMAT, BANK_VERSION, BankSchema } from './schema';

/** JSON Schema for the bank format. Cross-reference rules (superRefine) cannot be expressed and are omitted. */
export function bankJsonSchema(): Record<string, unknown> {
	const schema = z.toJSONSchema(BankSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
	return {
		...schema,
		$id: `https://byline.invalid/schema/${BANK_FORMAT}.v${BANK_VERSION}.schema.json`,
		title: `Byline question bank (${BANK_FORMAT}, version ${BANK_VERSION})`
	};
}
