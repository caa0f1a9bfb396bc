/**
 * Where the dataset examples find the real public data: the team's `shared/data/` folder beside the clone
 * (`../shared/data`), or the folder named by `CIVIC_METRICS_SHARED` (its `data/` subfolder). The data is
 * read in place, never copied into the repository. On a fresh clone the folder is absent and each example
 * says so and exits without error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The dataset's folder, or `null` (after saying so on stderr) when it is not present. */
export function datasetFolder(name: string): string | null {
  const shared = resolve(process.env.CIVIC_METRICS_SHARED ?? join(root, '..', 'shared'));
  const folder = join(shared, 'data', name);
  if (existsSync(folder)) return folder;
  console.error(
    `This example needs the public dataset '${name}' in ${folder}.\n` +
      "It is not part of the package: see the dataset's SOURCE.md for where it comes from, put it there (or set\n" +
      'CIVIC_METRICS_SHARED to the folder holding data/), and run the example again.',
  );
  return null;
}

/** Reads a CSV file as row objects keyed by its header (BOM stripped, blank lines skipped). */
export function readCsv(folder: string, file: string): Record<string, string>[] {
  return parse(readFileSync(join(folder, file), 'utf8'), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
  }) as Record<string, string>[];
}

/** A numeric cell, or `null` when blank or not a number. */
export function num(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '' || text.trim() === 'NA') return null;
  const n = Number(text.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** A fixed-width table for the console: columns of numbers right-aligned, text left-aligned. */
export function table(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const numeric = header.map((_, i) =>
    rows.every((r) => /^([-+]?\d[\d,]*(\.\d+)?%?|\d+\/\d+|n\/a)$/.test(String(r[i]))),
  );
  const line = (r: string[]) =>
    r
      .map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
