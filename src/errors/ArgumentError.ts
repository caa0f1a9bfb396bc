import { CivicMetricsError, type CivicMetricsErrorOptions } from './CivicMetricsError.js';

/**
 * A function was called with an argument of the wrong type, outside its valid range, or with arrays of
 * mismatched lengths. Code `invalid_argument` or `mismatched_lengths`.
 *
 * @example
 * ```ts
 * import { ArgumentError } from 'civic-metrics';
 * const error = new ArgumentError('xmrChart: expected options.runLength an integer >= 2, received 0', { path: 'options.runLength', value: 0 });
 * error.code;
 * // => 'invalid_argument'
 * ```
 */
export class ArgumentError extends CivicMetricsError {
  constructor(
    message: string,
    options: CivicMetricsErrorOptions = {},
    code: 'invalid_argument' | 'mismatched_lengths' | 'incompatible_units' = 'invalid_argument',
  ) {
    super(code, message, options);
    this.name = 'ArgumentError';
  }
}
