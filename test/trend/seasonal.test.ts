import { describe, expect, it } from 'vitest';
import {
  correlatedSeasonalMannKendall,
  seasonalMannKendall,
  seasonalSensSlope,
} from '../../src/trend/index.js';
import { bruteForceScore, ok, thrown } from './helpers.js';

describe('seasonalMannKendall and seasonalSensSlope', () => {
  const quarterly = [5, 9, 7, 3, 6, 10, 8, 4, 7, 12, 9, 5, 8, 13, 11, 6, 9, 13, 12, 7];

  it('pools per-season S and var(S) (Hirsch–Slack), seasons counted from the first element', () => {
    const r = ok(seasonalMannKendall(quarterly, { period: 4 }));
    const seasons = [0, 1, 2, 3].map((j) => bruteForceScore(quarterly.filter((_, i) => i % 4 === j)));
    expect(r.s).toBe(seasons.reduce((a, b) => a + b.s, 0));
    expect(r.varS).toBe(seasons.reduce((a, b) => a + b.varS, 0));
    expect(r.seasons.map((s) => s.s)).toEqual(seasons.map((s) => s.s));
    expect(r.tau).toBeCloseTo(r.s / 40, 15);
    expect(r.n).toBe(20);
  });

  it('insufficient data when no season has two values (12 monthly points)', () => {
    const year = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    expect(seasonalMannKendall(year)).toEqual({ status: 'insufficient_data', required: 2, received: 1 });
    expect(seasonalSensSlope(year)).toEqual({ status: 'insufficient_data', required: 2, received: 1 });
  });

  it('seasonal slope per cycle, per-season slopes null for a season with one value', () => {
    const r = ok(seasonalSensSlope([10, 20, 30, 12, 20, null, 14, 21], { period: 3 }));
    expect(r.seasonSlopes).toEqual([2, 0.5, null]);
    // pooled slopes 2, 2, 2 | 0, 0.5, 1: median (1 + 2)/2
    expect(r.slope).toBe(1.5);
    expect(r.n).toBe(7);
  });

  it('all-equal data: no trend, p = 1, slope 0', () => {
    const r = ok(seasonalMannKendall(new Array(24).fill(3), { period: 12 }));
    expect(r).toMatchObject({ p: 1, z: 0, s: 0, slope: 0, intercept: 3, tauB: null, trend: 'no trend' });
  });

  it('correlated seasonal: requires three complete cycles; alpha is honoured', () => {
    expect(correlatedSeasonalMannKendall([1, 2, 3, 4, 5, 6, 7, 8], { period: 4 })).toEqual({
      status: 'insufficient_data',
      required: 3,
      received: 2,
    });
    const loose = ok(correlatedSeasonalMannKendall(quarterly, { period: 4, alpha: 0.5 }));
    const strict = ok(correlatedSeasonalMannKendall(quarterly, { period: 4, alpha: 1e-9 }));
    expect(loose.p).toBe(strict.p);
    expect(loose.h).toBe(true);
    expect(strict.h).toBe(false);
  });

  it('throws for a bad period, alpha or continuity', () => {
    let e = thrown(() => seasonalMannKendall([1, 2, 3], { period: 1 }));
    expect(e.message).toBe('seasonalMannKendall: expected options.period to be an integer >= 2, received 1');
    e = thrown(() => seasonalSensSlope([1, 2, 3], { period: 2.5 }));
    expect(e.path).toBe('options.period');
    e = thrown(() => seasonalMannKendall([1, 2, 3], { alpha: -1 }));
    expect(e.path).toBe('options.alpha');
    e = thrown(() => seasonalMannKendall([1, 2, 3], { continuity: 1 as never }));
    expect(e.path).toBe('options.continuity');
    e = thrown(() => correlatedSeasonalMannKendall([1, 2, 3], { period: 0 }));
    expect(e.path).toBe('options.period');
    e = thrown(() => correlatedSeasonalMannKendall([1, 2, 3], { alpha: 2 }));
    expect(e.path).toBe('options.alpha');
    e = thrown(() => correlatedSeasonalMannKendall([1, 2, 3], { continuity: 'no' as never }));
    expect(e.path).toBe('options.continuity');
  });

  it('does not mutate its input', () => {
    const copy = [...quarterly];
    seasonalMannKendall(quarterly, { period: 4 });
    correlatedSeasonalMannKendall(quarterly, { period: 4 });
    expect(quarterly).toEqual(copy);
  });
});
