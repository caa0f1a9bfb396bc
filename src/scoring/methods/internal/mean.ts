import { fail } from '../../../internal/assert.js';

/** Reads an array of scores (null / NaN = missing) within [min, max]; returns the present ones and the count. */
export function readScores(
  fn: string,
  path: string,
  scores: unknown,
  min: number,
  max: number,
): { present: number[]; total: number } {
  if (!Array.isArray(scores)) fail(fn, path, 'to be an array of scores', scores);
  const present: number[] = [];
  scores.forEach((score: unknown, i) => {
    if (score === null || score === undefined || (typeof score === 'number' && Number.isNaN(score))) return;
    if (typeof score !== 'number' || !(score >= min && score <= max)) {
      fail(fn, `${path}[${i}]`, `to be a number in [${min}, ${max}], null or NaN`, score);
    }
    present.push(score);
  });
  return { present, total: scores.length };
}

/** Arithmetic mean with Neumaier-compensated summation; callers guarantee a non-empty array. */
export function mean(values: readonly number[]): number {
  let sum = 0;
  let compensation = 0;
  for (const v of values) {
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return (sum + compensation) / values.length;
}
