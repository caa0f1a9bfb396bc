/**
 * civic-metrics/scoring: progress toward targets, status schemes, target paths, projections, and the
 * published progress-assessment methods.
 *
 * @packageDocumentation
 */
export type { Explanation, ExplanationRule } from './Explanation.js';
export * from './methods/index.js';
