/**
 * civic-metrics/periods
 *
 * @packageDocumentation
 */
export {};
