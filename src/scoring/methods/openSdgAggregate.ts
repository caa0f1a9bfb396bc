import { fail } from '../../internal/assert.js';
import type { Explanation } from '../Explanation.js';
import { fmt } from './internal/format.js';
import { mean } from './internal/mean.js';
import { OPEN_SDG_LABELS } from './internal/openSdgLabels.js';
import { readOptionsObject } from './internal/readOptions.js';
import { SOURCES } from './internal/sources.js';
import type { OpenSdgStatus } from './openSdgProgress.js';

/**
 * One item to aggregate: a series result (anything with `status` and `score`, e.g. an
 * {@link OpenSdgProgressResult}), a bare score (null when missing), or a nested array — a sub-indicator
 * group, averaged first (to any depth).
 *
 * @example
 * ```ts
 * import type { OpenSdgAggregateItem } from 'civic-metrics';
 * const items: OpenSdgAggregateItem[] = [{ status: 'target_achieved', score: 5 }, -2.1, [1.2, 0.4]];
 * ```
 */
export type OpenSdgAggregateItem =
  | number
  | null
  | { status: OpenSdgStatus; score: number | null }
  | readonly OpenSdgAggregateItem[];

/**
 * Options of {@link openSdgAggregate}.
 *
 * @example
 * ```ts
 * import type { OpenSdgAggregateOptions } from 'civic-metrics';
 * const options: OpenSdgAggregateOptions = { method: 'mean' };
 * ```
 */
export interface OpenSdgAggregateOptions {
  /** `mean` (current Open SDG, default) or `min` (the older ProgressMeasure_old code). */
  method?: 'mean' | 'min';
}

/**
 * Result of {@link openSdgAggregate}.
 *
 * @example
 * ```ts
 * import type { OpenSdgAggregateResult } from 'civic-metrics';
 * const status: OpenSdgAggregateResult['status'] = 'limited_progress';
 * ```
 */
export interface OpenSdgAggregateResult {
  /** The aggregate status (from the score's band; `target_achieved` only if every item achieved its target). */
  status: OpenSdgStatus;
  /** Statistics Canada's English label of the status. */
  label: string;
  /** The aggregate −5…+5 score; null when no item has a score. */
  score: number | null;
  /** Number of top-level items given. */
  items: number;
  /** Number of top-level items with a score (after averaging their groups). */
  assessed: number;
  /** Inputs, counts and the band that fired. */
  explanation: Explanation;
}

interface Reduced {
  score: number | null;
  achieved: boolean;
}

/**
 * Aggregates Open SDG series scores to an indicator (or target, or goal) status.
 *
 * Statistics Canada's rule: the indicator score is the **mean** of its series scores, where a sub-indicator
 * group (a nested array) is averaged first, to any depth, so each sub-indicator weighs the same. The status
 * comes from the score: `[2.5, 5]` substantial_progress, `[0, 2.5)` moderate_progress, `[−2.5, 0)`
 * limited_progress, `[−5, −2.5)` deterioration. It is `target_achieved` only if **every** item achieved its
 * target (an item without a status — a bare number — or `not_available` counts as not achieved).
 * `method: 'min'` takes the minimum instead, as the older Open SDG code did.
 * Reproduces every published indicator score and status of Statistics Canada's Canadian Indicator
 * Framework (78 scored indicators).
 *
 * Missing data: items whose score is null (e.g. `not_available` series) or empty groups are left out; if
 * none has a score the result is `not_available` with a null score.
 *
 * @param items - Series results, scores in [−5, 5], or nested groups of them.
 * @param options - `{ method = 'mean' }`.
 * @returns The aggregate status, label and score.
 * @throws {ArgumentError} `invalid_argument` when `items` is not an array, a score is outside [−5, 5] or not
 *   a number, or an item is neither a number, null, a result nor an array (path `items[i]…`), or the method
 *   is unknown.
 * @see Statistics Canada / Open SDG, Progress Measurement Methodology, "Aggregated progress status".
 *
 * @example
 * ```ts
 * import { openSdgAggregate } from 'civic-metrics';
 * const result = openSdgAggregate([-3.5989, -5, -5]);
 * result.score;
 * // => -4.533
 * result.status;
 * // => 'deterioration'
 * ```
 */
export function openSdgAggregate(
  items: readonly OpenSdgAggregateItem[],
  options?: OpenSdgAggregateOptions,
): OpenSdgAggregateResult {
  const fn = 'openSdgAggregate';
  if (!Array.isArray(items)) fail(fn, 'items', 'to be an array', items);
  const o = readOptionsObject(fn, options, true);
  const method = o.method === undefined ? 'mean' : o.method;
  if (method !== 'mean' && method !== 'min') fail(fn, 'options.method', "to be 'mean' or 'min'", method);
  const combine = (scores: number[]) => (method === 'mean' ? mean(scores) : Math.min(...scores));

  const reduce = (item: unknown, path: string): Reduced => {
    if (item === null || item === undefined || (typeof item === 'number' && Number.isNaN(item))) {
      return { score: null, achieved: false };
    }
    if (typeof item === 'number') return { score: readScore(fn, path, item), achieved: false };
    if (Array.isArray(item)) {
      const parts = item.map((child: unknown, i) => reduce(child, `${path}[${i}]`));
      const scores = parts.flatMap((p) => (p.score === null ? [] : [p.score]));
      return {
        score: scores.length === 0 ? null : combine(scores),
        achieved: parts.length > 0 && parts.every((p) => p.achieved),
      };
    }
    if (typeof item === 'object' && 'status' in item) {
      const record = item as { status: unknown; score?: unknown };
      if (typeof record.status !== 'string' || !(record.status in OPEN_SDG_LABELS)) {
        fail(fn, `${path}.status`, 'to be an Open SDG status', record.status);
      }
      const score =
        record.score === null || record.score === undefined
          ? null
          : readScore(fn, `${path}.score`, record.score);
      return { score, achieved: record.status === 'target_achieved' };
    }
    return fail(fn, path, 'to be a score, null, a result { status, score } or an array', item);
  };

  const parts = items.map((item, i) => reduce(item, `items[${i}]`));
  const scores = parts.flatMap((p) => (p.score === null ? [] : [p.score]));
  const allAchieved = parts.length > 0 && parts.every((p) => p.achieved);
  const inputs = { items: items.length, method };
  const thresholds = { substantial: 2.5, moderate: 0, limited: -2.5 };
  if (scores.length === 0) {
    return {
      status: 'not_available',
      label: OPEN_SDG_LABELS.not_available,
      score: null,
      items: items.length,
      assessed: 0,
      explanation: {
        method: fn,
        summary: 'No item has a score: unable to assess.',
        inputs,
        intermediate: { assessed: 0 },
        rule: { id: 'not_available', description: 'no item has a score', thresholds },
        source: SOURCES.openSdg,
      },
    };
  }
  const score = combine(scores);
  let status: OpenSdgStatus;
  let description: string;
  if (allAchieved) {
    status = 'target_achieved';
    description = 'every item achieved its target';
  } else if (score >= 2.5) {
    status = 'substantial_progress';
    description = 'score >= 2.5';
  } else if (score >= 0) {
    status = 'moderate_progress';
    description = '0 <= score < 2.5';
  } else if (score >= -2.5) {
    status = 'limited_progress';
    description = '-2.5 <= score < 0';
  } else {
    status = 'deterioration';
    description = 'score < -2.5';
  }
  return {
    status,
    label: OPEN_SDG_LABELS[status],
    score,
    items: items.length,
    assessed: scores.length,
    explanation: {
      method: fn,
      summary: `The ${method} of ${scores.length} score${scores.length === 1 ? '' : 's'} is ${fmt(score)}: ${OPEN_SDG_LABELS[status].toLowerCase()}.`,
      inputs,
      intermediate: { assessed: scores.length, score, allAchieved },
      rule: { id: status, description, thresholds },
      source: SOURCES.openSdg,
    },
  };
}

function readScore(fn: string, path: string, value: unknown): number {
  if (typeof value !== 'number' || !(value >= -5 && value <= 5))
    fail(fn, path, 'to be a score in [-5, 5]', value);
  return value;
}
