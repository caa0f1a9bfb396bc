/**
 * civic-metrics/model
 *
 * @packageDocumentation
 */
export {};
