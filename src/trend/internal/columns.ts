import { ArgumentError } from '../../errors/ArgumentError.js';
import { describe } from '../../internal/describe.js';
import { readSeries } from '../../internal/readSeries.js';

/**
 * Reads a list of equally long series (one per site or parameter, oldest first) into columns, and their
 * row-major interleaving (row i, column j at i·c + j), which is a seasonal series with period c.
 */
export function readColumns(
  fn: string,
  series: unknown,
  minColumns: number,
): { columns: Float64Array[]; flat: Float64Array } {
  if (!Array.isArray(series) || series.length < minColumns) {
    throw new ArgumentError(
      `${fn}: expected series to be an array of at least ${minColumns} series, received ${describe(series)}`,
      { path: 'series', value: series },
    );
  }
  const columns = series.map((s, j) => readSeries(fn, `series[${j}]`, s));
  const rows = columns[0]!.length;
  columns.forEach((column, j) => {
    if (column.length !== rows) {
      throw new ArgumentError(
        `${fn}: expected series[${j}] to have the length of series[0] (${rows}), received length ${column.length}`,
        { path: `series[${j}]`, value: column.length },
        'mismatched_lengths',
      );
    }
  });
  const c = columns.length;
  const flat = new Float64Array(rows * c);
  for (let i = 0; i < rows; i++) for (let j = 0; j < c; j++) flat[i * c + j] = columns[j]![i]!;
  return { columns, flat };
}

/** Keeps the rows where every column has a value (pyMannKendall's row-wise "skip"). */
export function completeRows(columns: readonly Float64Array[]): Float64Array[] {
  const rows = columns[0]!.length;
  const keep: number[] = [];
  for (let i = 0; i < rows; i++) if (columns.every((c) => !Number.isNaN(c[i]!))) keep.push(i);
  return columns.map((c) => Float64Array.from(keep, (i) => c[i]!));
}
