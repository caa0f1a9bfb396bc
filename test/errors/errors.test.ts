import { describe, expect, it } from 'vitest';
import {
  ArgumentError,
  CivicMetricsError,
  errorCodes,
  PeriodError,
  ValidationError,
} from '../../src/errors/index.js';

describe('errors', () => {
  it('CivicMetricsError carries code, path and value', () => {
    const error = new CivicMetricsError('invalid_argument', 'fn: expected x, received y', {
      path: 'options.x',
      value: 'y',
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CivicMetricsError');
    expect(error.code).toBe('invalid_argument');
    expect(error.path).toBe('options.x');
    expect(error.value).toBe('y');
    expect(error.message).toBe('fn: expected x, received y');
  });

  it('keeps a cause', () => {
    const cause = new Error('inner');
    expect(new CivicMetricsError('invalid_argument', 'm', { cause }).cause).toBe(cause);
  });

  it('subclasses are CivicMetricsErrors with their codes', () => {
    const a = new ArgumentError('fn: expected a, received b');
    expect(a).toBeInstanceOf(CivicMetricsError);
    expect(a.code).toBe('invalid_argument');
    expect(new ArgumentError('m', {}, 'mismatched_lengths').code).toBe('mismatched_lengths');
    const p = new PeriodError('missing_calendar', 'm');
    expect(p).toBeInstanceOf(CivicMetricsError);
    expect(p.name).toBe('PeriodError');
    expect(p.code).toBe('missing_calendar');
  });

  it('ValidationError lists every issue and points at the first', () => {
    const issues = Array.from({ length: 25 }, (_, i) => ({
      code: 'duplicate_id' as const,
      path: `goals[${i}].id`,
      message: `parsePlan: expected a unique id, received 'g${i}'`,
    }));
    const error = new ValidationError('parsePlan', issues);
    expect(error.code).toBe('validation_failed');
    expect(error.issues).toHaveLength(25);
    expect(error.path).toBe('goals[0].id');
    expect(error.message).toMatch(/^parsePlan: expected valid input, received 25 issues:/);
    expect(error.message).toContain('goals[19].id');
    expect(error.message).not.toContain('goals[20].id');
    expect(error.message).toContain('and 5 more');
    expect(new ValidationError('f', []).path).toBeUndefined();
  });

  it('the code list has no duplicates and includes every thrown code', () => {
    expect(new Set(errorCodes).size).toBe(errorCodes.length);
    for (const code of ['invalid_argument', 'invalid_period', 'validation_failed', 'cycle'] as const) {
      expect(errorCodes).toContain(code);
    }
  });
});
