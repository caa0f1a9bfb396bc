import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One date of the golden fixture with its labels, computed in Python (see generate_golden.py). */
export interface GoldenDate {
  date: string;
  dayOfYear: number;
  week: string;
  weekStart: string;
  month: string;
  quarter: string;
  year: string;
  fiscal: Record<string, [string, string]>;
}

/** The golden fixture `test/fixtures/periods/golden.json`. */
export interface Golden {
  isoWeek53Years: number[];
  dates: GoldenDate[];
  spans: [string, string, string, string][];
  fiscalSpans: [number, 'end' | 'start', string, string, string, string][];
}

const here = dirname(fileURLToPath(import.meta.url));

/** Reads the golden fixture. */
export function readGolden(): Golden {
  return JSON.parse(
    readFileSync(join(here, '..', '..', 'fixtures', 'periods', 'golden.json'), 'utf8'),
  ) as Golden;
}
