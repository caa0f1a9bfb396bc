import type { SeasonStatistic } from '../seasonalMannKendall.js';
import type { TrendDirection } from '../TrendWarning.js';
import { normalDecision, zScore } from './decision.js';
import { kendallScore } from './kendall.js';
import type { Seasons } from './seasons.js';
import { median } from './select.js';
import { medianSlope } from './sen.js';

/** Pooled Mann-Kendall over independent seasons (Hirsch–Slack), and the seasonal Sen slope. */
export interface PooledScore {
  trend: TrendDirection;
  h: boolean;
  p: number;
  z: number;
  tau: number;
  tauB: number | null;
  s: number;
  varS: number;
  slope: number;
  intercept: number;
  n: number;
  seasons: SeasonStatistic[];
}

export function pooledScore(split: Seasons, alpha: number, continuity: boolean): PooledScore {
  let s = 0;
  let varS = 0;
  let pairs = 0;
  let tauBDenominator = 0;
  let n = 0;
  const seasons: SeasonStatistic[] = [];
  split.seasons.forEach((g, season) => {
    const score = kendallScore(g.x);
    n += score.n;
    s += score.s;
    varS += score.varS;
    pairs += score.pairs;
    tauBDenominator += Math.sqrt(score.pairs * (score.pairs - score.tiedPairs));
    seasons.push({ season, n: score.n, s: score.s, varS: score.varS });
  });
  const z = zScore(s, varS, continuity);
  const { p, h, trend } = normalDecision(z, alpha);
  const { slope, intercept } = seasonalSlope(split);
  return {
    trend,
    h,
    p,
    z,
    tau: s / pairs,
    tauB: tauBDenominator > 0 ? s / tauBDenominator : null,
    s,
    varS,
    slope,
    intercept,
    n,
    seasons,
  };
}

/** Pooled within-season Sen slope (per cycle) and its intercept at the first element. */
export function seasonalSlope(split: Seasons): {
  slope: number;
  intercept: number;
  seasonSlopes: (number | null)[];
} {
  const groups = split.seasons.filter((g) => g.t.length >= 2);
  const slope = medianSlope(groups).slope;
  const seasonSlopes = split.seasons.map((g) => (g.t.length >= 2 ? medianSlope([g]).slope : null));
  const x: number[] = [];
  const positions: number[] = [];
  const all = split.values;
  for (let i = 0; i < all.length; i++) {
    if (!Number.isNaN(all[i]!)) {
      x.push(all[i]!);
      positions.push(i);
    }
  }
  const intercept = median(x) - (median(positions) / split.period) * slope;
  return { slope, intercept, seasonSlopes };
}
