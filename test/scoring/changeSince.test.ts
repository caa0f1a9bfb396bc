import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { PeriodError } from '../../src/errors/PeriodError.js';
import { bandStatus, changeSince } from '../../src/scoring/index.js';
import { hasShared, readSharedJson, sharedSkipReason } from '../helpers/shared.js';

interface Vector {
  method: string;
  inputs: Record<string, unknown>;
  expected: Record<string, unknown>;
}

describe.skipIf(!hasShared)(
  `spec vectors nyc_mmr_5yr_trend_ASSUMED ${hasShared ? '' : sharedSkipReason}`,
  () => {
    const vectors = hasShared ? readSharedJson<Vector[]>('specs', 'progress-vectors.json') : [];
    const rows = vectors
      .map((v, i) => ({ ...v, row: i + 1 }))
      .filter((v) => v.method === 'nyc_mmr_5yr_trend_ASSUMED');
    it('has the three rows', () => expect(rows.length).toBe(3));
    // The ASSUMED rule (±10% first to last) as a band scheme over changeSince's percent change.
    const mmrTrend = {
      id: 'nyc_mmr_5yr_trend_assumed',
      bands: [
        { status: 'Down', lower: null, upper: -0.1, upperClosed: false },
        { status: 'Neutral', lower: -0.1, lowerClosed: true, upper: 0.1, upperClosed: true },
        { status: 'Up', lower: 0.1, lowerClosed: false, upper: null },
      ],
    };
    const calendar = { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' } as const;
    for (const v of rows) {
      const i = v.inputs as { fiscal_years: number[]; values: number[]; desired_direction: 'Up' | 'Down' };
      it(`nyc_mmr_5yr_trend_ASSUMED row ${v.row}: ${i.values.join(', ')} (${i.desired_direction})`, () => {
        const series = i.fiscal_years.map((y, k) => ({ period: `FY${y}`, value: i.values[k] as number }));
        const change = changeSince(series, { since: 'baseline', calendar });
        expect(change.status).toBe('ok');
        if (change.status !== 'ok') return;
        expect(change.reference.period).toBe(`FY${i.fiscal_years[0]}`);
        expect(change.percentChange).toBe(v.expected.pct_change_first_to_last);
        const trend = bandStatus(change.percentChange, mmrTrend).status;
        expect(trend).toBe(v.expected.trend);
        expect(trend === i.desired_direction).toBe(v.expected.trend_matches_desired_direction);
      });
    }
  },
);

describe('changeSince', () => {
  const monthly = [
    { period: '2023-06', value: 140 },
    { period: '2024-04', value: 130 },
    { period: '2024-05', value: 128 },
    { period: '2024-06', value: 120 },
  ];

  it('previous period, exact decimals', () => {
    const r = changeSince(monthly, { since: 'previous', polarity: 'decrease' });
    // 120 − 128 = −8; −8/128 = −0.0625
    expect(r).toMatchObject({
      status: 'ok',
      current: { period: '2024-06', value: 120 },
      reference: { period: '2024-05', value: 128 },
      absoluteChange: -8,
      percentChange: -0.0625,
      direction: 'down',
      assessment: 'improved',
      display: { absoluteChange: '-8', percentChange: '-6.3%' },
    });
    const tiny = changeSince(
      [
        { period: '2024-01', value: 0.1 },
        { period: '2024-02', value: 0.3 },
      ],
      { since: 'previous', polarity: 'increase' },
    );
    // 0.3 − 0.1 = 0.2 exactly (float64 gives 0.19999999999999998); +200%
    expect(tiny).toMatchObject({
      absoluteChange: 0.2,
      percentChange: 2,
      display: { absoluteChange: '+0.2', percentChange: '+200.0%' },
    });
  });

  it('same period last year for each frequency', () => {
    expect(changeSince(monthly, { since: 'samePeriodLastYear' })).toMatchObject({
      reference: { period: '2023-06' },
      absoluteChange: -20,
    });
    const quarters = [
      { period: '2023-Q2', value: 10 },
      { period: '2024-Q2', value: 12 },
    ];
    expect(changeSince(quarters, { since: 'samePeriodLastYear' })).toMatchObject({
      reference: { period: '2023-Q2' },
      percentChange: 0.2,
    });
    const fq = [
      { period: 'FY2024-Q1', value: 10 },
      { period: 'FY2025-Q1', value: 11 },
    ];
    const cal = { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' } as const;
    expect(changeSince(fq, { since: 'samePeriodLastYear', calendar: cal })).toMatchObject({
      reference: { period: 'FY2024-Q1' },
    });
    const years = [
      { period: '2023', value: 5 },
      { period: '2024', value: 5 },
    ];
    expect(changeSince(years, { since: 'samePeriodLastYear', polarity: 'increase' })).toMatchObject({
      direction: 'flat',
      assessment: 'unchanged',
      display: { absoluteChange: '0', percentChange: '0.0%' },
    });
    const weeks = [
      { period: '2023-W10', value: 7 },
      { period: '2024-W10', value: 8 },
    ];
    expect(changeSince(weeks, { since: 'samePeriodLastYear' })).toMatchObject({
      reference: { period: '2023-W10' },
    });
    // 2020-W53 has no same week in 2019 (52 weeks)
    expect(changeSince([{ period: '2020-W53', value: 1 }], { since: 'samePeriodLastYear' })).toMatchObject({
      status: 'no_data',
      reason: 'missing_reference',
    });
    const days = [
      { period: '2023-02-28', value: 3 },
      { period: '2024-02-29', value: 4 },
    ];
    expect(changeSince(days, { since: 'samePeriodLastYear' })).toMatchObject({
      reference: { period: '2023-02-28' },
    });
  });

  it('baseline: given, or the first value', () => {
    expect(changeSince(monthly, { since: 'baseline' })).toMatchObject({
      reference: { period: '2023-06', value: 140 },
    });
    expect(
      changeSince(monthly, { since: 'baseline', baseline: { period: '2022-12', value: 160 } }),
    ).toMatchObject({
      reference: { period: '2022-12', value: 160 },
      percentChange: -0.25,
    });
  });

  it('asOf picks the period; negative and zero references', () => {
    expect(changeSince(monthly, { since: 'previous', asOf: '2024-05' })).toMatchObject({
      absoluteChange: -2,
    });
    const neg = [
      { period: '2024-01', value: -20 },
      { period: '2024-02', value: -10 },
    ];
    // (−10 − (−20)) / |−20| = +0.5: the percent keeps the direction of the change
    expect(changeSince(neg, { since: 'previous' })).toMatchObject({ percentChange: 0.5, direction: 'up' });
    const zero = changeSince(
      [
        { period: '2024-01', value: 0 },
        { period: '2024-02', value: 4 },
      ],
      { since: 'previous' },
    );
    expect(zero).toMatchObject({ status: 'ok', percentChange: null, display: { percentChange: null } });
    expect(zero.explanation.intermediate.percentChangeReason).toBe('zero_reference');
  });

  it('missing data is no_data, never skipped', () => {
    const gap = [
      { period: '2024-01', value: 5 },
      { period: '2024-02', value: null },
      { period: '2024-03', value: 6 },
    ];
    expect(changeSince(gap, { since: 'previous' })).toMatchObject({
      status: 'no_data',
      reason: 'missing_reference',
    });
    expect(changeSince(gap, { since: 'previous', asOf: '2024-02' })).toMatchObject({
      status: 'no_data',
      reason: 'missing_current',
    });
    expect(changeSince([], { since: 'previous' })).toMatchObject({
      status: 'no_data',
      reason: 'no_observations',
    });
    expect(changeSince([{ period: '2024-01', value: null }], { since: 'baseline' })).toMatchObject({
      reason: 'no_observations',
    });
  });

  it('throws on bad input', () => {
    expect(() => changeSince(monthly, { since: 'lastWeek' as never })).toThrow(ArgumentError);
    expect(() => changeSince(monthly, null as never)).toThrow(ArgumentError);
    expect(() => changeSince(monthly, { since: 'baseline', baseline: 5 as never })).toThrow(ArgumentError);
    expect(() => changeSince(monthly, { since: 'previous', polarity: 'up' as never })).toThrow(ArgumentError);
    expect(() =>
      changeSince(
        [
          { period: '2024-01', value: 1 },
          { period: '2024-Q1', value: 1 },
        ],
        { since: 'previous' },
      ),
    ).toThrow(PeriodError);
    expect(() => changeSince([{ period: '2024-01', value: 'x' }], { since: 'previous' })).toThrow(
      'changeSince: expected observations[0].value',
    );
  });
});
