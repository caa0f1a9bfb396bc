import { assertOneOf, fail } from '../internal/assert.js';
import { describe } from '../internal/describe.js';
import type { Explanation } from './Explanation.js';
import { neumaierSum } from './internal/neumaier.js';

/**
 * The history a {@link historicalTarget} is built from: the past values themselves (e.g. the same month in
 * each past year; `null`, `undefined` or `NaN` are missing and skipped), or their mean and standard
 * deviation when a publisher gives those instead.
 *
 * @example
 * ```ts
 * import type { HistoricalTargetInput } from 'civic-metrics/scoring';
 * const juneIncidents: HistoricalTargetInput = [212, 238, null, 219];
 * const published: HistoricalTargetInput = { mean: 221.8064516, sd: 27.4000235 };
 * ```
 */
export type HistoricalTargetInput =
  | readonly (number | null | undefined)[]
  | { readonly mean: number; readonly sd: number };

/**
 * Options of {@link historicalTarget}.
 *
 * @example
 * ```ts
 * import type { HistoricalTargetOptions } from 'civic-metrics/scoring';
 * const options: HistoricalTargetOptions = { polarity: 'decrease', sds: 1, deviation: 'sample' };
 * ```
 */
export interface HistoricalTargetOptions {
  /** Which direction is better: the allowance is on the worse side of the mean. */
  readonly polarity: 'increase' | 'decrease';
  /** How many standard deviations of allowance, ≥ 0; default 1. With 0 the target is the historical mean. */
  readonly sds?: number | undefined;
  /** Standard deviation of values: `sample` (divisor n − 1, default) or `population` (divisor n). */
  readonly deviation?: 'sample' | 'population' | undefined;
}

/**
 * The result of {@link historicalTarget}: the target, or `insufficient_data` when too few past values are
 * present (2 for a standard deviation, 1 when `sds` is 0).
 *
 * @example
 * ```ts
 * import { historicalTarget } from 'civic-metrics/scoring';
 * historicalTarget([5], { polarity: 'increase' }).status;
 * // => 'insufficient_data'
 * ```
 */
export type HistoricalTargetResult =
  | {
      readonly status: 'ok';
      /** The target: mean − sds·sd when higher is better, mean + sds·sd when lower is better. */
      readonly target: number;
      /** The historical mean. */
      readonly mean: number;
      /** The standard deviation used. */
      readonly sd: number;
      /** How many past values were present; `null` when mean and sd were given. */
      readonly n: number | null;
      /** The inputs, the formula and the source. */
      readonly explanation: Explanation;
    }
  | {
      readonly status: 'insufficient_data';
      /** Past values needed. */
      readonly required: number;
      /** Past values present. */
      readonly received: number;
      /** What was missing. */
      readonly explanation: Explanation;
    };

const FN = 'historicalTarget';
const SOURCE =
  'City of Boston CityScore: historical metrics are scored against the historical mean and standard deviation ' +
  'of the same month (CTY_SCR_AVG/CTY_SCR_DEV, Analyze Boston data dictionary; boston.gov/cityscore); ' +
  'standard deviation with divisor n − 1 (sample) or n (population)';

/**
 * A target from the indicator's own history: the historical mean, moved by a number of standard
 * deviations toward the worse side, so that ordinary variation still meets it. Lower is better: target =
 * mean + k·sd; higher is better: target = mean − k·sd (k = `sds`, default 1).
 *
 * This is how Boston's CityScore scores its "historical" metrics (incidents, crimes, library users), which
 * have no target set by the City: the current value is compared with the mean ± one standard deviation of
 * the same month in past years, and the ratio score is target / value (lower is better) or value / target
 * (higher is better): pass `target` to {@link scoreProgress} with `percentOfTarget: 'ratio'`. A score of 1
 * then means "as good as a typical year allowing one standard deviation"; above 1, better.
 *
 * From values: mean = Σx/n over the present values (Neumaier-compensated sum); sd = √(Σ(x − mean)²/(n − 1))
 * (`sample`, as numpy `std(ddof=1)` and R `sd`) or divisor n (`population`). Missing values are skipped, never
 * read as 0; fewer than 2 present values (1 when `sds` is 0) gives `insufficient_data`. From `{ mean, sd }`:
 * used as given. A target at or below 0 is returned as computed; a ratio score against it is undefined and
 * {@link scoreProgress} says so.
 *
 * @param history - Past values, or `{ mean, sd }`; see {@link HistoricalTargetInput}.
 * @param options - See {@link HistoricalTargetOptions}.
 * @returns A {@link HistoricalTargetResult}.
 * @throws {ArgumentError} `invalid_argument` for a history that is neither an array nor `{ mean, sd }`, a
 *   non-finite value, a negative or non-finite sd or `sds`, or an unknown polarity or deviation.
 * @see City of Boston, CityScore (boston.gov/cityscore) and the Analyze Boston "CityScore" data dictionary;
 *   numpy.std (ddof = 1) for the sample standard deviation.
 *
 * @example
 * ```ts
 * import { historicalTarget, scoreProgress } from 'civic-metrics/scoring';
 * const fires = historicalTarget({ mean: 221.8064516, sd: 27.4000235 }, { polarity: 'decrease' });
 * fires.status === 'ok' && fires.target;
 * // => 249.2064751
 * const score = scoreProgress({ current: 258, target: 249.2064751, polarity: 'decrease', percentOfTarget: 'ratio' });
 * score.status === 'ok' && score.percentOfTarget;
 * // => 0.9659166
 * const visits = historicalTarget([8, 10, 12], { polarity: 'increase' });
 * visits.status === 'ok' && [visits.mean, visits.sd, visits.target];
 * // => [10, 2, 8]
 * ```
 */
export function historicalTarget(
  history: HistoricalTargetInput,
  options: HistoricalTargetOptions,
): HistoricalTargetResult {
  if (typeof options !== 'object' || options === null) fail(FN, 'options', 'to be an object', options);
  assertOneOf(FN, 'options.polarity', options.polarity, ['increase', 'decrease']);
  const polarity = options.polarity;
  const k = options.sds ?? 1;
  if (typeof k !== 'number' || !Number.isFinite(k) || k < 0)
    fail(FN, 'options.sds', 'to be a finite number >= 0', k);
  const deviation = options.deviation ?? 'sample';
  assertOneOf(FN, 'options.deviation', deviation, ['sample', 'population']);
  const inputs: Record<string, unknown> = { polarity, sds: k, deviation };

  let mean: number;
  let sd: number;
  let n: number | null = null;
  if (Array.isArray(history)) {
    const present: number[] = [];
    history.forEach((v: unknown, i) => {
      if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return;
      if (typeof v !== 'number' || !Number.isFinite(v))
        fail(FN, `history[${i}]`, 'to be a finite number, null or NaN', v);
      present.push(v);
    });
    const required = k === 0 || deviation === 'population' ? 1 : 2;
    inputs.values = history.length;
    if (present.length < required) {
      return {
        status: 'insufficient_data',
        required,
        received: present.length,
        explanation: {
          method: FN,
          summary: `${present.length} past value${present.length === 1 ? '' : 's'} present; ${required} needed for a historical target.`,
          inputs,
          intermediate: { present: present.length, required },
          source: SOURCE,
        },
      };
    }
    n = present.length;
    mean = neumaierSum(present) / n;
    const squares = present.map((x) => (x - mean) * (x - mean));
    const divisor = deviation === 'sample' ? n - 1 : n;
    sd = divisor === 0 ? 0 : Math.sqrt(neumaierSum(squares) / divisor);
  } else if (typeof history === 'object' && history !== null) {
    const given = history as { mean?: unknown; sd?: unknown };
    if (typeof given.mean !== 'number' || !Number.isFinite(given.mean))
      fail(FN, 'history.mean', 'to be a finite number', given.mean);
    if (typeof given.sd !== 'number' || !Number.isFinite(given.sd) || given.sd < 0)
      fail(FN, 'history.sd', 'to be a finite number >= 0', given.sd);
    mean = given.mean;
    sd = given.sd;
    inputs.mean = mean;
    inputs.sd = sd;
  } else {
    fail(FN, 'history', 'to be an array of past values or { mean, sd }', history);
  }
  const sign = polarity === 'decrease' ? 1 : -1;
  let target = mean + sign * k * sd;
  if (target === 0) target = 0;
  if (!Number.isFinite(target))
    fail(FN, 'history', `to give a finite target (${describe(mean)} ± ${k}·sd)`, history);
  const op = sign > 0 ? '+' : '−';
  return {
    status: 'ok',
    target,
    mean,
    sd,
    n,
    explanation: {
      method: FN,
      summary: `Historical target ${fmt(target)} = mean ${fmt(mean)} ${op} ${k} × sd ${fmt(sd)} (${polarity === 'decrease' ? 'lower' : 'higher'} is better).`,
      inputs,
      intermediate: { mean, sd, n, target },
      rule: {
        id: `mean_${sign > 0 ? 'plus' : 'minus'}_sd`,
        description: `target = mean ${op} k·sd`,
        thresholds: { k },
      },
      source: SOURCE,
    },
  };
}

function fmt(x: number): string {
  return String(Number(x.toPrecision(8)));
}
