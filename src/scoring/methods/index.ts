/**
 * Published progress-assessment methods.
 *
 * @packageDocumentation
 */
export {};
