import { fail } from '../../internal/assert.js';
import type { Explanation } from '../Explanation.js';
import { fmt } from './internal/format.js';
import { readOptionsObject } from './internal/readOptions.js';
import { roundNoise } from './internal/roundNoise.js';
import { SOURCES } from './internal/sources.js';

/**
 * A key result to grade: a grade already in [0, 1]; a binary key result `{ achieved: boolean }` (graded 0
 * or 1); or a measured one `{ planned, achieved, baseline? }` graded
 * `(achieved − baseline) / (planned − baseline)` clamped to [0, 1] (baseline 0 by default; a planned value
 * below the baseline grades a reduction). Each object may carry a `weight` (default 1).
 *
 * @example
 * ```ts
 * import type { OkrKeyResult } from 'civic-metrics';
 * const features: OkrKeyResult = { planned: 6, achieved: 3 };
 * ```
 */
export type OkrKeyResult =
  | number
  | { achieved: boolean; weight?: number }
  | { planned: number; achieved: number; baseline?: number; weight?: number };

/**
 * Options of {@link okrGrade}.
 *
 * @example
 * ```ts
 * import type { OkrGradeOptions } from 'civic-metrics';
 * const options: OkrGradeOptions = { sweetSpot: [0.6, 0.7] };
 * ```
 */
export interface OkrGradeOptions {
  /** The grade range Google calls the sweet spot (inclusive). Default [0.6, 0.7]. */
  sweetSpot?: readonly [number, number];
}

/**
 * One graded key result.
 *
 * @example
 * ```ts
 * import type { OkrKeyResultGrade } from 'civic-metrics';
 * const graded: OkrKeyResultGrade = { grade: 0.5, weight: 1, kind: 'measured', capped: false };
 * ```
 */
export interface OkrKeyResultGrade {
  /** The key result's grade in [0, 1]. */
  grade: number;
  /** Its weight in the objective grade. */
  weight: number;
  /** `grade` (given), `binary` or `measured`. */
  kind: 'grade' | 'binary' | 'measured';
  /** Whether the measured grade was clamped to [0, 1] (overachieved or went backwards). */
  capped: boolean;
}

/**
 * Result of {@link okrGrade}.
 *
 * @example
 * ```ts
 * import type { OkrGradeResult } from 'civic-metrics';
 * const inSweetSpot: OkrGradeResult['inSweetSpot'] = true;
 * ```
 */
export interface OkrGradeResult {
  /** The objective's grade: the weighted mean of the key-result grades, in [0, 1]. */
  grade: number;
  /** Each key result's grade, in input order. */
  keyResults: OkrKeyResultGrade[];
  /** Whether the grade lies in the sweet spot (0.6–0.7 by default); a 1.0 suggests goals not ambitious enough. */
  inSweetSpot: boolean;
  /** Inputs, the grades and the rule. */
  explanation: Explanation;
}

/**
 * Grades an objective from its key results, the Google / Doerr OKR way.
 *
 * Each key result is graded 0.0–1.0: the fraction achieved (re:Work: "launch six new features", three
 * launched → 0.5), or 0/1 for a binary key result. The objective grade is the (optionally weighted)
 * average of its key-result grades: `Σ w_i g_i / Σ w_i`, rounded to 12 decimal places so that floating-point
 * noise cannot move a grade across a band edge ((0.5 + 1 + 0.6) / 3 is 0.7, not 0.7000000000000001).
 * Google treats 0.6–0.7 (inclusive) as the sweet spot; colour the grade with {@link okrColour}.
 *
 * Missing data: there is none to skip; every key result must be gradable.
 *
 * @param keyResults - Non-empty array of key results (see {@link OkrKeyResult}).
 * @param options - `{ sweetSpot = [0.6, 0.7] }`.
 * @returns The objective grade, each key-result grade, and whether it is in the sweet spot.
 * @throws {ArgumentError} `invalid_argument` when `keyResults` is empty or not an array, a grade is outside
 *   [0, 1], a measured key result has non-finite numbers or `planned` equal to its baseline, a weight is
 *   not a positive number (path `keyResults[i]…`), or the sweet spot is not an ordered pair in [0, 1].
 * @see Google re:Work, "Set goals with OKRs — Grade OKRs"; J. Doerr, Measure What Matters (2018).
 *
 * @example
 * ```ts
 * import { okrGrade } from 'civic-metrics';
 * const result = okrGrade([{ planned: 6, achieved: 3 }, { achieved: true }, 0.6]);
 * result.grade;
 * // => 0.7
 * result.inSweetSpot;
 * // => true
 * ```
 */
export function okrGrade(keyResults: readonly OkrKeyResult[], options?: OkrGradeOptions): OkrGradeResult {
  const fn = 'okrGrade';
  if (!Array.isArray(keyResults) || keyResults.length === 0) {
    fail(fn, 'keyResults', 'to be a non-empty array of key results', keyResults);
  }
  const o = readOptionsObject(fn, options, true);
  const sweetSpot = o.sweetSpot === undefined ? [0.6, 0.7] : o.sweetSpot;
  if (
    !Array.isArray(sweetSpot) ||
    sweetSpot.length !== 2 ||
    !sweetSpot.every((x: unknown) => typeof x === 'number' && x >= 0 && x <= 1) ||
    (sweetSpot[0] as number) > (sweetSpot[1] as number)
  ) {
    fail(fn, 'options.sweetSpot', 'to be a pair [low, high] with 0 <= low <= high <= 1', sweetSpot);
  }
  const [low, high] = sweetSpot as [number, number];
  const graded = keyResults.map((kr, i) => gradeOne(fn, `keyResults[${i}]`, kr));
  let weighted = 0;
  let totalWeight = 0;
  for (const g of graded) {
    weighted += g.weight * g.grade;
    totalWeight += g.weight;
  }
  const grade = roundNoise(weighted / totalWeight);
  const inSweetSpot = grade >= low && grade <= high;
  const equalWeights = graded.every((g) => g.weight === graded[0]?.weight);
  return {
    grade,
    keyResults: graded,
    inSweetSpot,
    explanation: {
      method: fn,
      summary: `${equalWeights ? 'Average' : 'Weighted average'} of ${graded.length} key-result grades (${graded.map((g) => fmt(g.grade)).join(', ')}): ${fmt(grade)}${inSweetSpot ? ', in the sweet spot' : grade > high ? ', above the sweet spot (targets may not be ambitious enough)' : ''}.`,
      inputs: { keyResults: graded.length, sweetSpotLow: low, sweetSpotHigh: high },
      intermediate: { grade, totalWeight, inSweetSpot },
      rule: {
        id: inSweetSpot ? 'sweet_spot' : grade > high ? 'above_sweet_spot' : 'below_sweet_spot',
        description: `objective grade = weighted mean of key-result grades; sweet spot ${low}-${high}`,
        thresholds: { sweetSpotLow: low, sweetSpotHigh: high },
      },
      source: SOURCES.okr,
    },
  };
}

function gradeOne(fn: string, path: string, kr: unknown): OkrKeyResultGrade {
  if (typeof kr === 'number') {
    if (!(kr >= 0 && kr <= 1)) fail(fn, path, 'to be a grade in [0, 1]', kr);
    return { grade: kr, weight: 1, kind: 'grade', capped: false };
  }
  if (kr === null || typeof kr !== 'object' || Array.isArray(kr)) {
    return fail(fn, path, 'to be a grade, { achieved: boolean } or { planned, achieved }', kr);
  }
  const r = kr as Record<string, unknown>;
  let weight = 1;
  if (r.weight !== undefined) {
    if (typeof r.weight !== 'number' || !(r.weight > 0) || !Number.isFinite(r.weight)) {
      fail(fn, `${path}.weight`, 'to be a positive number', r.weight);
    }
    weight = r.weight;
  }
  if (typeof r.achieved === 'boolean' && r.planned === undefined) {
    return { grade: r.achieved ? 1 : 0, weight, kind: 'binary', capped: false };
  }
  const planned = r.planned;
  const achieved = r.achieved;
  const baseline = r.baseline === undefined ? 0 : r.baseline;
  if (typeof planned !== 'number' || !Number.isFinite(planned))
    fail(fn, `${path}.planned`, 'to be a finite number', planned);
  if (typeof achieved !== 'number' || !Number.isFinite(achieved))
    fail(fn, `${path}.achieved`, 'to be a finite number', achieved);
  if (typeof baseline !== 'number' || !Number.isFinite(baseline))
    fail(fn, `${path}.baseline`, 'to be a finite number', baseline);
  if (planned === baseline) fail(fn, `${path}.planned`, `to differ from the baseline ${baseline}`, planned);
  const raw = roundNoise((achieved - baseline) / (planned - baseline));
  const grade = Math.min(1, Math.max(0, raw));
  return { grade, weight, kind: 'measured', capped: grade !== raw };
}
