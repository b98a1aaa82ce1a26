// Writes the bank format's JSON Schema, generated from the valibot schema, so other
// tools can validate *.byline.json files without our code.
import { writeFileSync, mkdirSync } from 'node:fs';
import { bankJsonSchema } from '../src/lib/bank/json-schema';

mkdirSync('static/schema', { recursive: true });
const out = 'static/schema/byline-bank.v1.schema.json';
writeFileSync(out, JSON.stringify(bankJsonSchema(), null, '\t') + '\n');
console.log(`wrote ${out}`);
