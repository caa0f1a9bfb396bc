/**
 * Runs every `bench/*.bench.ts` in its own process, one after the other, so one benchmark's garbage and JIT
 * state cannot colour the next. `npm run bench -- trend` runs only the files whose name contains `trend`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts') && file.includes(filter))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n# ${file}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(here, file)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed++;
}
if (files.length === 0) console.log(`no benchmark matches '${filter}'`);
process.exitCode = failed === 0 ? 0 : 1;
