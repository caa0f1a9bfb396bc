import type { Explanation } from '../Explanation.js';
import { fmt } from './internal/format.js';
import { readMaybeValue } from './internal/readOptions.js';
import { readSdsnThresholds, sdsnBand } from './internal/sdsnInputs.js';
import { SOURCES } from './internal/sources.js';
import type { SdsnScoreOptions } from './sdsnScore.js';

/**
 * An SDSN dashboard colour: `green` (SDG achieved), `yellow` and `orange` (challenges remain, split at the
 * midpoint of the green and red thresholds), `red` (major challenges), `grey` (information unavailable).
 *
 * @example
 * ```ts
 * import type { SdsnColour } from 'civic-metrics';
 * const colour: SdsnColour = 'orange';
 * ```
 */
export type SdsnColour = 'green' | 'yellow' | 'orange' | 'red' | 'grey';

/**
 * The bounds and dashboard thresholds of an SDSN indicator.
 *
 * @example
 * ```ts
 * import type { SdsnColourOptions } from 'civic-metrics';
 * const inWorkPoverty: SdsnColourOptions = { upperBound: 3.3, lowerBound: 18.6, greenThreshold: 8, redThreshold: 15 };
 * ```
 */
export interface SdsnColourOptions extends SdsnScoreOptions {
  /** Value at or beyond which the indicator is green ("SDG achieved"). */
  greenThreshold: number;
  /** Value beyond which the indicator is red; must not be better than the green threshold. */
  redThreshold: number;
}

/**
 * Result of {@link sdsnColour}.
 *
 * @example
 * ```ts
 * import type { SdsnColourResult } from 'civic-metrics';
 * const status: SdsnColourResult['status'] = 'assessed';
 * ```
 */
export interface SdsnColourResult {
  /** `assessed`, or `not_available` (colour `grey`) when the value is missing. */
  status: 'assessed' | 'not_available';
  /** The dashboard colour. */
  colour: SdsnColour;
  /** The yellow/orange threshold: the midpoint of the green and red thresholds. */
  midpoint: number;
  /** Inputs, the midpoint and the band that fired. */
  explanation: Explanation;
}

/**
 * Colours an indicator value on SDSN's four-colour dashboard.
 *
 * Bands (SDSN 2018 methodology, Annex 4, mirrored for higher-is-better): green from the green threshold to
 * the optimum; yellow and orange between the green and red thresholds, split at their midpoint; red beyond
 * the red threshold. A value exactly on a threshold takes the better colour (green at the green threshold,
 * yellow at the midpoint, orange at the red threshold), as SDSN's published 2019 Europe data confirm
 * (3,162 of 3,163 published colours reproduced; the exception is a value beyond the optimum of an indicator
 * whose green threshold lies beyond its optimum, published green).
 * The direction comes from the bounds: higher is better when `upperBound > lowerBound`.
 *
 * Missing data: `value` null, undefined or NaN gives `grey` with `status: 'not_available'`.
 *
 * @param value - The raw indicator value.
 * @param options - `{ upperBound, lowerBound, greenThreshold, redThreshold }`.
 * @returns The colour, the midpoint and an explanation.
 * @throws {ArgumentError} `invalid_argument` when a bound or threshold is not finite, the bounds are equal,
 *   or the red threshold is better than the green one.
 * @see SDSN & Bertelsmann Stiftung, SDG Index and Dashboards — Detailed Methodological paper 2018, §1.5.3.
 *
 * @example
 * ```ts
 * import { sdsnColour } from 'civic-metrics';
 * const thresholds = { upperBound: 100, lowerBound: 41, greenThreshold: 90, redThreshold: 80 };
 * sdsnColour(90, thresholds).colour;
 * // => 'green'
 * sdsnColour(82, thresholds).colour;
 * // => 'orange'
 * ```
 */
export function sdsnColour(value: number | null, options: SdsnColourOptions): SdsnColourResult {
  const fn = 'sdsnColour';
  const t = readSdsnThresholds(fn, 'options', options);
  const x = readMaybeValue(fn, 'value', value);
  const inputs = {
    value: x,
    upperBound: t.upperBound,
    lowerBound: t.lowerBound,
    greenThreshold: t.greenThreshold,
    redThreshold: t.redThreshold,
  };
  const thresholds = { green: t.greenThreshold, midpoint: t.midpoint, red: t.redThreshold };
  const direction = t.sign === 1 ? 'higher_is_better' : 'lower_is_better';
  if (x === null) {
    return {
      status: 'not_available',
      colour: 'grey',
      midpoint: t.midpoint,
      explanation: {
        method: fn,
        summary: 'No value, so the indicator is grey (information unavailable).',
        inputs,
        intermediate: { midpoint: t.midpoint, direction },
        rule: { id: 'grey', description: 'value missing', thresholds },
        source: SOURCES.sdsn,
      },
    };
  }
  const colour = sdsnBand(x, t);
  const better = t.sign === 1 ? '>=' : '<=';
  const worse = t.sign === 1 ? '<' : '>';
  const descriptions = {
    green: `value ${better} green threshold ${fmt(t.greenThreshold)}`,
    yellow: `value ${worse} green threshold and ${better} midpoint ${fmt(t.midpoint)}`,
    orange: `value ${worse} midpoint and ${better} red threshold ${fmt(t.redThreshold)}`,
    red: `value ${worse} red threshold ${fmt(t.redThreshold)}`,
  };
  return {
    status: 'assessed',
    colour,
    midpoint: t.midpoint,
    explanation: {
      method: fn,
      summary: `Value ${fmt(x)} is ${colour}: ${descriptions[colour]} (${direction.replaceAll('_', ' ')}).`,
      inputs,
      intermediate: { midpoint: t.midpoint, direction },
      rule: { id: colour, description: descriptions[colour], thresholds },
      source: SOURCES.sdsn,
    },
  };
}
