/**
 * The dataset examples (`examples/datasets/*.ts`) print their figures from the shared data, and without
 * `shared/data` say where the data belongs and exit cleanly. They run in this process (imported with their
 * console captured); one also runs as a user runs it, `npx tsx examples/datasets/<name>.ts`.
 */
import { execFile } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasShared, sharedDir, sharedSkipReason } from '../helpers/shared.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const file = (name: string) => join(root, 'examples', 'datasets', `${name}.ts`);
const absent = join(root, '.tmp', 'no-shared-here');
let runs = 0;

/** Runs an example in this process with `shared` at `dir` and the given arguments; returns what it printed. */
async function example(name: string, dir: string, args: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(format(...a)));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(format(...a)));
  vi.stubEnv('CIVIC_METRICS_SHARED', dir);
  const argv = process.argv;
  process.argv = [argv[0] as string, file(name), ...args];
  try {
    // A fresh module instance per run (the examples do their work when loaded).
    await import(/* @vite-ignore */ `${pathToFileURL(file(name)).href}?run=${runs++}`);
  } finally {
    process.argv = argv;
  }
  return { stdout: out.join('\n'), stderr: err.join('\n') };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = undefined;
});

/** What each example must print: figures that the end-to-end tests check against the publications. */
const expected: Record<string, RegExp[]> = {
  'boston-cityscore': [
    /Boston CityScore on 2018-03-30/,
    /Check, 2016-06-27 day: computed 1\.0597100, published by the City 1\.05971/,
  ],
  'nhs-ae-4hour': [
    /England, 2024-06: 74\.6% seen within 4 hours \(published 74\.6%; standard 95%\)/,
    /fail: 111/,
  ],
  'nyc-mmr-comptroller': [
    /Department of Buildings\s+10\s+50%\s+50%\s+50%\s+50%/,
    /183 of 351 targets met \(52%\)/,
  ],
  'canada-cif-sdg-progress': [/deterioration\s+33\s+33/, /12\.2\.1\s+Proportion of businesses/],
  'scotland-lgbf': [/Scotland: 4\.8944 as a ratio of sums; published 4\.89/, /Urban\s+8\s+5\.1175\s+5\.1175/],
  'uk-oflog-adult-social-care': [
    /Oflog adult social care, 2022-23/,
    /South Gloucestershire\s+27\.40\s+-5\.77/,
  ],
};

describe('dataset examples', () => {
  it.each(Object.keys(expected))('%s says where the data belongs when shared/ is absent', async (name) => {
    const { stdout, stderr } = await example(name, absent);
    expect(stdout).toBe('');
    expect(stderr).toContain(`needs the public dataset '${name}'`);
    expect(process.exitCode ?? 0).toBe(0);
  });

  it('runs from the command line with npx tsx', async () => {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', file('uk-oflog-adult-social-care'), '2016-17'],
      {
        cwd: root,
        env: { ...process.env, CIVIC_METRICS_SHARED: hasShared ? sharedDir : absent },
        timeout: 60_000,
      },
    );
    if (hasShared) expect(stdout).toContain('Oflog adult social care, 2016-17');
    else expect(stderr).toContain('needs the public dataset');
  });

  describe.skipIf(!hasShared)(`on the shared data ${hasShared ? '' : sharedSkipReason}`, () => {
    it.each(Object.keys(expected))('%s prints its figures', async (name) => {
      const { stdout } = await example(name, sharedDir);
      for (const pattern of expected[name] ?? []) expect(stdout).toMatch(pattern);
      expect(process.exitCode ?? 0).toBe(0);
    });

    it('takes arguments: NHS England in January 2020, the field-test trap; a bad month exits with 2', async () => {
      const { stdout } = await example('nhs-ae-4hour', sharedDir, ['2020-01']);
      expect(stdout).toContain('12 trusts reported no four-hour data and are left out');
      expect(stdout).toContain('reading their blanks as 0 would give 83.5%');
      const bad = await example('nhs-ae-4hour', sharedDir, ['2031-01']);
      expect(bad.stderr).toContain('No month 2031-01');
      expect(process.exitCode).toBe(2);
    });
  });
});
