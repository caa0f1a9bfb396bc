import { assertFinite, assertOneOf, fail } from '../internal/assert.js';
import { IMPROVEMENTS } from './internal/options.js';
import type { AssuranceIcon, Improvement } from './types.js';

/**
 * Arguments of {@link assuranceIcon}: the process limits, the target and the improvement direction.
 *
 * @example
 * ```ts
 * import type { AssuranceIconInput } from 'civic-metrics';
 * const input: AssuranceIconInput = { lcl: 1, ucl: 3, target: 4, improvement: 'increase' };
 * ```
 */
export interface AssuranceIconInput {
  /** Lower process limit (of the latest segment). */
  lcl: number;
  /** Upper process limit (of the latest segment); must be >= `lcl`. */
  ucl: number;
  /** The target; `null`/`undefined` gives no icon. */
  target?: number | null | undefined;
  /** Which direction is better; `neutral` gives no icon. */
  improvement: Improvement;
}

/**
 * The Making Data Count assurance icon: can the process, as it behaves now, be relied on to meet its target?
 *
 * Compares the target with the process limits of the latest segment, strictly (a target exactly on a limit
 * is `hit_or_miss`, as NHSRplotthedots; the Power BI SPC visual reads `target >= UPL` as fail):
 *
 * | condition | increase | decrease |
 * |---|---|---|
 * | target > UCL | fail | pass |
 * | target < LCL | pass | fail |
 * | LCL <= target <= UCL | hit_or_miss | hit_or_miss |
 *
 * No icon (`null`) without a target or when no direction is better.
 *
 * @param input - `{ lcl, ucl, target, improvement }`; limits finite with `lcl <= ucl`.
 * @returns `pass`, `fail`, `hit_or_miss`, or `null`.
 * @throws ArgumentError `invalid_argument` for non-finite limits or target, `lcl > ucl`, or an unknown
 *   direction.
 * @see NHSRplotthedots 0.2.2 `R/ptd_calculate_assurance_type.R`; NHS England, Making Data Count.
 *
 * @example
 * ```ts
 * import { assuranceIcon } from 'civic-metrics';
 * assuranceIcon({ lcl: 1, ucl: 3, target: 4, improvement: 'decrease' });
 * // => 'pass'
 * ```
 */
export function assuranceIcon(input: AssuranceIconInput): AssuranceIcon | null {
  const fn = 'assuranceIcon';
  if (input === null || typeof input !== 'object') fail(fn, 'input', 'to be an object', input);
  const { lcl, ucl, target, improvement } = input;
  assertFinite(fn, 'input.lcl', lcl);
  assertFinite(fn, 'input.ucl', ucl);
  if (lcl > ucl) fail(fn, 'input.ucl', `to be >= input.lcl (${lcl})`, ucl);
  assertOneOf(fn, 'input.improvement', improvement, IMPROVEMENTS);
  if (target === undefined || target === null) return null;
  assertFinite(fn, 'input.target', target);
  return assuranceOf(lcl, ucl, target, improvement);
}

/** The icon without validation (the charts call this with limits they computed). */
export function assuranceOf(
  lcl: number,
  ucl: number,
  target: number | null,
  improvement: Improvement,
): AssuranceIcon | null {
  if (target === null || improvement === 'neutral') return null;
  if (target > ucl) return improvement === 'increase' ? 'fail' : 'pass';
  if (target < lcl) return improvement === 'increase' ? 'pass' : 'fail';
  return 'hit_or_miss';
}
