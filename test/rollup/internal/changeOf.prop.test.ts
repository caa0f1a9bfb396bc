import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Frequency, parsePeriod, shiftPeriod } from '../../../src/periods/index.js';
import { changeOf } from '../../../src/rollup/internal/changeOf.js';
import type { Point } from '../../../src/rollup/internal/series.js';
import { changeSince } from '../../../src/scoring/index.js';

/**
 * evaluatePlan computes its two changes on the points it has read (`changeOf`) instead of calling the public
 * `changeSince` again; the public function is the reference: every figure must be the same.
 */
const calendar = { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' } as const;
const starts: Record<string, string> = {
  day: '2024-02-20',
  week: '2019-W50',
  month: '2023-11',
  quarter: '2022-Q3',
  year: '2020',
  'fiscal-year': 'FY2021',
  'fiscal-quarter': 'FY2022-Q2',
};

const value = fc.oneof(
  fc.integer({ min: -500, max: 500 }),
  fc.integer({ min: -99_999, max: 99_999 }).map((n) => n / 100),
  fc.constant(0),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => `${n}.000000000001`),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.constant(1e21),
);

const scenario = fc.record({
  frequency: fc.constantFrom(...(Object.keys(starts) as Frequency[])),
  // Each step: how many periods after the previous one (gaps), and the value (null = unreported).
  steps: fc.array(
    fc.record({ gap: fc.integer({ min: 1, max: 3 }), value: fc.option(value, { nil: null }) }),
    {
      minLength: 1,
      maxLength: 60,
    },
  ),
  ratioEvery: fc.integer({ min: 0, max: 4 }),
  polarity: fc.constantFrom('increase', 'decrease', undefined),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario): Point[] {
  let period = parsePeriod(starts[s.frequency] as string, calendar);
  const points: Point[] = [];
  s.steps.forEach((step, i) => {
    if (i > 0) period = shiftPeriod(period, step.gap, calendar);
    const ratio = s.ratioEvery > 0 && i % s.ratioEvery === 0 && step.value !== null;
    const numerator = Math.abs(Math.round(Number(step.value))) % 1000;
    points.push({
      period,
      value: step.value === null ? null : ratio ? (numerator / 400) * 100 : Number(step.value),
      raw: ratio ? null : step.value,
      numerator: ratio ? numerator : null,
      denominator: ratio ? 400 : null,
      status: 'final',
      derived: false,
    });
  });
  return points;
}

describe('changeOf gives the figures of changeSince', () => {
  it('previous and same period last year, with gaps, nulls, ratios and decimal strings', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const points = build(s);
        const latest = [...points].reverse().find((p) => p.value !== null);
        if (latest === undefined) return;
        const series = points.map((p) => ({
          period: p.period.label,
          value: p.value === null ? null : (p.raw ?? p.value),
        }));
        for (const since of ['previous', 'samePeriodLastYear'] as const) {
          const ours = changeOf(points, latest, since, s.polarity, calendar);
          const ref = changeSince(series, { since, polarity: s.polarity, calendar });
          if (ref.status === 'ok') {
            expect(ours).toEqual({
              status: 'ok',
              period: ref.current.period,
              referencePeriod: ref.reference.period,
              absolute: ref.absoluteChange,
              percent: ref.percentChange,
              direction: ref.direction,
              assessment: ref.assessment,
            });
          } else {
            expect(ours).toEqual({
              status: 'no_data',
              reason: ref.reason,
              referencePeriod: ref.explanation.intermediate.referencePeriod,
            });
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('has no reference before the year 0001 (changeSince raises a PeriodError there)', () => {
    const period = parsePeriod('0001-01');
    const latest: Point = {
      period,
      value: 5,
      raw: 5,
      numerator: null,
      denominator: null,
      status: 'final',
      derived: false,
    };
    expect(changeOf([latest], latest, 'previous', 'increase', calendar)).toEqual({
      status: 'no_data',
      reason: 'missing_reference',
      referencePeriod: null,
    });
    expect(() => changeSince([{ period: '0001-01', value: 5 }], { since: 'previous' })).toThrow(/0001/);
  });
});
