import { CivicMetricsError } from './CivicMetricsError.js';
import type { ErrorCode } from './errorCodes.js';

/**
 * One problem found while validating input: a literal code, the path where it is, and a message.
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from 'civic-metrics';
 * const issue: ValidationIssue = {
 *   code: 'unknown_reference',
 *   path: 'goals[0].children[1].indicatorId',
 *   message: "parsePlan: expected an indicator id declared in indicators, received 'missing'",
 * };
 * ```
 */
export interface ValidationIssue {
  /** The literal issue code. */
  code: ErrorCode;
  /** Where the problem is, e.g. `indicators[3].targets[0].value`; `''` for the input as a whole. */
  path: string;
  /** A message of the form `fn: expected …, received …`. */
  message: string;
}

/**
 * Input failed validation. Carries every issue found (`issues`), not only the first; its own code is
 * `validation_failed` and its message lists the issues (the first 20, then a count).
 *
 * @example
 * ```ts
 * import { safeParsePlan, ValidationError } from 'civic-metrics';
 * const result = safeParsePlan({ id: 'p' });
 * !result.success && result.error instanceof ValidationError && result.error.issues.length === 1;
 * // => true
 * ```
 */
export class ValidationError extends CivicMetricsError {
  /** Every problem found, in input order. */
  readonly issues: readonly ValidationIssue[];

  constructor(fn: string, issues: readonly ValidationIssue[]) {
    const shown = issues.slice(0, 20).map((issue) => `  - ${issue.path || '(root)'}: ${issue.message}`);
    if (issues.length > 20) shown.push(`  … and ${issues.length - 20} more`);
    const noun = issues.length === 1 ? 'issue' : 'issues';
    const first = issues[0];
    super(
      'validation_failed',
      `${fn}: expected valid input, received ${issues.length} ${noun}:\n${shown.join('\n')}`,
      first === undefined ? {} : { path: first.path },
    );
    this.name = 'ValidationError';
    this.issues = issues;
  }
}
