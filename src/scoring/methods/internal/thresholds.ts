import { fail } from '../../../internal/assert.js';
import { readOptionsObject } from './readOptions.js';

/**
 * Reads a named-threshold object: each key optional (default from `defaults`), each a finite number.
 * Unknown keys are rejected so a typo cannot silently fall back to a default.
 */
export function readThresholds<K extends string>(
  fn: string,
  path: string,
  value: unknown,
  defaults: Record<K, number>,
): Record<K, number> {
  const o = readOptionsObject(fn, value, true);
  const out = { ...defaults };
  for (const key of Object.keys(o)) {
    if (!(key in defaults)) {
      fail(fn, `${path}.${key}`, `to be one of the thresholds ${Object.keys(defaults).join(', ')}`, key);
    }
    const v = o[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v)) fail(fn, `${path}.${key}`, 'to be a finite number', v);
    out[key as K] = v;
  }
  return out;
}

/** Asserts `thresholds[a] <= thresholds[b]` (ordered cut-offs). */
export function assertOrdered<K extends string>(
  fn: string,
  path: string,
  t: Record<K, number>,
  lower: K,
  upper: K,
): void {
  if (!(t[lower] <= t[upper])) {
    fail(fn, `${path}.${lower}`, `to be at most ${path}.${upper} (${t[upper]})`, t[lower]);
  }
}
