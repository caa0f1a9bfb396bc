/**
 * Writes `schema/plan.schema.json` (shipped as `civic-metrics/plan.schema.json`) from the zod schemas.
 * A test fails when the committed file differs from what this script writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planJsonSchema } from '../src/model/planJsonSchema.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'plan.schema.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
