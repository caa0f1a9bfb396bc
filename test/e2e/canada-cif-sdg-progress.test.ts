/**
 * Statistics Canada, Canadian Indicator Framework (SDG hub) progress statuses, end to end, read in place
 * from `shared/data/canada-cif-sdg-progress/` (see its SOURCE.md).
 *
 * The plan is ours: one indicator per published series (132), with its direction (+1 higher is better,
 * otherwise lower, Open SDG's default) and its target and target year, grouped by CIF indicator (86 goals).
 * The yearly values behind 119 series come through `observationsFromRows`; `safeParsePlan` finds the one
 * series whose extracted file holds two values a year. Each series is scored by `openSdgProgress` from its
 * yearly values with the base year its metadata configures (118 series), or from the base and current
 * values the hub records (the 13 series without yearly data and the ambiguous one); indicators aggregate
 * their series with `openSdgAggregate`.
 *
 * Match rates (asserted): 132 / 132 series progress values, scores and statuses (118 of them recomputed
 * from the yearly series, including the base-year fallback); 86 / 86 indicator statuses, 78 / 78 indicator
 * scores (the other 8 are not available or set by hand, `not_available_manual`). The unit test
 * test/scoring/methods/canadaCif.test.ts checks the same figures without the tabular import.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Observation } from '../../src/model/index.js';
import { observationsFromRows, parsePlan, safeParsePlan } from '../../src/model/index.js';
import {
  type AnnualValue,
  type OpenSdgProgressResult,
  openSdgAggregate,
  openSdgProgress,
} from '../../src/scoring/index.js';
import { hasShared, sharedSkipReason } from '../helpers/shared.js';
import { cell, near, type Row, readDataCsv } from './helpers/data.js';

const DATASET = 'canada-cif-sdg-progress';
const flat = readDataCsv(DATASET, 'progress_components_flat.csv');
const yearly = readDataCsv(DATASET, 'progress_input_series.csv');
const metadata = readDataCsv(DATASET, 'indicators_metadata.csv');
const series = flat.filter((r) => r.series_tag !== '');
const indicatorIds = [...new Set(flat.map((r) => r.indicator_id as string))];

const optionsOf = (r: Row) => ({
  polarity: (r.direction === '1' ? 'increase' : 'decrease') as 'increase' | 'decrease',
  target: cell(r.target),
  targetYear: cell(r.target_year) ?? 2030,
  naturalLimit: cell(r.limit),
});

/** The base year configured for a series: its metadata options entry (matched on disaggregation), or 2015. */
function configuredBaseYear(r: Row): number {
  const m = metadata.find((x) => x.indicator_id === r.indicator_id);
  const options = JSON.parse(m?.progress_calculation_options || '[{}]') as Array<Record<string, unknown>>;
  const years = new Set(options.map((o) => (o.base_year as number | undefined) ?? 2015));
  if (years.size === 1) return [...years][0] as number;
  const parts = (r.series_tag as string)
    .split(' / ')
    .slice(1)
    .map((p) => p.replace(/\.+$/, ''));
  const match = options.filter((o) =>
    parts.every((p) =>
      ((o.disaggregation as Array<{ value: unknown }> | undefined) ?? []).some((d) =>
        String(d.value).startsWith(p),
      ),
    ),
  );
  if (match.length !== 1) throw new Error(`${r.series_tag}: ${match.length} matching options`);
  return ((match[0] as Record<string, unknown>).base_year as number | undefined) ?? 2015;
}

describe.skipIf(!hasShared)(
  `Statistics Canada CIF progress end to end ${hasShared ? '' : sharedSkipReason}`,
  () => {
    let observations: Observation[] = [];
    let duplicated: string[] = [];
    const results = new Map<string, { result: OpenSdgProgressResult; from: 'yearly' | 'components' }>();

    beforeAll(() => {
      const planInput = {
        id: 'cif-sdg',
        name: 'Canadian Indicator Framework for the SDGs',
        indicators: series.map((r) => {
          const target = cell(r.target);
          return {
            id: r.series_tag as string,
            name: r.series_tag as string,
            polarity: optionsOf(r).polarity,
            frequency: 'year' as const,
            aggregation: 'last' as const,
            unit: { type: 'custom' as const, label: 'as published' },
            targets: target === null ? [] : [{ period: String(optionsOf(r).targetYear), value: target }],
            tags: [r.indicator_id as string],
          };
        }),
        goals: indicatorIds
          .filter((id) => series.some((r) => r.indicator_id === id))
          .map((id) => ({
            id: `indicator-${id}`,
            name: `CIF indicator ${id}`,
            rollup: 'mean' as const,
            children: series
              .filter((r) => r.indicator_id === id)
              .map((r) => ({ indicatorId: r.series_tag as string })),
          })),
      };
      const plan = parsePlan(planInput);
      const imported = observationsFromRows(
        yearly,
        { indicator: 'series_tag', period: 'year', value: 'value', source: { value: 'indicator CSVs' } },
        { plan },
      );
      expect(imported.issues).toEqual([]);
      observations = imported.observations;
      const checked = safeParsePlan({ ...planInput, observations });
      duplicated = checked.success
        ? []
        : [
            ...new Set(
              checked.error.issues.map((i) =>
                String(observations[Number(i.path.split('[')[1]?.split(']')[0])]?.indicatorId),
              ),
            ),
          ];
      const bySeries = new Map<string, AnnualValue[]>();
      for (const o of observations) {
        bySeries.set(o.indicatorId, [
          ...(bySeries.get(o.indicatorId) ?? []),
          { year: Number(o.period), value: Number(o.value) },
        ]);
      }
      for (const r of series) {
        const tag = r.series_tag as string;
        const points = bySeries.get(tag);
        if (points !== undefined && !duplicated.includes(tag)) {
          results.set(tag, {
            result: openSdgProgress(points, { ...optionsOf(r), baseYear: configuredBaseYear(r) }),
            from: 'yearly',
          });
          continue;
        }
        const recorded: AnnualValue[] = [];
        if (r.base_value !== '') recorded.push({ year: Number(r.base_year), value: Number(r.base_value) });
        if (r.current_value !== '' && r.current_year !== r.base_year)
          recorded.push({ year: Number(r.current_year), value: Number(r.current_value) });
        results.set(tag, {
          result: openSdgProgress(recorded, { ...optionsOf(r), baseYear: cell(r.base_year) ?? 2015 }),
          from: 'components',
        });
      }
    });

    it('imports 4,106 yearly values of 119 series; one series holds two values a year and is set aside', () => {
      expect(flat).toHaveLength(136);
      expect(series).toHaveLength(132);
      expect(observations).toHaveLength(4106);
      expect(new Set(observations.map((o) => o.indicatorId)).size).toBe(119);
      expect(duplicated).toEqual(['3-11-1 / All ages / Both sexes / Malignant neoplasms']);
      const from = [...results.values()].map((r) => r.from);
      expect(from.filter((f) => f === 'yearly')).toHaveLength(118);
      expect(from.filter((f) => f === 'components')).toHaveLength(14);
    });

    it('reproduces every series progress value, score and status (132 / 132)', () => {
      const misses: string[] = [];
      for (const r of series) {
        const { result } = results.get(r.series_tag as string) as { result: OpenSdgProgressResult };
        const ok =
          result.status === r.series_status &&
          near(result.score, cell(r.series_score), 1e-9) &&
          near(result.progressValue, cell(r.progress_value), 1e-9) &&
          // The base and current years used, wherever the hub could assess the series.
          (result.status === 'not_available' ||
            (result.baseYear === cell(r.base_year) && result.currentYear === cell(r.current_year)));
        if (!ok)
          misses.push(
            `${r.series_tag}: ${result.status} ${result.score} vs ${r.series_status} ${r.series_score}`,
          );
      }
      expect(misses).toEqual([]);
      const statuses = series.map((r) => r.series_status);
      expect(statuses.filter((s) => s === 'not_available')).toHaveLength(7);
      expect(statuses.filter((s) => s === 'target_achieved')).toHaveLength(4);
    });

    it('reproduces every indicator status (86 / 86) and score (78 / 78) by aggregating its series', () => {
      const misses: string[] = [];
      let scored = 0;
      for (const id of indicatorIds) {
        const rows = flat.filter((r) => r.indicator_id === id);
        const published = rows[0] as Row;
        if (rows.every((r) => r.series_tag === '')) {
          // No automatic calculation: a manual status or none.
          if (!['not_available_manual', ''].includes(published.indicator_progress_status as string))
            misses.push(id);
          continue;
        }
        const aggregate = openSdgAggregate(
          rows.map((r) => results.get(r.series_tag as string)?.result ?? null),
        );
        if (aggregate.score !== null) scored++;
        if (
          aggregate.status !== published.indicator_progress_status ||
          !near(aggregate.score, cell(published.indicator_score), 1e-9)
        )
          misses.push(`${id}: ${aggregate.status} ${aggregate.score}`);
      }
      expect(misses).toEqual([]);
      expect(indicatorIds).toHaveLength(86);
      expect(scored).toBe(78);
      // Worked: 12.2.1, three series scored −3.5989, −5, −5: mean −4.5330, deterioration.
      const worked = openSdgAggregate(
        flat
          .filter((r) => r.indicator_id === '12-2-1')
          .map((r) => results.get(r.series_tag as string)?.result ?? null),
      );
      expect([worked.status, worked.score]).toEqual(['deterioration', expect.closeTo(-4.532962, 6)]);
    });
  },
);
