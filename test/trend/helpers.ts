import { expect } from 'vitest';
import { ArgumentError } from '../../src/errors/index.js';

/** Runs `f`, expects an ArgumentError, and returns it. */
export function thrown(f: () => unknown): ArgumentError {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(ArgumentError);
    return error as ArgumentError;
  }
  throw new Error('expected a throw');
}

/** Narrows a result union to its ok branch. */
export function ok<R extends { status: string }>(result: R): Exclude<R, { status: 'insufficient_data' }> {
  if (result.status !== 'ok') throw new Error(`expected status ok, received ${JSON.stringify(result)}`);
  return result as Exclude<R, { status: 'insufficient_data' }>;
}

/** Brute-force S and tie-corrected var(S) (the O(n²) definition), for cross-checks. */
export function bruteForceScore(x: readonly number[]): { s: number; varS: number } {
  const n = x.length;
  let s = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) s += Math.sign(x[j]! - x[i]!);
  const counts = new Map<number, number>();
  for (const v of x) counts.set(v, (counts.get(v) ?? 0) + 1);
  let ties = 0;
  for (const t of counts.values()) ties += t * (t - 1) * (2 * t + 5);
  return { s, varS: (n * (n - 1) * (2 * n + 5) - ties) / 18 };
}

/** Issue 29 of pyMannKendall, series 2 (12 points, strong negative lag-1 autocorrelation of detrended ranks). */
export const issue29Series2 = [
  0.3526, 0.3869, 0.3967, 0.363, 0.4204, 0.3937, 0.411, 0.4318, 0.4082, 0.4539, 0.4158, 0.474,
];
