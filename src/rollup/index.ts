/**
 * civic-metrics/rollup
 *
 * @packageDocumentation
 */
export {};
