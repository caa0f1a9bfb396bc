import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/index.js';
import {
  assertArrayLike,
  assertFinite,
  assertInteger,
  assertOneOf,
  assertProbability,
  assertSameLength,
} from '../../src/internal/assert.js';
import { describe as describeValue } from '../../src/internal/describe.js';
import { formatPath } from '../../src/internal/path.js';
import { readSeries } from '../../src/internal/readSeries.js';

function thrown(f: () => unknown): ArgumentError {
  try {
    f();
  } catch (error) {
    if (error instanceof ArgumentError) return error;
    throw error;
  }
  throw new Error('expected a throw');
}

describe('internal checks', () => {
  it('assertFinite names the function, the path and the value', () => {
    const error = thrown(() => assertFinite('fn', 'options.x', Number.NaN));
    expect(error.message).toBe('fn: expected options.x to be a finite number, received NaN');
    expect(error.path).toBe('options.x');
    expect(() => assertFinite('fn', 'x', 1.5)).not.toThrow();
  });

  it('assertInteger describes the range', () => {
    expect(thrown(() => assertInteger('fn', 'n', 1.5)).message).toContain('to be an integer,');
    expect(thrown(() => assertInteger('fn', 'n', 1, 2)).message).toContain('an integer >= 2');
    expect(thrown(() => assertInteger('fn', 'n', 5, undefined, 3)).message).toContain('an integer <= 3');
    expect(thrown(() => assertInteger('fn', 'n', 13, 1, 12)).message).toContain('an integer from 1 to 12');
    expect(() => assertInteger('fn', 'n', 3, 1, 12)).not.toThrow();
  });

  it('assertProbability, assertOneOf, assertArrayLike, assertSameLength', () => {
    expect(() => assertProbability('fn', 'alpha', 0)).toThrow('received 0');
    expect(() => assertProbability('fn', 'alpha', 0.05)).not.toThrow();
    expect(() => assertOneOf('fn', 'variant', 'x', ['a', 'b'])).toThrow("one of 'a', 'b', received 'x'");
    expect(() => assertOneOf('fn', 'variant', 'a', ['a', 'b'])).not.toThrow();
    expect(() => assertArrayLike('fn', 'values', 'abc')).toThrow("received 'abc'");
    expect(() => assertArrayLike('fn', 'values', new Float64Array(2))).not.toThrow();
    const error = thrown(() => assertSameLength('fn', 'a', [1], 'b', [1, 2]));
    expect(error.code).toBe('mismatched_lengths');
    expect(() => assertSameLength('fn', 'a', [1], 'b', [2])).not.toThrow();
  });

  it('describe summarises values', () => {
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue('x')).toBe("'x'");
    expect(describeValue('y'.repeat(100))).toHaveLength(62);
    expect(describeValue(-0)).toBe('0');
    expect(describeValue(Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(describeValue(10n)).toBe('10n');
    expect(describeValue(true)).toBe('true');
    expect(describeValue(() => 1)).toBe('a function');
    expect(describeValue(Symbol('s'))).toBe('a symbol');
    expect(describeValue([1, 2])).toBe('an array of length 2');
    expect(describeValue(new Date(Number.NaN))).toBe('an invalid Date');
    expect(describeValue(new Date(Date.UTC(2024, 0, 1)))).toBe('Date 2024-01-01T00:00:00.000Z');
    expect(describeValue({})).toBe('an object');
  });

  it('formatPath joins keys and indices', () => {
    expect(formatPath(['indicators', 3, 'targets', 0, 'value'])).toBe('indicators[3].targets[0].value');
    expect(formatPath([])).toBe('');
  });

  it('readSeries maps missing values to NaN and rejects the rest by index', () => {
    const input = [1, null, undefined, Number.NaN, 2];
    const out = readSeries('fn', 'values', input);
    expect(Array.from(out)).toEqual([1, Number.NaN, Number.NaN, Number.NaN, 2]);
    expect(input).toEqual([1, null, undefined, Number.NaN, 2]);
    const error = thrown(() => readSeries('fn', 'values', [1, Number.POSITIVE_INFINITY]));
    expect(error.path).toBe('values[1]');
    expect(() => readSeries('fn', 'values', [1, '2'])).toThrow(
      "values[1] to be a finite number, null or NaN, received '2'",
    );
    expect(() => readSeries('fn', 'values', 3)).toThrow('received 3');
  });
});
