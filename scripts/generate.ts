// `npm run generate -- [--out FILE] [--max N] [--title T] FILE...`; the logic is in scripts/generate/.
import { runGenerate } from './generate/run';

process.exitCode = await runGenerate(process.argv.slice(2));
