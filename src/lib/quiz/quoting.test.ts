import { describe, expect, it } from 'vitest';
import { quoteText } from './quoting';

describe('quoteText', () => {
	it('wraps plain text in curly quotes', () => {
		expect(quoteText('The bridge reopened.')).toBe('“The bridge reopened.”');
	});

	it('turns inner double quotes into single quotes', () => {
		expect(quoteText('Many shouted “Down, Down, USA!”')).toBe('“Many shouted ‘Down, Down, USA!’”');
		expect(quoteText('"It was overdue," she said.')).toBe("“'It was overdue,' she said.”");
		expect(quoteText('Escalation must end.”')).toBe('“Escalation must end.’”');
	});
});
