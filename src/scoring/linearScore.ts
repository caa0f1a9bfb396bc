import { ArgumentError } from '../errors/ArgumentError.js';
import { describe } from '../internal/describe.js';
import type { Explanation } from './Explanation.js';
import { type Decimal, dec, fixed, maxPlaces, num } from './internal/decimal.js';
import { readNumeric, readOptionalNumeric } from './internal/numeric.js';

/**
 * Options of {@link linearScore}: the goal and red-flag values in the indicator's unit, the scale, the scores
 * the two anchors receive, and whether to cap.
 *
 * @example
 * ```ts
 * import type { LinearScoreOptions } from 'civic-metrics/scoring';
 * const inspectionDays: LinearScoreOptions = { goal: 80, redFlag: 160, scale: 10 };
 * ```
 */
export interface LinearScoreOptions {
  /** The value that earns `goalScore` (the target). */
  readonly goal: number | string;
  /** The value that earns `redFlagScore` (the level that raises a red flag). Below the goal = higher is better. */
  readonly redFlag: number | string;
  /** Top of the score scale, > 0; default 10. */
  readonly scale?: number | undefined;
  /** Score at the goal; default two thirds of the scale (6.67 of 10). */
  readonly goalScore?: number | undefined;
  /** Score at the red flag; default one third of the scale (3.33 of 10). */
  readonly redFlagScore?: number | undefined;
  /** Clamp the score to [0, scale]; default `true`. */
  readonly cap?: boolean | undefined;
}

/**
 * The result of {@link linearScore}: the score, or `no_data` when the value is missing.
 *
 * @example
 * ```ts
 * import { linearScore } from 'civic-metrics/scoring';
 * const result = linearScore(90, { goal: 100, redFlag: 80 });
 * result.status === 'ok' && result.score;
 * // => 5
 * ```
 */
export type LinearScoreResult =
  | {
      readonly status: 'ok';
      /** The score on 0–scale (capped unless `cap: false`). */
      readonly score: number;
      /** The score before capping. */
      readonly uncapped: number;
      /** Whether the cap changed the score. */
      readonly capped: boolean;
      /** `higher_is_better` when goal > red flag, `lower_is_better` when goal < red flag. */
      readonly direction: 'higher_is_better' | 'lower_is_better';
      /** Inputs, the anchors and the formula. */
      readonly explanation: Explanation;
    }
  | { readonly status: 'no_data'; readonly reason: 'missing_value'; readonly explanation: Explanation };

const FN = 'linearScore';

function readScore(path: string, value: unknown, fallback: Decimal): Decimal {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ArgumentError(`${FN}: expected ${path} to be a finite number, received ${describe(value)}`, {
      path,
      value,
    });
  }
  return dec(value);
}

/**
 * Normalises a value onto a 0–scale score by straight-line interpolation between a red flag and a goal, as
 * goal/red-flag scorecards do (Spider Impact style): the red flag earns `redFlagScore`, the goal earns
 * `goalScore`, values beyond either are extrapolated along the same line, then capped to [0, scale].
 *
 * Formula (decimal.js): `score = redFlagScore + (value − redFlag) · (goalScore − redFlagScore) / (goal − redFlag)`,
 * then `min(max(score, 0), scale)` when `cap`. Lower is better automatically when the goal is below the red
 * flag (e.g. inspection days: goal 80, red flag 160).
 *
 * Defaults: scale 10, red flag at one third (3.33) and goal at two thirds (6.67), so the three equal thirds
 * read red / yellow / green. This is the Spider Impact convention as we recall it from the vendor's help
 * pages; it was not verified against a stored copy, so every anchor is a named option. For a plain 0–scale
 * normalisation (red flag 0, goal = scale, as SDSN's 0–100), pass `redFlagScore: 0, goalScore: scale`.
 *
 * @param value - The actual value; `null`/`NaN` → `no_data`.
 * @param options - See {@link LinearScoreOptions}.
 * @returns A {@link LinearScoreResult}.
 * @throws {ArgumentError} `invalid_argument` when goal equals red flag, scale is not > 0, the anchor scores
 *   are not 0 ≤ redFlagScore < goalScore ≤ scale, or a value is not finite.
 * @see Spider Impact, "Scoring types: Goal/Red Flag" (vendor documentation; anchors unverified); SDSN SDG
 *   Index normalisation x' = 100·(x − min)/(max − min) for the plain variant.
 *
 * @example
 * ```ts
 * import { linearScore } from 'civic-metrics/scoring';
 * const days = linearScore(120, { goal: 80, redFlag: 160 });
 * days.status === 'ok' && days.score;
 * // => 5
 * days.status === 'ok' && days.direction;
 * // => 'lower_is_better'
 * ```
 */
export function linearScore(value: number | string | null, options: LinearScoreOptions): LinearScoreResult {
  if (typeof options !== 'object' || options === null) {
    throw new ArgumentError(`${FN}: expected options to be an object, received ${describe(options)}`, {
      path: 'options',
      value: options,
    });
  }
  const x = readOptionalNumeric(FN, 'value', value);
  const goal = readNumeric(FN, 'options.goal', options.goal);
  const redFlag = readNumeric(FN, 'options.redFlag', options.redFlag);
  if (goal.eq(redFlag)) {
    throw new ArgumentError(
      `${FN}: expected options.goal to differ from options.redFlag (${options.redFlag}), received ${describe(options.goal)}`,
      { path: 'options.goal', value: options.goal },
    );
  }
  const scale = readScore('options.scale', options.scale, dec(10));
  if (!scale.gt(0)) {
    throw new ArgumentError(
      `${FN}: expected options.scale to be a number > 0, received ${describe(options.scale)}`,
      {
        path: 'options.scale',
        value: options.scale,
      },
    );
  }
  const goalScore = readScore('options.goalScore', options.goalScore, scale.times(2).div(3));
  const redFlagScore = readScore('options.redFlagScore', options.redFlagScore, scale.div(3));
  if (!(redFlagScore.gte(0) && redFlagScore.lt(goalScore) && goalScore.lte(scale))) {
    throw new ArgumentError(
      `${FN}: expected 0 <= options.redFlagScore < options.goalScore <= options.scale, received redFlagScore ${num(redFlagScore)}, goalScore ${num(goalScore)}, scale ${num(scale)}`,
      { path: 'options.goalScore', value: options.goalScore },
    );
  }
  const cap = options.cap ?? true;
  const direction = goal.gt(redFlag) ? 'higher_is_better' : 'lower_is_better';
  const inputs = {
    value: x === null ? null : num(x),
    goal: num(goal),
    redFlag: num(redFlag),
    scale: num(scale),
    goalScore: num(goalScore),
    redFlagScore: num(redFlagScore),
    cap,
  };
  const formula = 'score = redFlagScore + (value − redFlag)·(goalScore − redFlagScore)/(goal − redFlag)';
  if (x === null) {
    return {
      status: 'no_data',
      reason: 'missing_value',
      explanation: {
        method: FN,
        summary: 'No value: the indicator cannot be scored.',
        inputs,
        intermediate: { reason: 'missing_value' },
      },
    };
  }
  const uncapped = redFlagScore.plus(
    x.minus(redFlag).times(goalScore.minus(redFlagScore)).div(goal.minus(redFlag)),
  );
  let score = uncapped;
  if (cap) {
    if (score.lt(0)) score = dec(0);
    else if (score.gt(scale)) score = scale;
  }
  const capped = !score.eq(uncapped);
  const places = maxPlaces([x, goal, redFlag]);
  return {
    status: 'ok',
    score: num(score),
    uncapped: num(uncapped),
    capped,
    direction,
    explanation: {
      method: FN,
      summary:
        `Value ${fixed(x, places)} scores ${fixed(score, 2)} of ${fixed(scale, 0)} on the line through the red flag ` +
        `${fixed(redFlag, places)} (${fixed(redFlagScore, 2)}) and the goal ${fixed(goal, places)} (${fixed(goalScore, 2)})` +
        `${capped ? `, capped from ${fixed(uncapped, 2)}` : ''}.`,
      inputs,
      intermediate: { uncapped: num(uncapped), score: num(score), capped, direction },
      rule: {
        id: direction,
        description: formula + (cap ? ', clamped to [0, scale]' : ''),
        thresholds: { goal: num(goal), redFlag: num(redFlag) },
      },
      source:
        'Spider Impact goal/red-flag scoring (anchors from recollection, unverified); linear interpolation',
    },
  };
}
