import { fail } from '../../internal/assert.js';
import type { Explanation } from '../Explanation.js';
import { fmt } from './internal/format.js';
import { readOptionsObject } from './internal/readOptions.js';
import { roundNoise } from './internal/roundNoise.js';
import { SOURCES } from './internal/sources.js';

/**
 * One band of an OKR colour scheme: grades from `min` (inclusive) up to the next band's `min` (exclusive;
 * the top band runs to 1 inclusive).
 *
 * @example
 * ```ts
 * import type { OkrColourBand } from 'civic-metrics';
 * const green: OkrColourBand = { colour: 'green', min: 0.7 };
 * ```
 */
export interface OkrColourBand {
  /** The colour (or any label) of the band. */
  colour: string;
  /** Lowest grade of the band, inclusive. */
  min: number;
}

/**
 * Doerr's OKR colours (Measure What Matters, 2018): 0.7–1.0 green, 0.4–0.6 yellow, 0.0–0.3 red. The source
 * leaves 0.3–0.4 and 0.6–0.7 undefined; this scheme closes each band at its lower end, so a grade in a gap
 * takes the colour below it (0.65 is yellow, 0.35 red).
 *
 * @example
 * ```ts
 * import { doerrOkrBands } from 'civic-metrics';
 * doerrOkrBands.map((band) => band.colour);
 * // => ['green', 'yellow', 'red']
 * ```
 */
export const doerrOkrBands: readonly OkrColourBand[] = Object.freeze([
  Object.freeze({ colour: 'green', min: 0.7 }),
  Object.freeze({ colour: 'yellow', min: 0.4 }),
  Object.freeze({ colour: 'red', min: 0 }),
]);

/**
 * Options of {@link okrColour}.
 *
 * @example
 * ```ts
 * import type { OkrColourOptions } from 'civic-metrics';
 * const threeBands: OkrColourOptions = { bands: [{ colour: 'green', min: 0.7 }, { colour: 'amber', min: 0.3 }, { colour: 'red', min: 0 }] };
 * ```
 */
export interface OkrColourOptions {
  /** The bands, best first, `min` strictly decreasing. Default {@link doerrOkrBands}. */
  bands?: readonly OkrColourBand[];
}

/**
 * Result of {@link okrColour}.
 *
 * @example
 * ```ts
 * import type { OkrColourResult } from 'civic-metrics';
 * const colour: OkrColourResult['colour'] = 'yellow';
 * ```
 */
export interface OkrColourResult {
  /** The colour of the band the grade falls in; null when it is below every band. */
  colour: string | null;
  /** Inputs, and the band that fired. */
  explanation: Explanation;
}

/**
 * Colours an OKR grade with a configurable band scheme (Doerr's green / yellow / red by default).
 *
 * The grade, rounded to 12 decimal places (so 0.6999999999999999 from a floating-point sum counts as 0.7),
 * takes the first band (best first) whose `min` it reaches: `grade ≥ min`. Doerr's bands have
 * undefined gaps (0.3–0.4, 0.6–0.7); the default scheme closes each band at its lower end, so gaps fall to
 * the colour below. Pass your own `bands` for another convention.
 *
 * @param grade - The grade, in [0, 1] (see {@link okrGrade}).
 * @param options - `{ bands = doerrOkrBands }`.
 * @returns The colour (null below every band) and an explanation.
 * @throws {ArgumentError} `invalid_argument` when `grade` is outside [0, 1], or `bands` is empty, has a
 *   band without a string colour or a finite `min`, or is not in strictly decreasing `min` order.
 * @see J. Doerr, Measure What Matters (2018), OKR scoring.
 *
 * @example
 * ```ts
 * import { okrColour } from 'civic-metrics';
 * okrColour(0.7).colour;
 * // => 'green'
 * okrColour(0.65).colour;
 * // => 'yellow'
 * ```
 */
export function okrColour(grade: number, options?: OkrColourOptions): OkrColourResult {
  const fn = 'okrColour';
  if (typeof grade !== 'number' || !(grade >= 0 && grade <= 1))
    fail(fn, 'grade', 'to be a grade in [0, 1]', grade);
  const o = readOptionsObject(fn, options, true);
  const bands = o.bands === undefined ? doerrOkrBands : o.bands;
  if (!Array.isArray(bands) || bands.length === 0)
    fail(fn, 'options.bands', 'to be a non-empty array of bands', bands);
  bands.forEach((band: unknown, i) => {
    const b = band as Partial<OkrColourBand> | null;
    if (b === null || typeof b !== 'object' || typeof b.colour !== 'string') {
      fail(fn, `options.bands[${i}].colour`, 'to be a string', b?.colour);
    }
    if (typeof b.min !== 'number' || !Number.isFinite(b.min))
      fail(fn, `options.bands[${i}].min`, 'to be a finite number', b.min);
    const previous = i > 0 ? (bands[i - 1] as OkrColourBand).min : Number.POSITIVE_INFINITY;
    if (!(b.min < previous))
      fail(fn, `options.bands[${i}].min`, `to be below the previous band's min (${previous})`, b.min);
  });
  const list = bands as readonly OkrColourBand[];
  const g = roundNoise(grade);
  const index = list.findIndex((b) => g >= b.min);
  const band = index === -1 ? undefined : list[index];
  const thresholds = Object.fromEntries(list.map((b) => [b.colour, b.min]));
  if (band === undefined) {
    return {
      colour: null,
      explanation: {
        method: fn,
        summary: `Grade ${fmt(grade)} is below every band.`,
        inputs: { grade, bands: list.length },
        intermediate: { band: null },
        rule: { id: 'no_band', description: `grade < ${list.at(-1)?.min}`, thresholds },
        source: SOURCES.okr,
      },
    };
  }
  const upper = index === 0 ? null : (list[index - 1] as OkrColourBand).min;
  const description = upper === null ? `grade >= ${band.min}` : `${band.min} <= grade < ${upper}`;
  return {
    colour: band.colour,
    explanation: {
      method: fn,
      summary: `Grade ${fmt(grade)} is ${band.colour} (${description}).`,
      inputs: { grade, bands: list.length },
      intermediate: { band: index },
      rule: { id: band.colour, description, thresholds },
      source: SOURCES.okr,
    },
  };
}
