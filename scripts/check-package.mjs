/**
 * Checks the package as users receive it: builds, packs the tarball, lints it with publint and
 * @arethetypeswrong/cli, then installs the tarball into a fresh temporary project and loads every subpath
 * there with `import` and with `require`, and the shipped JSON Schema.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = join(root, '.tmp', 'check-package');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const run = (cmd, args, cwd = root) => {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { cwd, stdio: 'inherit' });
};

rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'consumer'), { recursive: true });
run('npm', ['run', 'build']);
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }),
);
const tarball = join(work, packed[0].filename);
console.log(
  `packed ${packed[0].filename}: ${packed[0].entryCount} files, ${(packed[0].size / 1024).toFixed(1)} kB`,
);
for (const file of packed[0].files) {
  if (!/^(dist\/|schema\/|README\.md$|CHANGELOG\.md$|LICENSE$|package\.json$)/.test(file.path)) {
    throw new Error(
      `check:package: expected only dist/, schema/ and docs files in the tarball, received ${file.path}`,
    );
  }
}
run('npx', ['publint', 'run', tarball, '--strict']);
// Profile node16: subpath exports need moduleResolution node16, nodenext or bundler (Node >= 20 is required anyway).
run('npx', ['attw', tarball, '--profile', 'node16']);

const consumer = join(work, 'consumer');
writeFileSync(
  join(consumer, 'package.json'),
  JSON.stringify({ name: 'consumer', private: true, version: '0.0.0' }),
);
run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], consumer);

const subpaths = Object.keys(pkg.exports).filter((key) => !key.endsWith('.json'));
const specifiers = subpaths.map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));
const probe = (load) => `
const specifiers = ${JSON.stringify(specifiers)};
const root = ${load('civic-metrics')};
for (const specifier of specifiers) {
  const mod = ${load('specifier')};
  const names = Object.keys(mod).filter((name) => name !== 'default' && name !== '__esModule');
  for (const name of names) {
    if (!(name in root)) throw new Error(specifier + ' exports ' + name + ', which the root does not re-export');
  }
  console.log('  ' + specifier + ': ' + names.length + ' exports');
}
if (typeof root.parsePlan !== 'function' || typeof root.CivicMetricsError !== 'function') throw new Error('root exports are missing');
`;
writeFileSync(
  join(consumer, 'check.mjs'),
  `${probe((s) => (s === 'specifier' ? 'await import(specifier)' : `await import('${s}')`))}
import schema from 'civic-metrics/plan.schema.json' with { type: 'json' };
if (schema.type !== 'object') throw new Error('plan.schema.json is not an object schema');
console.log('ESM import: ok');\n`,
);
writeFileSync(
  join(consumer, 'check.cjs'),
  `${probe((s) => (s === 'specifier' ? 'require(specifier)' : `require('${s}')`))}
const schema = require('civic-metrics/plan.schema.json');
if (schema.type !== 'object') throw new Error('plan.schema.json is not an object schema');
console.log('CJS require: ok');\n`,
);
run('node', ['check.mjs'], consumer);
run('node', ['check.cjs'], consumer);
// The command line, as installed: the bin runs and validates a plan.
writeFileSync(join(consumer, 'plan.json'), JSON.stringify({ id: 'p', name: 'Plan' }));
run('npx', ['--no-install', 'civic-metrics', 'validate', 'plan.json'], consumer);

// Browser bundles: every subpath bundles for the browser (no Node built-ins), and the areas that work on
// plain number series stay free of the plan model's dependencies.
const esbuild = await import('esbuild');
const mustNotAppear = { trend: ['zod', 'decimal.js'], spc: ['zod', 'decimal.js'], periods: ['zod'] };
for (const specifier of specifiers) {
  const area = specifier.split('/')[1];
  const result = await esbuild.build({
    stdin: { contents: `export * from '${specifier}';`, resolveDir: consumer, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: true,
    metafile: true,
    logLevel: 'error',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const bytes = result.outputFiles[0].contents.length;
  for (const dep of mustNotAppear[area] ?? []) {
    if (inputs.some((input) => input.includes(`node_modules/${dep}/`))) {
      throw new Error(
        `check:package: expected ${specifier} to bundle without ${dep}, received it in the bundle`,
      );
    }
  }
  console.log(`  browser bundle ${specifier}: ${(bytes / 1024).toFixed(1)} kB minified`);
}
console.log('check:package: ok');
