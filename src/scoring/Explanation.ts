/**
 * Why a score or status came out as it did, in a form an analyst can show a council: the inputs used (with
 * the periods chosen), the intermediate quantities, the rule or band that fired with its thresholds, and
 * the published source. Every scoring function and every published progress method returns one.
 * It is plain JSON (no class instances, no functions), so it serialises as is.
 *
 * @example
 * ```ts
 * import type { Explanation } from 'civic-metrics';
 * const explanation: Explanation = {
 *   method: 'scoreProgress',
 *   summary: 'Current 80 days is 50% of the way from the baseline 160 to the target 80... met.',
 *   inputs: { current: 80, target: 80, baseline: 160, polarity: 'decrease' },
 *   intermediate: { gapClosed: 1 },
 *   rule: { id: 'achieved', description: 'current at or better than target' },
 * };
 * ```
 */
export interface Explanation {
  /** The function or published method that produced the result, e.g. `scoreProgress`, `sdsnColour`. */
  method: string;
  /** One or two plain-English sentences saying what was found. */
  summary: string;
  /** The inputs used, after defaults were applied (with the periods chosen, where periods are involved). */
  inputs: Record<string, unknown>;
  /** Intermediate quantities, by name (e.g. `gapClosed`, `cagr`, `progressRatio`); null where undefined. */
  intermediate: Record<string, number | string | boolean | null>;
  /** The rule, band or threshold that decided the result, when one did. */
  rule?: ExplanationRule;
  /** Citation of the published method or formula. */
  source?: string;
}

/**
 * The rule or band that decided a result, with its thresholds.
 *
 * @example
 * ```ts
 * import type { ExplanationRule } from 'civic-metrics';
 * const rule: ExplanationRule = { id: 'moderate_progress', description: '0.6 <= pv < 0.95', thresholds: { lower: 0.6, upper: 0.95 } };
 * ```
 */
export interface ExplanationRule {
  /** A stable id of the rule or band, usually the status it yields. */
  id: string;
  /** What the rule says, e.g. `0.6 <= pv < 0.95`. */
  description: string;
  /** The thresholds involved, by name. */
  thresholds?: Record<string, number | null>;
}
