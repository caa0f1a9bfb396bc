import { ArgumentError } from '../../errors/ArgumentError.js';
import { describe } from '../../internal/describe.js';
import { type Aggregation, aggregations } from '../Aggregation.js';

/** Checks an options object (required). */
export function readOptions(fn: string, path: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ArgumentError(`${fn}: expected ${path} to be an options object, received ${describe(value)}`, {
      path,
      value,
    });
  }
  return value as Record<string, unknown>;
}

/** Checks an aggregation name. */
export function readAggregation(fn: string, path: string, value: unknown): Aggregation {
  if (typeof value !== 'string' || !(aggregations as readonly string[]).includes(value)) {
    throw new ArgumentError(
      `${fn}: expected ${path} to be one of ${aggregations.map((a) => `'${a}'`).join(', ')}, received ${describe(value)}`,
      { path, value },
    );
  }
  return value as Aggregation;
}

/** Checks `minCoverage`, a number from 0 to 1 (default 0). */
export function readMinCoverage(fn: string, path: string, value: unknown): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new ArgumentError(
      `${fn}: expected ${path} to be a number from 0 to 1, received ${describe(value)}`,
      {
        path,
        value,
      },
    );
  }
  return value;
}

/** Checks a non-negative safe integer. */
export function readCount(fn: string, path: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new ArgumentError(
      `${fn}: expected ${path} to be an integer >= ${min}, received ${describe(value)}`,
      {
        path,
        value,
      },
    );
  }
  return value;
}
