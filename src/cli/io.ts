import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** Where the CLI writes: the result to `out`, progress and errors to `err`. Injected so tests run in-process. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** A problem with the user's input: printed without a stack trace, exit code 2. */
export class CliInputError extends Error {
  override name = 'CliInputError';
}

/** Reads a text file, turning "no such file" into a {@link CliInputError}. */
export function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliInputError(
      `cannot read ${what} '${path}': ${code === 'ENOENT' ? 'no such file' : String(error)}`,
    );
  }
}

/** Reads and parses a JSON file. */
export function readJson(path: string, what: string): unknown {
  const text = readText(path, what);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliInputError(`${what} '${path}' is not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads a CSV file with a header row into one object per row (csv-parse; BOM and blank lines handled). */
export function readCsv(path: string, what: string): Record<string, string>[] {
  const text = readText(path, what);
  try {
    return parse(text, {
      columns: true,
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    });
  } catch (error) {
    throw new CliInputError(`${what} '${path}' is not valid CSV: ${(error as Error).message}`);
  }
}

/** Lays out rows as an aligned text table. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
