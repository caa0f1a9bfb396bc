import { ArgumentError } from '../errors/ArgumentError.js';
import { describe } from '../internal/describe.js';
import type { Explanation } from './Explanation.js';
import { isMissing } from './internal/numeric.js';
import type { ScoreProgressResult } from './scoreProgress.js';

/**
 * One band of a {@link BandScheme}: the status given to scores from `lower` to `upper`, each end declared
 * closed (the end value belongs to the band) or open. `null` ends are −∞ / +∞ (always open).
 *
 * @example
 * ```ts
 * import type { StatusBand } from 'civic-metrics/scoring';
 * // 90% ≤ score < 100%
 * const amber: StatusBand = { status: 'at_risk', lower: 0.9, lowerClosed: true, upper: 1, upperClosed: false };
 * ```
 */
export interface StatusBand<S extends string = string> {
  /** The status the band gives, a snake_case literal. */
  readonly status: S;
  /** Lower end; `null` for −∞. */
  readonly lower: number | null;
  /** Whether `lower` itself belongs to the band; default `true`. */
  readonly lowerClosed?: boolean | undefined;
  /** Upper end; `null` for +∞. */
  readonly upper: number | null;
  /** Whether `upper` itself belongs to the band; default `false`. */
  readonly upperClosed?: boolean | undefined;
  /** What the band means, for people. */
  readonly description?: string | undefined;
}

/**
 * A band scheme: bands that together cover every number exactly once (checked on every call), the measure
 * of a {@link scoreProgress} result they apply to, and how achieved targets and tolerances are read.
 *
 * @example
 * ```ts
 * import type { BandScheme } from 'civic-metrics/scoring';
 * const okr: BandScheme<'green' | 'yellow' | 'red'> = {
 *   id: 'okr_thirds',
 *   bands: [
 *     { status: 'green', lower: 0.7, upper: null },
 *     { status: 'yellow', lower: 0.4, upper: 0.7 },
 *     { status: 'red', lower: null, upper: 0.4 },
 *   ],
 * };
 * ```
 */
export interface BandScheme<S extends string = string> {
  /** A stable id, reported in the explanation. */
  readonly id: string;
  /** The bands, in any order; they must tile the number line with no gap and no overlap. */
  readonly bands: readonly StatusBand<S>[];
  /** Which figure of a `scoreProgress` result to band: `percentOfTarget` (default) or `gapClosed`. */
  readonly measure?: 'percentOfTarget' | 'gapClosed' | undefined;
  /**
   * The status of a `scoreProgress` result whose target is achieved, before any band is consulted
   * ("target achieved short-circuits"); omit to band achieved results like any other.
   */
  readonly whenAchieved?: S | 'achieved' | undefined;
  /**
   * When a `scoreProgress` result carries a tolerance (`withinTolerance` not null) and is not achieved, the
   * indicator's own tolerance decides instead of the bands: `within` if the miss is within it, else `outside`.
   */
  readonly tolerance?: { readonly within: S; readonly outside: S } | undefined;
}

/**
 * What {@link bandStatus} accepts: a score, a {@link scoreProgress} result, or a not-due marker. `null` and
 * `NaN` mean the score is missing (→ `no_data`).
 *
 * @example
 * ```ts
 * import type { BandStatusInput } from 'civic-metrics/scoring';
 * const notYet: BandStatusInput = { status: 'not_due', reason: 'FY2025 data due 2025-08-30' };
 * ```
 */
export type BandStatusInput =
  | number
  | null
  | undefined
  | ScoreProgressResult
  | { readonly status: 'not_due'; readonly reason?: string | undefined };

/**
 * The status of {@link bandStatus}: a band's status, or one of the data statuses `achieved`, `no_data`,
 * `no_target`, `not_due`, `not_comparable`.
 *
 * @example
 * ```ts
 * import type { BandStatusValue } from 'civic-metrics/scoring';
 * const status: BandStatusValue<'on_track' | 'at_risk' | 'off_track'> = 'no_data';
 * ```
 */
export type BandStatusValue<S extends string> =
  | S
  | 'achieved'
  | 'no_data'
  | 'no_target'
  | 'not_due'
  | 'not_comparable';

/**
 * The result of {@link bandStatus}.
 *
 * @example
 * ```ts
 * import { bandStatus, defaultRagScheme, type BandStatusResult } from 'civic-metrics/scoring';
 * const result: BandStatusResult<'on_track' | 'at_risk' | 'off_track'> = bandStatus(0.95, defaultRagScheme);
 * result.status;
 * // => 'at_risk'
 * ```
 */
export interface BandStatusResult<S extends string = string> {
  /** The status. */
  readonly status: BandStatusValue<S>;
  /** The number banded, or `null` when none was. */
  readonly score: number | null;
  /** The band that matched, or `null` when a data status, achievement or tolerance decided. */
  readonly band: StatusBand<S> | null;
  /** Why a data status was given (e.g. `missing_current`, `measure_unavailable`); absent when a band decided. */
  readonly reason?: string;
  /** The score, the band and its ends. */
  readonly explanation: Explanation;
}

const FN = 'bandStatus';

interface CheckedBand<S extends string> {
  band: StatusBand<S>;
  index: number;
  lower: number | null;
  upper: number | null;
  lowerClosed: boolean;
  upperClosed: boolean;
}

function bandError(path: string, expected: string, value: unknown): never {
  throw new ArgumentError(`${FN}: expected ${path} ${expected}, received ${describe(value)}`, {
    path,
    value,
  });
}

function readEnd(path: string, value: unknown): number | null {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value))
    bandError(path, 'to be a finite number or null', value);
  return value === 0 ? 0 : value;
}

/** Validates a scheme: bands tile (−∞, +∞) with no gap and no overlap. Returns them sorted upward. */
function checkScheme<S extends string>(scheme: BandScheme<S>): CheckedBand<S>[] {
  if (typeof scheme !== 'object' || scheme === null)
    bandError('scheme', 'to be a band scheme object', scheme);
  if (!Array.isArray(scheme.bands) || scheme.bands.length === 0) {
    bandError('scheme.bands', 'to be a non-empty array of bands', scheme.bands);
  }
  const checked = scheme.bands.map((band, index): CheckedBand<S> => {
    const path = `scheme.bands[${index}]`;
    if (typeof band !== 'object' || band === null) bandError(path, 'to be a band object', band);
    if (typeof band.status !== 'string' || band.status === '') {
      bandError(`${path}.status`, 'to be a non-empty string', band.status);
    }
    const lower = readEnd(`${path}.lower`, band.lower);
    const upper = readEnd(`${path}.upper`, band.upper);
    const lowerClosed = lower !== null && (band.lowerClosed ?? true);
    const upperClosed = upper !== null && (band.upperClosed ?? false);
    if (
      lower !== null &&
      upper !== null &&
      (lower > upper || (lower === upper && !(lowerClosed && upperClosed)))
    ) {
      bandError(
        `${path}.upper`,
        `to exceed lower (${band.lower}) or equal it with both ends closed`,
        band.upper,
      );
    }
    return { band, index, lower, upper, lowerClosed, upperClosed };
  });
  checked.sort((a, b) => {
    if (a.lower === null) return b.lower === null ? 0 : -1;
    if (b.lower === null) return 1;
    if (a.lower !== b.lower) return a.lower < b.lower ? -1 : 1;
    return (a.lowerClosed ? 0 : 1) - (b.lowerClosed ? 0 : 1);
  });
  const first = checked[0] as CheckedBand<S>;
  if (first.lower !== null) {
    bandError(
      `scheme.bands[${first.index}].lower`,
      'of the lowest band to be null (−∞): the bands must cover every number',
      first.band.lower,
    );
  }
  for (let i = 1; i < checked.length; i++) {
    const prev = checked[i - 1] as CheckedBand<S>;
    const next = checked[i] as CheckedBand<S>;
    const path = `scheme.bands[${next.index}].lower`;
    if (prev.upper === null || next.lower === null || prev.upper !== next.lower) {
      bandError(
        path,
        `to equal the upper end of the band below (${prev.band.upper}): no gaps or overlaps`,
        next.band.lower,
      );
    }
    if (prev.upperClosed === next.lowerClosed) {
      bandError(
        path,
        `to be closed at exactly one side of ${next.band.lower} (band below upperClosed ${prev.upperClosed}): every number in exactly one band`,
        next.band.lowerClosed ?? true,
      );
    }
  }
  const last = checked[checked.length - 1] as CheckedBand<S>;
  if (last.upper !== null) {
    bandError(
      `scheme.bands[${last.index}].upper`,
      'of the highest band to be null (+∞): the bands must cover every number',
      last.band.upper,
    );
  }
  return checked;
}

function bandText<S extends string>(b: CheckedBand<S>): string {
  const lo = b.lower === null ? '(−∞' : `${b.lowerClosed ? '[' : '('}${b.lower}`;
  const hi = b.upper === null ? '+∞)' : `${b.upper}${b.upperClosed ? ']' : ')'}`;
  return `${lo}, ${hi}`;
}

function contains<S extends string>(b: CheckedBand<S>, x: number): boolean {
  if (b.lower !== null && (b.lowerClosed ? x < b.lower : x <= b.lower)) return false;
  if (b.upper !== null && (b.upperClosed ? x > b.upper : x >= b.upper)) return false;
  return true;
}

function isProgressResult(value: object): value is ScoreProgressResult {
  return (
    'explanation' in value &&
    (value as { explanation?: { method?: unknown } }).explanation?.method === 'scoreProgress'
  );
}

/**
 * Gives the status of a score under a band scheme: ordered bands with each end declared closed or open, a
 * score in exactly one of them. Also reads a {@link scoreProgress} result directly, passing its data statuses
 * through (`no_data`, `no_target`, `not_comparable`), giving `whenAchieved` to achieved targets, and using the
 * indicator's own tolerance when it has one. `{ status: 'not_due' }` passes through as `not_due`. Missing
 * data is never read as zero or as success.
 *
 * Order of decision for a `scoreProgress` result: data status → achieved (`whenAchieved`) → tolerance
 * (`scheme.tolerance`) → the band containing `scheme.measure` (`percentOfTarget` by default); when that
 * measure is `null` (e.g. a zero target), a missed target gets the worst band (it is missed, however far)
 * and any other result is `not_comparable` with reason `measure_unavailable`.
 *
 * The scheme is checked on every call: its bands must cover −∞ to +∞ with no gap and no overlap, each shared
 * end closed on exactly one side. Comparisons compare the float64 values exactly (the same order as their
 * decimal forms), so 0.1 + 0.2 (0.30000000000000004) lands above a band end of 0.3, and 0.3 on it.
 *
 * @param score - A number, `null`/`NaN` (missing), a `scoreProgress` result, or `{ status: 'not_due' }`.
 * @param scheme - The {@link BandScheme}, e.g. {@link defaultRagScheme}.
 * @returns A {@link BandStatusResult}.
 * @throws {ArgumentError} `invalid_argument` for a scheme with gaps, overlaps, unordered ends or non-finite
 *   ends, or a score that is ±Infinity or not a number.
 * @see Blackbaud CRM `UFN_KPIINSTANCEVALUE_GETSTATUSCODE` (two-threshold RAG; equality to the green threshold
 *   is green); SDSN dashboards (a value on a threshold gets the better colour); progress spec §3.3.
 *
 * @example
 * ```ts
 * import { bandStatus, defaultRagScheme, scoreProgress } from 'civic-metrics/scoring';
 * bandStatus(0.9, defaultRagScheme).status;
 * // => 'at_risk'
 * bandStatus(scoreProgress({ current: 12, target: 10, polarity: 'decrease' }), defaultRagScheme).status;
 * // => 'off_track'
 * bandStatus(null, defaultRagScheme).status;
 * // => 'no_data'
 * ```
 */
export function bandStatus<S extends string>(
  score: BandStatusInput,
  scheme: BandScheme<S>,
): BandStatusResult<S> {
  return bandStatusPrepared(score, prepareScheme(scheme));
}

/** A scheme checked once, for callers that apply it to many scores (internal). */
export interface PreparedScheme<S extends string> {
  readonly scheme: BandScheme<S>;
  readonly bands: readonly CheckedBand<S>[];
  readonly measure: 'percentOfTarget' | 'gapClosed';
  readonly bandTexts: readonly string[];
}

/** Checks a scheme (the errors of {@link bandStatus}) and keeps what every classification reads. */
export function prepareScheme<S extends string>(scheme: BandScheme<S>): PreparedScheme<S> {
  const bands = checkScheme(scheme);
  const measure = scheme.measure ?? 'percentOfTarget';
  if (measure !== 'percentOfTarget' && measure !== 'gapClosed') {
    bandError('scheme.measure', "to be 'percentOfTarget' or 'gapClosed'", measure);
  }
  return { scheme, bands, measure, bandTexts: bands.map((b) => `${b.band.status} ${bandText(b)}`) };
}

/** {@link bandStatus} with a scheme checked beforehand by {@link prepareScheme} (internal). */
export function bandStatusPrepared<S extends string>(
  score: BandStatusInput,
  prepared: PreparedScheme<S>,
): BandStatusResult<S> {
  const { scheme, bands, measure } = prepared;
  const schemeInputs = { scheme: scheme.id, bands: [...prepared.bandTexts] };
  const dataStatus = (
    status: BandStatusValue<S>,
    reason: string,
    summary: string,
    value: number | null,
    extra: Record<string, number | string | boolean | null> = {},
  ): BandStatusResult<S> => ({
    status,
    score: value,
    band: null,
    reason,
    explanation: {
      method: FN,
      summary,
      inputs: { score: value, ...schemeInputs },
      intermediate: { reason, ...extra },
    },
  });

  let value: number | null;
  if (isMissing(score)) {
    return dataStatus('no_data', 'missing_score', 'No score: the status is no_data, not a colour.', null);
  }
  if (typeof score === 'number') {
    if (!Number.isFinite(score))
      bandError('score', 'to be a finite number, null, or a scoreProgress result', score);
    value = score;
  } else if (typeof score === 'object' && score.status === 'not_due' && !('explanation' in score)) {
    const reason = score.reason ?? 'not_due';
    return dataStatus('not_due', reason, `Not due yet: ${reason}.`, null);
  } else if (typeof score === 'object' && isProgressResult(score)) {
    if (score.status !== 'ok') {
      return dataStatus(score.status, score.reason, score.explanation.summary, null);
    }
    if (score.achieved && scheme.whenAchieved !== undefined) {
      return {
        status: scheme.whenAchieved,
        score: score[measure],
        band: null,
        explanation: {
          method: FN,
          summary: `Target achieved: ${scheme.whenAchieved}. ${score.explanation.summary}`,
          inputs: { score: score[measure], measure, ...schemeInputs },
          intermediate: { achieved: true },
          rule: { id: String(scheme.whenAchieved), description: 'target achieved short-circuits the bands' },
        },
      };
    }
    if (scheme.tolerance !== undefined && score.withinTolerance !== null) {
      const status = score.withinTolerance ? scheme.tolerance.within : scheme.tolerance.outside;
      const amount = score.explanation.intermediate.toleranceAmount;
      const tol = typeof amount === 'number' ? amount : null;
      return {
        status,
        score: score[measure],
        band: null,
        explanation: {
          method: FN,
          summary: `${score.withinTolerance ? 'Within' : 'Outside'} the indicator's tolerance of ${tol} from the target: ${status}.`,
          inputs: { score: score[measure], measure, ...schemeInputs },
          intermediate: {
            withinTolerance: score.withinTolerance,
            remaining: score.remaining,
            toleranceAmount: tol,
          },
          rule: {
            id: String(status),
            description: score.withinTolerance ? 'remaining <= tolerance' : 'remaining > tolerance',
            thresholds: { toleranceAmount: tol },
          },
        },
      };
    }
    const measured = score[measure];
    if (measured === null && score.achieved === false) {
      // A missed target whose degree cannot be measured (a zero target, a range without a baseline) is
      // still missed: it gets the worst band, never a pass.
      const worst = bands[0] as CheckedBand<S>;
      const why =
        score.explanation.intermediate[measure === 'gapClosed' ? 'gapClosedReason' : 'percentOfTargetReason'];
      return {
        status: worst.band.status,
        score: null,
        band: worst.band,
        explanation: {
          method: FN,
          summary: `The target is missed and its ${measure} is undefined (${String(why)}), so the worst band applies: ${worst.band.status}.`,
          inputs: { score: null, measure, ...schemeInputs },
          intermediate: { achieved: false, measureReason: typeof why === 'string' ? why : null },
          rule: {
            id: String(worst.band.status),
            description: `missed target without a ${measure}: the worst band`,
          },
        },
      };
    }
    if (measured === null) {
      const why =
        score.explanation.intermediate[measure === 'gapClosed' ? 'gapClosedReason' : 'percentOfTargetReason'];
      return dataStatus(
        'not_comparable',
        'measure_unavailable',
        `The ${measure} of this result is undefined (${String(why)}), so no band applies.`,
        null,
        { measure, measureReason: typeof why === 'string' ? why : null },
      );
    }
    value = measured;
  } else {
    bandError('score', 'to be a finite number, null, a scoreProgress result or { status: "not_due" }', score);
  }

  const hit = bands.find((b) => contains(b, value)) as CheckedBand<S>;
  return {
    status: hit.band.status,
    score: value,
    band: hit.band,
    explanation: {
      method: FN,
      summary: `Score ${value} lies in ${bandText(hit)}: ${hit.band.status}.`,
      inputs: { score: value, measure, ...schemeInputs },
      intermediate: { score: value },
      rule: {
        id: hit.band.status,
        description: hit.band.description ?? `${hit.band.status}: score in ${bandText(hit)}`,
        thresholds: {
          lower: hit.lower,
          upper: hit.upper,
        },
      },
    },
  };
}
