import { ArgumentError } from '../../errors/ArgumentError.js';
import { fail } from '../../internal/assert.js';
import type { Explanation } from '../Explanation.js';
import { fmt, pct } from './internal/format.js';
import { readMaybeValue, readOptionsObject } from './internal/readOptions.js';
import { readSdsnThresholds, sdsnBand, sdsnRescale } from './internal/sdsnInputs.js';
import { SOURCES } from './internal/sources.js';
import type { SdsnColour, SdsnColourOptions } from './sdsnColour.js';

/**
 * One indicator of a goal, for {@link sdsnGoalColour}: its value (null when missing) and its bounds and
 * thresholds.
 *
 * @example
 * ```ts
 * import type { SdsnGoalIndicator } from 'civic-metrics';
 * const inWorkPoverty: SdsnGoalIndicator = { value: 8, upperBound: 3.3, lowerBound: 18.6, greenThreshold: 8, redThreshold: 15 };
 * ```
 */
export interface SdsnGoalIndicator extends SdsnColourOptions {
  /** The indicator value; null (or NaN) when the country has no data for it. */
  value: number | null;
}

/**
 * Options of {@link sdsnGoalColour}.
 *
 * @example
 * ```ts
 * import type { SdsnGoalColourOptions } from 'civic-metrics';
 * const options: SdsnGoalColourOptions = { minCoverage: 0.5 };
 * ```
 */
export interface SdsnGoalColourOptions {
  /** Share of the goal's indicators that must have data, else the goal is grey. Default 0.5 (SDSN). */
  minCoverage?: number;
}

/**
 * One of the two worst indicators that decide a goal colour.
 *
 * @example
 * ```ts
 * import type { SdsnGoalWorstIndicator } from 'civic-metrics';
 * const worst: SdsnGoalWorstIndicator = { index: 1, value: 14.3, rescaled: 2.046667, colour: 'green' };
 * ```
 */
export interface SdsnGoalWorstIndicator {
  /** Position in the `indicators` argument. */
  index: number;
  /** The indicator value. */
  value: number;
  /** The value on the continuous 0–3 scale. */
  rescaled: number;
  /** The indicator's own dashboard colour. */
  colour: Exclude<SdsnColour, 'grey'>;
}

/**
 * Result of {@link sdsnGoalColour}.
 *
 * @example
 * ```ts
 * import type { SdsnGoalColourResult } from 'civic-metrics';
 * const status: SdsnGoalColourResult['status'] = 'insufficient_data';
 * ```
 */
export interface SdsnGoalColourResult {
  /** `assessed`, or `insufficient_data` (colour `grey`) below the coverage rule. */
  status: 'assessed' | 'insufficient_data';
  /** The goal's dashboard colour. */
  colour: SdsnColour;
  /** The average of the two worst indicators on the 0–3 scale (the one indicator's value when only one has data); null when grey. */
  average: number | null;
  /** The (at most two) worst indicators, worst first; empty when grey. */
  worst: SdsnGoalWorstIndicator[];
  /** Number of indicators with data. */
  available: number;
  /** Number of indicators of the goal. */
  total: number;
  /** `available / total`. */
  coverage: number;
  /** Inputs, the rescaled values, the average and the rule that fired. */
  explanation: Explanation;
}

/**
 * Colours an SDG on SDSN's goal dashboard from all of its indicators.
 *
 * Each indicator with data is rescaled continuously to 0–3 (lower bound 0, red threshold 1, green threshold
 * 2, optimum 3, linear in between, censored to [0, 3]). The goal value is the average of the **two worst**
 * indicators: ≥ 2 green, ≥ 1.5 yellow, ≥ 1 orange, < 1 red, with two overrides: the goal is green only if
 * both of those indicators are green (else yellow) and red only if both are red (else orange). With one
 * indicator with data, its own colour is used. Below 50% coverage the goal is grey. Ties between equally
 * bad indicators keep their input order. This reproduces all 493 goal colours of SDSN's 2019 Europe report.
 *
 * Missing data: an indicator's `value` null or NaN counts as missing; coverage = available / total.
 *
 * @param indicators - All of the goal's indicators (non-empty), each `{ value, upperBound, lowerBound,
 *   greenThreshold, redThreshold }`.
 * @param options - `minCoverage` in [0, 1] (default 0.5; a goal at exactly 50% is coloured).
 * @returns The colour, the average, the two worst indicators and the coverage.
 * @throws {ArgumentError} `invalid_argument` when `indicators` is not a non-empty array, an indicator's
 *   bounds or thresholds are invalid (path `indicators[i].…`), or `minCoverage` is outside [0, 1].
 * @see SDSN & Bertelsmann Stiftung, SDG Index and Dashboards — Detailed Methodological paper 2018, §1.5.3.
 *
 * @example
 * ```ts
 * import { sdsnGoalColour } from 'civic-metrics';
 * const result = sdsnGoalColour([
 *   { value: 8, upperBound: 3.3, lowerBound: 18.6, greenThreshold: 8, redThreshold: 15 },
 *   { value: 14.3, upperBound: 0, lowerBound: 25.6, greenThreshold: 15, redThreshold: 22 },
 * ]);
 * result.colour;
 * // => 'green'
 * result.average;
 * // => 2.023333
 * ```
 */
export function sdsnGoalColour(
  indicators: readonly SdsnGoalIndicator[],
  options?: SdsnGoalColourOptions,
): SdsnGoalColourResult {
  const fn = 'sdsnGoalColour';
  if (!Array.isArray(indicators) || indicators.length === 0) {
    fail(fn, 'indicators', 'to be a non-empty array of indicators', indicators);
  }
  const o = readOptionsObject(fn, options, true);
  const minCoverage = o.minCoverage === undefined ? 0.5 : o.minCoverage;
  if (typeof minCoverage !== 'number' || !(minCoverage >= 0 && minCoverage <= 1)) {
    throw new ArgumentError(
      `${fn}: expected options.minCoverage to be a number in [0, 1], received ${String(minCoverage)}`,
      {
        path: 'options.minCoverage',
        value: minCoverage,
      },
    );
  }
  const rated: SdsnGoalWorstIndicator[] = [];
  indicators.forEach((indicator, index) => {
    const t = readSdsnThresholds(fn, `indicators[${index}]`, indicator);
    const value = readMaybeValue(fn, `indicators[${index}].value`, (indicator as SdsnGoalIndicator).value);
    if (value !== null)
      rated.push({ index, value, rescaled: sdsnRescale(value, t), colour: sdsnBand(value, t) });
  });
  const total = indicators.length;
  const available = rated.length;
  const coverage = available / total;
  const inputs = { indicators: total, minCoverage };
  const base = { available, total, coverage };
  if (available === 0 || coverage < minCoverage) {
    return {
      status: 'insufficient_data',
      colour: 'grey',
      average: null,
      worst: [],
      ...base,
      explanation: {
        method: fn,
        summary: `Only ${available} of ${total} indicators have data (${pct(coverage)}), below ${pct(minCoverage)}: grey.`,
        inputs,
        intermediate: { available, total, coverage },
        rule: { id: 'grey', description: `coverage < ${minCoverage}`, thresholds: { minCoverage } },
        source: SOURCES.sdsn,
      },
    };
  }
  const worst = [...rated].sort((a, b) => a.rescaled - b.rescaled || a.index - b.index).slice(0, 2);
  const first = worst[0] as SdsnGoalWorstIndicator;
  const second = worst[1];
  const intermediate: Explanation['intermediate'] = {
    available,
    total,
    coverage,
    worstIndex: first.index,
    worstRescaled: first.rescaled,
    worstColour: first.colour,
    secondWorstIndex: second?.index ?? null,
    secondWorstRescaled: second?.rescaled ?? null,
    secondWorstColour: second?.colour ?? null,
  };
  const thresholds = { green: 2, yellow: 1.5, orange: 1 };
  if (second === undefined) {
    return {
      status: 'assessed',
      colour: first.colour,
      average: first.rescaled,
      worst,
      ...base,
      explanation: {
        method: fn,
        summary: `One indicator has data; the goal takes its colour, ${first.colour}.`,
        inputs,
        intermediate: { ...intermediate, average: first.rescaled },
        rule: {
          id: 'single_indicator',
          description: 'one indicator with data: its colour is used',
          thresholds,
        },
        source: SOURCES.sdsn,
      },
    };
  }
  const average = (first.rescaled + second.rescaled) / 2;
  let colour: Exclude<SdsnColour, 'grey'>;
  let ruleId: string;
  let description: string;
  if (average >= 2) {
    const bothGreen = first.colour === 'green' && second.colour === 'green';
    colour = bothGreen ? 'green' : 'yellow';
    ruleId = bothGreen ? 'green' : 'green_override';
    description = bothGreen
      ? 'average >= 2 and both worst indicators green'
      : 'average >= 2 but not both worst indicators green: yellow';
  } else if (average >= 1.5) {
    colour = 'yellow';
    ruleId = 'yellow';
    description = '1.5 <= average < 2';
  } else if (average >= 1) {
    colour = 'orange';
    ruleId = 'orange';
    description = '1 <= average < 1.5';
  } else {
    const bothRed = first.colour === 'red' && second.colour === 'red';
    colour = bothRed ? 'red' : 'orange';
    ruleId = bothRed ? 'red' : 'red_override';
    description = bothRed
      ? 'average < 1 and both worst indicators red'
      : 'average < 1 but not both worst indicators red: orange';
  }
  return {
    status: 'assessed',
    colour,
    average,
    worst,
    ...base,
    explanation: {
      method: fn,
      summary: `The two worst indicators (#${first.index} ${first.colour}, #${second.index} ${second.colour}) average ${fmt(average)} on the 0-3 scale: ${colour}.`,
      inputs,
      intermediate: { ...intermediate, average },
      rule: { id: ruleId, description, thresholds },
      source: SOURCES.sdsn,
    },
  };
}
