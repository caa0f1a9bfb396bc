/**
 * Invariants of the XmR chart (issue 5): adding a constant shifts the centre line and limits by it and
 * changes no label; negating the series and flipping the improvement direction keeps every label.
 * Values are multiples of 1/8 so that shifting and negating are exact in binary64 (no rounding can move a
 * point across a limit), for every rule set.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SpcRuleset, type XmrChartOptions, xmrChart } from '../../src/spc/index.js';
import { xmrSummary } from '../../src/spc/xmrChart.js';

const RULESETS: SpcRuleset[] = ['nhs', 'anhoej', 'western-electric', 'nelson'];
const eighth = fc.integer({ min: -800, max: 800 }).map((k) => k / 8);
const series = fc.array(fc.option(eighth, { nil: null, freq: 12 }), { minLength: 2, maxLength: 60 });
const ruleset = fc.constantFrom(...RULESETS);

function optionsFor(
  rs: SpcRuleset,
  improvement: 'increase' | 'decrease',
  n: number,
  rebaseAt: number,
): XmrChartOptions {
  const options: XmrChartOptions = { ruleset: rs, improvement };
  if (rebaseAt > 2 && rebaseAt < n - 2) options.rebase = [rebaseAt];
  return options;
}

const FLIP: Record<string, string> = {
  above_ucl: 'below_lcl',
  below_lcl: 'above_ucl',
  trend_up: 'trend_down',
  trend_down: 'trend_up',
  two_in_three_above: 'two_in_three_below',
  two_in_three_below: 'two_in_three_above',
  shift_above: 'shift_below',
  shift_below: 'shift_above',
  long_run_above: 'long_run_below',
  long_run_below: 'long_run_above',
};

describe('xmrChart properties', () => {
  it('the summary evaluatePlan uses is the chart without its point records', () => {
    fc.assert(
      fc.property(
        series,
        ruleset,
        fc.constantFrom('increase', 'decrease', 'neutral' as const),
        fc.nat(60),
        (values, rs, improvement, rebaseAt) => {
          const options: XmrChartOptions = { ruleset: rs, improvement, target: 10 };
          if (rebaseAt > 2 && rebaseAt < values.length - 2) options.rebase = [rebaseAt];
          const chart = xmrChart(values, options);
          const summary = xmrSummary(values, options);
          expect(summary).toEqual(chart.status === 'ok' ? { ...chart, points: [] } : chart);
        },
      ),
    );
  });

  it('adding a constant shifts mean and limits by it and changes no label', () => {
    fc.assert(
      fc.property(
        series,
        ruleset,
        fc.integer({ min: -400, max: 400 }),
        fc.nat(60),
        (values, rs, k, rebaseAt) => {
          const shift = k / 8;
          const options = optionsFor(rs, 'increase', values.length, rebaseAt);
          const a = xmrChart(values, options);
          const b = xmrChart(
            values.map((v) => (v === null ? null : v + shift)),
            options,
          );
          expect(b.status).toBe(a.status);
          if (a.status !== 'ok' || b.status !== 'ok') return;
          a.segments.forEach((s, i) => {
            const t = b.segments[i]!;
            expect(t.mean).toBeCloseTo(s.mean + shift, 9);
            expect(t.ucl - t.mean).toBeCloseTo(s.ucl - s.mean, 9);
            expect(t.lcl - t.mean).toBeCloseTo(s.lcl - s.mean, 9);
          });
          expect(b.points.map((p) => p.specialCause)).toEqual(a.points.map((p) => p.specialCause));
          expect(b.points.map((p) => p.rule)).toEqual(a.points.map((p) => p.rule));
          expect(b.variationIcon).toBe(a.variationIcon);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('negating the series and flipping the direction keeps improvement/concern labels', () => {
    fc.assert(
      fc.property(series, ruleset, fc.nat(60), (values, rs, rebaseAt) => {
        const a = xmrChart(values, optionsFor(rs, 'increase', values.length, rebaseAt));
        const b = xmrChart(
          values.map((v) => (v === null ? null : -v)),
          optionsFor(rs, 'decrease', values.length, rebaseAt),
        );
        expect(b.status).toBe(a.status);
        if (a.status !== 'ok' || b.status !== 'ok') return;
        const flipNeutral = (s: string | null) =>
          s === 'neutral_high' ? 'neutral_low' : s === 'neutral_low' ? 'neutral_high' : s;
        a.points.forEach((p, i) => {
          const q = b.points[i]!;
          if (
            p.specialCause === 'improvement' ||
            p.specialCause === 'concern' ||
            p.specialCause === 'common'
          ) {
            expect(q.specialCause).toBe(p.specialCause);
          } else if (p.specialCause !== null && !(p.rule === 'nelson_4' || p.rule === 'nelson_7')) {
            // Patterns without a direction (Nelson 8) mirror their side; Nelson 4 and 7 may sit on the line.
            expect(q.specialCause).toBe(flipNeutral(p.specialCause));
          }
          if (rs === 'nhs' || rs === 'anhoej') {
            expect(q.rule).toBe(p.rule === null || p.rule === 'none' ? p.rule : FLIP[p.rule]);
          } else {
            expect(q.rule).toBe(p.rule);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('never labels more points than exist and labels exactly the missing ones null', () => {
    fc.assert(
      fc.property(series, ruleset, (values, rs) => {
        const chart = xmrChart(values, { ruleset: rs });
        if (chart.status !== 'ok') return;
        expect(chart.points).toHaveLength(values.length);
        chart.points.forEach((p, i) => {
          expect(p.specialCause === null).toBe(values[i] === null);
          expect(p.rules.length === 0).toBe(p.rule === 'none' || p.rule === null);
        });
      }),
      { numRuns: 200 },
    );
  });
});
