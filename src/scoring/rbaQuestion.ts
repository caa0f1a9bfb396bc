import { assertOneOf, fail } from '../internal/assert.js';
import type { Explanation } from './Explanation.js';

/**
 * Where a performance measure sits in the Results-Based Accountability data quadrant: whether it counts
 * (`quantity`: "#") or grades (`quality`: "%") and whether it measures the program's `effort` (what was
 * done) or its `effect` (how clients changed).
 *
 * @example
 * ```ts
 * import type { RbaQuadrant } from 'civic-metrics/scoring';
 * // "Percent of calls answered within 2 minutes"
 * const callsAnswered: RbaQuadrant = { measures: 'quality', of: 'effort' };
 * ```
 */
export interface RbaQuadrant {
  /** `quantity` (how much: a count) or `quality` (how well: a rate or percentage). */
  readonly measures: 'quantity' | 'quality';
  /** `effort` (the service delivered) or `effect` (the change in the people served). */
  readonly of: 'effort' | 'effect';
}

/**
 * The result of {@link rbaQuestion}.
 *
 * @example
 * ```ts
 * import { rbaQuestion, type RbaQuestionResult } from 'civic-metrics/scoring';
 * const result: RbaQuestionResult = rbaQuestion({ measures: 'quantity', of: 'effort' });
 * result.category;
 * // => 'how_much'
 * ```
 */
export interface RbaQuestionResult {
  /** The plan model's `rbaCategory`: `how_much`, `how_well` or `better_off`. */
  readonly category: 'how_much' | 'how_well' | 'better_off';
  /** The question in Friedman's words. */
  readonly question: 'How much did we do?' | 'How well did we do it?' | 'Is anyone better off?';
  /** The quadrant read. */
  readonly quadrant: RbaQuadrant;
  /** The quadrant and the rule. */
  readonly explanation: Explanation;
}

const FN = 'rbaQuestion';

/**
 * The Results-Based Accountability question a performance measure answers, from its place in the data
 * quadrant (quantity/quality × effort/effect): quantity of effort → "How much did we do?"; quality of effort
 * → "How well did we do it?"; quantity or quality of effect → "Is anyone better off?" (reported as # and %).
 * Sorting measures this way is how RBA separates busyness from results; `category` is the plan model's
 * `rbaCategory` value.
 *
 * @param quadrant - See {@link RbaQuadrant}; placing a measure in it is the analyst's judgement.
 * @returns A {@link RbaQuestionResult}.
 * @throws {ArgumentError} `invalid_argument` for a value outside the quadrant.
 * @see M. Friedman, "Trying Hard Is Not Good Enough" (2005), ch. 3; "The Results-Based Accountability
 *   Guide" (performance measure quadrant); progress spec vectors `rba_performance_measure_quadrant`.
 *
 * @example
 * ```ts
 * import { rbaQuestion } from 'civic-metrics/scoring';
 * rbaQuestion({ measures: 'quality', of: 'effort' }).question;
 * // => 'How well did we do it?'
 * rbaQuestion({ measures: 'quantity', of: 'effect' }).question;
 * // => 'Is anyone better off?'
 * ```
 */
export function rbaQuestion(quadrant: RbaQuadrant): RbaQuestionResult {
  if (typeof quadrant !== 'object' || quadrant === null)
    fail(FN, 'quadrant', 'to be { measures, of }', quadrant);
  const q = quadrant as Partial<RbaQuadrant>;
  assertOneOf(FN, 'quadrant.measures', q.measures, ['quantity', 'quality']);
  assertOneOf(FN, 'quadrant.of', q.of, ['effort', 'effect']);
  const category = q.of === 'effect' ? 'better_off' : q.measures === 'quantity' ? 'how_much' : 'how_well';
  const question =
    category === 'how_much'
      ? 'How much did we do?'
      : category === 'how_well'
        ? 'How well did we do it?'
        : 'Is anyone better off?';
  return {
    category,
    question,
    quadrant: { measures: q.measures, of: q.of },
    explanation: {
      method: FN,
      summary: `A measure of the ${q.measures} of ${q.of} answers "${question}"`,
      inputs: { measures: q.measures, of: q.of },
      intermediate: { category },
      rule: {
        id: category,
        description:
          'quantity × effort → how much did we do; quality × effort → how well did we do it; effect (# or %) → is anyone better off',
      },
      source: "Friedman, 'Trying Hard Is Not Good Enough' (2005): the performance measure quadrant",
    },
  };
}
