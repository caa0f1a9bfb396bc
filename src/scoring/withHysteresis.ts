import { ArgumentError } from '../errors/ArgumentError.js';
import { assertInteger } from '../internal/assert.js';
import { describe } from '../internal/describe.js';
import type { Explanation } from './Explanation.js';

/**
 * Options of {@link withHysteresis}.
 *
 * @example
 * ```ts
 * import type { WithHysteresisOptions } from 'civic-metrics/scoring';
 * const options: WithHysteresisOptions = { periods: 2 };
 * ```
 */
export interface WithHysteresisOptions {
  /** Consecutive periods a new status must hold before the shown status flips; integer ≥ 1 (1 = no damping). */
  readonly periods: number;
  /**
   * Statuses shown at once and never held back, because they report the data rather than performance;
   * default `['no_data', 'no_target', 'not_due', 'not_comparable']`.
   */
  readonly immediate?: readonly string[] | undefined;
}

/**
 * One period of a {@link WithHysteresisResult}.
 *
 * @example
 * ```ts
 * import type { HysteresisStep } from 'civic-metrics/scoring';
 * const step: HysteresisStep = { period: '2024-03', raw: 'at_risk', status: 'off_track', pending: 'at_risk', count: 1 };
 * ```
 */
export interface HysteresisStep<S extends string = string> {
  /** The period, when the input gave one. */
  readonly period?: string;
  /** The status as computed for the period. */
  readonly raw: S;
  /** The status shown after damping. */
  readonly status: S;
  /** A different status waiting to take over, or `null`. */
  readonly pending: S | null;
  /** How many consecutive periods `pending` has held (0 when none). */
  readonly count: number;
}

/**
 * The result of {@link withHysteresis}.
 *
 * @example
 * ```ts
 * import { withHysteresis, type WithHysteresisResult } from 'civic-metrics/scoring';
 * const result: WithHysteresisResult<string> = withHysteresis(['red', 'amber', 'red'], { periods: 2 });
 * result.statuses;
 * // => ['red', 'red', 'red']
 * ```
 */
export interface WithHysteresisResult<S extends string = string> {
  /** The shown status of every period, in input order. */
  readonly statuses: S[];
  /** Each period's raw and shown status, and what is pending. */
  readonly steps: HysteresisStep<S>[];
  /** The status shown for the last period, or `null` for an empty input. */
  readonly current: S | null;
  /** The rule, the number of flips suppressed and made. */
  readonly explanation: Explanation;
}

const FN = 'withHysteresis';
const DEFAULT_IMMEDIATE = ['no_data', 'no_target', 'not_due', 'not_comparable'];

/**
 * Damps a sequence of statuses so a dashboard does not flicker: the shown status changes only after a new
 * status has held for `periods` consecutive periods (a Schmitt-trigger style hysteresis on the status).
 *
 * Rule, period by period: the first performance status is shown as is; a period with the shown status
 * clears any pending change; a period with another status starts (or continues) a run of that status, and
 * when the run reaches `periods` it becomes the shown status. A different new status restarts the run.
 * Data statuses (`immediate`: `no_data`, `no_target`, `not_due`, `not_comparable` by default) are shown at
 * once, never held back and never hidden, and neither count towards nor break a run: missing data is said,
 * not smoothed over.
 *
 * @param statuses - Statuses in period order: strings, or `{ period, status }` objects.
 * @param options - See {@link WithHysteresisOptions}.
 * @returns A {@link WithHysteresisResult}.
 * @throws {ArgumentError} `invalid_argument` when `periods` is not an integer ≥ 1 or a status is not a string.
 * @see Stat-program dashboard practice of requiring a sustained change before recolouring (e.g. "two
 *   consecutive months"); hysteresis as in a Schmitt trigger.
 *
 * @example
 * ```ts
 * import { withHysteresis } from 'civic-metrics/scoring';
 * withHysteresis(['at_risk', 'off_track', 'at_risk', 'off_track', 'off_track'], { periods: 2 }).statuses;
 * // => ['at_risk', 'at_risk', 'at_risk', 'at_risk', 'off_track']
 * ```
 */
export function withHysteresis<S extends string>(
  statuses: readonly (S | { readonly period: string; readonly status: S })[],
  options: WithHysteresisOptions,
): WithHysteresisResult<S> {
  if (!Array.isArray(statuses)) {
    throw new ArgumentError(`${FN}: expected statuses to be an array, received ${describe(statuses)}`, {
      path: 'statuses',
      value: statuses,
    });
  }
  if (typeof options !== 'object' || options === null) {
    throw new ArgumentError(`${FN}: expected options to be an object, received ${describe(options)}`, {
      path: 'options',
      value: options,
    });
  }
  assertInteger(FN, 'options.periods', options.periods, 1);
  const immediate = new Set<string>(options.immediate ?? DEFAULT_IMMEDIATE);
  const n = options.periods;
  const steps: HysteresisStep<S>[] = [];
  let held: S | null = null;
  let pending: S | null = null;
  let count = 0;
  let flips = 0;
  let suppressed = 0;
  statuses.forEach((entry, i) => {
    const isObject = typeof entry === 'object' && entry !== null;
    const raw = (isObject ? (entry as { status: S }).status : entry) as S;
    if (typeof raw !== 'string') {
      throw new ArgumentError(
        `${FN}: expected statuses[${i}] to be a status string, received ${describe(raw)}`,
        {
          path: isObject ? `statuses[${i}].status` : `statuses[${i}]`,
          value: raw,
        },
      );
    }
    let shown: S;
    if (immediate.has(raw)) {
      shown = raw;
    } else if (held === null) {
      held = raw;
      shown = raw;
    } else if (raw === held) {
      pending = null;
      count = 0;
      shown = held;
    } else {
      if (raw === pending) count++;
      else {
        pending = raw;
        count = 1;
      }
      if (count >= n) {
        held = raw;
        pending = null;
        count = 0;
        flips++;
      } else suppressed++;
      shown = held;
    }
    const step: HysteresisStep<S> = { raw, status: shown, pending, count };
    const period = isObject ? (entry as { period?: unknown }).period : undefined;
    steps.push(typeof period === 'string' ? { period, ...step } : step);
  });
  const shown = steps.map((s) => s.status);
  return {
    statuses: shown,
    steps,
    current: shown.length === 0 ? null : (shown[shown.length - 1] as S),
    explanation: {
      method: FN,
      summary:
        `A new status must hold ${n} consecutive period${n === 1 ? '' : 's'} before it is shown; ` +
        `${flips} change${flips === 1 ? '' : 's'} shown, ${suppressed} period${suppressed === 1 ? '' : 's'} held back.`,
      inputs: { periods: n, immediate: [...immediate], count: statuses.length },
      intermediate: { flips, suppressed },
      rule: {
        id: 'hysteresis',
        description: `flip after ${n} consecutive periods of the same new status; ${[...immediate].join(', ')} shown at once`,
        thresholds: { periods: n },
      },
    },
  };
}
