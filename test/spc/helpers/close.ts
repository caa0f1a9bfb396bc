import { expect } from 'vitest';

/**
 * Asserts that `actual` matches `expected` deeply, numbers to within `tolerance` (absolute), everything
 * else exactly. Keys of `expected` only: extra fields in the result are allowed (results may carry more).
 */
export function expectClose(actual: unknown, expected: unknown, tolerance = 1e-9, path = 'result'): void {
  if (typeof expected === 'number') {
    expect(typeof actual, `${path} type`).toBe('number');
    expect(
      Math.abs((actual as number) - expected),
      `${path}: ${String(actual)} vs ${expected}`,
    ).toBeLessThanOrEqual(tolerance);
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${path} is an array`).toBe(true);
    const a = actual as unknown[];
    expect(a.length, `${path}.length`).toBe(expected.length);
    for (const [i, e] of expected.entries()) expectClose(a[i], e, tolerance, `${path}[${i}]`);
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    expect(actual !== null && typeof actual === 'object', `${path} is an object`).toBe(true);
    for (const [key, e] of Object.entries(expected)) {
      expectClose((actual as Record<string, unknown>)[key], e, tolerance, `${path}.${key}`);
    }
    return;
  }
  expect(actual, path).toBe(expected);
}

/** Picks `keys` of an object (to compare a result segment with the fields a vector pins). */
export function pick<T extends object>(value: T, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = (value as Record<string, unknown>)[key];
  return out;
}
