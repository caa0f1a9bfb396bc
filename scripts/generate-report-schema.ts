/**
 * Writes `schema/report.schema.json` (shipped as `civic-metrics/report.schema.json`) from the zod schema of
 * the plan report. A test fails when the committed file differs from what this script writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportJsonSchema } from '../src/rollup/reportJsonSchema.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'report.schema.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
