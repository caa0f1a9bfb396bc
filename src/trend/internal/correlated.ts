import type { CorrelatedMannKendallResult } from '../correlatedMultivariateMannKendall.js';
import type { InsufficientTrendData, TrendWarning } from '../TrendWarning.js';
import { completeRows } from './columns.js';
import { normalDecision, zScore } from './decision.js';
import { averageRanks, kendallConcordance, kendallScore } from './kendall.js';
import { seasonalSlope } from './seasonalScore.js';
import { splitSeasons } from './seasons.js';

/** Shared body of the correlated tests, on columns read and validated by the caller. */
export function correlatedCore(
  fn: string,
  columns: Float64Array[],
  flat: Float64Array,
  period: number,
  alpha: number,
  continuity: boolean,
): CorrelatedMannKendallResult | InsufficientTrendData {
  const complete = completeRows(columns);
  const n = complete[0]!.length;
  if (n < 3) return { status: 'insufficient_data', required: 3, received: n };
  const c = complete.length;
  let s = 0;
  for (const column of complete) s += kendallScore(column).s;
  const ranks = complete.map((column) => averageRanks(column));
  let varS = 0;
  const base = n * (n + 1) * (n + 1);
  for (let j = 0; j < c; j++) {
    for (let k = j; k < c; k++) {
      const kendall = kendallConcordance(complete[j]!, complete[k]!);
      let rankProducts = 0;
      for (let i = 0; i < n; i++) rankProducts += ranks[j]![i]! * ranks[k]![i]!;
      const gamma = (kendall + 4 * rankProducts - base) / 3;
      varS += j === k ? gamma : 2 * gamma;
    }
  }
  const { slope, intercept } = seasonalSlope(splitSeasons(flat, period));
  const tau = s / ((c * n * (n - 1)) / 2);
  const warnings: TrendWarning[] = [];
  if (s !== 0 && !(varS > 0)) {
    warnings.push({
      code: 'non_positive_variance',
      message: `${fn}: the covariance sum var(S) is ${varS}; z and p are not defined`,
    });
    return {
      status: 'ok',
      trend: 'no trend',
      h: false,
      p: null,
      z: null,
      tau,
      s,
      varS,
      slope,
      intercept,
      n,
      alpha,
      warnings,
    };
  }
  const z = zScore(s, varS, continuity);
  const { p, h, trend } = normalDecision(z, alpha);
  return { status: 'ok', trend, h, p, z, tau, s, varS, slope, intercept, n, alpha, warnings };
}
