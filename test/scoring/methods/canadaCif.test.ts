/**
 * Statistics Canada, Canadian Indicator Framework SDG hub: the published progress value, score and status
 * of every series, and the score and status of every indicator, read in place from
 * `shared/data/canada-cif-sdg-progress/` (the hub's `indicator_calculation_components.yml`, flattened, and
 * the yearly series behind 119 of the series).
 */
import { describe, expect, it } from 'vitest';
import { PeriodError } from '../../../src/errors/PeriodError.js';
import {
  type OpenSdgProgressResult,
  openSdgAggregate,
  openSdgProgress,
} from '../../../src/scoring/methods/index.js';
import { hasShared, readSharedText } from '../../helpers/shared.js';
import { readCsv } from './readCsv.js';

const num = (s: string | undefined) => (s === undefined || s === '' ? null : Number(s));
const near = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe.skipIf(!hasShared)('Statistics Canada CIF published progress (Open SDG measure)', () => {
  const dir = ['data', 'canada-cif-sdg-progress'];
  const flat = hasShared ? readCsv(readSharedText(...dir, 'progress_components_flat.csv')) : [];
  const yearly = hasShared ? readCsv(readSharedText(...dir, 'progress_input_series.csv')) : [];
  const metadata = hasShared ? readCsv(readSharedText(...dir, 'indicators_metadata.csv')) : [];
  const seriesRows = flat.filter((r) => r.series_tag !== '');
  const optionsOf = (r: Record<string, string>) => ({
    polarity: (r.direction === '1' ? 'increase' : 'decrease') as 'increase' | 'decrease',
    target: num(r.target),
    targetYear: num(r.target_year) ?? 2030,
    naturalLimit: num(r.limit),
  });
  /** The series as published: its base and current values (the inputs the hub records). */
  const fromComponents = (r: Record<string, string>): OpenSdgProgressResult => {
    const points = [];
    if (r.base_value !== '') points.push({ year: Number(r.base_year), value: Number(r.base_value) });
    if (r.current_value !== '' && r.current_year !== r.base_year) {
      points.push({ year: Number(r.current_year), value: Number(r.current_value) });
    }
    return openSdgProgress(points, { ...optionsOf(r), baseYear: num(r.base_year) ?? 2015 });
  };

  it('has 136 rows: 132 series and 4 indicators without an automatic calculation', () => {
    expect(flat).toHaveLength(136);
    expect(seriesRows).toHaveLength(132);
  });

  it('reproduces every series progress value, score and status (132 of 132)', () => {
    const mismatches: string[] = [];
    for (const r of seriesRows) {
      const result = fromComponents(r);
      const ok =
        result.status === r.series_status &&
        near(result.score, num(r.series_score)) &&
        near(result.progressValue, num(r.progress_value));
      if (!ok) mismatches.push(`${r.series_tag}: ${result.status} ${result.score} ${result.progressValue}`);
    }
    expect(mismatches).toEqual([]);
    const statuses = seriesRows.map((r) => r.series_status);
    expect(statuses.filter((s) => s === 'not_available')).toHaveLength(7);
    expect(statuses.filter((s) => s === 'target_achieved')).toHaveLength(4);
  });

  it('reproduces the 118 series recomputed from their yearly data, base-year fallback included', () => {
    const configs = new Map(
      metadata.map((m) => [
        m.indicator_id,
        JSON.parse(m.progress_calculation_options || '[{}]') as Record<string, unknown>[],
      ]),
    );
    /** The configured base year of a series: its options entry (matched on disaggregation values) or 2015. */
    const configuredBaseYear = (indicator: string, tag: string): number => {
      const options = configs.get(indicator) ?? [{}];
      const years = new Set(options.map((o) => (o.base_year as number | undefined) ?? 2015));
      if (years.size === 1) return [...years][0] as number;
      const parts = tag
        .split(' / ')
        .slice(1)
        .map((p) => p.replace(/\.+$/, ''));
      const match = options.filter((o) =>
        parts.every((p) =>
          ((o.disaggregation as { value: unknown }[] | undefined) ?? []).some((d) =>
            String(d.value).startsWith(p),
          ),
        ),
      );
      expect(match).toHaveLength(1);
      return ((match[0] as Record<string, unknown>).base_year as number | undefined) ?? 2015;
    };
    const bySeries = new Map<string, { year: number; value: number }[]>();
    for (const y of yearly) {
      const key = `${y.indicator_id}|${y.series_tag}`;
      bySeries.set(key, [...(bySeries.get(key) ?? []), { year: Number(y.year), value: Number(y.value) }]);
    }
    expect(bySeries.size).toBe(119);
    let reproduced = 0;
    let fellBack = 0;
    const ambiguous: string[] = [];
    for (const r of seriesRows) {
      const points = bySeries.get(`${r.indicator_id}|${r.series_tag}`);
      if (points === undefined) continue;
      const baseYear = configuredBaseYear(r.indicator_id as string, r.series_tag as string);
      if (new Set(points.map((p) => p.year)).size < points.length) {
        // The extracted yearly file holds several disaggregations of this series per year: we refuse it.
        expect(() => openSdgProgress(points, { ...optionsOf(r), baseYear })).toThrow(PeriodError);
        ambiguous.push(r.series_tag as string);
        continue;
      }
      const result = openSdgProgress(points, { ...optionsOf(r), baseYear });
      if (result.baseYear !== baseYear) fellBack++;
      expect(result.baseYear).toBe(num(r.base_year));
      expect(result.baseValue).toBe(num(r.base_value));
      expect(result.currentYear).toBe(num(r.current_year));
      expect(result.currentValue).toBe(num(r.current_value));
      expect(result.status).toBe(r.series_status);
      expect(near(result.score, num(r.series_score))).toBe(true);
      reproduced++;
    }
    expect(ambiguous).toEqual(['3-11-1 / All ages / Both sexes / Malignant neoplasms']);
    expect(reproduced).toBe(118);
    expect(fellBack).toBeGreaterThan(30);
  });

  it('reproduces every indicator score and status (78 scored indicators; 8 others not available or manual)', () => {
    const indicators = [...new Set(flat.map((r) => r.indicator_id as string))];
    expect(indicators).toHaveLength(86);
    let scored = 0;
    const mismatches: string[] = [];
    for (const id of indicators) {
      const rows = flat.filter((r) => r.indicator_id === id);
      const published = rows[0] as Record<string, string>;
      if (rows.every((r) => r.series_tag === '')) {
        // Manual status (not_available_manual) or no calculation: nothing to recompute.
        expect(['not_available_manual', '']).toContain(published.indicator_progress_status);
        continue;
      }
      const result = openSdgAggregate(rows.map(fromComponents));
      if (result.score !== null) scored++;
      if (
        result.status !== published.indicator_progress_status ||
        !near(result.score, num(published.indicator_score))
      ) {
        mismatches.push(`${id}: ${result.status} ${result.score}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(scored).toBe(78);
  });

  it('matches the worked rows of the data README', () => {
    const row = (id: string) => flat.find((r) => r.indicator_id === id) as Record<string, string>;
    const poverty = fromComponents(row('1-1-1'));
    expect(poverty.status).toBe('moderate_progress');
    expect(poverty.progressValue).toBeCloseTo(0.90109, 5);
    const assets = fromComponents(row('1-2-1'));
    expect(assets.scalingFactor).toBeCloseTo(0.83548, 5);
    expect(assets.score).toBeCloseTo(1.7397529, 7);
    expect(fromComponents(row('15-5-1')).status).toBe('target_achieved');
  });
});
