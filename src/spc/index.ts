/**
 * civic-metrics/spc
 *
 * @packageDocumentation
 */
export {};
