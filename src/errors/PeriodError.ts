import { CivicMetricsError, type CivicMetricsErrorOptions } from './CivicMetricsError.js';

/**
 * A period label or date cannot be parsed or does not exist (`invalid_period`), a fiscal period was used
 * without a fiscal calendar (`missing_calendar`), periods of different frequencies were mixed
 * (`frequency_mismatch`), or two observations share a period (`duplicate_observation`).
 *
 * @example
 * ```ts
 * import { PeriodError } from 'civic-metrics';
 * const error = new PeriodError('invalid_period', "parsePeriod: expected a month 01-12, received '2024-13'", { value: '2024-13' });
 * error.code;
 * // => 'invalid_period'
 * ```
 */
export class PeriodError extends CivicMetricsError {
  constructor(
    code: 'invalid_period' | 'missing_calendar' | 'frequency_mismatch' | 'duplicate_observation',
    message: string,
    options: CivicMetricsErrorOptions = {},
  ) {
    super(code, message, options);
    this.name = 'PeriodError';
  }
}
