/**
 * civic-metrics/trend
 *
 * @packageDocumentation
 */
export {};
