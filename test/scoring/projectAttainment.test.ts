import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { type ProjectAttainmentProjected, projectAttainment } from '../../src/scoring/index.js';

interface Golden {
  projected: number;
  lower: number;
  upper: number;
  slope: number;
  intercept: number;
  firstMetX: number | null;
  requiredRate: number;
  currentRate: number;
}
interface Case {
  name: string;
  x: number[];
  values: number[];
  targetX: number;
  target: number;
  polarity: 'increase' | 'decrease';
  alpha: number;
  interval: 'prediction' | 'confidence';
  linear: Golden;
  compound: Golden;
  sen: Golden;
}
const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'scoring', 'projections.json'), 'utf8'),
) as { numpy: string; scipy: string; cases: Case[] };

const year = (x: number) => `${2010 + x}`;
const close = (a: number | null, b: number, rel = 1e-9) =>
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(b)));

function projected(r: ReturnType<typeof projectAttainment>): ProjectAttainmentProjected {
  expect(r.status).toBe('ok');
  return r as ProjectAttainmentProjected;
}

describe(`projectAttainment against NumPy ${fixture.numpy} / SciPy ${fixture.scipy} (test/fixtures/scoring/projections.py)`, () => {
  for (const c of fixture.cases) {
    const observations = c.x.map((x, i) => ({ period: year(x), value: c.values[i] as number }));
    const target = { period: year(c.targetX), value: c.target };
    for (const method of ['linear', 'compound', 'sen'] as const) {
      it(`${c.name}, ${method}`, () => {
        const g = c[method];
        const r = projected(
          projectAttainment(observations, target, {
            method,
            polarity: c.polarity,
            alpha: c.alpha,
            interval: c.interval,
          }),
        );
        close(r.projected.value, g.projected);
        close(r.currentRate, g.currentRate);
        close(r.requiredRate, g.requiredRate);
        close(r.explanation.intermediate.slope as number, g.slope);
        close(r.explanation.intermediate.intercept as number, g.intercept);
        if (method !== 'sen') {
          close(r.projected.lower, g.lower);
          close(r.projected.upper, g.upper);
        } else if (r.projected.lower !== null) {
          // Gilbert's ranks (R trend::sens.slope); SciPy clamps where R gives NA, so compare only when defined
          close(r.projected.lower, g.lower);
          close(r.projected.upper, g.upper);
        }
        expect(r.firstPeriodMet).toBe(g.firstMetX === null ? 'never' : year(g.firstMetX));
        expect(r.remainingPeriods).toBe(c.targetX - (c.x.at(-1) as number));
      });
    }
  }
});

describe('projectAttainment: answers', () => {
  const days = [160, 150, 138, 131].map((value, i) => ({ period: year(i), value }));

  it('hand-checked linear case: inspection days', () => {
    // slope −9.9, intercept 159.6 (x̄ = 1.5, ȳ = 144.75, Sxy = −49.5, Sxx = 5); at 2016 (x = 6): 100.2;
    // first met: 159.6 − 9.9x ≤ 80 ⇒ x ≥ 8.04 ⇒ 2019; required (80 − 131)/3 = −17 per year vs −9.9 → not on pace
    const r = projected(projectAttainment(days, { period: '2016', value: 80 }));
    expect(r.projected.value).toBe(100.2);
    expect(r.polarity).toBe('decrease');
    expect(r.firstPeriodMet).toBe('2019');
    expect(r.requiredRate).toBe(-17);
    expect(r.currentRate).toBe(-9.9);
    expect(r.onPace).toBe(false);
    expect(r.projectedToMeet).toBe(false);
    expect(r.outlook).toBe('unlikely');
    expect(r.rateUnit).toBe('per_period');
    expect(r.display.projected).toBe('100');
    expect(r.explanation.summary).toContain('the trend first meets the target in 2019');
  });

  it('already met, never, beyond the horizon', () => {
    const met = projected(projectAttainment(days, { period: '2016', value: 135 }, { polarity: 'decrease' }));
    expect(met.alreadyMet).toBe(true);
    expect(met.firstPeriodMet).toBe('2013');
    const away = [10, 11, 12, 13].map((value, i) => ({ period: year(i), value }));
    const never = projected(projectAttainment(away, { period: '2020', value: 5 }));
    expect(never.firstPeriodMet).toBe('never');
    expect(never.explanation.intermediate.firstPeriodMetReason).toBe(
      'the trend is flat or moves away from the target',
    );
    const slow = [10, 10.001, 10.002, 10.003].map((value, i) => ({ period: year(i), value }));
    expect(
      projected(projectAttainment(slow, { period: '2020', value: 20 }, { horizon: 100 })).firstPeriodMet,
    ).toBe('beyond_horizon');
    const flat = [5, 5, 5].map((value, i) => ({ period: year(i), value }));
    expect(projected(projectAttainment(flat, { period: '2020', value: 6 })).firstPeriodMet).toBe('never');
  });

  it('a coarse target period on a monthly series is its last month; the target period may have passed', () => {
    const monthly = [100, 104, 109, 113, 118, 121].map((value, i) => ({ period: `2024-0${i + 1}`, value }));
    const r = projected(
      projectAttainment(
        monthly,
        { period: 'FY2025', value: 170 },
        { calendar: { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' } },
      ),
    );
    expect(r.target.period).toBe('2025-06');
    expect(r.remainingPeriods).toBe(12);
    const passed = projected(projectAttainment(monthly, { period: '2024-03', value: 200 }));
    expect(passed.requiredRate).toBeNull();
    expect(passed.onPace).toBeNull();
    expect(passed.explanation.intermediate.requiredRateReason).toBe('target_period_reached');
  });

  it('compound rates are growth fractions, shown as percentages', () => {
    // 100, 110, 121, 133.1: exactly 10% a year
    const grow = [100, 110, 121, 133.1].map((value, i) => ({ period: year(i), value }));
    const r = projected(projectAttainment(grow, { period: '2015', value: 161.051 }, { method: 'compound' }));
    expect(r.currentRate).toBeCloseTo(0.1, 12);
    expect(r.requiredRate).toBeCloseTo(0.1, 12);
    expect(r.rateUnit).toBe('growth_per_period');
    expect(r.display.currentRate).toBe('10.00%');
    expect(r.projected.value).toBeCloseTo(161.051, 9);
    expect(r.firstPeriodMet).toBe('2015');
  });

  it('data statuses', () => {
    expect(projectAttainment(days.slice(0, 2), { period: '2016', value: 80 })).toMatchObject({
      status: 'insufficient_data',
      required: 3,
      received: 2,
    });
    expect(
      projectAttainment([...days.slice(0, 2), { period: '2012', value: null }], { period: '2016', value: 80 })
        .status,
    ).toBe('insufficient_data');
    expect(projectAttainment(days, { period: '2016', value: 160 })).toMatchObject({
      status: 'not_comparable',
      reason: 'polarity_unknown',
    });
    const withZero = [0, 1, 2].map((value, i) => ({ period: year(i), value }));
    expect(projectAttainment(withZero, { period: '2016', value: 5 }, { method: 'compound' })).toMatchObject({
      status: 'not_comparable',
      reason: 'non_positive_values',
    });
    expect(projectAttainment(days, { period: '2016', value: -1 }, { method: 'compound' })).toMatchObject({
      reason: 'non_positive_values',
    });
  });

  it('throws on bad options', () => {
    const t = { period: '2016', value: 80 };
    expect(() => projectAttainment(days, t, { method: 'cubic' as never })).toThrow(ArgumentError);
    expect(() => projectAttainment(days, t, { alpha: 1 })).toThrow(ArgumentError);
    expect(() => projectAttainment(days, t, { interval: 'x' as never })).toThrow(ArgumentError);
    expect(() => projectAttainment(days, t, { horizon: 0 })).toThrow(ArgumentError);
    expect(() => projectAttainment(days, t, { polarity: 'neutral' as never })).toThrow(ArgumentError);
    expect(() => projectAttainment(days, null as never)).toThrow(ArgumentError);
    expect(() => projectAttainment(days, { period: '2016', value: Number.NaN })).toThrow(ArgumentError);
  });

  it('does not mutate and is deterministic', () => {
    const input = structuredClone(days);
    const a = projectAttainment(input, { period: '2016', value: 80 }, { method: 'sen' });
    expect(input).toEqual(days);
    expect(projectAttainment(input, { period: '2016', value: 80 }, { method: 'sen' })).toEqual(a);
  });
});
