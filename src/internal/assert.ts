import { ArgumentError } from '../errors/ArgumentError.js';
import { describe } from './describe.js';

/**
 * Shared precondition checks for the numeric functions. Each takes the caller's name (`fn`) and the
 * argument's path (`options.alpha`) so the error reads `fn: expected …, received …` and names the field.
 */

/** Throws an `invalid_argument` {@link ArgumentError}. */
export function fail(fn: string, path: string, expected: string, value: unknown): never {
  throw new ArgumentError(`${fn}: expected ${path} ${expected}, received ${describe(value)}`, {
    path,
    value,
  });
}

/** Asserts a finite number. */
export function assertFinite(fn: string, path: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(fn, path, 'to be a finite number', value);
}

/** Asserts an integer within `[min, max]`. */
export function assertInteger(
  fn: string,
  path: string,
  value: unknown,
  min = Number.NEGATIVE_INFINITY,
  max = Number.POSITIVE_INFINITY,
): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range =
      min === Number.NEGATIVE_INFINITY && max === Number.POSITIVE_INFINITY
        ? 'an integer'
        : max === Number.POSITIVE_INFINITY
          ? `an integer >= ${min}`
          : min === Number.NEGATIVE_INFINITY
            ? `an integer <= ${max}`
            : `an integer from ${min} to ${max}`;
    fail(fn, path, `to be ${range}`, value);
  }
}

/** Asserts a significance level strictly between 0 and 1. */
export function assertProbability(fn: string, path: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !(value > 0 && value < 1))
    fail(fn, path, 'to be a number in (0, 1)', value);
}

/** Asserts one of a list of literal options. */
export function assertOneOf<T extends string>(
  fn: string,
  path: string,
  value: unknown,
  options: readonly T[],
): asserts value is T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    fail(fn, path, `to be one of ${options.map((o) => `'${o}'`).join(', ')}`, value);
  }
}

/** Asserts an array (or typed array). */
export function assertArrayLike(
  fn: string,
  path: string,
  value: unknown,
): asserts value is ArrayLike<unknown> {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) fail(fn, path, 'to be an array', value);
}

/** Asserts two arrays have the same length (`mismatched_lengths`). */
export function assertSameLength(
  fn: string,
  pathA: string,
  a: ArrayLike<unknown>,
  pathB: string,
  b: ArrayLike<unknown>,
): void {
  if (a.length !== b.length) {
    throw new ArgumentError(
      `${fn}: expected ${pathB} to have the length of ${pathA} (${a.length}), received length ${b.length}`,
      { path: pathB, value: b.length },
      'mismatched_lengths',
    );
  }
}
