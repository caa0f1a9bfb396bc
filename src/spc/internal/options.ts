import { ArgumentError } from '../../errors/ArgumentError.js';
import { assertFinite, assertInteger, assertOneOf, fail } from '../../internal/assert.js';
import { describe } from '../../internal/describe.js';
import type { Improvement, SpcRuleset } from '../types.js';

export const RULESETS: readonly SpcRuleset[] = ['nhs', 'anhoej', 'western-electric', 'nelson'];
export const IMPROVEMENTS: readonly Improvement[] = ['increase', 'decrease', 'neutral'];

/** Throws unless `options` is undefined or a plain object. */
export function readOptionsObject(fn: string, options: unknown): Record<string, unknown> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    fail(fn, 'options', 'to be an object', options);
  }
  return options as Record<string, unknown>;
}

/** Throws for keys of `options` that `fn` does not know (catches typos such as `rebases`). */
export function rejectUnknownKeys(
  fn: string,
  options: Record<string, unknown>,
  known: readonly string[],
  path = 'options',
): void {
  for (const key of Object.keys(options)) {
    if (!known.includes(key) && options[key] !== undefined) {
      throw new ArgumentError(
        `${fn}: expected ${path} keys among ${known.map((k) => `'${k}'`).join(', ')}, received '${key}'`,
        { path: `${path}.${key}`, value: options[key] },
      );
    }
  }
}

export function readRuleset(fn: string, value: unknown): SpcRuleset {
  if (value === undefined) return 'nhs';
  assertOneOf(fn, 'options.ruleset', value, RULESETS);
  return value;
}

export function readImprovement(fn: string, value: unknown, path = 'options.improvement'): Improvement {
  if (value === undefined) return 'neutral';
  assertOneOf(fn, path, value, IMPROVEMENTS);
  return value;
}

export function readTarget(fn: string, value: unknown, path = 'options.target'): number | null {
  if (value === undefined || value === null) return null;
  assertFinite(fn, path, value);
  return value;
}

export function readBoolean(fn: string, path: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') fail(fn, path, 'to be a boolean', value);
  return value;
}

/**
 * Reads rebase indices: integers in [0, n), returned sorted, de-duplicated and without 0 (the series
 * already starts a segment there).
 */
export function readRebase(fn: string, value: unknown, n: number, path = 'options.rebase'): number[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail(fn, path, 'to be an array of indices', value);
  const out = new Set<number>();
  value.forEach((v: unknown, i: number) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= Math.max(n, 1)) {
      throw new ArgumentError(
        `${fn}: expected ${path}[${i}] to be an integer index from 0 to ${Math.max(n - 1, 0)}, received ${describe(v)}`,
        { path: `${path}[${i}]`, value: v },
      );
    }
    if (v > 0) out.add(v);
  });
  return [...out].sort((a, b) => a - b);
}

export function readFixAfter(
  fn: string,
  value: unknown,
  min: number,
  path = 'options.fixAfterNPoints',
): number | null {
  if (value === undefined || value === null) return null;
  assertInteger(fn, path, value, min);
  return value;
}

export function readLength(fn: string, path: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  assertInteger(fn, path, value, 2);
  return value;
}

/** Segment bounds `[start, end]` (inclusive) for a series of `n` points with sorted rebase indices. */
export function segmentBounds(n: number, rebase: readonly number[]): Array<[number, number]> {
  const starts = [0, ...rebase];
  return starts.map((start, k) => [start, (starts[k + 1] ?? n) - 1]);
}
