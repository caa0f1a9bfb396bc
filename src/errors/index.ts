export { ArgumentError } from './ArgumentError.js';
export { CivicMetricsError, type CivicMetricsErrorOptions } from './CivicMetricsError.js';
export { type ErrorCode, errorCodes } from './errorCodes.js';
export { PeriodError } from './PeriodError.js';
export { ValidationError, type ValidationIssue } from './ValidationError.js';
