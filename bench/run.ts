/**
 * Runs every `bench/*.bench.ts` in its own process, one after the other, so one benchmark's garbage and JIT
 * state cannot colour the next. `npm run bench -- trend` runs only the files whose name contains `trend`.
 *
 * Each benchmark is first bundled with tsup (esbuild), as the published package is built, and the bundle is
 * run with plain `node`: running the TypeScript through tsx would add its `keepNames` wrappers to every
 * closure, which costs several percent in the tight loops measured here and is not what users run. The
 * bundles are written beside the sources (`bench/.*.bundle.mjs`, ignored by git) so that paths relative to
 * a benchmark still resolve, and removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts') && file.includes(filter))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n# ${file}`);
  const name = `.${file.replace(/\.ts$/, '')}`;
  const bundle = join(here, `${name}.bundle.mjs`);
  await build({
    entry: { [name]: join(here, file) },
    format: ['esm'],
    outDir: here,
    outExtension: () => ({ js: '.bundle.mjs' }),
    platform: 'node',
    target: 'es2022',
    splitting: false,
    sourcemap: false,
    dts: false,
    clean: false,
    silent: true,
  });
  try {
    const result = spawnSync(process.execPath, ['--expose-gc', bundle], { stdio: 'inherit' });
    if (result.status !== 0) failed++;
  } finally {
    rmSync(bundle, { force: true });
  }
}
if (files.length === 0) console.log(`no benchmark matches '${filter}'`);
process.exitCode = failed === 0 ? 0 : 1;
