import { ArgumentError } from '../../errors/ArgumentError.js';
import { describe } from '../../internal/describe.js';
import { type Decimal, dec } from './decimal.js';

/** A tolerance as the plan model declares it: an absolute amount in the indicator's unit, or `{ relative }`. */
export type ToleranceInput = number | { readonly relative: number };

/** A validated tolerance. */
export type ReadTolerance = { kind: 'absolute'; amount: Decimal } | { kind: 'relative'; fraction: Decimal };

/** Reads an optional tolerance: a finite number ≥ 0, or `{ relative }` with a finite fraction ≥ 0. */
export function readTolerance(fn: string, path: string, value: unknown): ReadTolerance | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) {
    return { kind: 'absolute', amount: dec(value) };
  }
  if (typeof value === 'object' && !Array.isArray(value)) {
    const relative = (value as { relative?: unknown }).relative;
    if (typeof relative === 'number' && Number.isFinite(relative) && relative >= 0) {
      return { kind: 'relative', fraction: dec(relative) };
    }
  }
  throw new ArgumentError(
    `${fn}: expected ${path} to be a number >= 0 or { relative: number >= 0 }, received ${describe(value)}`,
    { path, value },
  );
}

/** The absolute amount of a tolerance, relative ones taken as a fraction of `|reference|`. */
export function toleranceAmount(tolerance: ReadTolerance, reference: Decimal): Decimal {
  return tolerance.kind === 'absolute' ? tolerance.amount : tolerance.fraction.times(reference.abs());
}

/** The tolerance as plain JSON for an explanation. */
export function toleranceJson(tolerance: ReadTolerance | null): number | { relative: number } | null {
  if (tolerance === null) return null;
  return tolerance.kind === 'absolute'
    ? tolerance.amount.toNumber()
    : { relative: tolerance.fraction.toNumber() };
}
