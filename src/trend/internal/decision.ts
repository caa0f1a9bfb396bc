import type { TrendDirection } from '../TrendWarning.js';
import { normalTwoSidedP, normalUpperQuantile } from './normal.js';

/** z from S and var(S): (S − sgn S)/√var with the continuity correction, S/√var without; 0 when S = 0. */
export function zScore(s: number, varS: number, continuity: boolean): number {
  if (s === 0) return 0;
  const numerator = continuity ? s - Math.sign(s) : s;
  return numerator / Math.sqrt(varS);
}

/** Two-sided normal decision: p = erfc(|z|/√2), h = |z| > Φ⁻¹(1 − α/2) (strict), and the direction. */
export function normalDecision(z: number, alpha: number): { p: number; h: boolean; trend: TrendDirection } {
  const p = normalTwoSidedP(z);
  const h = Math.abs(z) > normalUpperQuantile(alpha / 2);
  return { p, h, trend: direction(h, z) };
}

/** Direction from the decision and the sign of the statistic. */
export function direction(h: boolean, sign: number): TrendDirection {
  if (!h) return 'no trend';
  return sign > 0 ? 'increasing' : sign < 0 ? 'decreasing' : 'no trend';
}
