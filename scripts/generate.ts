// `npm run generate -- [--out FILE] [--max N] [--title T] FILE...`; the logic is in src/lib/qgen/cli/.
import { runGenerate } from '../src/lib/qgen/cli/run';

process.exitCode = await runGenerate(process.argv.slice(2));
