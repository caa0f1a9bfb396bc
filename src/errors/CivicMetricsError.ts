import type { ErrorCode } from './errorCodes.js';

/**
 * Options of {@link CivicMetricsError}: where in the input the problem is, and the offending value.
 *
 * @example
 * ```ts
 * import type { CivicMetricsErrorOptions } from 'civic-metrics';
 * const options: CivicMetricsErrorOptions = { path: 'indicators[3].targets[0].value', value: 'abc' };
 * ```
 */
export interface CivicMetricsErrorOptions {
  /** Where in the input the problem is, e.g. `indicators[3].targets[0].value` or `options.alpha`. */
  path?: string;
  /** The offending value, kept for programmatic inspection (it is also described in the message). */
  value?: unknown;
  /** The underlying error, if any. */
  cause?: unknown;
}

/**
 * Base class of every error civic-metrics throws. Carries a literal {@link ErrorCode} to switch on, an
 * optional `path` naming where in the input the problem is, and a message of the form
 * `fn: expected …, received …`.
 *
 * Programmer errors (a wrong argument) throw; real-world data states (too few points, no target) are
 * returned as result statuses instead.
 *
 * @example
 * ```ts
 * import { CivicMetricsError } from 'civic-metrics';
 * const error = new CivicMetricsError('invalid_argument', 'mannKendall: expected options.alpha in (0, 1), received 2', {
 *   path: 'options.alpha',
 * });
 * error.code;
 * // => 'invalid_argument'
 * ```
 */
export class CivicMetricsError extends Error {
  /** The literal code of this error. */
  readonly code: ErrorCode;
  /** Where in the input the problem is, when known. */
  readonly path: string | undefined;
  /** The offending value, when known. */
  readonly value: unknown;

  constructor(code: ErrorCode, message: string, options: CivicMetricsErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CivicMetricsError';
    this.code = code;
    this.path = options.path;
    this.value = options.value;
  }
}
