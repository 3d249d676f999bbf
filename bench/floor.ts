import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseReport } from '../server/src/core/index';

/**
 * The floor of a run over a folder (bench/cli.ts bundles it and runs `node floor.js DIR`): what no checker of these
 * files can skip, reading each and parsing it into the report model. Run in a fresh process, as the CLI
 * is, so that it starts as cold; prints the milliseconds the loop took.
 */
const dir = process.argv[2];
const start = performance.now();
for (const name of readdirSync(dir)) parseReport(readFileSync(path.join(dir, name), 'utf8'));
process.stdout.write(`${performance.now() - start}\n`);
