/**
 * changeSinceAverage: the NYC Comptroller's worked rows (shared/data/nyc-mmr-comptroller/SOURCE.md: Department
 * of Buildings IDs 119, 120, 114, whose Avg3yr/Avg5yr and Improving labels are published), exact decimal
 * averages checked against Python's fractions, windows with gaps, data statuses and errors. The whole
 * published file (3,417 labels) is reproduced in test/e2e/nyc-mmr-comptroller.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { PeriodError } from '../../src/errors/PeriodError.js';
import { changeSince, changeSinceAverage } from '../../src/scoring/index.js';

const nyc = { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' } as const;
const fy = (values: Record<number, number | null>) =>
  Object.entries(values).map(([year, value]) => ({ period: `FY${year}`, value }));

// Published row ID 120 (Down): FY2016-2023 = 12.18, 5.75, 5.5, 5.02, 5.38, 6.8, 18.7, 12.14; Avg3yr 10.2933333333333, Avg5yr 8.28.
const id120 = fy({
  2016: 12.18,
  2017: 5.75,
  2018: 5.5,
  2019: 5.02,
  2020: 5.38,
  2021: 6.8,
  2022: 18.7,
  2023: 12.14,
});
// Published row ID 119 (Down): 11.11, 5.64, 5.73, 4.38, 5.2, 5.3, 8.5, 4.5; Avg3yr 6.33333333333333, Avg5yr 5.822.
const id119 = fy({
  2016: 11.11,
  2017: 5.64,
  2018: 5.73,
  2019: 4.38,
  2020: 5.2,
  2021: 5.3,
  2022: 8.5,
  2023: 4.5,
});

describe('changeSinceAverage', () => {
  it('reproduces the published Avg3yr / Avg5yr and the 1/3/5-year Improving labels of IDs 119 and 120', () => {
    const label = (series: typeof id120, periods: number) => {
      const r = changeSinceAverage(series, { periods, polarity: 'decrease', calendar: nyc });
      return r.status === 'ok'
        ? [r.reference.value, r.assessment === 'worsened' ? 'Not_Improving' : 'Improving']
        : r;
    };
    expect(label(id120, 1)).toEqual([18.7, 'Improving']);
    const three = label(id120, 3) as [number, string];
    expect(three[0]).toBeCloseTo(10.2933333333333, 12);
    expect(three[1]).toBe('Not_Improving');
    expect(label(id120, 5)).toEqual([8.28, 'Not_Improving']);
    expect(label(id119, 1)).toEqual([8.5, 'Improving']);
    expect((label(id119, 3) as [number, string])[0]).toBeCloseTo(6.33333333333333, 12);
    expect(label(id119, 5)).toEqual([5.822, 'Improving']);
  });

  it('averages exactly (decimal.js): 0.1, 0.2, 0.4 average 0.2333…; Python Fraction(7, 30)', () => {
    const r = changeSinceAverage(
      [
        { period: '2021', value: 0.1 },
        { period: '2022', value: 0.2 },
        { period: '2023', value: 0.4 },
        { period: '2024', value: 0.3 },
      ],
      { periods: 3, polarity: 'increase' },
    );
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.reference.value).toBe(7 / 30);
    expect(r.absoluteChange).toBe(1 / 15);
    expect(r.percentChange).toBe(2 / 7);
    expect(r.display).toEqual({ absoluteChange: '+0.1', percentChange: '+28.6%' });
    expect(r.explanation.summary).toBe(
      '2024: 0.3, +0.1 (+28.6%) from the average of 2021–2023 (0.2 over 3 of 3 periods), improved.',
    );
  });

  it('with periods 1 equals changeSince since the previous period', () => {
    const a = changeSinceAverage(id120, { periods: 1, polarity: 'decrease', calendar: nyc });
    const b = changeSince(id120, { since: 'previous', polarity: 'decrease', calendar: nyc });
    expect(a.status === 'ok' && b.status === 'ok').toBe(true);
    if (a.status !== 'ok' || b.status !== 'ok') return;
    expect([a.absoluteChange, a.percentChange, a.direction, a.assessment, a.display]).toEqual([
      b.absoluteChange,
      b.percentChange,
      b.direction,
      b.assessment,
      b.display,
    ]);
    expect(a.reference).toEqual({ from: 'FY2022', to: 'FY2022', value: 18.7, used: ['FY2022'], missing: [] });
  });

  it('leaves unreported periods out of the average and lists them; minPeriods guards thin windows', () => {
    const series = fy({ 2018: 10, 2019: null, 2021: 14, 2022: 12 });
    const r = changeSinceAverage(series, { periods: 4, polarity: 'increase', calendar: nyc });
    expect(r).toMatchObject({
      status: 'ok',
      current: { period: 'FY2022', value: 12 },
      reference: {
        from: 'FY2018',
        to: 'FY2021',
        value: 12,
        used: ['FY2018', 'FY2021'],
        missing: ['FY2019', 'FY2020'],
      },
      direction: 'flat',
      assessment: 'unchanged',
      percentChange: 0,
    });
    expect(changeSinceAverage(series, { periods: 4, minPeriods: 3, calendar: nyc })).toMatchObject({
      status: 'no_data',
      reason: 'missing_reference',
    });
    const noPolarity = changeSinceAverage(series, { periods: 1, calendar: nyc });
    expect(noPolarity).toMatchObject({ status: 'ok', direction: 'down', assessment: null });
  });

  it('reads asOf, and returns no_data with the reason', () => {
    const at = changeSinceAverage(id119, { periods: 2, asOf: 'FY2020', polarity: 'decrease', calendar: nyc });
    expect(at).toMatchObject({
      status: 'ok',
      current: { period: 'FY2020', value: 5.2 },
      assessment: 'worsened',
    });
    expect(at.status === 'ok' && at.reference.value).toBeCloseTo((5.73 + 4.38) / 2, 12);
    expect(changeSinceAverage(id119, { periods: 2, asOf: 'FY2030', calendar: nyc })).toMatchObject({
      status: 'no_data',
      reason: 'missing_current',
    });
    expect(changeSinceAverage([], { periods: 2 })).toMatchObject({
      status: 'no_data',
      reason: 'no_observations',
    });
    expect(changeSinceAverage([{ period: '2020', value: null }], { periods: 2 })).toMatchObject({
      status: 'no_data',
      reason: 'no_observations',
    });
    const zero = changeSinceAverage(
      [
        { period: '2024-01', value: 0 },
        { period: '2024-02', value: 3 },
      ],
      { periods: 1, percentDecimals: 0, decimals: 2 },
    );
    expect(zero).toMatchObject({
      status: 'ok',
      percentChange: null,
      display: { absoluteChange: '+3.00', percentChange: null },
    });
    expect(zero.status === 'ok' && zero.explanation.intermediate.percentChangeReason).toBe('zero_reference');
    const worse = changeSinceAverage(
      [
        { period: '2024-01', value: 5 },
        { period: '2024-02', value: 3 },
      ],
      { periods: 1, polarity: 'increase' },
    );
    expect(worse).toMatchObject({
      status: 'ok',
      direction: 'down',
      assessment: 'worsened',
      display: { percentChange: '-40.0%' },
    });
  });

  it('does not mutate its inputs', () => {
    const series = Object.freeze(id120.map((o) => Object.freeze({ ...o })));
    const options = Object.freeze({ periods: 3, polarity: 'decrease' as const, calendar: nyc });
    expect(() => changeSinceAverage(series, options)).not.toThrow();
    expect(series).toEqual(id120);
  });

  it('throws for wrong arguments', () => {
    const cases: Array<[() => unknown, string]> = [
      [() => changeSinceAverage(id120, null as never), 'options'],
      [() => changeSinceAverage(id120, { periods: 0, calendar: nyc }), 'options.periods'],
      [() => changeSinceAverage(id120, { periods: 1.5, calendar: nyc }), 'options.periods'],
      [() => changeSinceAverage(id120, { periods: 2, minPeriods: 3, calendar: nyc }), 'options.minPeriods'],
      [
        () => changeSinceAverage(id120, { periods: 2, polarity: 'up' as never, calendar: nyc }),
        'options.polarity',
      ],
      [() => changeSinceAverage(id120, { periods: 2, decimals: 13, calendar: nyc }), 'options.decimals'],
      [() => changeSinceAverage('x' as never, { periods: 2 }), 'observations'],
      [() => changeSinceAverage([{ period: '2020', value: 'a' }], { periods: 2 }), 'observations[0].value'],
    ];
    for (const [call, path] of cases) {
      let error: unknown;
      try {
        call();
      } catch (e) {
        error = e;
      }
      expect(error, path).toBeInstanceOf(ArgumentError);
      expect((error as ArgumentError).path).toBe(path);
      expect((error as ArgumentError).message).toMatch(/^changeSinceAverage: expected .+, received .+$/);
    }
    expect(() => changeSinceAverage(id120, { periods: 2 })).toThrow(PeriodError);
    expect(() =>
      changeSinceAverage(
        [
          { period: '2020', value: 1 },
          { period: '2020', value: 2 },
        ],
        { periods: 1 },
      ),
    ).toThrow(PeriodError);
  });
});
