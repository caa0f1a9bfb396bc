/**
 * civic-metrics/scoring
 *
 * @packageDocumentation
 */
export {};
