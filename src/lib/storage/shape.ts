/**
 * A small structural validator for the few shapes the store reads back (progress, settings,
 * change messages, the write journal). Its results look like zod's `safeParse`, so callers and
 * problem reports do not care which one checked a value.
 *
 * Hand-written on purpose. Every student page opens the store, and a page bundle holds the
 * union of what all of zod's users in the app need from zod's shared core: even zod/mini
 * came to ~17 KB gzip on the quiz page (measured with scripts/bench bundle-size), because the
 * teacher pages use full zod. These checks need a few dozen lines.
 *
 * Like zod, objects are rebuilt with only their known keys, so stray stored fields are dropped.
 */

export interface Issue {
	path: PropertyKey[];
	message: string;
}

export type ParseResult<T> =
	| { success: true; data: T; error?: undefined }
	| { success: false; data?: undefined; error: { issues: Issue[] } };

export interface Shape<T> {
	/** Adds an issue per problem and returns the cleaned value (meaningless if issues were added). */
	check(value: unknown, path: PropertyKey[], issues: Issue[]): T;
	safeParse(value: unknown): ParseResult<T>;
	/** Like safeParse, but throws an Error listing the problems. */
	parse(value: unknown): T;
}

export type Infer<S> = S extends Shape<infer T> ? T : never;

function shape<T>(check: Shape<T>['check']): Shape<T> {
	function safeParse(value: unknown): ParseResult<T> {
		const issues: Issue[] = [];
		const data = check(value, [], issues);
		return issues.length ? { success: false, error: { issues } } : { success: true, data };
	}
	return {
		check,
		safeParse,
		parse(value) {
			const result = safeParse(value);
			if (result.success) return result.data;
			const where = (issue: Issue) => (issue.path.length ? `${issue.path.join('.')}: ` : '');
			throw new Error(result.error.issues.map((i) => where(i) + i.message).join('; '));
		}
	};
}

function describe(value: unknown): string {
	if (value === null) return 'null';
	return Array.isArray(value) ? 'array' : typeof value;
}

function expected(what: string, value: unknown, path: PropertyKey[], issues: Issue[]): void {
	issues.push({ path, message: `expected ${what}, received ${describe(value)}` });
}

export function string(
	limits: { min?: number; max?: number; pattern?: RegExp; patternMessage?: string } = {}
): Shape<string> {
	const {
		min = 0,
		max = Infinity,
		pattern,
		patternMessage = 'has characters that are not allowed'
	} = limits;
	return shape((value, path, issues) => {
		if (typeof value !== 'string') expected('string', value, path, issues);
		else if (value.length < min)
			issues.push({ path, message: `must be at least ${min} characters long` });
		else if (value.length > max)
			issues.push({ path, message: `must be at most ${max} characters long` });
		else if (pattern && !pattern.test(value)) issues.push({ path, message: patternMessage });
		return value as string;
	});
}

export function number(limits: { min?: number; max?: number; int?: boolean } = {}): Shape<number> {
	const { min = -Infinity, max = Infinity, int = false } = limits;
	return shape((value, path, issues) => {
		if (typeof value !== 'number' || !Number.isFinite(value))
			expected('number', value, path, issues);
		else if (int && !Number.isSafeInteger(value))
			issues.push({ path, message: 'must be a whole number' });
		else if (value < min) issues.push({ path, message: `must be at least ${min}` });
		else if (value > max) issues.push({ path, message: `must be at most ${max}` });
		return value as number;
	});
}

export const boolean: Shape<boolean> = shape((value, path, issues) => {
	if (typeof value !== 'boolean') expected('boolean', value, path, issues);
	return value as boolean;
});

export const unknown: Shape<unknown> = shape((value) => value);

export function literal<const L extends string>(literalValue: L): Shape<L> {
	return shape((value, path, issues) => {
		if (value !== literalValue) issues.push({ path, message: `expected "${literalValue}"` });
		return literalValue;
	});
}

export function nullable<T>(inner: Shape<T>): Shape<T | null> {
	return shape((value, path, issues) => (value === null ? null : inner.check(value, path, issues)));
}

/** Marks an object field that may be missing (or undefined). */
export function optional<T>(inner: Shape<T>): Shape<T | undefined> & { optional: true } {
	return {
		...shape((value, path, issues) =>
			value === undefined ? undefined : inner.check(value, path, issues)
		),
		optional: true
	};
}

export function array<T>(item: Shape<T>, limits: { max?: number } = {}): Shape<T[]> {
	const { max = Infinity } = limits;
	return shape((value, path, issues) => {
		if (!Array.isArray(value)) {
			expected('array', value, path, issues);
			return [];
		}
		if (value.length > max) issues.push({ path, message: `must have at most ${max} items` });
		return value.map((v, i) => item.check(v, [...path, i], issues));
	});
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function record<T>(key: Shape<string>, item: Shape<T>): Shape<Record<string, T>> {
	return shape((value, path, issues) => {
		const out: Record<string, T> = {};
		if (!isPlainObject(value)) {
			expected('object', value, path, issues);
			return out;
		}
		for (const [k, v] of Object.entries(value)) {
			key.check(k, [...path, k], issues);
			out[k] = item.check(v, [...path, k], issues);
		}
		return out;
	});
}

type Fields = Record<string, Shape<unknown>>;
type OptionalKeys<F extends Fields> = {
	[K in keyof F]: F[K] extends { optional: true } ? K : never;
}[keyof F];
type ObjectOf<F extends Fields> = {
	[K in Exclude<keyof F, OptionalKeys<F>>]: Infer<F[K]>;
} & { [K in OptionalKeys<F>]?: Exclude<Infer<F[K]>, undefined> };
type Flatten<T> = { [K in keyof T]: T[K] };

export function object<F extends Fields>(fields: F): Shape<Flatten<ObjectOf<F>>> & { fields: F } {
	return {
		...shape((value, path, issues) => {
			const out: Record<string, unknown> = {};
			if (!isPlainObject(value)) {
				expected('object', value, path, issues);
				return out as Flatten<ObjectOf<F>>;
			}
			for (const [k, field] of Object.entries(fields)) {
				const checked = field.check(value[k], [...path, k], issues);
				if (k in value) out[k] = checked;
			}
			return out as Flatten<ObjectOf<F>>;
		}),
		fields
	};
}

/** One of several object shapes, chosen by the literal value of `key`. */
export function oneOf<
	K extends string,
	O extends (Shape<Record<K, string>> & { fields: Record<K, Shape<string>> })[]
>(key: K, options: O): Shape<Infer<O[number]>> {
	return shape((value, path, issues) => {
		if (!isPlainObject(value)) {
			expected('object', value, path, issues);
			return value as Infer<O[number]>;
		}
		const chosen = options.find((option) => {
			const probe: Issue[] = [];
			option.fields[key].check(value[key], [], probe);
			return probe.length === 0;
		});
		if (!chosen) {
			issues.push({
				path: [...path, key],
				message: `unknown ${key} ${JSON.stringify(value[key])}`
			});
			return value as Infer<O[number]>;
		}
		return chosen.check(value, path, issues) as Infer<O[number]>;
	});
}

/** Adds a rule the shape alone cannot express; it runs only when the shape itself is fine. */
export function refine<T>(inner: Shape<T>, rule: (value: T) => boolean, message: string): Shape<T> {
	return shape((value, path, issues) => {
		const before = issues.length;
		const checked = inner.check(value, path, issues);
		if (issues.length === before && !rule(checked)) issues.push({ path, message });
		return checked;
	});
}
