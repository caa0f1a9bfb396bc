import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PeriodObservation } from '../../../src/periods/index.js';

/** Aggregates of one window as Python's decimal module computed them (see generate_series_golden.py). */
export interface GoldenAggregate {
  expected: number;
  present: number;
  ratioPresent: number;
  sum?: string;
  mean?: string;
  last?: string;
  min?: string;
  max?: string;
  ratio?: string | null;
}

/** The fixture `test/fixtures/periods/series-golden.json`. */
export interface SeriesGolden {
  observations: PeriodObservation[];
  resample: Record<string, (GoldenAggregate & { label: string; start: string; end: string })[]>;
  yearToDate: {
    asOf: string;
    fiscal: boolean;
    current: GoldenAggregate & { start: string; through: string };
    prior: GoldenAggregate & { start: string; through: string };
  }[];
}

const here = dirname(fileURLToPath(import.meta.url));

/** Reads the series fixture. */
export function readSeriesGolden(): SeriesGolden {
  return JSON.parse(
    readFileSync(join(here, '..', '..', 'fixtures', 'periods', 'series-golden.json'), 'utf8'),
  ) as SeriesGolden;
}
