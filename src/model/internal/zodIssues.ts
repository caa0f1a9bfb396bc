import type { z } from 'zod';
import type { ErrorCode } from '../../errors/errorCodes.js';
import type { ValidationIssue } from '../../errors/ValidationError.js';
import { describe } from '../../internal/describe.js';
import { formatPath } from '../../internal/path.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** The value at a path of the raw input, reading own properties only. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function bound(issue: { origin?: string; inclusive?: boolean }, limit: unknown, small: boolean): string {
  const n = Number(limit);
  switch (issue.origin) {
    case 'string':
      return small && n === 1
        ? 'a non-empty string'
        : `a string of ${small ? 'at least' : 'at most'} ${n} characters`;
    case 'array':
    case 'set':
      return `${small ? 'at least' : 'at most'} ${n} item${n === 1 ? '' : 's'}`;
    default: {
      const op = small ? (issue.inclusive === false ? '>' : '>=') : issue.inclusive === false ? '<' : '<=';
      return `a number ${op} ${n}`;
    }
  }
}

/**
 * Turns zod's issues into civic-metrics issues: a literal code, a formatted path and a message
 * `fn: expected <path> to be …, received …` describing the offending value of the raw input.
 */
export function fromZodIssues(fn: string, error: z.ZodError, input: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of error.issues) {
    const segments = issue.path as PropertyKey[];
    const received = valueAt(input, segments);
    const where = formatPath(segments) || 'the input';
    let code: ErrorCode = issue.code as ErrorCode;
    let expected: string;
    switch (issue.code) {
      case 'invalid_type':
        if (issue.expected === 'number' && typeof received === 'number') {
          code = 'non_finite';
          expected = 'a finite number';
        } else if (received === undefined && issue.expected !== 'undefined') {
          expected = `present (${article(issue.expected)})`;
        } else expected = issue.expected === 'int' ? 'an integer' : article(issue.expected);
        break;
      case 'invalid_value':
        expected = `one of ${issue.values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ')}`;
        break;
      case 'too_small':
        expected = bound(issue, issue.minimum, true);
        break;
      case 'too_big':
        expected = bound(issue, issue.maximum, false);
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const path = formatPath([...segments, key]);
          const forbidden = FORBIDDEN.has(key);
          out.push({
            code: forbidden ? 'forbidden_key' : 'unrecognized_keys',
            path,
            message: forbidden
              ? `${fn}: expected ${where} to have no key '${key}', which could reach an object's prototype, received one`
              : `${fn}: expected ${where} to have only known keys, received unknown key '${key}'`,
          });
        }
        continue;
      case 'invalid_union':
        if (issue.discriminator !== undefined && 'options' in issue && issue.options) {
          const options = issue.options.map((o) => (typeof o === 'string' ? `'${o}'` : String(o))).join(', ');
          expected = `one of ${options}`;
        } else if (typeof received === 'number') {
          code = 'non_finite';
          expected = 'a finite number';
        } else if (typeof received === 'string') {
          expected = 'a finite number or a decimal string such as "1234.56"';
        } else expected = 'one of the allowed forms';
        break;
      case 'invalid_key':
        expected = issue.issues[0]?.message ?? 'a valid key';
        code = FORBIDDEN.has(String(segments.at(-1))) ? 'forbidden_key' : 'invalid_key';
        break;
      default:
        expected = issue.message;
    }
    out.push({
      code,
      path: formatPath(segments),
      message: `${fn}: expected ${where} to be ${expected}, received ${describe(received)}`,
    });
  }
  return out;
}
