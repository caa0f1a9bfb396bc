import { fail } from '../../internal/assert.js';
import type { Explanation } from '../Explanation.js';
import { type AnnualPoint, readAnnualSeries } from './internal/annualSeries.js';
import { fmt, pct } from './internal/format.js';
import {
  readNullableFinite,
  readOptionsObject,
  readPolarity,
  readYearOption,
} from './internal/readOptions.js';
import { SOURCES } from './internal/sources.js';
import { assertOrdered, readThresholds } from './internal/thresholds.js';
import type { AnnualValue } from './openSdgProgress.js';

/**
 * A Destatis weather symbol, best to worst: `sun`, `sun_behind_cloud`, `cloud`, `thunderstorm`.
 *
 * @example
 * ```ts
 * import type { DestatisSymbol } from 'civic-metrics';
 * const symbol: DestatisSymbol = 'sun_behind_cloud';
 * ```
 */
export type DestatisSymbol = 'sun' | 'sun_behind_cloud' | 'cloud' | 'thunderstorm';

/**
 * Cut-offs of the projected miss, as a share of the remaining distance `|target − current|`.
 *
 * @example
 * ```ts
 * import type { DestatisThresholds } from 'civic-metrics';
 * const defaults: DestatisThresholds = { sun: 0.05, sunBehindCloud: 0.2 };
 * ```
 */
export interface DestatisThresholds {
  /** Miss below this share: sun. Default 0.05. */
  sun: number;
  /** Miss up to and including this share: sun behind cloud; above it (moving the right way): cloud. Default 0.20. */
  sunBehindCloud: number;
}

/**
 * Options of {@link destatisWeather}.
 *
 * @example
 * ```ts
 * import type { DestatisWeatherOptions } from 'civic-metrics';
 * const options: DestatisWeatherOptions = { polarity: 'increase', target: 20, targetYear: 2030 };
 * ```
 */
export interface DestatisWeatherOptions {
  /** Desired direction. */
  polarity: 'increase' | 'decrease';
  /** Target value; null or omitted for a direction-only target. */
  target?: number | null;
  /** Target year; required with a target. */
  targetYear?: number;
  /** Length in years of the averaging window ending at the latest year. Default 5 (six annual values). */
  window?: number;
  /** Fewest values in the window for an assessment. Default 4. */
  minPoints?: number;
  /** Average change as `absolute` (default; mean change per year, extended linearly) or `relative` (compound rate). */
  change?: 'absolute' | 'relative';
  /** Miss cut-offs. */
  thresholds?: Partial<DestatisThresholds>;
}

/**
 * Result of {@link destatisWeather}.
 *
 * @example
 * ```ts
 * import type { DestatisWeatherResult } from 'civic-metrics';
 * const rule: DestatisWeatherResult['rule'] = 'direction';
 * ```
 */
export interface DestatisWeatherResult {
  /** `assessed`, `insufficient_data` (fewer than `minPoints` values in the window) or `not_assessed` (relative change with a non-positive value, or a numeric overflow). */
  status: 'assessed' | 'insufficient_data' | 'not_assessed';
  /** The weather symbol; null when not assessed. */
  symbol: DestatisSymbol | null;
  /** `target` (projection against a target value) or `direction` (direction-only target). */
  rule: 'target' | 'direction';
  /** Average annual change over the window (absolute, or the compound rate with `change: 'relative'`). */
  averageChange: number | null;
  /** Change from the previous observation to the latest (direction-only rule). */
  lastChange: number | null;
  /** The latest value extended to the target year. */
  projected: number | null;
  /** Projected shortfall as a share of `|target − current|` (0 when the projection reaches the target); null when moving the wrong way. */
  miss: number | null;
  /** Whether the latest value already meets the target; null without a target. */
  targetMet: boolean | null;
  /** First and last year of the window. */
  fromYear: number | null;
  /** Latest year. */
  toYear: number | null;
  /** Inputs (with the window chosen), the changes, projection, miss and the rule that fired. */
  explanation: Explanation;
}

/**
 * Destatis weather symbol of the German Sustainable Development Strategy.
 *
 * **Target value by a target year:** the average annual change over the last five years (the values from
 * `latest − 5` to `latest`, at least four) is extended from the latest value to the target year, and the
 * projected miss is measured as a share of the remaining distance `|target − current|`: sun when the target
 * is reached or missed by < 5%, sun behind cloud for 5–20%, cloud when moving the right way but missing by
 * more than 20%, thunderstorm when the distance stays constant or grows (wrong direction or no change). A
 * latest value already at the target is sun.
 * **Direction-only targets:** the 5-year average change (primary) and the last annual change (secondary):
 * both right → sun; average right, last wrong or zero → sun behind cloud; average wrong or flat, last
 * right → cloud; neither right → thunderstorm.
 * The published text does not say whether the average change is absolute or relative; absolute is the
 * default (`change: 'relative'` uses the compound rate). Where several targets apply, Destatis shows the
 * worst symbol.
 *
 * Missing data: null/NaN values are skipped; fewer than `minPoints` values in the window gives
 * `insufficient_data`.
 *
 * @param series - Annual observations `{ year, value }`, one per year.
 * @param options - `{ polarity, target = null, targetYear, window = 5, minPoints = 4, change = 'absolute',
 *   thresholds }`.
 * @returns The symbol and the quantities behind it.
 * @throws {ArgumentError} `invalid_argument` for a malformed series, unknown polarity or change, a target
 *   without an integer `targetYear`, a window or `minPoints` that is not an integer ≥ 1 (≥ 2 for
 *   `minPoints`), unknown or unordered thresholds.
 * @throws {PeriodError} `duplicate_observation` when two observations share a year.
 * @see Destatis weather symbols, as published on the Vanuatu NSDP platform ("Indicators Status Summary").
 *
 * @example
 * ```ts
 * import { destatisWeather } from 'civic-metrics';
 * const years = [2017, 2018, 2019, 2020, 2021, 2022];
 * const values = [10.625, 11.3, 12, 12.6, 13.3, 14];
 * const series = years.map((year, i) => ({ year, value: values[i] ?? null }));
 * const result = destatisWeather(series, { polarity: 'increase', target: 20, targetYear: 2030 });
 * result.symbol;
 * // => 'sun_behind_cloud'
 * result.miss;
 * // => 0.1
 * ```
 */
export function destatisWeather(
  series: readonly AnnualValue[],
  options: DestatisWeatherOptions,
): DestatisWeatherResult {
  const fn = 'destatisWeather';
  const o = readOptionsObject(fn, options);
  const d = readPolarity(fn, 'options.polarity', o.polarity);
  const target = readNullableFinite(fn, 'options.target', o.target);
  const targetYear = target === null ? null : readYearOption(fn, 'options.targetYear', o.targetYear);
  const window = readYearOption(fn, 'options.window', o.window, 5);
  if (window < 1) fail(fn, 'options.window', 'to be an integer >= 1', window);
  const minPoints = readYearOption(fn, 'options.minPoints', o.minPoints, 4);
  if (minPoints < 2) fail(fn, 'options.minPoints', 'to be an integer >= 2', minPoints);
  const change = o.change === undefined ? 'absolute' : o.change;
  if (change !== 'absolute' && change !== 'relative')
    fail(fn, 'options.change', "to be 'absolute' or 'relative'", change);
  const t = readThresholds(fn, 'options.thresholds', o.thresholds, { sun: 0.05, sunBehindCloud: 0.2 });
  assertOrdered(fn, 'options.thresholds', t, 'sun', 'sunBehindCloud');
  const points = readAnnualSeries(fn, 'series', series);
  const rule = target === null ? 'direction' : 'target';
  const inputs: Record<string, unknown> = {
    polarity: d === 1 ? 'increase' : 'decrease',
    target,
    targetYear,
    window,
    minPoints,
    change,
  };
  const empty = { averageChange: null, lastChange: null, projected: null, miss: null, targetMet: null };
  const latest = points.at(-1);
  const inWindow = latest === undefined ? [] : points.filter((p) => p.year >= latest.year - window);
  if (latest === undefined || inWindow.length < minPoints) {
    const description = `${inWindow.length} value${inWindow.length === 1 ? '' : 's'} in the ${window}-year window, fewer than ${minPoints}`;
    return {
      status: 'insufficient_data',
      symbol: null,
      rule,
      ...empty,
      fromYear: inWindow[0]?.year ?? null,
      toYear: latest?.year ?? null,
      explanation: {
        method: fn,
        summary: `Insufficient data: ${description}.`,
        inputs,
        intermediate: { pointsInWindow: inWindow.length },
        rule: { id: 'insufficient_data', description, thresholds: { minPoints } },
        source: SOURCES.destatis,
      },
    };
  }
  const first = inWindow[0] as AnnualPoint;
  const previous = inWindow[inWindow.length - 2] as AnnualPoint;
  const span = latest.year - first.year;
  const years = { fromYear: first.year, toYear: latest.year };
  Object.assign(inputs, years);
  if (change === 'relative' && inWindow.some((p) => p.value <= 0)) {
    const description = 'a zero or negative value leaves the relative change undefined';
    return {
      status: 'not_assessed',
      symbol: null,
      rule,
      ...empty,
      ...years,
      explanation: {
        method: fn,
        summary: `Not assessed: ${description}.`,
        inputs,
        intermediate: { pointsInWindow: inWindow.length },
        rule: { id: 'non_positive_value', description },
        source: SOURCES.destatis,
      },
    };
  }
  const averageChange =
    change === 'absolute'
      ? (latest.value - first.value) / span
      : (latest.value / first.value) ** (1 / span) - 1;
  const lastChange =
    change === 'absolute'
      ? (latest.value - previous.value) / (latest.year - previous.year)
      : (latest.value / previous.value) ** (1 / (latest.year - previous.year)) - 1;
  const unit = change === 'absolute' ? '' : ' (relative)';
  const horizon = target === null ? 0 : Math.max(0, (targetYear as number) - latest.year);
  const projected =
    change === 'absolute'
      ? latest.value + averageChange * horizon
      : latest.value * (1 + averageChange) ** horizon;
  if (![averageChange, lastChange, projected].every(Number.isFinite)) {
    const description = 'the change or projection overflows double precision';
    return {
      status: 'not_assessed',
      symbol: null,
      rule,
      ...empty,
      ...years,
      explanation: {
        method: fn,
        summary: `Not assessed: ${description}.`,
        inputs,
        intermediate: { pointsInWindow: inWindow.length },
        rule: { id: 'not_finite', description },
        source: SOURCES.destatis,
      },
    };
  }

  if (target === null) {
    const avgSign = Math.sign(d * averageChange);
    const lastSign = Math.sign(d * lastChange);
    let symbol: DestatisSymbol;
    let description: string;
    if (avgSign > 0 && lastSign > 0) {
      symbol = 'sun';
      description = 'average and last change both in the desired direction';
    } else if (avgSign > 0) {
      symbol = 'sun_behind_cloud';
      description = 'average change in the desired direction, last change not';
    } else if (lastSign > 0) {
      symbol = 'cloud';
      description = 'average change wrong or flat, last change in the desired direction';
    } else {
      symbol = 'thunderstorm';
      description = 'neither the average nor the last change in the desired direction';
    }
    return {
      status: 'assessed',
      symbol,
      rule,
      ...empty,
      averageChange,
      lastChange,
      ...years,
      explanation: {
        method: fn,
        summary: `Average change ${fmt(averageChange)}/yr${unit} over ${first.year}-${latest.year}, last change ${fmt(lastChange)}/yr: ${symbol.replaceAll('_', ' ')}.`,
        inputs,
        intermediate: { averageChange, lastChange, pointsInWindow: inWindow.length },
        rule: { id: symbol, description },
        source: SOURCES.destatis,
      },
    };
  }

  const tYear = targetYear as number;
  const targetMet = d * (latest.value - target) >= 0;
  const thresholds = { sun: t.sun, sunBehindCloud: t.sunBehindCloud };
  let symbol: DestatisSymbol;
  let miss: number | null;
  let ruleId: string;
  let description: string;
  if (targetMet) {
    symbol = 'sun';
    miss = 0;
    ruleId = 'target_achieved';
    description = `latest value ${d === 1 ? '>=' : '<='} target ${fmt(target)}`;
  } else if (d * averageChange <= 0) {
    symbol = 'thunderstorm';
    miss = null;
    ruleId = 'wrong_direction';
    description = 'average change zero or in the wrong direction: the distance stays or grows';
  } else {
    miss = Math.max(0, d * (target - projected)) / Math.abs(target - latest.value);
    if (miss < t.sun) {
      symbol = 'sun';
      description = `miss < ${t.sun}`;
    } else if (miss <= t.sunBehindCloud) {
      symbol = 'sun_behind_cloud';
      description = `${t.sun} <= miss <= ${t.sunBehindCloud}`;
    } else {
      symbol = 'cloud';
      description = `miss > ${t.sunBehindCloud}, moving the right way`;
    }
    ruleId = symbol;
  }
  return {
    status: 'assessed',
    symbol,
    rule,
    averageChange,
    lastChange,
    projected,
    miss,
    targetMet,
    ...years,
    explanation: {
      method: fn,
      summary: targetMet
        ? `The latest value ${fmt(latest.value)} already meets the target ${fmt(target)}: sun.`
        : miss === null
          ? `Average change ${fmt(averageChange)}/yr${unit} moves away from (or not toward) the target ${fmt(target)}: thunderstorm.`
          : `At ${fmt(averageChange)}/yr${unit} the value reaches ${fmt(projected)} by ${tYear}, missing the target ${fmt(target)} by ${pct(miss)} of the remaining distance: ${symbol.replaceAll('_', ' ')}.`,
      inputs,
      intermediate: {
        averageChange,
        lastChange,
        projected,
        miss,
        targetMet,
        pointsInWindow: inWindow.length,
      },
      rule: { id: ruleId, description, thresholds },
      source: SOURCES.destatis,
    },
  };
}
