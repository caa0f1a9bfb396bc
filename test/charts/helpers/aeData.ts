/**
 * NHS England A&E four-hour performance, read in place from `shared/data/nhs-ae-4hour` (never copied into
 * the repository): the published monthly share seen within 4 hours for one organisation.
 */
import { readFileSync } from 'node:fs';
import { sharedPath } from '../../helpers/shared.js';

export interface AeSeries {
  name: string;
  labels: string[];
  values: Array<number | null>;
}

/** The monthly series of `org` (an ODS code, or `ENGLAND`), periods `YYYY-MM` in order. */
export function aeSeries(org: string): AeSeries {
  const lines = readFileSync(sharedPath('data', 'nhs-ae-4hour', 'ae_4hour_monthly_by_provider.csv'), 'utf8')
    .trim()
    .split('\n');
  const header = lines[0]!.split(',');
  const column = header.indexOf('pub_pct_within_4h_all');
  const fromEnd = header.length - column;
  const rows = lines
    .slice(1)
    .map((line) => line.split(','))
    .filter((cells) => cells[1] === org)
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  if (rows.length === 0) throw new Error(`no A&E rows for ${org}`);
  return {
    // The name is the 4th column; names never contain commas in this file, but read it from the front.
    name: rows[rows.length - 1]![3]!,
    labels: rows.map((cells) => cells[0]!),
    values: rows.map((cells) => {
      const text = cells[cells.length - fromEnd]!;
      return text === '' ? null : Number(text);
    }),
  };
}
