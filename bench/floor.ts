import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseReport } from '../server/src/core/index';

/**
 * The floor of a run over a folder (bench/cli.ts bundles it and runs `node floor.js DIR`): what no checker of these
 * files can skip, starting, reading each file and parsing it into the report model. A fresh process, timed from
 * its start to its end as the CLI is.
 */
const dir = process.argv[2];
for (const name of readdirSync(dir)) parseReport(readFileSync(path.join(dir, name), 'utf8'));
