/**
 * civic-metrics/report
 *
 * @packageDocumentation
 */
export {};
