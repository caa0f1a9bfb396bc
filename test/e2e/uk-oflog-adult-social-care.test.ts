/**
 * Office for Local Government (Oflog), adult social care measures, end to end, read in place from
 * `shared/data/uk-oflog-adult-social-care/` (see its SOURCE.md): seven measures for up to 157 English councils,
 * financial years 2015-16 to 2022-23, with the published national median and each council's distance from
 * it in median absolute deviations.
 *
 * The plan is ours: one indicator per measure (higher is better where Oflog ranks descending, neutral where
 * it gives no polarity), financial years April-March named after the year they end in (2016-17 = FY2017),
 * councils as a dimension. Observations come through `observationsFromRows`; `madsFromMedian` computes the
 * median, the MAD and every distance; simple-statistics' median cross-checks the medians.
 *
 * Match rates (asserted): 6,376 / 6,376 published medians (42 measure-years) to 1e-9 relative, and 6,078 /
 * 6,078 published distances (the 298 rows without a value have none) to 1e-8 relative. For some
 * measure-years (e.g. ASC6 2020-21, median 1609.6114336083 published, 1609.6114336366 from the file's
 * values) the published figures differ from ours in the tenth significant digit: Oflog presumably computed
 * them before the values were rounded for this file, so agreement is to about 1e-9, not the last digit.
 */
import { median } from 'simple-statistics';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Observation } from '../../src/model/index.js';
import { observationsFromRows, parsePlan } from '../../src/model/index.js';
import { madsFromMedian } from '../../src/scoring/index.js';
import { hasShared, sharedSkipReason } from '../helpers/shared.js';
import { cell, near, type Row, readDataCsv } from './helpers/data.js';

const DATASET = 'uk-oflog-adult-social-care';
const calendar = { fiscalYearStartMonth: 4, fiscalYearNaming: 'end' } as const;

const raw = readDataCsv(DATASET, 'asc_measures_by_local_authority.csv');
/** 2016-17 → FY2017 (the UK financial year April 2016 - March 2017). */
const rows: Row[] = raw.map((r) => ({
  ...r,
  fiscal_year: `FY${Number((r['Financial year'] ?? '').slice(0, 4)) + 1}`,
}));
const codes = [...new Set(rows.map((r) => r.Code as string))].sort();

/** The measure's polarity: Oflog's rank order (desc: higher is better; None: no polarity), blanks ignored. */
function polarityOf(code: string): 'increase' | 'neutral' {
  const orders = new Set(
    rows.filter((r) => r.Code === code && r.rank_order !== '').map((r) => r.rank_order?.toLowerCase()),
  );
  if (orders.size !== 1) throw new Error(`${code}: rank orders ${[...orders].join(', ')}`);
  return orders.has('desc') ? 'increase' : 'neutral';
}
const polarities = new Map(codes.map((code) => [code, hasShared ? polarityOf(code) : 'neutral']));

describe.skipIf(!hasShared)(`Oflog adult social care end to end ${hasShared ? '' : sharedSkipReason}`, () => {
  let observations: Observation[] = [];
  const groups = new Map<string, { rows: Row[]; values: Array<number | null> }>();

  beforeAll(() => {
    const plan = parsePlan({
      id: 'oflog-asc',
      name: 'Oflog adult social care outcome measures',
      calendar,
      indicators: codes.map((code) => ({
        id: code,
        name: (rows.find((r) => r.Code === code) as Row).Measure as string,
        polarity: polarities.get(code) as 'increase' | 'neutral',
        frequency: 'fiscal-year',
        aggregation: 'mean',
        unit: { type: 'custom', label: 'as published by Oflog' },
        dimensions: [{ id: 'authority', name: 'Local authority (ONS code)' }],
      })),
    });
    const imported = observationsFromRows(
      rows,
      {
        indicator: 'Code',
        period: 'fiscal_year',
        value: 'Value',
        dimensions: { authority: 'Local authority code' },
        source: { value: 'oflog-automated-text ASC_data.csv' },
      },
      { plan },
    );
    expect(imported.issues).toEqual([]);
    observations = imported.observations;
    // Through parsePlan as well: no duplicate council-year-measure, every label valid.
    parsePlan({ ...plan, observations });
    rows.forEach((r, i) => {
      const o = observations[i] as Observation;
      const key = `${o.indicatorId}|${o.period}`;
      const g = groups.get(key) ?? { rows: [], values: [] };
      g.rows.push(r);
      g.values.push(o.value === null || o.value === undefined ? null : Number(o.value));
      groups.set(key, g);
    });
  });

  it('imports 6,376 council-year values of 7 measures (298 not reported) into 42 measure-years', () => {
    expect(rows).toHaveLength(6376);
    expect(codes).toEqual(['ASC1', 'ASC2', 'ASC3', 'ASC4', 'ASC5', 'ASC6', 'ASC7']);
    expect(observations).toHaveLength(6376);
    expect(observations.filter((o) => o.value === null)).toHaveLength(298);
    expect(groups.size).toBe(42);
  });

  it('reproduces every published median (6,376 / 6,376) and distance in MADs (6,078 / 6,078)', () => {
    let medians = 0;
    let distances = 0;
    const misses: string[] = [];
    for (const [key, g] of groups) {
      const result = madsFromMedian(g.values);
      expect(result.status, key).toBe('ok');
      if (result.status !== 'ok') continue;
      const present = g.values.filter((v): v is number => v !== null);
      expect(result.median).toBe(median(present));
      g.rows.forEach((r, i) => {
        medians++;
        if (!near(result.median, cell(r.MEDIAN), 1e-9))
          misses.push(`${key} median ${result.median} vs ${r.MEDIAN}`);
        const published = cell(r.MADs_from_median);
        const ours = result.distances[i] ?? null;
        if (ours === null && published === null) return;
        distances++;
        if (!near(ours, published, 1e-8))
          misses.push(`${key} ${r['Local authority name']}: ${ours} vs ${published}`);
      });
    }
    expect(misses).toEqual([]);
    expect(medians).toBe(6376);
    expect(distances).toBe(6078);
  });

  it('matches the worked row: carer quality of life 2016-17, median 7.6, Enfield 7.7 is +0.333 MADs', () => {
    const g = groups.get('ASC1|FY2017') as { rows: Row[]; values: Array<number | null> };
    const result = madsFromMedian(g.values);
    expect(result.status === 'ok' && [result.median, result.mad]).toEqual([7.6, expect.closeTo(0.3, 12)]);
    const enfield = g.rows.findIndex((r) => r['Local authority name'] === 'Enfield');
    expect(result.status === 'ok' && result.distances[enfield]).toBeCloseTo(1 / 3, 9);
  });

  it('reads distances against the polarity: the councils 3+ MADs on the worse side of a higher-is-better measure', () => {
    // Oflog flags councils far from the median; with rank order desc, below the median is worse.
    const worse: string[] = [];
    for (const [key, g] of groups) {
      const code = key.split('|')[0] as string;
      if (polarities.get(code) !== 'increase') continue;
      const result = madsFromMedian(g.values);
      if (result.status !== 'ok') continue;
      result.distances.forEach((d, i) => {
        if (d !== null && d <= -3 + 1e-9) worse.push(`${key} ${g.rows[i]?.['Local authority name']}`);
      });
    }
    // Cross-checked with the published distances: the same councils, read from the file.
    const published = rows
      .filter(
        (r) =>
          polarities.get(r.Code as string) === 'increase' && (cell(r.MADs_from_median) ?? 0) <= -3 + 1e-9,
      )
      .map((r) => `${r.Code}|${r.fiscal_year} ${r['Local authority name']}`);
    expect(worse.sort()).toEqual(published.sort());
    expect(worse.length).toBeGreaterThan(0);
  });
});
