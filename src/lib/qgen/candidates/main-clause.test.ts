import { describe, expect, it, vi } from 'vitest';
import { mainClause } from './main-clause';

describe('mainClause', () => {
	it('drops a name’s appositive before the verb', () => {
		expect(
			mainClause('Nora Vance, the harbour board chair, resigned on Friday after a long dispute.')
		).toBe('Nora Vance resigned on Friday after a long dispute.');
	});

	it('runs the appositive pattern only on a lead with ", the", ", a", ", an" or ", one of"', () => {
		const replace = vi.spyOn(String.prototype, 'replace');
		mainClause('Nora Vance resigned on Friday after the harbour board voted against her plan.');
		const appositive = replace.mock.calls.filter(
			([pattern]) => pattern instanceof RegExp && pattern.source.startsWith('(?<=[A-Z]')
		);
		replace.mockRestore();
		expect(appositive).toEqual([]);
	});
});
